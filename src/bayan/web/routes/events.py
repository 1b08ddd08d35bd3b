"""``/events`` and ``/timeline``: who did what to whom, over time; JSON twins under /api."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from bayan.archive import QuerySyntaxError
from bayan.web.deps import Reader
from bayan.web.routes.common import InvalidParameter, blank, cached, day, render

router = APIRouter()


def _type(value: str | None) -> str | None:
    value = blank(value)
    return value.upper() if value else None


@router.get("/api/events", tags=["events"], summary="Events")
def api_events(
    reader: Reader,
    type: str | None = Query(None, description="PLOVER type: CONSULT, AGREE, ACCUSE ..."),
    actor: str | None = Query(None, description="A participant: actor id, or a name in any script."),
    q: str | None = Query(None, description="Only events in articles matching this search query."),
    since: str | None = Query(None, description="On or after (YYYY-MM-DD): the event's date, else the article's."),
    until: str | None = Query(None, description="On or before (YYYY-MM-DD)."),
    lang: str | None = Query(None, description="Language code."),
    article: str | None = Query(None, description="Only events from this article id."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Events in date order with their source and target participants."""
    return reader.events(type=_type(type), actor=blank(actor), q=blank(q), since=day(since, "since"),
                         until=day(until, "until"), lang=blank(lang), article_id=blank(article), limit=limit,
                         offset=offset)


@router.get("/api/timeline", tags=["events"], summary="Timeline of events")
def api_timeline(
    reader: Reader,
    q: str | None = Query(None, description="Events in articles matching this query."),
    actor: str | None = Query(None, description="Events with this participant."),
    type: str | None = Query(None, description="PLOVER type."),
    since: str | None = Query(None),
    until: str | None = Query(None),
) -> dict[str, Any]:
    """Counts per month and type, and the events, for a query or an actor."""
    return reader.timeline(q=blank(q), actor=blank(actor), type=_type(type), since=day(since, "since"),
                           until=day(until, "until"))


@router.get("/events", include_in_schema=False)
def events_page(request: Request, reader: Reader, type: str | None = None, actor: str | None = None,
                since: str | None = None, until: str | None = None, lang: str | None = None):
    form = {"type": _type(type) or "", "actor": actor or "", "since": since or "", "until": until or "",
            "lang": lang or ""}
    try:
        result = reader.events(type=_type(type), actor=blank(actor), since=day(since, "since"),
                               until=day(until, "until"), lang=blank(lang), limit=200)
    except InvalidParameter as exc:
        return render(request, "events.html", status=400, form=form, result=None, notice=str(exc),
                      event_types=list(cached(request, ("stats",), reader.stats)["event_types"]))
    return render(request, "events.html", form=form, result=result, notice=None,
                  event_types=list(cached(request, ("stats",), reader.stats)["event_types"]))


@router.get("/timeline", include_in_schema=False)
def timeline_page(request: Request, reader: Reader, q: str | None = None, actor: str | None = None,
                  type: str | None = None, since: str | None = None, until: str | None = None):
    from bayan.web.render import timeline_drawing

    form = {"q": q or "", "actor": actor or "", "type": _type(type) or "", "since": since or "", "until": until or ""}
    try:
        data = reader.timeline(q=blank(q), actor=blank(actor), type=_type(type), since=day(since, "since"),
                               until=day(until, "until"))
    except (QuerySyntaxError, InvalidParameter) as exc:
        notice = f"bad query: {exc}" if isinstance(exc, QuerySyntaxError) else str(exc)
        return render(request, "timeline.html", status=400, form=form, data=None, drawing=None, notice=notice)
    return render(request, "timeline.html", form=form, data=data, drawing=timeline_drawing(data["periods"]),
                  notice=None)
