"""Sentence splitting for Urdu, Persian, Arabic and English news.

A line break always ends a sentence: headlines and datelines carry no full stop, and
paragraphs in extracted article bodies are lines. Within a line, a terminator ends a
sentence together with any closing quotation marks or brackets that follow it, so a
quote that closes after its full stop stays with its sentence.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from bayan.lang import SUPPORTED, data_module

CLOSERS = "\"'”’»›)]}\u201D\u2019"
_CLOSERS_RUN = regex.compile(f"[{regex.escape(CLOSERS)}]*")


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
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
