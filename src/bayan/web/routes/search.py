"""``/search``: full-text search in every script; ``/api/search``: the same as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from bayan.archive import Filters, QuerySyntaxError
from bayan.web.deps import Reader
from bayan.web.routes.common import InvalidParameter, blank, cached, day, render

router = APIRouter()


class Hit(BaseModel):
    id: str
    url: str | None
    path: str | None
    title: str | None
    heading: str
    published: str | None
    language: str | None
    snippet: str
    highlights: list[list[int]]
    score: float
    group_id: str
    duplicates: int


class SearchResponse(BaseModel):
    query: str
    total: int
    exact: bool
    offset: int
    limit: int
    filters: dict[str, Any]
    actors: list[str]
    hits: list[Hit]


def _filters(lang, since, until, actor, type_) -> Filters:
    return Filters(blank(lang), day(since, "since"), day(until, "until"), blank(actor),
                   (blank(type_) or "").upper() or None)


@router.get("/api/search", tags=["search"], response_model=SearchResponse, summary="Search articles")
def api_search(
    reader: Reader,
    q: str | None = Query(None, description='Query: words, "phrase", prefix*, OR, -word, (groups). Any script.'),
    lang: str | None = Query(None, description="Language code: ur, fa, ar."),
    since: str | None = Query(None, description="Published on or after (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Published on or before (YYYY-MM-DD)."),
    actor: str | None = Query(None, description="Articles mentioning this actor (id, or a name in any script)."),
    type: str | None = Query(None, description="Articles with an event of this PLOVER type (CONSULT ...)."),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Ranked articles, one per near-duplicate group, with a snippet and the offsets of its matches.

    Without `q` but with a filter, lists the matching articles newest first. A query that
    cannot be parsed is a 400 whose `detail` says what is wrong.
    """
    filters = _filters(lang, since, until, actor, type)
    if not (q and q.strip()) and not filters.active():
        raise QuerySyntaxError("the query is empty: give q, or a filter (lang, since, until, actor, type)")
    return reader.search(q, filters, limit=limit, offset=offset).to_dict()


@router.get("/search", include_in_schema=False)
def search_page(
    request: Request,
    reader: Reader,
    q: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    type: str | None = None,
    page: int = Query(1, ge=1, le=10_000),
):
    size = request.app.state.settings.page_size
    form = {"q": q or "", "lang": lang or "", "since": since or "", "until": until or "", "actor": actor or "",
            "type": (type or "").upper()}
    notice = None
    result = None
    status = 200
    try:
        filters = _filters(lang, since, until, actor, type)
        if (q and q.strip()) or filters.active():
            result = reader.search(q, filters, limit=size, offset=(page - 1) * size).to_dict()
    except (QuerySyntaxError, InvalidParameter) as exc:
        notice = f"bad query: {exc}" if isinstance(exc, QuerySyntaxError) else str(exc)
        status = 400
    stats = cached(request, ("stats",), reader.stats)
    return render(request, "search.html", status=status, form=form, result=result, notice=notice, page=page,
                  size=size, languages=list(stats["languages"]), event_types=list(stats["event_types"]))
