"""Limits: huge inputs are streamed or refused with a clear message in bounded memory,
and pathological text finishes in bounded time.

Nothing here writes a big file: 500 MB inputs are sparse files (``truncate``), which take
no disk space and read as zeros, and the streaming logic is also tested with the limits
turned down. Timings are generous (CI machines are slow and shared); the scaling test
compares two sizes of the same input, which a quadratic step fails by a wide margin.
"""

from __future__ import annotations

import io
import json
import time
import tracemalloc

import pytest

import bayan.pipeline
from bayan import analyze
from bayan.errors import InputError
from bayan.ingest import html as html_reader
from bayan.ingest import iter_documents, jsonl, read_path
from bayan.ingest.html import extract_html
from tests.robustness.contract import analyze_items, check_article, check_error

RECORD = json.dumps({"text": "وزیر اعظم نے کہا کہ امن ضروری ہے۔"}, ensure_ascii=False).encode() + b"\n"
URDU = "وزیر اعظم شہباز شریف نے کہا کہ پاکستان اور ایران کے درمیان تجارت بڑھے گی۔ انہوں نے ایرانی وزیر خارجہ عباس عراقچی سے ملاقات کی۔ "


def sparse(path, size: int, head: bytes = b"", tail: bytes = b""):
    with open(path, "wb") as out:
        out.write(head)
        out.truncate(size - len(tail))
        out.seek(size - len(tail))
        out.write(tail)
    return path


def peak_python_memory(function):
    """(result, peak bytes Python allocated while ``function`` ran)."""
    tracemalloc.start()
    try:
        result = function()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- huge files ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".txt", ".xml", ".text"])
def test_a_500_mb_article_file_is_refused_without_reading_it(tmp_path, suffix):
    path = sparse(tmp_path / f"huge{suffix}", 500 << 20, b"<html><body><p>")
    (items, peak) = peak_python_memory(lambda: list(read_path(path)))
    [error] = items
    assert isinstance(error, InputError)
    assert "too large" in error.problem and "500 MB" in error.problem and "limit" in error.problem
    assert peak < 1 << 20


def test_a_500_mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    path = sparse(tmp_path / "huge.jsonl", 500 << 20, RECORD, b"\n" + RECORD)
    start = time.perf_counter()
    (items, peak) = peak_python_memory(lambda: list(read_path(path)))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert "record too large (499 MB; the limit is 50 MB)" in str(items[1])
    assert str(items[1]).startswith(f"{path}:2: ")
    assert peak < jsonl.MAX_LINE_BYTES * 1.25 + (2 << 20)  # at most one line.s worth, never the file
    assert time.perf_counter() - start < 30


def test_jsonl_streams_with_a_small_line_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    long_line = json.dumps({"text": "لفظ " * 5000}, ensure_ascii=False).encode() + b"\n"
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(RECORD + long_line + RECORD + b"x" * 3000 + RECORD)  # the last record shares the long line
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document", "InputError"]
    assert "record too large (" in items[1].problem and "the limit is 1,000 bytes" in items[1].problem
    stream = io.BytesIO(long_line * 200)  # 7 MB of over-long lines
    (items, peak) = peak_python_memory(lambda: list(jsonl.iter_jsonl(stream, "x")))
    assert len(items) == 200 and peak < 200_000  # one line at a time


def test_jsonl_on_standard_input_streams_past_the_article_limit(monkeypatch):
    from bayan import ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 10_000)
    data = RECORD * 2000  # ~170 KB: more than one article may be, but JSON Lines stream
    docs = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert len(docs) == 2000 and all(not isinstance(d, InputError) for d in docs)
    assert docs[-1].source == "<stdin>:2000"


def test_jsonl_on_standard_input_with_an_over_long_line(monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 500)
    data = b"   \n" + RECORD + b'{"text": "' + "ب".encode() * 400_000 + b'"}\n' + RECORD
    items = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[1].source == "<stdin>:3"


