"""The ``bayan`` command. Thin: parse arguments, call the library, format the output.

Library errors (``BayanError``) become one-line messages on stderr and a non-zero exit;
a bad input among many is reported at the end while the good ones are still processed.
Each command lives in its own module, registered below.
"""

from __future__ import annotations

import importlib

import click

from bayan import __version__

# Command modules, imported for their @main.command registrations.
COMMAND_MODULES = ("analyze", "evaluate", "archive", "serve", "batch", "actors")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bayan")
def main() -> None:
    """bayan: who said what, who met whom, in Urdu, Persian and Arabic news."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"bayan.cli.{_name}")
