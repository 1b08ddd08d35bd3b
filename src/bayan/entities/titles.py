"""Names the dictionary lacks, found by the title that announces them.

News introduces a person by office: وزیر اعظم شہباز شریف، رئیس‌جمهور مسعود پزشکیان،
وزير الخارجية فيصل بن فرحان. After a title come optional words naming the office
(وزیر *توانائی*، وزیر اعلیٰ *پنجاب*), then the name, which ends at the first
postposition, conjunction, verb or punctuation mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bayan.article import Token
from bayan.lang import data_module
from bayan.script import fold

MAX_OFFICE_WORDS = 5
MAX_NAME_TOKENS = 6  # محمد بن زايد آل نهيان


@dataclass(frozen=True)
class NameRules:
    titles: dict[str, tuple[tuple[str, ...], ...]]  # first word -> title phrases, longest first
    title_words: frozenset[str]
    prefixes: frozenset[str]
    office_words: frozenset[str]
    stops: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


def _glued_variants(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every way of writing a phrase with some of its words joined (وزیراعظم، آیت‌الله)."""
    variants = {words[:1]}
    for word in words[1:]:
        variants = {v + (word,) for v in variants} | {v[:-1] + (v[-1] + word,) for v in variants}
    return variants


@lru_cache(maxsize=None)
def name_rules(lang: str) -> NameRules:
    data = data_module(lang, "names")
    phrases = {v for p in data.PERSON_TITLES for v in _glued_variants(_words(p))}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    titles = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    return NameRules(
        titles=titles,
        title_words=frozenset(w for p in phrases for w in p),
        prefixes=frozenset(w for p in data.NAME_PREFIXES for w in _words(p)),
        office_words=frozenset(w for p in data.OFFICE_WORDS for w in _words(p)),
        stops=frozenset(w for p in data.NAME_STOPS for w in _words(p)),
    )


def token_keys(tokens: list[Token]) -> list[str]:
    """Folded form of every token, the unit the rules compare.

    A zero-width non-joiner inside a token folds to a space; the key drops it, so that
    آیت‌الله, آیتالله and the glued variants of the title phrases meet.
    """
    return [fold(t.text).replace(" ", "") for t in tokens]


def match_title(keys: list[str], i: int, rules: NameRules) -> int:
    """Length in tokens of the longest title phrase starting at token ``i`` (0 if none)."""
    for phrase in rules.titles.get(keys[i], ()):
        n = len(phrase)
        if tuple(keys[i : i + n]) == phrase:
            return n
    return 0


def find_titled_names(
    tokens: list[Token],
    keys: list[str],
    rules: NameRules,
    entity_at: dict[int, tuple[int, str]],
    is_common_word=lambda key: False,
) -> list[tuple[int, int, int]]:
    """Names announced by a title: ``(first_token, end_token, title_token)`` triples.

    ``entity_at`` maps a token index where an already found entity starts to
    ``(end_token, type)``; an office may be named by such an entity (a place or a body).
    """
    found = []
    n = len(tokens)
    i = 0
    while i < n:
        if i in entity_at:
            i = entity_at[i][0]
            continue
        length = match_title(keys, i, rules) if tokens[i].kind == "word" else 0
        if not length:
            i += 1
            continue
        j = i + length
        skipped = 0
        while j < n and skipped < MAX_OFFICE_WORDS:
            if j in entity_at and entity_at[j][1] in ("LOC", "ORG"):
                j = entity_at[j][0]
            elif keys[j] in rules.office_words or (keys[j] in rules.title_words and keys[j] not in rules.prefixes):
                j += 1
            else:
                break
            skipped += 1
        if j < n and j in entity_at and entity_at[j][1] == "PER":
            i = entity_at[j][0]  # the dictionary already knows this person
            continue
        k = j
        while (
            k < n
            and k - j < MAX_NAME_TOKENS
            and tokens[k].kind == "word"
            and k not in entity_at
            and keys[k] not in rules.stops
            and (keys[k] not in rules.office_words or keys[k] in rules.prefixes)
            and (keys[k] not in rules.title_words or keys[k] in rules.prefixes)
            and (k == j or tokens[k].start - tokens[k - 1].end <= 1)
        ):
            k += 1
        while k > j and keys[k - 1] in rules.prefixes:
            k -= 1  # an honorific alone is not a name
        if k > j and not (k - j == 1 and (is_common_word(keys[j]) or len(keys[j]) < 3)):
            found.append((j, k, i))
            i = k
        else:
            i = j if j > i else i + 1
    return found
