"""WARC input (``.warc``, ``.warc.gz``): the HTML pages of a web crawl, one article each.

A WARC file is a sequence of records, each a block of ``Name: value`` headers and a body
of ``Content-Length`` bytes; ``.warc.gz`` compresses each record as its own gzip member
(Python's gzip reads the members in sequence). ``response`` records hold an HTTP response
whose body is the page; ``resource`` records hold the page directly. Pages are extracted
like any HTML file (``bayan.ingest.html``), with ``WARC-Target-URI`` as the article's URL.
Requests, metadata, redirects, errors, images and other non-text records are skipped.
The file is streamed: a crawl of any size is read one record at a time.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from bayan.errors import InputError
from bayan.ingest.document import Document
from bayan.ingest.html import extract_html
from bayan.ingest.text import decode_bytes

MAX_RECORD_BYTES = 50 * 1024 * 1024
MAX_HEADER_LINES = 500
MAX_HEADER_LINE_BYTES = 64 * 1024  # a header line is read no further than this
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def is_warc_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".warc", ".warc.gz"))


def _headers(stream: IO[bytes]) -> tuple[str, dict[str, str]] | None:
    """The version line and headers of the next record, or None at the end of the file."""
    line = _header_line(stream)
    while line in (b"\r\n", b"\n"):
        line = _header_line(stream)
    if not line:
        return None
    version = line.strip().decode("latin-1")
    if not version.startswith("WARC/"):
        raise ValueError(f"expected a WARC record, found {version[:40]!r}")
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = _header_line(stream)
        if not line:
            raise ValueError("the file ends inside a record's headers")
        if line in (b"\r\n", b"\n"):
            return version, headers
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    raise ValueError("a record has too many header lines")


def _header_line(stream: IO[bytes]) -> bytes:
    line = stream.readline(MAX_HEADER_LINE_BYTES + 1)
    if len(line) > MAX_HEADER_LINE_BYTES:
        raise ValueError(f"a header line is longer than {MAX_HEADER_LINE_BYTES // 1024} KB")
    return line


def _inflate(body: bytes, wbits: int) -> bytes:
    """Decompress an HTTP body, refusing one that inflates past the record limit (a
    kilobyte of gzip can stand for gigabytes)."""
    out = bytearray()
    while body:  # gzip may hold several members, one after the other
        inflater = zlib.decompressobj(wbits)
        try:
            out += inflater.decompress(body, MAX_RECORD_BYTES + 1 - len(out))
        except zlib.error:
            if out:
                break  # padding or junk after the members
            raise
        if len(out) > MAX_RECORD_BYTES:
            raise ValueError(f"the page decompresses to more than {MAX_RECORD_BYTES >> 20} MB")
        if not inflater.eof:
            break  # cut short: keep what there is
        body = inflater.unused_data
    return bytes(out)


def _skip(stream: IO[bytes], length: int) -> None:
    while length > 0:
        chunk = stream.read(min(length, 1 << 20))
        if not chunk:
            raise ValueError("the file ends inside a record")
        length -= len(chunk)


def _dechunk(body: bytes) -> bytes:
    out, pos = bytearray(), 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        if end < 0:
            break
        size_text = body[pos:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body  # not chunked after all
        if size == 0:
            break
        out += body[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
    return bytes(out)


def _http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    status = 0
    if lines and lines[0].startswith("HTTP/"):
        parts = lines[0].split()
        status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower()
    if encoding in ("gzip", "x-gzip"):
        body = _inflate(body, 16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        try:
            body = _inflate(body, zlib.MAX_WBITS)
        except zlib.error:
            body = _inflate(body, -zlib.MAX_WBITS)
    elif encoding not in ("", "identity"):
        raise ValueError(f"unsupported Content-Encoding {encoding!r}")
    return status, headers, body


def _mime(value: str) -> str:
    return value.split(";")[0].strip().lower()


def iter_warc(path: Path) -> Iterator[Document | InputError]:
    """A ``Document`` for every HTML (or plain-text) page in the WARC file, an ``InputError`` for bad ones."""
    source = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        stream = opener(path, "rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    number = 0
    found = False
    with stream:
        while True:
            number += 1
            where = f"{source}:{number}"
            try:
                record = _headers(stream)
                if record is None:
                    break
                _, headers = record
                length = int(headers.get("content-length", "-1"))
                if length < 0:
                    raise ValueError("a record has no Content-Length")
                kind = headers.get("warc-type", "").lower()
                if kind not in ("response", "resource") or length > MAX_RECORD_BYTES:
                    _skip(stream, length)
                    if length > MAX_RECORD_BYTES and kind in ("response", "resource"):
                        yield InputError(where, f"record too large ({length // 1_000_000} MB; the limit is 50 MB)")
                    continue
                block = stream.read(length)
                if len(block) < length:
                    raise ValueError("the file ends inside a record")
            except (ValueError, EOFError, OSError, zlib.error) as exc:
                if number == 1:
                    yield InputError(source, f"not a readable WARC file ({exc})")
                else:
                    yield InputError(where, f"corrupt WARC record, the rest of the file is skipped ({exc})")
                return
            url = headers.get("warc-target-uri") or None
            try:
                if kind == "response":
                    if "application/http" not in headers.get("content-type", "application/http"):
                        continue
                    status, http_headers, body = _http(block)
                    mime = _mime(http_headers.get("content-type", "text/html"))
                    if not 200 <= status < 300:
                        continue
                else:
                    body = block
                    mime = _mime(headers.get("content-type", ""))
                if mime in HTML_TYPES:
                    yield extract_html(body, where, url=url, path=source)
                    found = True
                elif mime in TEXT_TYPES:
                    yield Document(text=decode_bytes(body, where), source=where, url=url, path=source)
                    found = True
            except InputError as exc:
                yield exc
                found = True
            except (ValueError, OSError, zlib.error) as exc:
                yield InputError(where, f"cannot decode the HTTP response ({exc})")
                found = True
    if not found:
        yield InputError(source, "no HTML pages in this WARC file")
