"""What the routers share: rendering a page, checking dates, paging."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from bayan.errors import BayanError


class InvalidParameter(BayanError):
    """A query parameter with a value we cannot use (answered with 400)."""


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    context.setdefault("notice", None)
    html = templates.get_template(template).render(request=request, settings=request.app.state.settings, **context)
    return HTMLResponse(html, status_code=status)


def day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD parameter ('' means unset)."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidParameter(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def db_stamp(request: Request) -> tuple[int, ...]:
    """Changes whenever the archive (or its write-ahead log) changes."""
    db = request.app.state.settings.db
    return tuple(os.stat(p).st_mtime_ns if os.path.exists(p) else 0 for p in (db, db + "-wal"))


def cached(request: Request, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered until the archive changes (for figures that are costly on a big archive)."""
    cache = request.app.state.cache
    full = (key, db_stamp(request))
    if full not in cache:
        if len(cache) > 64:
            cache.clear()
        cache[full] = compute()
    return cache[full]
