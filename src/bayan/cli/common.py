"""Helpers shared by the command modules: progress, error reporting, choices.

Library errors (``BayanError``) become one-line messages on stderr and a non-zero exit;
a bad input among many is reported at the end while the good ones are still processed.
"""

from __future__ import annotations

import sys
import time

import click

from bayan.errors import InputError
from bayan.lang import SUPPORTED

LANG_CHOICE = click.Choice(list(SUPPORTED))


class Progress:
    """A one-line counter on stderr for long runs, only when a person is watching."""

    def __init__(self, label: str, enabled: bool | None = None):
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.count = 0
        self.started = time.monotonic()
        self.last = 0.0

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.last > 0.25:
            self.last = now
            rate = self.count / max(now - self.started, 1e-9)
            click.echo(f"\r{self.label}: {self.count} ({rate:.0f}/s)", nl=False, err=True)

    def close(self) -> None:
        if self.enabled and self.count:
            click.echo(f"\r{self.label}: {self.count} done" + " " * 10, err=True)


def fail(message: str) -> None:
    raise click.ClickException(message)


def report_errors(errors: list[InputError], done: int) -> None:
    if not errors:
        return
    click.echo(f"bayan: {len(errors)} input(s) failed ({done} analysed):", err=True)
    for error in errors:
        click.echo(f"  {error}", err=True)
