"""RSS and Atom feeds: one article per item, with title, link, date and language."""

from pathlib import Path

from bayan.errors import InputError
from bayan.ingest import Document, iter_documents

from tests.archive.inputs import ATOM, RSS


def read(path: Path) -> list:
    return list(iter_documents([str(path)]))


def test_rss_items_become_articles(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = read(path)
    assert isinstance(first, Document)
    assert first.title == "وزیر اعظم کی ایرانی وزیر خارجہ سے ملاقات"
    assert first.url == "https://example.org/ur/1" and first.published == "2025-02-08" and first.lang == "ur"
    assert first.text == "اسلام آباد: وزیر اعظم شہباز شریف نے ایرانی وزیر خارجہ سے ملاقات کی۔\nدونوں رہنماؤں نے تجارت پر بات کی۔"
    assert "alert" not in first.text
    assert second.text == "کراچی میں تاجروں نے احتجاج کیا۔" and second.published is None
    assert isinstance(third, InputError) and "only a link" in third.problem and third.source.endswith(":3")


def test_atom_entries_become_articles(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read(path)
    assert first.lang == "fa" and first.published == "2025-03-01" and first.url == "https://example.org/fa/1"
    assert first.text.startswith("رئیس‌جمهور")
    assert second.lang == "ar" and second.published == "2025-04-10" and second.text.startswith("استقبل")


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    [error] = read(path)
    assert "not an RSS or Atom feed" in error.problem


def test_broken_xml_and_entity_tricks_are_refused(tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item><title>x</title></item>")
    [error] = read(broken)
    assert "not a well-formed" in error.problem
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = tmp_path / "xxe.rss"
    xxe.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "file://{secret}">]>'
                   "<rss><channel><item><title>t</title><description>a &s; b c d e</description></item></channel></rss>")
    items = read(xxe)
    assert all("TOP SECRET" not in getattr(i, "text", "") for i in items)


def test_feed_on_standard_input(tmp_path):
    import io

    items = list(iter_documents(["-"], stdin=io.BytesIO(RSS.encode())))
    assert sum(isinstance(i, Document) for i in items) == 2
