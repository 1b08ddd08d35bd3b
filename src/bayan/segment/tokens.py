"""Tokenization of Arabic-script and Latin text with character offsets.

Urdu and Persian write postpositions and most clitics as separate words, so tokens are
runs of letters; a zero-width non-joiner stays inside its word (Persian می‌گوید is one
token). Numbers keep their separators (3.5, ۳٫۵, 1,200, 12/03/2025) and an attached era
sign (2025ء, ١٤٤٦هـ).
"""

from __future__ import annotations

import bisect

import regex

from bayan.article import Token
from bayan.script import NormalizedText

_TOKEN = regex.compile(
    r"""
    (?P<url>https?://\S+|www\.\S+)
  | (?P<number>\p{Nd}+(?:[.,٫٬:/\-]\p{Nd}+)*(?:ء|هـ|ھ)?%?)
  | (?P<compound>[A-Za-z]+(?:[-'’][A-Za-z0-9]+)+)
  | (?P<word>[\p{L}\p{M}](?:[\p{L}\p{M}\u200C\u0640]|['’\-](?=[\p{L}]))*)
  | (?P<punct>\p{P})
  | (?P<symbol>\S)
    """,
    regex.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, offsets relative to ``text``."""
    end = len(text) if end is None else end
    tokens = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "url":
            kind = "symbol"
        elif kind == "compound":
            kind = "word"
        tokens.append(Token(m.start(), m.end(), m.group(), kind))
    return tokens


def token_keys(tokens: list[Token], folded: NormalizedText) -> list[str]:
    """Folded form of every token, the unit the rules compare.

    Taken from the article's folded text, so each token is not folded again. A zero-width
    non-joiner inside a token folds to a space; the key drops it, so that آیت‌الله,
    آیتالله and the glued variants of rule phrases meet.
    """
    text = folded.text
    if folded.starts is None:
        return [text[t.start : t.end].replace(" ", "") for t in tokens]
    # Offsets differ: map each original token span onto the folded text.
    starts = folded.starts
    keys = []
    for t in tokens:
        a = bisect.bisect_left(starts, t.start)
        b = bisect.bisect_left(starts, t.end)
        keys.append(text[a:b].replace(" ", ""))
    return keys
