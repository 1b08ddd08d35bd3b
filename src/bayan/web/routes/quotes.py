"""``/quotes``: who said what; ``/api/quotes``: the same as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from bayan.web.deps import Reader
from bayan.web.routes.common import InvalidParameter, blank, day, render

router = APIRouter()


@router.get("/api/quotes", tags=["quotes"], summary="Quotes")
def api_quotes(
    reader: Reader,
    speaker: str | None = Query(None, description="Speaker: actor id, or a name in any script."),
    since: str | None = Query(None, description="Published on or after (YYYY-MM-DD)."),
    until: str | None = Query(None, description="Published on or before (YYYY-MM-DD)."),
    lang: str | None = Query(None, description="Language code."),
    article: str | None = Query(None, description="Only quotes from this article id."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Quotes in date order, with their speaker (as written, and the linked actor) and article."""
    return reader.quotes(blank(speaker), since=day(since, "since"), until=day(until, "until"), lang=blank(lang),
                         article_id=blank(article), limit=limit, offset=offset)


@router.get("/quotes", include_in_schema=False)
def quotes_page(request: Request, reader: Reader, speaker: str | None = None, since: str | None = None,
                until: str | None = None, lang: str | None = None):
    form = {"speaker": speaker or "", "since": since or "", "until": until or "", "lang": lang or ""}
    try:
        result = reader.quotes(blank(speaker), since=day(since, "since"), until=day(until, "until"),
                               lang=blank(lang), limit=200)
    except InvalidParameter as exc:
        return render(request, "quotes.html", status=400, form=form, result=None, notice=str(exc))
    return render(request, "quotes.html", form=form, result=result, notice=None)