def test_text_on_standard_input_over_the_limit_is_refused(monkeypatch):
    from bayan import ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 100_000)
    [error] = iter_documents(["-"], stdin=io.BytesIO(URDU.encode() * 1000))
    check_error(error)
    assert "too large" in error.problem and "JSON Lines" in error.problem


def test_html_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(html_reader, "MAX_HTML_BYTES", 50_000)
    page = ("<html><body><article>" + f"<p>{URDU}</p>" * 500 + "</article></body></html>").encode()
    path = tmp_path / "page.html"
    path.write_bytes(page)
    [error] = read_path(path)
    assert isinstance(error, InputError) and "too large" in error.problem
    [error] = iter_documents(["-"], stdin=io.BytesIO(page))  # the same limit on standard input
    assert isinstance(error, InputError) and "HTML page too large" in error.problem


def test_html_with_too_many_tags_is_refused_quickly():
    page = b"<html><body>" + b"<b>x</b>" * 200_000 + b"</body></html>"
    start = time.perf_counter()
    with pytest.raises(InputError, match="too many HTML tags"):
        extract_html(page, "tags.html")
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("depth", [100, 300, 5_000, 40_000])
def test_deeply_nested_html_finishes(depth):
    """The HTML parser keeps 255 levels: text nested deeper is not found, and the page is
    refused as having no article text, quickly."""
    body = f"<p>{URDU * 4}</p>"
    page = ("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>").encode()
    start = time.perf_counter()
    items = list(iter_documents(["-"], stdin=io.BytesIO(page)))
    assert time.perf_counter() - start < 30
    assert analyze_items(items) == (1 if depth < 255 else 0)


@pytest.mark.parametrize(
    "page",
    ["<div>" * 40_000 + URDU * 4, "<!--" + "-" * 500_000 + URDU * 4, "<p " + "a=b " * 50_000 + ">" + URDU * 4, "<" * 90_000 + URDU],
    ids=["unclosed", "open comment", "many attributes", "many <"],
)
def test_broken_markup_finishes(page):
    start = time.perf_counter()
    analyze_items(iter_documents(["-"], stdin=io.BytesIO(page.encode())))
    assert time.perf_counter() - start < 30


# --- pathological text -------------------------------------------------------------------


