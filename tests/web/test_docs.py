"""The user guide documents every CLI command and every API route."""

import re
from pathlib import Path

from bayan.cli import main

ROOT = Path(__file__).parents[2]


def guide() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts + [(ROOT / "README.md").read_text(encoding="utf-8")])


def test_every_cli_command_is_documented():
    text = guide()
    missing = [name for name in main.commands if not re.search(rf"bayan {re.escape(name)}\b", text)]
    assert not missing, f"commands not documented in docs/ or README.md: {missing}"


def documented(route: str, text: str, prefix: str = "`") -> bool:
    """Whether ``route`` appears in ``text`` (a path parameter may be named differently there)."""
    pattern = re.escape(prefix) + re.sub(r"\\\{[^}]*\\\}", r"{[^}]+}", re.escape(route)) + r"[`?]"
    return re.search(pattern, text) is not None


def test_every_api_route_is_documented(client):
    text = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    routes = list(client.get("/openapi.json").json()["paths"])
    missing = [route for route in routes if not documented(route, text, "`GET ")]
    assert not missing, f"API routes not documented in docs/serve.md: {missing}"


def test_every_page_is_documented():
    from bayan.web.routes import ROUTERS

    text = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    pages = [r.path for router in ROUTERS for r in router.routes if not r.include_in_schema]
    missing = [p for p in pages if not documented(p, text)]
    assert pages and not missing, f"pages not documented in docs/serve.md: {missing}"
