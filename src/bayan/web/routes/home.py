"""``/``: the start page (search box, what the archive holds); ``/api``: the same as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from bayan.web.deps import Reader
from bayan.web.routes.common import cached, render

router = APIRouter()


def overview(reader) -> dict[str, Any]:
    return {"stats": reader.stats(), "top_actors": reader.actors(limit=15)}


@router.get("/api", tags=["archive"], summary="What the archive holds")
def api_index(reader: Reader) -> dict[str, Any]:
    """Counts of articles, near-duplicate groups, actors, quotes and events; languages; date range; top actors."""
    return overview(reader)


@router.get("/", include_in_schema=False)
def index(request: Request, reader: Reader):
    return render(request, "index.html", **cached(request, ("overview",), lambda: overview(reader)))
