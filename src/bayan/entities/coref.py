"""Short forms of names introduced earlier in the same article.

After "محمد اسماعیل درویش" a report says "درویش"; after "Shehbaz Sharif", "Sharif".
A later token equal to the last word of exactly one earlier multi-word person name is
that person. A surname shared by two people in the article is left alone.
"""

from __future__ import annotations

from bayan.article import Token

MIN_SHORT_FORM = 3


def short_forms(
    people: list[tuple[int, int, object]], keys: list[str], excluded: frozenset[str]
) -> dict[tuple[str, ...], tuple[int, object]]:
    """Short form (key tuple) -> (token index of the first full mention, its referent),
    unambiguous ones only. Short forms are the surname, and for longer names the last two
    words (شیخ محمد اکرم بٹ -> اکرم بٹ) and the first and last (زاہد خان نیازی -> زاہد نیازی).

    ``people`` holds ``(first_token, end_token, referent)`` for each person mention.
    """
    table: dict[tuple[str, ...], tuple[int, object]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for first, end, referent in people:
        if end - first < 2:
            continue
        forms = [tuple(keys[end - 1 : end])]
        if end - first >= 3:
            forms.append(tuple(keys[end - 2 : end]))
            forms.append((keys[first], keys[end - 1]))  # زاہد خان نیازی -> زاہد نیازی
        for form in forms:
            if (len(form) == 1 and len(form[0]) < MIN_SHORT_FORM) or form[0] in excluded:
                continue
            if form in table and table[form][1] != referent:
                ambiguous.add(form)
            elif form not in table:
                table[form] = (first, referent)
    for form in ambiguous:
        del table[form]
    return table


def body_short_forms(
    bodies: list[tuple[int, int, object]], keys: list[str], generic: frozenset[str]
) -> dict[tuple[str, ...], tuple[int, object]]:
    """Short forms of organisations named with three words or more: the last two, the
    name without the country or province it opens with (پاکستان کسان اتحاد -> کسان اتحاد),
    unless both are words any body's name is made of (ایسوسی ایشن). Unambiguous ones only."""
    table: dict[tuple[str, ...], tuple[int, object]] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for first, end, referent in bodies:
        if end - first < 3:
            continue
        form = tuple(keys[end - 2 : end])
        if form[0] in generic or all(k in generic for k in form):
            continue  # "و شهرسازی" of وزارت راه و شهرسازی: no name opens with a conjunction
        if form in table and table[form][1] != referent:
            ambiguous.add(form)
        elif form not in table:
            table[form] = (first, referent)
    for form in ambiguous:
        del table[form]
    return table


def find_short_forms(
    tokens: list[Token], keys: list[str], table: dict[tuple[str, ...], tuple[int, object]], taken: set[int]
) -> list[tuple[int, int, object]]:
    """Later short-form mentions: ``(first_token, end_token, referent)``, longest first."""
    if not table:
        return []
    firsts = {form[0] for form in table}
    found = []
    after = 0  # the first token not yet inside a found mention
    # Only tokens that open some short form can start one (a pass over every token in
    # Python cost several per cent of an article's analysis).
    for i in [i for i, key in enumerate(keys) if key in firsts]:
        if i < after or i in taken or tokens[i].kind != "word":
            continue
        for length in (2, 1):
            form = tuple(keys[i : i + length])
            if len(form) < length:
                continue  # at the last token a two-word slice holds one word: not a two-word form
            hit = table.get(form)
            if hit is not None and hit[0] < i and not any(t in taken for t in range(i, i + length)):
                found.append((i, i + length, hit[1]))
                after = i + length
                break
    return found
