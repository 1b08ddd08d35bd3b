"""``/actors``, ``/actors/{id}``: actors and everything the archive knows of one; JSON twins under /api."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from bayan.web.deps import Reader
from bayan.web.routes.common import blank, render

router = APIRouter()


@router.get("/api/actors", tags=["actors"], summary="List or find actors")
def api_actors(
    reader: Reader,
    q: str | None = Query(None, description="A name in any script, or an actor id."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> list[dict[str, Any]]:
    """Actors, most mentioned first; with `q`, only those the name can mean."""
    return reader.actors(blank(q), limit=limit, offset=offset)


@router.get("/api/actors/{actor_id}", tags=["actors"], summary="One actor")
def api_actor(actor_id: str, reader: Reader) -> dict[str, Any]:
    """Names in every script, roles, counts, all quotes over time, events, the actors met most often,
    and recent articles. 404 when unknown."""
    return reader.actor(actor_id)


@router.get("/actors", include_in_schema=False)
def actors_page(request: Request, reader: Reader, q: str | None = None):
    return render(request, "actors.html", q=q or "", actors=reader.actors(blank(q), limit=200))


@router.get("/actors/{actor_id}", include_in_schema=False)
def actor_page(actor_id: str, request: Request, reader: Reader):
    from bayan.web.render import timeline_drawing

    actor = reader.actor(actor_id)
    timeline = reader.timeline(actor=actor_id)
    return render(request, "actor.html", actor=actor, timeline=timeline_drawing(timeline["periods"]))
