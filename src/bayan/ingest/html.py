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


def decode_html(data: bytes, source: str) -> str:
    """Decode an HTML page, trusting its declared charset when the bytes agree."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            return text.replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(data, source)


def extract_html(data: bytes | str, source: str, url: str | None = None, path: str | None = None) -> Document:
    """Extract one article from an HTML page, or raise ``InputError``."""
    import trafilatura  # imported on first use: it costs ~0.3 s at start-up

    html = decode_html(data, source) if isinstance(data, bytes) else data
    if not html.strip():
        raise InputError(source, "empty file")
    if not _ANY_TAG.search(html[:10000]):
        raise InputError(source, "not an HTML page (no tags found)")
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
