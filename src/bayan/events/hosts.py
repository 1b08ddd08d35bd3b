"""The country a visit goes to, when the text names only its city.

Event coding takes the host of a visit as its target actor: "arrived in Muscat" is a
visit to Oman. The bundled places know each city's country (ISO alpha-3).
"""

from __future__ import annotations

from functools import lru_cache

from bayan.actors.loader import load_bundled_actors
from bayan.article import ActorRef


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, ActorRef], dict[str, str], dict[str, str]]:
    """(country code -> the country's actor, city or province id -> its country code,
    any actor id -> its country code)."""
    by_code: dict[str, ActorRef] = {}
    places: dict[str, str] = {}
    anyone: dict[str, str] = {}
    for actor in load_bundled_actors():
        if not actor.country:
            continue
        anyone[actor.id] = actor.country
        if actor.type != "LOC":
            continue
        if actor.kind == "country":
            by_code.setdefault(actor.country, ActorRef(actor.id, actor.name))
        else:
            places[actor.id] = actor.country
    return by_code, places, anyone


def host_country(actor: ActorRef | None) -> ActorRef | None:
    """The country of a city or province actor; ``None`` for anything else."""
    if actor is None:
        return None
    by_code, places, _ = _countries()
    code = places.get(actor.id)
    return by_code.get(code) if code else None


def country_of(actor: ActorRef | None) -> str | None:
    """The ISO alpha-3 country of a bundled actor (a person's, a place's), if known."""
    return None if actor is None else _countries()[2].get(actor.id)
