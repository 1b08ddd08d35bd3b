"""Article body, title, date and canonical URL from an HTML page.

trafilatura does the boilerplate removal (navigation, share bars, footers, comments);
this module decides the encoding, calls it with our settings and turns "found nothing"
into a clear error.
"""

from __future__ import annotations

import logging

import regex

from bayan.errors import InputError
from bayan.ingest.document import Document
from bayan.ingest.text import decode_bytes

_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_ANY_TAG = regex.compile(r"<\s*[A-Za-z!/]")
MIN_BODY_WORDS = 5
# trafilatura's time and memory grow with the page (about 0.6 s and 25 MB a megabyte, and
# 50 µs an element): pages beyond these limits are refused, not parsed. A news page is a
# few hundred kilobytes with a few thousand elements.
MAX_HTML_BYTES = 10 * 1024 * 1024
MAX_HTML_TAGS = 100_000


def decode_html(data: bytes, source: str) -> str:
    """Decode an HTML page, trusting its declared charset when the bytes agree."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            text = data.decode(name)
            text.encode("utf-8")  # escape codecs (unicode-escape) can make lone surrogates
        except (LookupError, UnicodeError):  # idna and punycode raise UnicodeError itself
            pass
        else:
            return text.replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(data, source)


def _size(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n:,} bytes"


def extract_html(data: bytes | str, source: str, url: str | None = None, path: str | None = None) -> Document:
    """Extract one article from an HTML page, or raise ``InputError``."""
    import trafilatura  # imported on first use: it costs ~0.3 s at start-up

    if len(data) > MAX_HTML_BYTES:
        raise InputError(source, f"HTML page too large ({_size(len(data))}; the limit is {_size(MAX_HTML_BYTES)})")
    html = decode_html(data, source) if isinstance(data, bytes) else data
    if not html.strip():
        raise InputError(source, "empty file")
    if not _ANY_TAG.search(html[:10000]):
        raise InputError(source, "not an HTML page (no tags found)")
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        raise InputError(source, f"too many HTML tags ({tags:,}; the limit is {MAX_HTML_TAGS:,}): not one article's page")
    # trafilatura logs its own complaints about broken markup; our error says it once.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from None
    body = getattr(extracted, "text", None) if extracted is not None else None
    words = len(body.split()) if body else 0
    if words < MIN_BODY_WORDS:
        # trafilatura's fallbacks return a stray link or caption when there is no article.
        raise InputError(source, f"no article text found in the HTML page ({words} words outside boilerplate)")
    return Document(
        text=body.strip(),
        source=source,
        title=(extracted.title or None),
        published=(extracted.date or None),
        url=(extracted.url or url or None),
        path=path,
    )
