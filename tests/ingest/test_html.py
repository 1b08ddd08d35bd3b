"""HTML pages: body, title, date and canonical URL; boilerplate left out."""

from pathlib import Path

import pytest

from bayan.errors import InputError
from bayan.ingest.html import extract_html

EXAMPLE = Path(__file__).parents[2] / "examples" / "ur-newspaper-karachi.html"


def test_extracts_article_and_metadata():
    doc = extract_html(EXAMPLE.read_bytes(), str(EXAMPLE))
    assert "حاجی نعیم اختر" in doc.text
    assert "شٹر ڈاؤن ہڑتال" in doc.text
    for boilerplate in ("شیئر کریں", "جملہ حقوق محفوظ", "رازداری کی پالیسی", "مزید خبریں", "صفحہ اول"):
        assert boilerplate not in doc.text
    assert doc.title.startswith("کراچی میں تاجروں کا احتجاج")
    assert doc.published == "2025-03-12"
    assert doc.url == "https://example.org/news/karachi-traders-protest"


def test_windows_1256_page_with_declared_charset():
    body = "<p>" + "قال وزير الخارجية إن المحادثات كانت مثمرة وبناءة جدا. " * 5 + "</p>"
    html = f'<html><head><meta charset="windows-1256"><title>خبر</title></head><body><article>{body}</article></body></html>'
    doc = extract_html(html.encode("cp1256"), "page.html")
    assert "وزير الخارجية" in doc.text


@pytest.mark.parametrize(
    "html,problem",
    [
        (b"<html><head><title>x</title></head><body></body></html>", "no article text"),
        (b"<html><body><nav><a href='/'>home</a></nav></body>", "no article text"),
        (b"just some words without any markup at all", "not an HTML page"),
        (b"", "empty file"),
    ],
)
def test_refuses_pages_without_article(html, problem):
    with pytest.raises(InputError, match=problem):
        extract_html(html, "page.html")


def test_broken_markup_still_extracts():
    html = ("<html><body><div><p>" + "وزیر اعظم نے کہا کہ ملک ترقی کرے گا اور معیشت مضبوط ہوگی۔ " * 6 + "<p><b>ادھورا").encode()
    doc = extract_html(html, "broken.html")
    assert "معیشت مضبوط" in doc.text
