"""``run_batch``: inputs in, a folder of Parquet tables out, on either engine."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from bayan.errors import BayanError

ENGINES = ("local", "spark")
log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    out: str
    engine: str
    workers: int
    tasks: int
    counts: dict[str, int]
    seconds: float
    master: str | None = None
    peak_rss_mb: list[float] = field(default_factory=list)  # local engine: each task's worker peak
    task_stats: list[dict[str, Any]] = field(default_factory=list, repr=False)  # local engine: per task

    @property
    def records(self) -> int:
        return self.counts["articles"] + self.counts["errors"]

    @property
    def articles_per_second(self) -> float:
        return self.counts["articles"] / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["articles_per_second"] = round(self.articles_per_second, 2)
        return out


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    engine: str = "local",
    workers: int | None = None,
    master: str | None = None,
    lang: str | None = None,
    published: str | None = None,
    overwrite: bool = False,
    task_bytes: int | None = None,
    spark: Any = None,
    spark_conf: Mapping[str, str] | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> BatchResult:
    """Analyse every article in ``inputs`` and write ``out/{articles,entities,quotes,events,errors}/``.

    ``inputs``: JSON Lines, Parquet, HTML, text or WARC files, folders of them, or URIs
    (``file://``, ``s3://``, ``hdfs://``, read through pyarrow). A record that cannot be
    read or analysed becomes a row of ``errors/`` with its reason; the batch goes on.
    ``engine="local"`` runs a process pool of ``workers`` (default: one a core);
    ``engine="spark"`` runs on ``spark`` (a SparkSession) or on a new session for ``master``.
    """
    from bayan import __version__
    from bayan.batch import output
    from bayan.lang import SUPPORTED

    if engine not in ENGINES:
        raise BayanError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if not inputs:
        raise BayanError("no inputs given")
    if lang is not None and lang not in SUPPORTED:
        raise BayanError(f"unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}")
    if engine == "local" and (master is not None or spark is not None):
        raise BayanError("a Spark master or session needs engine='spark'")
    if workers is not None and workers < 1:
        raise BayanError("workers must be at least 1")
    options = {"lang": lang, "published": published}
    started = time.perf_counter()
    managed = _prepare(out, overwrite, engine)
    if engine == "local":
        from bayan.batch.local import run_local

        ran = run_local(inputs, out, options, workers=workers, task_bytes=task_bytes, progress=progress)
        counts = {t: sum(r["counts"][t] for r in ran["task_results"]) for t in output.TABLES}
        rss = [round(r["peak_rss_mb"], 1) for r in ran["task_results"]]
        stats = ran["task_results"]
        master_used = None
    else:
        from bayan.batch.spark import run_spark

        ran = run_spark(
            inputs, out, options, spark=spark, master=master, workers=workers, conf=spark_conf,
            task_bytes=task_bytes, overwrite=managed or overwrite,
        )
        counts, rss, stats, master_used = ran["counts"], [], [], ran["master"]
    seconds = time.perf_counter() - started
    result = BatchResult(out, engine, ran["workers"], ran["tasks"], counts, seconds, master_used, rss, stats)
    manifest = {
        "bayan": __version__,
        "schema_version": _schema_version(),
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": list(inputs),
        "options": options,
        **{k: v for k, v in result.to_dict().items() if k not in ("out", "peak_rss_mb", "task_stats")},
    }
    if managed:
        output.finish(out, manifest)
    return result


def _prepare(out: str, overwrite: bool, engine: str) -> bool:
    """Check and clear ``out``; False when only Spark can reach it (then Spark's own
    ``errorifexists``/``overwrite`` modes guard it and no manifest is written)."""
    from bayan.batch import output

    try:
        output.prepare(out, overwrite)
    except BayanError:
        raise
    except Exception as exc:  # pyarrow cannot open this filesystem from here
        if engine != "spark":
            raise BayanError(f"{out}: cannot write here ({type(exc).__name__}: {exc})") from None
        log.warning("%s: not reachable through pyarrow (%s); Spark writes the tables, no manifest", out, exc)
        return False
    return True


def _schema_version() -> int:
    from bayan.batch.schema import SCHEMA_VERSION

    return SCHEMA_VERSION
