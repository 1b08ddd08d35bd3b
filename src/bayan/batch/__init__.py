"""Batch processing: ``analyze`` over many articles, on a process pool or on Apache Spark.

    from bayan.batch import run_batch, read_output
    run_batch(["news.jsonl", "pages/"], "out/", engine="local", workers=4)
    for record in read_output("out/"):   # contract dicts, as Article.to_dict() gives
        ...

The output is a folder of Parquet tables (``articles``, ``entities``, ``quotes``,
``events``, ``errors``; see ``bayan.batch.schema``) that both engines write identically.
pyarrow is needed (``pip install 'bayan[batch]'``), pyspark for the Spark engine
(``pip install 'bayan[spark]'``); both load only when called.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from bayan.errors import BayanError

if TYPE_CHECKING:
    from bayan.batch.run import BatchResult

__all__ = ["TABLES", "run_batch", "read_output", "read_errors", "read_table"]

TABLES = ("articles", "entities", "quotes", "events", "errors")


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise BayanError("batch processing needs pyarrow: pip install 'bayan[batch]'") from None


def run_batch(inputs, out, **options: Any) -> BatchResult:
    """See ``bayan.batch.run.run_batch``."""
    _need_pyarrow()
    from bayan.batch.run import run_batch as run

    return run(inputs, out, **options)


def read_output(out: str) -> Iterator[dict[str, Any]]:
    """Every article in a batch output folder as a contract dict (``Article.to_dict()``),
    with its entities, quotes and events nested back in. Errors are not included."""
    _need_pyarrow()
    from bayan.batch.output import read_output as read

    return read(out)


def read_errors(out: str) -> Iterator[dict[str, Any]]:
    """The error rows of a batch output folder (``source``, ``stage``, ``error``, ``problem``)."""
    _need_pyarrow()
    from bayan.batch.output import read_errors as read

    return read(out)


def read_table(out: str, table: str):
    """One table of a batch output folder as a ``pyarrow.Table``."""
    _need_pyarrow()
    from bayan.batch.output import read_table as read

    return read(out, table)
