"""A body's acronym given in brackets after its name, and the later mentions by it.

News introduces a body once with its short form ("چائنا ژونگ یوان روڈ اینڈ برج کارپوریشن
(سی زیڈ آر بی سی)") and then names it by the short form alone. Whatever the letters are,
the report has just said whose they are, so they need no dictionary.
"""

from __future__ import annotations

from bayan.article import Token
from bayan.entities.coref import Table, unambiguous_forms

MAX_ACRONYM_WORDS = 5
MIN_ONE_WORD_ACRONYM = 3  # (ن) of مسلم لیگ (ن) is part of the name, not its short form


def bracketed_acronyms(
    tokens: list[Token], keys: list[str], bodies: list[tuple[int, int, object]], taken: set[int], letters: frozenset[str]
) -> list[tuple[int, int, object]]:
    """``(first, end, referent)`` of each acronym in brackets right after a body's name, not
    yet part of any entity: one word, or Latin letters spelled out one by one (``letters``)."""
    found = []
    for _, end, referent in bodies:
        if end >= len(tokens) or tokens[end].text != "(":
            continue
        close = next((j for j in range(end + 2, min(len(tokens), end + 2 + MAX_ACRONYM_WORDS)) if tokens[j].text == ")"), None)
        if close is None:
            continue
        inside = range(end + 1, close)
        if any(t in taken or tokens[t].kind != "word" for t in inside):
            continue
        if len(inside) == 1 and len(keys[end + 1]) < MIN_ONE_WORD_ACRONYM:
            continue
        # Spelled-out letters include postpositions (کے is K): only letters throughout count.
        if len(inside) > 1 and not all(keys[t] in letters for t in inside):
            continue
        found.append((end + 1, close, referent))
    return found


def acronym_table(acronyms: list[tuple[int, int, object]], keys: list[str]) -> Table:
    """Acronym (key tuple) -> (token where it was given, referent), unambiguous ones only."""
    return unambiguous_forms((tuple(keys[first:end]), first, referent) for first, end, referent in acronyms)
