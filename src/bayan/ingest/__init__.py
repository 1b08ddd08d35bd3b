"""Reading articles from files, folders and standard input.

``iter_documents`` yields a ``Document`` for every article it could read and an
``InputError`` for every one it could not, in input order, so that callers process the
good ones and report the bad ones at the end: one bad file never stops a folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from bayan.errors import InputError
from bayan.ingest.document import Document
from bayan.ingest.html import extract_html
from bayan.ingest.jsonl import iter_jsonl
from bayan.ingest.text import decode_bytes

__all__ = ["Document", "iter_documents", "read_path", "SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_ARTICLE_BYTES = 50 * 1024 * 1024
STDIN = "-"


def iter_documents(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Document | InputError]:
    """Every article in ``paths`` (files, folders searched recursively, or ``-``)."""
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for child in _walk(path):
                found = True
                yield from read_path(child)
            if not found:
                yield InputError(given, f"no {', '.join(SUFFIXES)} files in this folder")
        elif path.exists():
            yield from read_path(path)
        else:
            yield InputError(given, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def read_path(path: Path) -> Iterator[Document | InputError]:
    """The article(s) in one file, chosen by its suffix (unknown suffixes read as text)."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as stream:
                yield from iter_jsonl(stream, source, path=source)
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            yield InputError(
                source,
                f"file too large for one article ({size // 1_000_000} MB; the limit is "
                f"{MAX_ARTICLE_BYTES // 1_000_000} MB): split it or use JSON Lines",
            )
            return
        data = path.read_bytes()
    except IsADirectoryError:
        yield InputError(source, "is a folder")
        return
    except PermissionError:
        yield InputError(source, "permission denied")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield extract_html(data, source, path=source)
        else:
            yield Document(text=decode_bytes(data, source), source=source, path=source)
    except InputError as exc:
        yield exc


def _read_stdin(stream: IO[bytes]) -> Iterator[Document | InputError]:
    source = "<stdin>"
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError(source, "input too large for one article: use a JSON Lines file")
        return
    head = data.lstrip()[:1]
    try:
        if head == b"<":
            yield extract_html(data, source)
        elif head == b"{":
            yield from iter_jsonl(data.splitlines(), source)
        else:
            yield Document(text=decode_bytes(data, source), source=source)
    except InputError as exc:
        yield exc
