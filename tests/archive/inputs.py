"""Input files written by hand for ingest tests: a small web crawl (WARC records) and feeds."""

import gzip
from pathlib import Path

EXAMPLES = Path(__file__).parents[2] / "examples"
PAGE = (EXAMPLES / "ur-newspaper-karachi.html").read_bytes()


def record(kind: str, uri: str, block: bytes, content_type: str = "application/http; msgtype=response") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-12T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**8}>\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http(body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8", extra: str = "") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}\r\n".encode() + body


def chunked(body: bytes) -> bytes:
    half = len(body) // 2
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in (body[:half], body[half:])) + b"0\r\n\r\n"


def crawl() -> list[bytes]:
    text = "اسلام آباد: وزیر اعظم نے آج کابینہ کے اجلاس کی صدارت کی اور مہنگائی پر قابو پانے کی ہدایت کی۔".encode()
    return [
        record("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
        record("request", "https://example.org/news/1", b"GET /news/1 HTTP/1.1\r\nHost: example.org\r\n\r\n",
               "application/http; msgtype=request"),
        record("response", "https://example.org/news/1", http(PAGE)),
        record("response", "https://example.org/missing", http(b"<html>not found</html>", "404 Not Found")),
        record("response", "https://example.org/logo.png", http(b"\x89PNG....", content_type="image/png")),
        record("response", "https://example.org/news/2",
               http(chunked(gzip.compress(PAGE.replace(b"\xd8\xaa\xd8\xa7\xd8\xac\xd8\xb1\xd9\x88\xda\xba", b"\xd8\xaa\xd8\xa7\xd8\xac\xd8\xb1"))),
                    extra="Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
        record("resource", "https://example.org/plain.txt", text, "text/plain; charset=utf-8"),
    ]


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>روزنامہ مثال</title><language>ur-PK</language>
  <item>
    <title>وزیر اعظم کی ایرانی وزیر خارجہ سے ملاقات</title>
    <link>https://example.org/ur/1</link>
    <pubDate>Sat, 08 Feb 2025 09:30:00 +0500</pubDate>
    <description>مختصر خبر</description>
    <content:encoded><![CDATA[<p>اسلام آباد: وزیر اعظم شہباز شریف نے ایرانی وزیر خارجہ سے ملاقات کی۔</p><p>دونوں رہنماؤں نے تجارت پر بات کی۔</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>صرف خلاصہ</title>
    <link>https://example.org/ur/2</link>
    <description>&lt;b&gt;کراچی&lt;/b&gt; میں تاجروں نے احتجاج کیا۔</description>
  </item>
  <item><title>صرف ربط</title><link>https://example.org/ur/3</link></item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">
  <title>ایرنا</title>
  <entry>
    <title>دیدار رئیس‌جمهور با نخست‌وزیر پاکستان</title>
    <link rel="alternate" href="https://example.org/fa/1"/>
    <published>2025-03-01T08:00:00Z</published>
    <content type="html">&lt;p&gt;رئیس‌جمهور در دیدار با نخست‌وزیر پاکستان گفت که همکاری ضروری است.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="ar">
    <title>خبر عربي</title>
    <link href="https://example.org/ar/1"/>
    <updated>2025-04-10</updated>
    <summary>استقبل الرئيس اليوم رئيس وزراء باكستان.</summary>
  </entry>
</feed>
"""
