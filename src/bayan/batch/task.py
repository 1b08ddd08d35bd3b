"""One task on one worker: read its splits, analyse every record, hand back Arrow rows.

Both engines run a task through ``iter_rows``; they differ only in where the rows go.
The local engine writes them straight to Parquet files named after the task
(``write_task``); the Spark engine returns them to Spark as Arrow batches of the
combined schema (``combined_batches``), one row per record, and Spark writes the tables.

Everything here is a module-level function of plain arguments, so Spark and
``multiprocessing`` pickle it by reference; the pipeline itself is built on the worker,
once per process (``bayan.pipeline.default_pipeline`` is cached).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterable, Iterator
from typing import Any

from bayan.batch.rows import Rows, record_rows
from bayan.batch.sources import Split, read_splits, task_from_json

BATCH_RECORDS = 256  # records per Arrow batch: bounds a worker's memory


def iter_rows(splits: Iterable[Split], options: dict[str, Any]) -> Iterator[Rows]:
    for item in read_splits(splits):
        yield record_rows(item, lang=options.get("lang"), published=options.get("published"))


def combined_batches(batches: Iterator[Any], options: dict[str, Any]) -> Iterator[Any]:
    """``mapInArrow`` function: task rows (``task_id``, ``task``) in, combined rows out."""
    import pyarrow as pa

    from bayan.batch.schema import COMBINED

    for batch in batches:
        for task in batch.column("task").to_pylist():
            pending: list[dict[str, Any]] = []
            for rows in iter_rows(task_from_json(task), options):
                pending.append(
                    {
                        "article": rows.articles[0] if rows.articles else None,
                        "entities": rows.entities,
                        "quotes": rows.quotes,
                        "events": rows.events,
                        "error": rows.errors[0] if rows.errors else None,
                    }
                )
                if len(pending) >= BATCH_RECORDS:
                    yield pa.RecordBatch.from_pylist(pending, schema=COMBINED)
                    pending = []
            if pending:
                yield pa.RecordBatch.from_pylist(pending, schema=COMBINED)


def write_task(index: int, task: str, options: dict[str, Any], out: str) -> dict[str, Any]:
    """Local engine: run task ``index`` and write ``TABLE/part-INDEX.parquet`` for each table
    that got rows. Returns row counts, wall and CPU seconds, and this worker's peak memory."""
    from bayan.batch.output import PartWriter

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    writer = PartWriter(out, index)
    pending = Rows([], [], [], [], [])
    records = 0
    try:
        for rows in iter_rows(task_from_json(task), options):
            for mine, theirs in zip(pending, rows):
                mine.extend(theirs)
            records += 1
            if records % BATCH_RECORDS == 0:
                writer.write(pending)
                pending = Rows([], [], [], [], [])
        writer.write(pending)
    finally:
        writer.close()
    return {
        "index": index,
        "records": records,
        "counts": writer.counts,
        "seconds": time.perf_counter() - started,
        "cpu_seconds": _cpu_seconds() - cpu_started,
        "pid": os.getpid(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

