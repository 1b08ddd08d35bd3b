"""The outlet a dateline credits: "کوئٹہ (نمائندہ جنگ)"، "لاہور (نوائے وقت رپورٹ)"، "المنامة - بنا:".

Papers credit a story to themselves by a short name (جنگ، دنیا، امت) that elsewhere is an
everyday word (war, world, nation), so the short name is an outlet only there: in the first
brackets (or, in Arabic, after the dash) of the story, right after the place it was filed from. Words for the reporter
(نمائندہ، سٹاف رپورٹر، بیورو رپورٹ) are not the outlet; what is left of each credit is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bayan.article import Token
from bayan.phrases import words

MAX_CREDIT_TOKENS = 8
MAX_DATELINE_LINES = 3  # a headline (and a byline) may stand above the dateline
MAX_DATELINE_TOKENS = 150


@dataclass(frozen=True)
class DatelineRules:
    roles: frozenset[str]  # نمائندہ، رپورٹر، ایجنسیاں: who filed, not which outlet
    place_separators: frozenset[str]  # "/" of "پشاور/کابل": between the places of one dateline
    credit_separators: frozenset[str]  # "،" and "+" between two credits
    outlet_affixes: frozenset[str]  # روزنامہ، نیوز: words an outlet's name may be credited without
    dashes: frozenset[str] = frozenset()  # "-" of "المنامة - بنا:": a credit after a dash


def dateline_rules(data) -> DatelineRules | None:
    roles = getattr(data, "DATELINE_ROLES", None)
    if not roles:
        return None
    return DatelineRules(
        frozenset(w for r in roles for w in words(r)),
        frozenset(getattr(data, "DATELINE_PLACE_SEPARATORS", ())),
        frozenset(getattr(data, "DATELINE_CREDIT_SEPARATORS", ())),
        frozenset(w for a in getattr(data, "OUTLET_AFFIXES", ()) for w in words(a)),
        frozenset(getattr(data, "DATELINE_DASHES", ())),
    )


def dateline_credits(
    text: str, tokens: list[Token], keys: list[str], places: dict[int, int], rules: DatelineRules
) -> list[tuple[int, int]]:
    """Token spans of the outlets the dateline credits. ``places`` maps the end token of
    each place entity to its first token."""
    bracket = _dateline_bracket(text, tokens, places, rules)
    if bracket is None:
        return []
    first, close = bracket
    credits = []
    for start, end in _split(tokens, first, close, rules.credit_separators):
        while start < end and keys[start] in rules.roles:
            start += 1
        while end > start and keys[end - 1] in rules.roles:
            end -= 1
        # "(پ ر)", "(خ ن)": initials for a press release or a correspondent, not a name;
        # "(نیوز ایجنسیاں)": agencies, none named.
        named = any(len(keys[t]) > 1 and keys[t] not in rules.outlet_affixes for t in range(start, end))
        if end > start and named:
            credits.append((start, end))
    return credits


def _dateline_bracket(text: str, tokens: list[Token], places: dict[int, int], rules: DatelineRules) -> tuple[int, int] | None:
    """``(first, close)``: the tokens inside the first brackets right after a dateline's
    places ("پشاور/کابل (…)"), or after its dash where the language credits so ("المنامة -
    بنا:"), where the places open one of the first lines."""
    limit = -1
    for _ in range(MAX_DATELINE_LINES):
        limit = text.find("\n", limit + 1)
        if limit < 0:
            limit = len(text)
            break
    for b, token in enumerate(tokens[:MAX_DATELINE_TOKENS]):
        if token.start >= limit:
            return None
        if b not in places or (token.text != "(" and token.text not in rules.dashes):
            continue
        start = places[b]
        while start > 0 and tokens[start - 1].text in rules.place_separators and start - 1 in places:
            start = places[start - 1]
        if tokens[start].start > 0 and text[tokens[start].start - 1] != "\n":
            continue
        if token.text != "(":
            return _credit_after_dash(tokens, b)
        close = next((j for j in range(b + 1, min(len(tokens), b + 2 + MAX_CREDIT_TOKENS)) if tokens[j].text == ")"), None)
        return (b + 1, close) if close is not None else None
    return None


MAX_DASH_CREDIT_TOKENS = 3
CREDIT_QUOTES = frozenset("«\"“")
CREDIT_ENDS = frozenset([":", "-", "–", "—", "»", "”", '"', ")"])


def _credit_after_dash(tokens: list[Token], dash: int) -> tuple[int, int] | None:
    """The words between a dateline's dash and the mark that closes the credit ("المنامة -
    بنا:", "دبي - «الخليج»:"); a dash followed by the story itself credits no one."""
    first = dash + 1
    if first < len(tokens) and tokens[first].text in CREDIT_QUOTES:
        first += 1
    end = first
    while end < len(tokens) and end - first < MAX_DASH_CREDIT_TOKENS and tokens[end].kind == "word":
        end += 1
    closed = end < len(tokens) and tokens[end].text in CREDIT_ENDS
    return (first, end) if end > first and closed else None


def _split(tokens: list[Token], first: int, end: int, separators: Iterable[str]) -> list[tuple[int, int]]:
    parts, start = [], first
    for t in range(first, end):
        if tokens[t].text in separators:
            parts.append((start, t))
            start = t + 1
    parts.append((start, end))
    return [(a, b) for a, b in parts if b > a]


def outlet_short_names(outlets: Iterable[tuple[str, str, Iterable[str]]], affixes: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Short name (folded words, spaced) -> (actor id, name) for the outlets given as
    ``(id, name, names in the language)``: each name without the words papers and channels
    add to it (روزنامہ جنگ -> جنگ، دنیا نیوز -> دنیا). A short name two outlets share is left out."""
    table: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for actor_id, name, names in outlets:
        for written in names:
            key = " ".join(_without_affixes(words(written), affixes))
            if not key:
                continue
            if key in table and table[key][0] != actor_id:
                shared.add(key)
            table.setdefault(key, (actor_id, name))
    return {k: v for k, v in table.items() if k not in shared}


def credited_outlet(keys: list[str], start: int, end: int, table: dict[str, tuple[str, str]], affixes: frozenset[str]) -> tuple[str, str] | None:
    """The outlet a credit names, by its short name."""
    return table.get(" ".join(_without_affixes(tuple(keys[start:end]), affixes)))


def _without_affixes(parts: tuple[str, ...], affixes: frozenset[str]) -> tuple[str, ...]:
    start, end = 0, len(parts)
    while start < end and parts[start] in affixes:
        start += 1
    while end > start and parts[end - 1] in affixes:
        end -= 1
    return parts[start:end]
