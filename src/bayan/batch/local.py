"""The ``local`` engine: a pool of worker processes on one machine.

Each worker builds the pipeline on its first article (``default_pipeline`` is cached per
process) and then runs whole tasks, writing its own part files, so nothing but file names
and row counts crosses between processes.
Workers are started with ``spawn``: a clean interpreter, as on a Spark executor.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any

from bayan.batch import sources
from bayan.batch.task import write_task


def run_local(
    inputs: Sequence[str],
    out: str,
    options: dict[str, Any],
    workers: int | None = None,
    task_bytes: int | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Run the batch; returns the plan's size and each task's result."""
    workers = workers or os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def mapper(fn, items):
            return list(pool.map(fn, items))

        tasks = sources.plan(inputs, workers, task_bytes, mapper)
        payloads = sources.tasks_to_json(tasks)
        futures = [pool.submit(write_task, i, task, options, out) for i, task in enumerate(payloads)]
        results = []
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if progress is not None:
                progress(result)
    results.sort(key=lambda r: r["index"])
    return {"workers": workers, "tasks": len(tasks), "task_results": results}

