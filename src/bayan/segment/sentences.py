"""Sentence splitting for Urdu, Persian, Arabic and English news.

A line break always ends a sentence: headlines and datelines carry no full stop, and
paragraphs in extracted article bodies are lines. Within a line, a terminator ends a
sentence together with any closing quotation marks or brackets that follow it, so a
quote that closes after its full stop stays with its sentence.

A "sentence" longer than ``MAX_SENTENCE_CHARS`` (five times the longest in our corpus) is
cut at its last space before the limit: the quote and event rules look across a sentence,
so one unbroken megabyte would make their work grow with the square of its length.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from bayan.lang import SUPPORTED, data_module

CLOSERS = "\"'”’»›)]}\u201D\u2019"
_CLOSERS_RUN = regex.compile(f"[{regex.escape(CLOSERS)}]*")
MAX_SENTENCE_CHARS = 2000
_SPACES = " \t\u00a0"


@lru_cache(maxsize=None)
def _rules(lang: str) -> tuple[regex.Pattern[str], frozenset[str]]:
    code = lang if lang in SUPPORTED else "ur"
    punct = data_module(code, "punctuation")
    # English abbreviations apply everywhere: Latin names and titles appear in every language.
    abbreviations = frozenset(punct.ABBREVIATIONS) | data_module("en", "punctuation").ABBREVIATIONS
    terminators = "".join(sorted(set(punct.SENTENCE_TERMINATORS) | set("…")))
    pattern = regex.compile(f"\n|[{regex.escape(terminators)}]+")
    return pattern, abbreviations


_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")


def _is_false_stop(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """A '.' that does not end a sentence: decimals, initials, abbreviations, URLs."""
    mark = text[start:end]
    if mark != ".":
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() and after.isdigit():
        return True
    if not (after.isspace() or after in CLOSERS or after == "\n"):
        return True  # U.S.A, www.example.com, 3.5
    # Look back a short window only: searching from 0 would make splitting quadratic.
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m:
        word = m.group(1).lower()
        if word in abbreviations or (len(word) == 1 and word.isascii() and word.isalpha()):
            return True
    return False


def split_sentences(text: str, lang: str = "ur") -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``, with surrounding whitespace left out."""
    return split_sentences_counted(text, lang)[0]


def split_sentences_counted(text: str, lang: str = "ur") -> tuple[list[tuple[int, int]], int]:
    """``split_sentences`` and how many over-long sentences it had to cut."""
    pattern, abbreviations = _rules(lang)
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in pattern.finditer(text):
        if m.group() == "\n":
            _add(text, begin, m.start(), spans)
            begin = m.end()
            continue
        if _is_false_stop(text, m.start(), m.end(), abbreviations):
            continue
        # Closing quotes and brackets after the terminator belong to this sentence.
        end = _CLOSERS_RUN.match(text, m.end()).end()
        _add(text, begin, end, spans)
        begin = end
    _add(text, begin, len(text), spans)
    cut = 0
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans, cut = _cut_long(text, spans)
    return spans, cut


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _cut_long(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """Spans no longer than ``MAX_SENTENCE_CHARS``: each long one cut at its last space
    before the limit (or at the limit, in a run with no space)."""
    out: list[tuple[int, int]] = []
    cut = 0
    for start, end in spans:
        if end - start <= MAX_SENTENCE_CHARS:
            out.append((start, end))
            continue
        cut += 1
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            at = max(text.rfind(ch, start + 1, limit) for ch in _SPACES)
            piece_end = at if at > start else limit
            _add(text, start, piece_end, out)
            start = piece_end
            while start < end and text[start].isspace():
                start += 1
        _add(text, start, end, out)
    return out, cut
