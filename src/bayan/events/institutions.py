"""Which government, cabinet or parliament a bare word means.

News names its own country's institutions without the country: حکومت، وفاقی کابینہ نے،
سینیٹ نے، الحكومة، مجلس الوزراء، دولت. In an event such a word is the institution of the
story's country (its dateline's, else the country it names most). The institutions known
are the bundled actors named "<Institution> of <country>".
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from bayan.actors.loader import load_bundled_actors
from bayan.article import ActorRef, Entity
from bayan.events.hosts import country_of

_ROLE_NAMES = {
    "government": ("Government of {}",),
    "cabinet": ("Federal Cabinet of {}", "Cabinet of {}", "Council of Ministers of {}"),
    "senate": ("Senate of {}",),
    "national assembly": ("National Assembly of {}",),
    "foreign ministry": ("Ministry of Foreign Affairs of {}",),
}


@lru_cache(maxsize=1)
def _institutions() -> dict[tuple[str, str], ActorRef]:
    """(role, country code) -> the actor of that national institution."""
    actors = load_bundled_actors()
    country_names = {a.country: a.name for a in actors if a.type == "LOC" and a.kind == "country" and a.country}
    by_name = {a.name: a for a in actors if a.type == "ORG"}
    table = {}
    for code, country in country_names.items():
        for role, patterns in _ROLE_NAMES.items():
            for pattern in patterns:
                actor = by_name.get(pattern.format(country)) or by_name.get(pattern.format("the " + country))
                if actor is not None:
                    table[(role, code)] = ActorRef(actor.id, actor.name)
                    break
    return table


def institution(role: str, country: str | None) -> ActorRef | None:
    return _institutions().get((role, country)) if country else None


def home_country(dateline: Entity | None, entities: list[Entity]) -> str | None:
    """The story's country: its dateline's, else the country its places name most."""
    if dateline is not None:
        place = dateline.actor
        code = country_of(place) if place is not None else None
        if code:
            return code
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.type == "LOC" and entity.actor is not None:
            code = country_of(entity.actor)
            if code:
                counts[code] += 1
    return counts.most_common(1)[0][0] if counts else None

