"""The country a visit goes to, when the text names only its city.

Event coding takes the host of a visit as its target actor: "arrived in Muscat" is a
visit to Oman. The bundled places know each city's country (ISO alpha-3).
"""

from __future__ import annotations

from functools import lru_cache

from bayan.actors.loader import load_bundled_actors
from bayan.article import ActorRef


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, ActorRef], dict[str, str]]:
    """(country code -> the country's actor, place id -> its country code)."""
    by_code: dict[str, ActorRef] = {}
    country_of: dict[str, str] = {}
    for actor in load_bundled_actors():
        if actor.type != "LOC" or not actor.country:
            continue
        if actor.kind == "country":
            by_code.setdefault(actor.country, ActorRef(actor.id, actor.name))
        else:
            country_of[actor.id] = actor.country
    return by_code, country_of


def host_country(actor: ActorRef | None) -> ActorRef | None:
    """The country of a city or province actor; ``None`` for anything else."""
    if actor is None:
        return None
    by_code, country_of = _countries()
    code = country_of.get(actor.id)
    return by_code.get(code) if code else None
