"""Short forms of names introduced earlier in the same article.

After "محمد اسماعیل درویش" a report says "درویش"; after "Shehbaz Sharif", "Sharif".
A later token equal to the last word of exactly one earlier multi-word person name is
that person. A surname shared by two people in the article is left alone.
"""

from __future__ import annotations

from bayan.article import Token

MIN_SHORT_FORM = 3


Table = dict[tuple[str, ...], tuple[int, object]]


def short_forms(people: list[tuple[int, int, object]], keys: list[str], excluded: frozenset[str]) -> Table:
    """Short form (key tuple) -> (token index of the first full mention, its referent),
    unambiguous ones only. Short forms are the surname, and for longer names the last two
    words (شیخ محمد اکرم بٹ -> اکرم بٹ) and the first and last (زاہد خان نیازی -> زاہد نیازی).

    ``people`` holds ``(first_token, end_token, referent)`` for each person mention.
    """

    def forms():
        for first, end, referent in people:
            if end - first < 2:
                continue
            candidates = [tuple(keys[end - 1 : end])]
            if end - first >= 3:
                candidates.append(tuple(keys[end - 2 : end]))
                candidates.append((keys[first], keys[end - 1]))  # زاہد خان نیازی -> زاہد نیازی
            for form in candidates:
                if not ((len(form) == 1 and len(form[0]) < MIN_SHORT_FORM) or form[0] in excluded):
                    yield form, first, referent

    return unambiguous_forms(forms())


def body_short_forms(bodies: list[tuple[int, int, object]], keys: list[str], generic: frozenset[str]) -> Table:
    """Short forms of organisations named with three words or more: the last two, the
    name without the country or province it opens with (پاکستان کسان اتحاد -> کسان اتحاد),
    unless it opens with a word any body's name is made of (ایسوسی ایشن) or a conjunction
    ("و شهرسازی" of وزارت راه و شهرسازی)."""
    forms = (
        (tuple(keys[end - 2 : end]), first, referent)
        for first, end, referent in bodies
        if end - first >= 3 and keys[end - 2] not in generic
    )
    return unambiguous_forms(forms)


def unambiguous_forms(forms) -> Table:
    """The table of ``(form, first token, referent)``, without forms two referents share."""
    table: Table = {}
    ambiguous: set[tuple[str, ...]] = set()
    for form, first, referent in forms:
        if form in table and table[form][1] != referent:
            ambiguous.add(form)
        elif form not in table:
            table[form] = (first, referent)
    for form in ambiguous:
        del table[form]
    return table


def find_short_forms(tokens: list[Token], keys: list[str], table: Table, taken: set[int]) -> list[tuple[int, int, object]]:
    """Later short-form mentions: ``(first_token, end_token, referent)``, longest first."""
    if not table:
        return []
    firsts = {form[0] for form in table}
    lengths = sorted({len(form) for form in table}, reverse=True)  # longest first
    found = []
    after = 0  # the first token not yet inside a found mention
    # Only tokens that open some short form can start one (a pass over every token in
    # Python cost several per cent of an article's analysis).
    for i in [i for i, key in enumerate(keys) if key in firsts]:
        if i < after or i in taken or tokens[i].kind != "word":
            continue
        for length in lengths:
            form = tuple(keys[i : i + length])
            if len(form) < length:
                continue  # near the last token a slice is short: not a form of this length
            hit = table.get(form)
            if hit is not None and hit[0] < i and not any(t in taken for t in range(i, i + length)):
                found.append((i, i + length, hit[1]))
                after = i + length
                break
    return found
