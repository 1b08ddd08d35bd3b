"""Reading articles from files, folders and standard input.

``iter_documents`` yields a ``Document`` for every article it could read and an
``InputError`` for every one it could not, in input order, so that callers process the
good ones and report the bad ones at the end: one bad file never stops a folder.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from bayan.errors import InputError
from bayan.ingest.document import Document
from bayan.ingest.feeds import FEED_SUFFIXES, iter_feed, looks_like_feed
from bayan.ingest import html
from bayan.ingest.html import extract_html
from bayan.ingest.jsonl import iter_jsonl
from bayan.ingest.text import decode_bytes
from bayan.ingest.warc import is_warc_name, iter_warc

__all__ = ["Document", "iter_documents", "read_path", "SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
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
    """The article(s) in one file, chosen by its suffix (unknown suffixes read as text).

    ``.warc``/``.warc.gz``: every HTML page of a crawl; ``.rss``/``.atom``/``.xml``: every
    item of a feed; ``.jsonl``: every record; ``.html``: one page; anything else: text.
    """
    source = str(path)
    suffix = path.suffix.lower()
    if is_warc_name(path.name) and not path.is_dir():
        yield from iter_warc(path)  # streamed: a crawl may be larger than one article's limit
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as stream:
                yield from iter_jsonl(stream, source, path=source)
            return
        size = path.stat().st_size
        limit = html.MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_ARTICLE_BYTES
        if size > limit:  # refused before reading a byte
            yield InputError(
                source,
                f"file too large for one article ({size >> 20} MB; the limit is "
                f"{limit >> 20} MB): split it or use JSON Lines",
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
        elif suffix in FEED_SUFFIXES:
            yield from iter_feed(data, source, path=source)
        else:
            yield Document(text=decode_bytes(data, source), source=source, path=source)
    except InputError as exc:
        yield exc


SNIFF_BYTES = 64 * 1024


class _Prefixed:
    """A binary stream whose first bytes were already read (to sniff the format)."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head = io.BytesIO(head)
        self._rest = rest

    def readline(self, limit: int = -1) -> bytes:
        line = self._head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._rest.readline(-1 if limit < 0 else limit - len(line))


def _read_stdin(stream: IO[bytes]) -> Iterator[Document | InputError]:
    source = "<stdin>"
    head = stream.read(SNIFF_BYTES)
    if head.lstrip()[:1] == b"{":
        # JSON Lines stream record by record, so standard input may be of any size.
        yield from iter_jsonl(_Prefixed(head, stream), source)
        return
    data = head + stream.read(max(0, MAX_ARTICLE_BYTES + 1 - len(head)))
    if len(data) > MAX_ARTICLE_BYTES:
        yield InputError(
            source,
            f"input too large for one article (the limit is {MAX_ARTICLE_BYTES >> 20} MB): "
            "split it or send JSON Lines, which stream",
        )
        return
    head = data.lstrip()[:1]
    try:
        if head == b"<" and looks_like_feed(data):
            yield from iter_feed(data, source)
        elif head == b"<":
            yield extract_html(data, source)
        elif data.startswith(b"WARC/") or data[:2] == b"\x1f\x8b":
            yield InputError(source, "WARC input must be given as a file (.warc or .warc.gz), not on standard input")
        elif head == b"{":  # after more than SNIFF_BYTES of white space
            yield from iter_jsonl(io.BytesIO(data), source)
        else:
            yield Document(text=decode_bytes(data, source), source=source)
    except InputError as exc:
        yield exc
