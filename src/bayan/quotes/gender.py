"""Grammatical gender where the language marks it on the speech verb (Arabic).

"وأضافت أن ..." has no subject of its own: it continues the words of the last speaker who
can be a she (a woman, a body such as الوزارة, a country), not of the last man. The
verb's gender is data (``FEMININE_SPEECH_VERBS``); a person's comes from her given name
or the title she was introduced with; a body's from its head word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bayan.article import Entity
from bayan.lang import data_module
from bayan.phrases import words
from bayan.quotes.context import ArticleContext


@dataclass(frozen=True)
class GenderRules:
    feminine_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    feminine_titles: frozenset[str]
    masculine_bodies: frozenset[str]
    feminine_bodies: frozenset[str]  # الأمم المتحدة: plural heads that take a feminine verb


def _single(entries) -> frozenset[str]:
    return frozenset(w for e in entries for w in words(e)[:1])


@lru_cache(maxsize=None)
def gender_rules(lang: str) -> GenderRules | None:
    quotes = data_module(lang, "quotes")
    if not getattr(quotes, "FEMININE_SPEECH_VERBS", ()):
        return None  # the language does not mark it (Urdu and Persian verbs here do not)
    names = data_module(lang, "names")
    return GenderRules(
        feminine_verbs=_single(quotes.FEMININE_SPEECH_VERBS),
        speech_verbs=_single(quotes.SPEECH_VERBS),
        female_names=_single(getattr(names, "FEMALE_GIVEN_NAMES", ())),
        male_names=_single(getattr(names, "MALE_GIVEN_NAMES", ())),
        feminine_titles=_single(getattr(names, "FEMININE_TITLES", ())),
        masculine_bodies=_single(getattr(quotes, "MASCULINE_BODY_HEADS", ())),
        feminine_bodies=_single(getattr(quotes, "FEMININE_BODY_HEADS", ())),
    )


def without_conjunction(key: str, known: frozenset[str]) -> str:
    """A known word with a joined و or ف taken off (وقالت → قالت); any other key as it is."""
    if key not in known and len(key) > 3 and key[0] in "وف" and key[1:] in known:
        return key[1:]
    return key


def verb_gender(ctx: ArticleContext, token: int) -> str | None:
    """"f" or "m" for a speech verb at ``token`` in a language that marks it, else None."""
    rules = gender_rules(ctx.lang)
    if rules is None or not 0 <= token < len(ctx.keys):
        return None
    key = without_conjunction(ctx.keys[token], rules.speech_verbs)
    if key in rules.feminine_verbs:
        return "f"
    return "m" if key in rules.speech_verbs else None


def mention_gender(ctx: ArticleContext, entity: Entity, first: int, end: int) -> str | None:
    """A mention's grammatical gender: people by given name or title, bodies by their head
    word, countries feminine; None when nothing tells."""
    rules = gender_rules(ctx.lang)
    if rules is None or first >= end:
        return None
    if entity.type == "LOC":
        return "f"
    if entity.type == "ORG":
        return _body_gender(ctx.keys[first], rules)
    given = ctx.keys[first]
    if given in rules.female_names or _introduced_as_a_woman(ctx, entity, first, rules):
        return "f"
    if given in rules.male_names:
        return "m"
    return None


def _body_gender(head: str, rules: GenderRules) -> str:
    """A body's gender is its head word's: feminine in ة (وزارة، هيئة، حركة; folded to ه),
    masculine otherwise (مجلس، مصرف، صندوق)."""
    if head in rules.masculine_bodies:
        return "m"
    bare = head[2:] if head.startswith("ال") and len(head) > 4 else head
    return "f" if bare.endswith("ه") or head in rules.feminine_bodies else "m"


def _introduced_as_a_woman(ctx: ArticleContext, entity: Entity, first: int, rules: GenderRules) -> bool:
    if first > 0 and ctx.keys[first - 1] in rules.feminine_titles:
        return True
    same = {entity.text} | ({entity.referent} if entity.referent else set())
    for title, index in ctx.titled:
        other = ctx.entities[index]
        if title and title[0] in rules.feminine_titles and (other.text in same or other.referent in same):
            return True
    return False
