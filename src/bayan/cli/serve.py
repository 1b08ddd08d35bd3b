"""``bayan serve``: the REST API and web UI over an archive."""

from __future__ import annotations

import ipaddress

import click

from bayan.cli import main
from bayan.cli.archive import db_option
from bayan.cli.common import fail
from bayan.errors import BayanError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this machine only; 0.0.0.0 serves the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--page-size", type=click.IntRange(1, 200), default=20, show_default=True, help="Search hits per page.")
def serve(db, host, port, page_size) -> None:
    """Serve the archive: web UI at /, REST API under /api/, OpenAPI docs at /docs."""
    from bayan.web import Settings, create_app
    from bayan.archive import ArchiveReader

    try:
        ArchiveReader.open(db).close()
    except BayanError as exc:
        fail(str(exc))
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - a dependency
        fail("bayan serve needs uvicorn: pip install uvicorn")
    if not _is_loopback(host):
        click.echo(f"bayan: warning: listening on {host}: anyone who can reach this machine can read the archive",
                   err=True)
    app = create_app(Settings(db=db, page_size=page_size))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {db} on http://{shown}:{port}/ (API docs at /docs; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
