"""One test for each bug the fuzzers and property tests found (docs/robustness.md lists
them), and oracle tests for the faster versions of slow steps: each must answer exactly
as the straightforward scan it replaced."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bayan import BayanError, analyze
from bayan.errors import InputError
from bayan.ingest import iter_documents
from bayan.ingest.html import extract_html
from bayan.ingest.jsonl import iter_jsonl
from bayan.quotes.content import _drop_unpaired_end, trim
from bayan.quotes.context import Spans, _LastBefore, covers
from bayan.segment.sentences import MAX_SENTENCE_CHARS, split_sentences, split_sentences_counted
from tests.robustness.contract import check_article, check_error

# --- crashes ---------------------------------------------------------------------------


def test_a_surname_as_the_last_token_does_not_crash():
    """coref: at the last token a two-word slice holds one word, and matched a one-word
    short form with a two-token span (IndexError on any article ending in a surname)."""
    record = check_article(analyze("وزیر اعظم شہباز شریف نے کہا کہ امن ضروری ہے۔ اجلاس میں شریف"))
    assert [e["text"] for e in record["entities"]][-1] == "شریف"


@pytest.mark.parametrize("number", ["¹", "²³", "①", "9" * 5000])
def test_digits_int_refuses_are_no_date(number):
    """dates: str.isdigit() accepts superscripts that int() refuses, and int() refuses
    more than 4,300 digits (ValueError from analyze)."""
    check_article(analyze(f"{number} جنوری 2025 کو وزیر اعظم نے ملاقات کی۔", lang="ur", published="2025-02-08"))


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b"[" * 100_000, "nested too deeply"),
        (b'{"text": "x", "id": ' + b"9" * 5000 + b"}", "invalid JSON: Exceeds the limit"),
        (b'{"text": "\\ud800 \\u0648"}', '"text" holds an unpaired surrogate (\\ud800) at character 0'),
        (b'{"text": "ok", "title": "\\udfff"}', '"title" holds an unpaired surrogate'),
        (b'{"text": "ok", "id": "\\ud834"}', '"id" holds an unpaired surrogate'),
    ],
)
def test_jsonl_records_python_cannot_hold_are_reported(line, problem):
    """RecursionError and ValueError escaped json.loads; lone surrogates passed through
    and broke analyze() and the JSON output later."""
    [error] = iter_jsonl([line], "x.jsonl")
    assert isinstance(error, InputError) and problem in error.problem
    check_error(error)


def test_a_record_with_a_non_string_id_still_reads():
    [doc] = iter_jsonl([b'{"text": "ok", "id": {"n": [1, "\\u0645"]}}'], "x.jsonl")
    assert doc.source_id == "{'n': [1, 'م']}"


def test_lone_surrogates_are_refused_by_analyze():
    with pytest.raises(BayanError, match=r"text holds an unpaired surrogate \(\\udc80\) at character 7"):
        analyze("وزیر نے\udc80")
    with pytest.raises(BayanError, match="title holds an unpaired surrogate"):
        analyze("وزیر نے کہا", title="\ud800")


@pytest.mark.parametrize("charset", ["undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"])
def test_a_declared_codec_that_is_no_charset_is_ignored(charset):
    """decode_html caught UnicodeDecodeError, but idna, punycode and undefined raise
    UnicodeError itself; the escape codecs make lone surrogates."""
    body = "وزیر اعظم نے کہا کہ امن ضروری ہے اور سب کو مل کر کام کرنا ہوگا۔ " * 10
    page = f'<html><head><meta charset="{charset}"></head><body><article><p>{body} \\ud800</p></article></body></html>'
    document = extract_html(page.encode(), "x.html")
    assert document.text.startswith("وزیر اعظم")
    check_article(analyze(document.text))


def test_error_messages_are_one_line():
    """libxml2 ends some messages with a line break, and a file name may hold one."""
    [error] = iter_documents(["-"], stdin=io.BytesIO(b'<rss version="2.0"><channel><item>\x00</item></channel></rss>'))
    check_error(error)
    assert "not a well-formed RSS/Atom feed" in str(error)
    error = InputError("a\nb.txt", "first\nsecond")
    assert str(error) == "a\\nb.txt: first second" and error.problem == "first second"


def test_jsonl_on_standard_input_splits_lines_as_files_do():
    """stdin JSON Lines were split with bytes.splitlines(), which also breaks at a lone CR."""
    [doc] = iter_documents(["-"], stdin=io.BytesIO('{"text":\r"وزیر"}\n'.encode()))
    assert doc.text == "وزیر" and doc.source == "<stdin>:1"


# --- faster steps answer as the scans they replaced ---------------------------------------

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(spans=SPANS, position=st.integers(-2, 62))
def test_spans_cover_as_a_scan_does(spans, position):
    assert Spans(spans).covers(position) == any(s <= position < e for s, e in spans)
    assert covers(spans, position) == covers(Spans(spans), position)


@settings(max_examples=300, deadline=None)
@given(positions=st.lists(st.integers(0, 30), max_size=12), bound=st.integers(-1, 32))
def test_last_before_answers_as_a_reverse_scan_does(positions, bound):
    index = _LastBefore(positions)
    below = next((i for i in reversed(range(len(positions))) if positions[i] < bound), None)
    at_most = next((i for i in reversed(range(len(positions))) if positions[i] <= bound), None)
    assert (index.last_below(bound), index.last_at_most(bound)) == (below, at_most)


def _drop_unpaired_end_by_recounting(text, start, end):
    """The quadratic original: counts the marks of the whole span again for each mark."""
    from bayan.quotes.content import _CLOSER_TO_OPENER

    while end > start and text[end - 1] in _CLOSER_TO_OPENER:
        mark = text[end - 1]
        opener = _CLOSER_TO_OPENER[mark]
        inner = text[start : end - 1]
        paired = inner.count(mark) % 2 == 1 if mark == opener else inner.count(opener) > inner.count(mark)
        if paired:
            break
        start, end = trim(text, start, end - 1)
    return start, end


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.sampled_from(list("«»“”\"'‘’‹›„ ۔.،:ابپ\n")), max_size=40), data=st.data())
def test_dropping_unpaired_closers_matches_recounting(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _drop_unpaired_end(text, start, end) == _drop_unpaired_end_by_recounting(text, start, end)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(st.sampled_from(list("ابپ۔")), min_size=1, max_size=900), max_size=12),
       glue=st.sampled_from([" ", "", "\u200c", "\u00a0"]))
def test_long_sentences_are_cut_without_losing_text(words, glue):
    text = glue.join(words)
    spans, cut = split_sentences_counted(text, "ur")
    assert all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())  # nothing but white space left out
    assert (cut > 0) == any(e - s > MAX_SENTENCE_CHARS for s, e in _uncut(text))
    assert split_sentences(text, "ur") == spans


def _uncut(text):
    from bayan.segment import sentences

    saved = sentences.MAX_SENTENCE_CHARS
    sentences.MAX_SENTENCE_CHARS = 10**9
    try:
        return sentences.split_sentences(text, "ur")
    finally:
        sentences.MAX_SENTENCE_CHARS = saved
