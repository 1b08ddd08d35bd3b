"""RSS and Atom feed files (``.rss``, ``.atom``, ``.xml``): one article per item.

Each item's text is its full content (``content:encoded``, Atom ``content``) when the
feed carries it, else its description or summary; HTML in it is reduced to text with
paragraphs kept as lines. The item's title, link and date come along, and the feed's
language (``<language>ur-PK</language>``, ``xml:lang``) when it is one bayan supports.
An item with no text (feeds that only link to the page) is reported, not invented.

The XML parser resolves no entities and fetches nothing (no XXE, no entity bombs).
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator

from bayan.errors import InputError
from bayan.ingest.document import Document

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def looks_like_feed(head: bytes) -> bool:
    """Whether the start of a file is an RSS/Atom document (for sniffing standard input)."""
    text = head[:4096].decode("utf-8", "ignore")
    return any(tag in text for tag in ("<rss", "<feed", "<rdf:RDF"))


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, *names: str):
    for child in el:
        if _local(child.tag) in names:
            return child
    return None


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _text(el) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()
    return value or None


def _html_to_text(markup: str) -> str:
    import lxml.html

    if "<" not in markup:
        return "\n".join(line.strip() for line in markup.splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several kinds on broken fragments
        return markup
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None


def _lang(value: str | None) -> str | None:
    from bayan.lang import SUPPORTED

    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in SUPPORTED else None


def _atom_link(entry) -> str | None:
    for link in _children(entry, "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def iter_feed(data: bytes, source: str, path: str | None = None) -> Iterator[Document | InputError]:
    """A ``Document`` per item of an RSS 2.0, RSS 1.0 or Atom feed; ``InputError`` for bad ones."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        reason = " ".join(str(exc.msg).split())  # libxml2 ends some messages with a line break
        yield InputError(source, f"not a well-formed RSS/Atom feed ({reason})")
        return
    kind = _local(root.tag)
    if kind == "rss":
        channel = _child(root, "channel")
        items = _children(channel, "item") if channel is not None else []
        feed_lang = _lang(_text(_child(channel, "language")) if channel is not None else None)
    elif kind == "RDF":
        channel = _child(root, "channel")
        items = _children(root, "item")
        feed_lang = _lang(_text(_child(channel, "language")) if channel is not None else None)
    elif kind == "feed":
        items = _children(root, "entry")
        feed_lang = _lang(root.get(_XML_LANG))
    else:
        yield InputError(source, f"not an RSS or Atom feed (the root element is <{kind}>)")
        return
    if not items:
        yield InputError(source, "the feed has no items")
        return
    for number, item in enumerate(items, start=1):
        where = f"{source}:{number}"
        if kind == "feed":
            body = _child(item, "content")
            summary = _child(item, "summary")
            link = _atom_link(item)
            date = _text(_child(item, "published")) or _text(_child(item, "updated"))
            lang = _lang(item.get(_XML_LANG)) or feed_lang
        else:
            body = _child(item, "encoded")  # content:encoded
            summary = _child(item, "description")
            link = _text(_child(item, "link"))
            date = _text(_child(item, "pubDate")) or _text(_child(item, "date"))
            lang = _lang(_text(_child(item, "language"))) or feed_lang
        raw = _text(body) or _text(summary)
        if body is not None and len(body) and _local(body[0].tag) == "div":  # Atom type="xhtml"
            raw = etree.tostring(body[0], encoding="unicode", method="html")
        text = _html_to_text(raw) if raw else ""
        if not text.strip():
            yield InputError(where, "feed item has no text (only a link): fetch the page and ingest its HTML")
            continue
        title = _text(_child(item, "title"))
        yield Document(
            text=text,
            source=where,
            title=_html_to_text(title) if title else None,
            published=_date(date),
            url=link,
            path=path,
            lang=lang,
        )
