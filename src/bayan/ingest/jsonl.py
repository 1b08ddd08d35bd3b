"""JSON Lines input: one article a line, ``{"text": ..., "title", "published", "url", "lang", "id"}``.

Records are read one at a time so that a file of any size streams; a bad line is
reported with its line number and the rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO

from bayan.errors import InputError
from bayan.ingest.document import Document

MAX_LINE_BYTES = 50 * 1024 * 1024
_OPTIONAL_STRINGS = ("title", "published", "url", "lang")


def iter_jsonl(lines: Iterable[bytes], source: str, path: str | None = None) -> Iterator[Document | InputError]:
    """Documents (or the error for each bad line) from JSONL lines given as bytes."""
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if len(raw) > MAX_LINE_BYTES:
            yield InputError(where, f"record too large ({len(raw) // 1_000_000} MB; the limit is 50 MB)")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig") if number == 1 else raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield InputError(where, "not UTF-8 (JSON Lines must be UTF-8)")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield _document(record, where, path)
        except InputError as exc:
            yield exc


def _document(record: object, where: str, path: str | None) -> Document:
    if not isinstance(record, dict):
        raise InputError(where, "a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'the record has no "text" string')
    if not text.strip():
        raise InputError(where, "empty text")
    fields = {}
    for key in _OPTIONAL_STRINGS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string')
        fields[key] = value or None
    source_id = record.get("id")
    return Document(
        text=text.replace("\r\n", "\n"),
        source=where,
        title=fields["title"],
        published=fields["published"],
        url=fields["url"],
        lang=fields["lang"],
        path=path,
        source_id=None if source_id is None else str(source_id),
    )


def read_jsonl_stream(stream: IO[bytes], source: str, path: str | None = None) -> Iterator[Document | InputError]:
    return iter_jsonl(stream, source, path)
