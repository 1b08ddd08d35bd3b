"""News outlets among an event's actors.

A reporter's outlet is named in the text when someone speaks to it ("X نے بی بی سی سے بات
چیت میں کہا"); it is the frame of an interview, never a party to talks. The bundled actor
dictionaries mark outlets with ``kind: media``.
"""

from __future__ import annotations

from functools import lru_cache

from bayan.actors.loader import load_bundled_actors
from bayan.article import ActorRef


@lru_cache(maxsize=1)
def _outlet_ids() -> frozenset[str]:
    return frozenset(actor.id for actor in load_bundled_actors() if actor.kind == "media")


def is_outlet(actor: ActorRef | None) -> bool:
    """Whether the actor is a news outlet (agency, paper, channel)."""
    return actor is not None and actor.id in _outlet_ids()
