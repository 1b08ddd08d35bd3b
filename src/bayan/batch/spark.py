"""The ``spark`` engine: the same tasks as the local engine, mapped over Spark partitions.

The driver plans tasks from file names and sizes (``bayan.batch.sources``) and sends each
one, as a short JSON string, to its own partition. ``mapInArrow`` runs
``bayan.batch.task.combined_batches`` there: the worker reads its files itself, analyses
every record with the pipeline its Python process built once, and returns Arrow batches of
one combined row per record. The combined frame is persisted and each table is a narrow
projection of it (``article.*``, ``inline(entities)``, ...), so the analysis runs once and
table ``T``'s part ``k`` holds exactly the rows of task ``k``, as with the local engine.

Only module-level functions, plain dicts and strings are shipped to executors.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from bayan.batch import sources
from bayan.batch.output import join
from bayan.batch.schema import COMBINED, TABLES
from bayan.batch.task import combined_batches
from bayan.errors import BayanError


def spark_session(
    master: str | None = None, workers: int | None = None, conf: Mapping[str, str] | None = None
):
    """A SparkSession for a batch.

    Without ``master``: the one ``spark-submit`` set, or ``local[WORKERS]`` (``local[*]``)
    when run outside ``spark-submit``. With a cluster master, ``workers`` asks for that
    many executors (``spark.executor.instances``).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise BayanError("the spark engine needs pyspark: pip install 'bayan[spark]'") from None
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # we run inside spark-submit
    if master is None and not submitted:
        master = f"local[{workers or '*'}]"
    if master and master.startswith("local"):
        # Local Python workers must run this interpreter (and its installed packages).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("bayan batch")
    if master:
        builder = builder.master(master)
        if workers and not master.startswith("local"):
            builder = builder.config("spark.executor.instances", str(workers))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def spark_schema(arrow_schema):
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema)


def run_spark(
    inputs: Sequence[str],
    out: str,
    options: dict[str, Any],
    spark=None,
    master: str | None = None,
    workers: int | None = None,
    conf: Mapping[str, str] | None = None,
    task_bytes: int | None = None,
    overwrite: bool = True,
) -> dict[str, Any]:
    """Run the batch on Spark; ``spark``, or a session already running, is reused and
    left running; a session this call starts is stopped at the end."""
    own = False
    if spark is None:
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise BayanError("the spark engine needs pyspark: pip install 'bayan[spark]'") from None
        spark = SparkSession.getActiveSession()
        if spark is None:
            spark, own = spark_session(master, workers, conf), True
    try:
        return _run(spark, inputs, out, options, task_bytes, overwrite)
    finally:
        if own:
            spark.stop()


def _run(spark, inputs, out, options, task_bytes, overwrite) -> dict[str, Any]:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    parallelism = sc.defaultParallelism

    def mapper(fn, items):
        return sc.parallelize(items, len(items)).map(fn).collect()

    tasks = sources.plan(inputs, parallelism, task_bytes, mapper)
    payloads = sources.tasks_to_json(tasks)
    # One task a partition: parallelize slices n items into n partitions of one each.
    rdd = sc.parallelize(list(enumerate(payloads)), len(payloads))
    frame = spark.createDataFrame(rdd, "task_id int, task string")
    combined = frame.mapInArrow(functools.partial(combined_batches, options=dict(options)), spark_schema(COMBINED))
    combined = combined.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        tables = {
            "articles": combined.where("article IS NOT NULL").select("article.*"),
            "entities": combined.selectExpr("inline(entities)"),
            "quotes": combined.selectExpr("inline(quotes)"),
            "events": combined.selectExpr("inline(events)"),
            "errors": combined.where("error IS NOT NULL").select("error.*"),
        }
        target = out if "://" in out else os.path.abspath(out)
        mode = "overwrite" if overwrite else "errorifexists"
        for name in TABLES:
            tables[name].write.mode(mode).option("compression", "snappy").parquet(join(target, name))
        row = combined.selectExpr(
            "count(article) AS articles",
            "coalesce(sum(size(entities)), 0) AS entities",
            "coalesce(sum(size(quotes)), 0) AS quotes",
            "coalesce(sum(size(events)), 0) AS events",
            "count(error) AS errors",
        ).first()
        counts = {name: int(row[name]) for name in TABLES}
    finally:
        combined.unpersist()
    return {
        "workers": parallelism,
        "master": sc.master,
        "tasks": len(tasks),
        "counts": counts,
    }
