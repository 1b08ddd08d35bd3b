"""``/articles/{id}``: one article with its records highlighted; ``/api/articles/{id}``: its JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from bayan.web.deps import Reader
from bayan.web.routes.common import render

router = APIRouter()


@router.get("/api/articles/{article_id}", tags=["articles"], summary="One article")
def api_article(article_id: str, reader: Reader) -> dict[str, Any]:
    """The article's JSON contract record (id, text, sentences, entities, quotes, events ...)
    plus `archive`: its near-duplicate group and where it was read from. 404 when unknown."""
    return reader.article(article_id)


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(article_id: str, request: Request, reader: Reader):
    record = reader.article(article_id)
    entities: dict[tuple[str, str | None], dict[str, Any]] = {}
    for ent in record.get("entities") or []:
        actor = ent.get("actor") or {}
        key = (actor.get("id") or ent.get("text"), ent.get("type"))
        item = entities.setdefault(key, {"text": ent.get("text"), "type": ent.get("type"), "actor": actor or None,
                                         "count": 0})
        item["count"] += 1
    return render(request, "article.html", article=record, entities=sorted(
        entities.values(), key=lambda e: (e["type"] or "", -e["count"])))
