"""Script normalization with an offset map back to the original text.

Two pure functions over ``str``:

* ``normalize(text, lang)`` repairs the script for one language (letter variants typed
  from another keyboard, diacritics, tatweel, bidi controls, digits, presentation forms).
  Rules written in that language's standard spelling match its output.
* ``fold_text(text)`` is language-independent and coarser: every variant of a letter
  becomes one letter, so that Urdu, Persian and Arabic spellings of a name meet.
  It is for matching and search keys, never for display.

Both return a ``NormalizedText`` that maps every span of the normalized string back to
the original, so that spans found on normalized text are reported in the original.
The stored article text is never changed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from bayan.lang import letter_repairs
from bayan.script import chars


@dataclass(frozen=True)
class NormalizedText:
    """A normalized string and where each of its characters came from.

    ``starts[i]``/``ends[i]`` delimit the original characters that produced normalized
    character ``i``; both are ``None`` when the mapping is the identity (the common case,
    kept cheap).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the span of ``original`` it came from."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= len(self.text):
            return len(self.original), len(self.original)
        if end <= start:
            pos = self.starts[start]
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def offset_to_original(self, index: int) -> int:
        if self.starts is None:
            return index
        if index >= len(self.starts):
            return len(self.original)
        return self.starts[index]


def _common_table() -> dict[str, str]:
    """Rules every language shares: drop invisible marks, unify digits."""
    table: dict[str, str] = {}
    for ch in chars.DIACRITICS:
        table[ch] = ""
    for ch in chars.BIDI_CONTROLS:
        table[ch] = ""
    table[chars.TATWEEL] = ""
    table[chars.ZWJ] = ""
    table.update(chars.DIGITS_TO_ASCII)
    table[chars.ARABIC_DECIMAL_SEPARATOR] = "."
    table[chars.ARABIC_THOUSANDS_SEPARATOR] = ","
    # A lone hamza or madda with nothing to compose with is a mark, not a letter.
    table[chars.MADDA_ABOVE] = ""
    table[chars.HAMZA_ABOVE] = ""
    table[chars.HAMZA_BELOW] = ""
    return table


# Fold every variant of a letter into one representative (Persian/Urdu forms).
_FOLD_LETTERS = {
    "\u064A": "\u06CC", "\u0649": "\u06CC", "\u06D2": "\u06CC", "\u0626": "\u06CC",
    "\u06D3": "\u06CC", "\u06D0": "\u06CC",
    "\u0643": "\u06A9",
    "\u06C1": "\u0647", "\u06BE": "\u0647", "\u06C3": "\u0647", "\u0629": "\u0647",
    "\u06C0": "\u0647", "\u06C2": "\u0647", "\u06D5": "\u0647",
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0624": "\u0648",
    chars.ZWNJ: " ",
    "\u00A0": " ",
}


@lru_cache(maxsize=16)
def _table(lang: str | None, folded: bool) -> dict[str, str]:
    table = _common_table()
    if folded:
        table.update(_FOLD_LETTERS)
    elif lang:
        table.update(letter_repairs(lang))
    return table


@lru_cache(maxsize=16)
def _translate_table(lang: str | None, folded: bool) -> dict[int, str]:
    return {ord(k): v for k, v in _table(lang, folded).items()}


@lru_cache(maxsize=16)
def _needs_slow_path(lang: str | None, folded: bool) -> regex.Pattern[str]:
    """Characters whose presence breaks the one-to-one character mapping."""
    table = _table(lang, folded)
    odd = {k for k, v in table.items() if len(v) != 1}
    odd |= {chars.MADDA_ABOVE, chars.HAMZA_ABOVE, chars.HAMZA_BELOW}
    cls = "".join(regex.escape(c) for c in sorted(odd))
    # Presentation forms expand to one or more letters.
    return regex.compile(f"[{cls}\uFB50-\uFDFF\uFE70-\uFEFC]")


def _expand_presentation(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch) if chars.is_presentation_form(ch) else ch


def _normalize(text: str, lang: str | None, folded: bool) -> NormalizedText:
    if not _needs_slow_path(lang, folded).search(text):
        out = text.translate(_translate_table(lang, folded))
        if folded:
            out = out.lower()
            if len(out) != len(text):  # a few Latin letters lowercase to two code points
                return _slow_normalize(text, lang, folded)
        return NormalizedText(text, out)
    return _slow_normalize(text, lang, folded)


_MARKS = frozenset((chars.MADDA_ABOVE, chars.HAMZA_ABOVE, chars.HAMZA_BELOW))


def _slow_normalize(text: str, lang: str | None, folded: bool) -> NormalizedText:
    """Normalize with an explicit offset map.

    Runs of ordinary characters are translated in bulk (their mapping is one to one);
    only the characters that are dropped, composed or expanded are handled one by one.
    """
    table = _table(lang, folded)
    translate = _translate_table(lang, folded)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def bulk(a: int, b: int) -> None:
        if a >= b:
            return
        piece = text[a:b].translate(translate)
        if folded:
            piece = piece.lower()
        if len(piece) == b - a:
            out.append(piece)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:  # a Latin letter that lowercases to two code points
            for k in range(a, b):
                rep = text[k].translate(translate).lower()
                out.append(rep)
                starts.extend([k] * len(rep))
                ends.extend([k + 1] * len(rep))

    pos = 0
    for m in _needs_slow_path(lang, folded).finditer(text):
        i = m.start()
        bulk(pos, i)
        pos = i + 1
        ch = text[i]
        if ch in _MARKS and i > 0 and ends and ends[-1] == i and (text[i - 1], ch) in chars.COMPOSITIONS:
            # A letter and a combining hamza or madda typed as two code points.
            composed = table.get(chars.COMPOSITIONS[(text[i - 1], ch)], chars.COMPOSITIONS[(text[i - 1], ch)])
            if folded:
                composed = composed.lower()
            last = out[-1]
            out[-1] = last[:-1] + composed
            ends[-1] = i + 1
            continue
        if chars.is_presentation_form(ch):
            rep = "".join(table.get(c, c) for c in _expand_presentation(ch))
        else:
            rep = table.get(ch, ch)
        if folded:
            rep = rep.lower()
        if rep:
            out.append(rep)
            starts.extend([i] * len(rep))
            ends.extend([i + 1] * len(rep))
        elif ends and ends[-1] == i and (ch in chars.DIACRITICS or ch == chars.TATWEEL or ch in _MARKS):
            # A dropped mark belongs to the letter before it: a span that ends on
            # that letter should take the mark with it.
            ends[-1] = i + 1
    bulk(pos, len(text))
    return NormalizedText(text, "".join(out), tuple(starts), tuple(ends))


def normalize(text: str, lang: str | None = None) -> NormalizedText:
    """Repair the script of ``text`` for ``lang`` (``ur``, ``fa``, ``ar``, or None for
    only the language-independent repairs)."""
    return _normalize(text, lang, folded=False)


def fold_text(text: str) -> NormalizedText:
    """Fold letter variants, marks, digits and case so that spellings meet; with offsets."""
    return _normalize(text, None, folded=True)


def fold(text: str) -> str:
    """The folded form of ``text`` alone: a matching and search key."""
    return _normalize(text, None, folded=True).text
