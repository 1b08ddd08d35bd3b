"""``/network``: who met whom, drawn as a clickable graph; ``/api/network``: nodes and edges."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from bayan.web.deps import Reader
from bayan.web.routes.common import InvalidParameter, blank, cached, day, render

router = APIRouter()


@router.get("/api/network", tags=["network"], summary="Who met whom")
def api_network(
    reader: Reader,
    since: str | None = Query(None, description="Meetings on or after (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Meetings on or before (YYYY-MM-DD)."),
    actor: str | None = Query(None, description="Only the meetings of this actor."),
    limit: int = Query(60, ge=1, le=1000, description="Most-connected actors to keep."),
    min_weight: int = Query(1, ge=1, description="Only pairs that met at least this often."),
) -> dict[str, Any]:
    """Actors (nodes, weighted by meetings) linked by meeting events (CONSULT), weighted by their number."""
    return reader.network(since=day(since, "since"), until=day(until, "until"), actor=blank(actor), limit=limit,
                          min_weight=min_weight)


@router.get("/network", include_in_schema=False)
def network_page(request: Request, reader: Reader, since: str | None = None, until: str | None = None,
                 actor: str | None = None, min_weight: int = Query(1, ge=1)):
    from bayan.web.render import network_drawing

    form = {"since": since or "", "until": until or "", "actor": actor or "", "min_weight": min_weight}
    settings = request.app.state.settings
    try:
        args = (day(since, "since"), day(until, "until"), blank(actor), min_weight)
    except InvalidParameter as exc:
        return render(request, "network.html", status=400, form=form, drawing=None, notice=str(exc))

    def draw():
        return network_drawing(reader.network(since=args[0], until=args[1], actor=args[2], min_weight=args[3],
                                              limit=settings.network_nodes))

    drawing = cached(request, ("network", args), draw)
    return render(request, "network.html", form=form, drawing=drawing, notice=None)
