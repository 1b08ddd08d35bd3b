"""News outlets among an event's actors.

A reporter's outlet is named in the text when someone speaks to it ("X نے بی بی سی سے بات
چیت میں کہا"); it is the frame of an interview, never a party to talks. The bundled actor
dictionaries mark outlets with ``kind: media``.
"""

from __future__ import annotations

from bayan.actors.loader import bundled_ids_of_kind
from bayan.article import ActorRef


def is_outlet(actor: ActorRef | None) -> bool:
    """Whether the actor is a news outlet (agency, paper, channel)."""
    return actor is not None and actor.id in bundled_ids_of_kind("media")