def one_line(size: int) -> str:
    return (URDU * (size // len(URDU.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")


def timed(text: str) -> float:
    start = time.perf_counter()
    check_article(analyze(text))
    return time.perf_counter() - start


PATHOLOGICAL = {
    "one 1 MB line": lambda: one_line(1_000_000),
    "100k quotation marks": lambda: '"' * 100_000,
    "100k guillemets": lambda: "«" * 50_000 + "»" * 50_000,
    "a cue and 100k closing marks": lambda: "عمران خان نے کہا: ابھی" + "» " * 100_000,
    "a cue and 100k opening marks": lambda: "عمران خان نے کہا: «" + "« ابھی " * 100_000,
    "one Persian sentence of 20k cues": lambda: "وزیر گفت، " * 20_000,
    "one Arabic sentence of 20k cues": lambda: "قال الرئيس إن " * 20_000,
    "100k titles": lambda: "وزیر اعظم " * 100_000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_text_finishes_in_bounded_time(name):
    # ~1-4 s here after the fixes; before them these took from 2 s to over 5 minutes.
    assert timed(PATHOLOGICAL[name]()) < 60


SCALING = {
    "article": lambda n: one_line(n),
    "no full stop": lambda n: one_line(n).replace("۔", " "),
    "Persian cues": lambda n: ("وزیر گفت، " * n)[:n],
    "closing marks": lambda n: ("عمران خان نے کہا: ابھی" + "» " * n)[:n],
    "quotes and pronouns": lambda n: ('انہوں نے کہا: "عمران خان" ' * n)[:n],
}


@pytest.mark.parametrize("name", SCALING)
def test_time_grows_linearly(name):
    """Four times the input must not take sixteen times as long (a quadratic step would)."""
    make = SCALING[name]
    analyze(make(5_000))  # warm up
    small = min(timed(make(40_000)) for _ in range(2))
    large = min(timed(make(160_000)) for _ in range(2))
    # Linear is 4x; quadratic 16x. The slack absorbs a shared machine's noise.
    assert large < 10 * small + 1.0, f"{name}: 40k chars {small:.2f} s, 160k chars {large:.2f} s"


def test_over_long_text_is_analysed_up_to_the_limit(monkeypatch):
    monkeypatch.setattr(bayan.pipeline, "MAX_TEXT_CHARS", 2_000)
    text = (URDU + "\n") * 40
    record = check_article(analyze(text))
    assert record["text"] == text  # the record keeps the whole text
    assert any(w.startswith("text too long: analysed the first") for w in record["warnings"])
    assert max(end for _, end in record["sentences"]) <= 2_000
    assert record["entities"] and record["quotes"]


def test_over_long_sentences_are_cut_with_a_warning():
    text = "لفظ " * 3_000  # 12,000 characters and no full stop
    record = check_article(analyze(text, lang="ur"))
    assert all(end - start <= 2_000 for start, end in record["sentences"])
    assert len(record["sentences"]) >= 6
    assert any("longer than 2000 characters were cut" in w for w in record["warnings"])


def test_the_command_line_reports_huge_and_broken_inputs_cleanly(tmp_path):
    """End to end: good records still come out; each bad input is one line on stderr."""
    from click.testing import CliRunner

    from bayan.cli import main

    sparse(tmp_path / "huge.html", 500 << 20, b"<html>")
    sparse(tmp_path / "huge.jsonl", 500 << 20, RECORD, b"\n" + RECORD)
    (tmp_path / "deep.jsonl").write_bytes(b"[" * 100_000 + b"\n")
    result = CliRunner().invoke(main, ["analyze", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and all(check_article_record(r) for r in records)
    assert "huge.html: file too large for one article (500 MB; the limit is 10 MB)" in result.stderr
    assert "huge.jsonl:2: record too large (499 MB; the limit is 50 MB)" in result.stderr
    assert "deep.jsonl:1: invalid JSON: nested too deeply" in result.stderr
    assert "Traceback" not in result.stderr


def check_article_record(record: dict) -> bool:
    from tests.robustness.contract import check_record

    check_record(record)
    return True


# --- WARC: streamed already; header lines and compressed pages were not bounded ------------


def _warc_record(body: bytes, encoding: str = "gzip") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: " + encoding.encode() + b"\r\n\r\n" + body
    head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.test/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    return head.encode() + http + b"\r\n\r\n"


def test_a_warc_header_line_of_500_mb_is_refused_in_bounded_memory(tmp_path):
    path = sparse(tmp_path / "huge.warc", 500 << 20, b"WARC/1.0\r\nWARC-Type: response\r\nX: ")
    (items, peak) = peak_python_memory(lambda: list(read_path(path)))
    [error] = items
    assert "not a readable WARC file (a header line is longer than 64 KB)" in str(error)
    assert peak < 1 << 20


def test_a_compressed_page_that_inflates_past_the_limit_is_refused(tmp_path):
    import gzip

    bomb = gzip.compress(b" " * (60 << 20))  # 60 KB of gzip, 60 MB of page
    good = gzip.compress(f"<html><body><article><p>{URDU * 4}</p></article></body></html>".encode())
    path = tmp_path / "bomb.warc"
    path.write_bytes(_warc_record(bomb) + _warc_record(good) + _warc_record(good[: len(good) // 2]))
    (items, peak) = peak_python_memory(lambda: list(read_path(path)))
    assert "the page decompresses to more than 50 MB" in str(items[0])
    assert not isinstance(items[1], InputError)
    assert len(items) == 3  # a page cut short is read as far as it goes (it raised EOFError)
    assert peak < 120 << 20
    analyze_items(items)
