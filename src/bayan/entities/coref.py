"""Short forms of names introduced earlier in the same article.

After "محمد اسماعیل درویش" a report says "درویش"; after "Shehbaz Sharif", "Sharif".
A later token equal to the last word of exactly one earlier multi-word person name is
that person. A surname shared by two people in the article is left alone.
"""

from __future__ import annotations

from bayan.article import Token

MIN_SHORT_FORM = 3


def short_forms(people: list[tuple[int, int, object]], keys: list[str], excluded: frozenset[str]) -> dict[str, tuple[int, object]]:
    """Surname key -> (token index of the first full mention, its referent), unambiguous only.

    ``people`` holds ``(first_token, end_token, referent)`` for each person mention.
    """
    table: dict[str, tuple[int, object]] = {}
    ambiguous: set[str] = set()
    for first, end, referent in people:
        if end - first < 2:
            continue
        surname = keys[end - 1]
        if len(surname) < MIN_SHORT_FORM or surname in excluded:
            continue
        if surname in table and table[surname][1] != referent:
            ambiguous.add(surname)
        elif surname not in table:
            table[surname] = (first, referent)
    for key in ambiguous:
        del table[key]
    return table


def find_short_forms(
    tokens: list[Token], keys: list[str], table: dict[str, tuple[int, object]], taken: set[int]
) -> list[tuple[int, object]]:
    """Token indexes of later short-form mentions and their referents."""
    found = []
    for i, key in enumerate(keys):
        if i in taken or tokens[i].kind != "word":
            continue
        hit = table.get(key)
        if hit is not None and hit[0] < i:
            found.append((i, hit[1]))
    return found
