"""JSON Lines input: one article a line, ``{"text": ..., "title", "published", "url", "lang", "id"}``.

Records are read one at a time so that a file of any size streams; a bad line is
reported with its line number and the rest of the file is still read. From a stream,
a line is read up to ``MAX_LINE_BYTES`` and the rest of an over-long one is skipped in
chunks, so memory stays bounded even by a file that is one 500 MB line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from bayan.errors import InputError
from bayan.ingest.document import Document

MAX_LINE_BYTES = 50 * 1024 * 1024
_OPTIONAL_STRINGS = ("title", "published", "url", "lang")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class _LongLine:
    """Stands for a line longer than the limit, which was skipped rather than read."""

    size: int


def bounded_lines(stream: IO[bytes], limit: int | None = None) -> Iterator[bytes | bytearray | _LongLine]:
    """The lines of a binary stream, none held beyond ``limit`` bytes: a longer line is
    skipped in chunks and given as a ``_LongLine`` with its size. Memory stays under the
    limit plus one chunk, whatever the line."""
    limit = MAX_LINE_BYTES if limit is None else limit
    while True:
        line = stream.readline(_CHUNK)
        if not line:
            return
        if line.endswith(b"\n") or len(line) < _CHUNK:  # the whole line (or the last one)
            yield line if len(line) <= limit else _LongLine(len(line))
            continue
        kept: bytearray | None = bytearray(line) if len(line) <= limit else None
        size = len(line)
        del line
        while True:
            more = stream.readline(_CHUNK)
            size += len(more)
            if kept is not None:
                if size > limit:
                    kept = None  # too long: count the rest without keeping it
                else:
                    kept += more
            if not more.endswith(b"\n") and len(more) == _CHUNK:
                continue
            break
        yield kept if kept is not None else _LongLine(size)


def iter_jsonl(lines: Iterable[bytes] | IO[bytes], source: str, path: str | None = None) -> Iterator[Document | InputError]:
    """Documents (or the error for each bad line) from JSONL lines given as bytes, or
    from a binary stream (read with bounded memory)."""
    if hasattr(lines, "readline"):
        lines = bounded_lines(lines)  # type: ignore[arg-type]
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        size = raw.size if isinstance(raw, _LongLine) else len(raw)
        if isinstance(raw, _LongLine) or size > MAX_LINE_BYTES:
            yield InputError(
                where, f"record too large ({_megabytes(size)}; the limit is {_megabytes(MAX_LINE_BYTES)})"
            )
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
        except RecursionError:
            yield InputError(where, "invalid JSON: nested too deeply")
            continue
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            yield InputError(where, f"invalid JSON: {exc}")
            continue
        try:
            yield document_from_record(record, where, path)
        except InputError as exc:
            yield exc


def _megabytes(size: int) -> str:
    return f"{size >> 20} MB" if size >= 1 << 20 else f"{size:,} bytes"


def _unpaired_surrogate(value: str) -> int | None:
    """Index of the first lone surrogate (a JSON escape like \\ud800 decodes to one), if any."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def document_from_record(record: object, where: str, path: str | None) -> Document:
    """A ``Document`` from one input record (a JSON object, a Parquet row as a dict), or
    ``InputError`` naming ``where`` and the problem."""
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
        if isinstance(value, (dt.date, dt.datetime)):  # Parquet and Arrow carry real dates
            value = value.isoformat()
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string')
        fields[key] = value or None
    source_id = record.get("id")
    for key, value in (("text", text), *fields.items(), ("id", source_id)):
        at = _unpaired_surrogate(value) if isinstance(value, str) else None
        if at is not None:
            raise InputError(where, f'"{key}" holds an unpaired surrogate (\\u{ord(value[at]):04x}) at character {at}: not valid Unicode')
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
