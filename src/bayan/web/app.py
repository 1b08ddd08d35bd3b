"""``create_app(settings)``: the FastAPI app with its routers, templates and static files."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from bayan import __version__
from bayan.archive import ArchiveError, NotFound, QuerySyntaxError
from bayan.web.deps import ReaderPool
from bayan.web.render import make_templates
from bayan.web.routes.common import InvalidParameter
from bayan.web.settings import Settings

STATIC = Path(__file__).parent / "static"

# Pages use only our own CSS and inline SVG: no script, no outside resource.
CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

DESCRIPTION = """Search and browse an archive of analysed Urdu, Persian and Arabic news.

Every HTML page has a JSON twin here under `/api`. Queries: words (all must occur),
`"a phrase"`, `prefix*`, `OR`, `-excluded`, `(groups)`; one query finds every spelling
and script (`Khamenei`, `خامنہ ای`, `خامنه‌ای`, `خامنئي`). A query that cannot be parsed
is answered with 400 and a readable `detail`."""


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.readers.close()  # connections opened while serving

    app = FastAPI(
        title="bayan archive", version=__version__, description=DESCRIPTION,
        docs_url="/docs", redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.templates = make_templates()
    app.state.cache = {}
    app.state.readers = ReaderPool(settings.db)

    from bayan.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def page_error(request: Request, status: int, title: str, message: str):
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        html = request.app.state.templates.get_template("error.html").render(
            request=request, settings=settings, status=status, title=title, message=message, notice=None)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return page_error(request, 404, "Not found", str(exc))

    @app.exception_handler(QuerySyntaxError)
    async def bad_query(request: Request, exc: QuerySyntaxError):
        return page_error(request, 400, "Bad query", f"bad query: {exc}")

    @app.exception_handler(InvalidParameter)
    async def bad_parameter(request: Request, exc: InvalidParameter):
        return page_error(request, 400, "Bad request", str(exc))

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError):
        return page_error(request, 503, "Archive unavailable", str(exc))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not request.url.path.startswith(("/docs", "/openapi")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    return app
