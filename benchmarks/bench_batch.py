"""Scaling of ``bayan batch``: articles a second with 1 and 2 workers, and memory per worker.

    python benchmarks/bench_batch.py [--articles 2000] [--workers 1 2] [--rounds 2] [--spark]

The input is a JSON Lines file built from our own articles (``corpus/`` and
``examples/``): every article, then its paragraphs as articles of their own, cycled to
``--articles`` distinct records. For each worker count the local engine runs the whole
file ``--rounds`` times (the best run counts) and the script prints

- end to end: articles / wall time, process start and pipeline build included;
- speed-up: end-to-end rate / the 1-worker end-to-end rate;
- warm rate per worker: articles / wall seconds of the tasks a worker ran after its
  first (the first one builds the pipeline), i.e. what one warm worker sustains;
- CPU ms an article on warm tasks: the cost that does not depend on how busy the
  machine is, so the figure to extrapolate from when the wall times are noisy;
- peak RSS of a worker process, which is what each Spark Python worker needs too.

With ``--spark`` the file also goes through the Spark engine on ``local[N]`` (after a
warm-up batch on the same session, so JVM and Python-worker start-up are left out).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_PARAGRAPH_CHARS = 80


def build_records(count: int) -> list[dict]:
    texts = []
    for path in sorted(ROOT.glob("corpus/*/*/*.txt")) + sorted(ROOT.glob("examples/*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append((path.stem, text))
        for i, para in enumerate(p.strip() for p in text.split("\n\n")):
            if len(para) >= MIN_PARAGRAPH_CHARS:
                texts.append((f"{path.stem}-p{i}", para))
    if not texts:
        raise SystemExit("no articles under corpus/ or examples/")
    records = []
    for n in range(count):
        name, text = texts[n % len(texts)]
        # A different body each cycle, so every record is a distinct article.
        suffix = "" if n < len(texts) else f"\n\n({n // len(texts)})"
        records.append({"id": f"{name}#{n}", "text": text + suffix})
    return records


def bench_local(jsonl: Path, workers: int, folder: Path, rounds: int) -> dict:
    from bayan.batch import run_batch

    best = None
    for _ in range(rounds):
        started = time.perf_counter()
        result = run_batch([str(jsonl)], str(folder / f"out-{workers}"), engine="local", workers=workers, overwrite=True)
        seconds = time.perf_counter() - started
        if best is None or seconds < best[0]:
            best = (seconds, result)
    seconds, result = best
    seen: set[int] = set()
    warm = {"records": 0, "seconds": 0.0, "cpu": 0.0}
    for task in result.task_stats:  # in task order; a worker's first task builds its pipeline
        if task["pid"] in seen:
            warm["records"] += task["records"]
            warm["seconds"] += task["seconds"]
            warm["cpu"] += task["cpu_seconds"]
        seen.add(task["pid"])
    articles = result.counts["articles"]
    return {
        "engine": "local",
        "workers": workers,
        "articles": articles,
        "tasks": result.tasks,
        "seconds": seconds,
        "end_to_end": articles / seconds,
        "warm_rate": warm["records"] / warm["seconds"] if warm["seconds"] else float("nan"),
        "cpu_ms": 1000 * warm["cpu"] / warm["records"] if warm["records"] else float("nan"),
        "rss_mb": max(result.peak_rss_mb) if result.peak_rss_mb else float("nan"),
    }


def _peak_rss(batches):
    import resource

    import pyarrow as pa

    for _ in batches:
        pass
    yield pa.RecordBatch.from_pylist([{"rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}])


def bench_spark(jsonl: Path, warm: Path, workers: int, folder: Path, rounds: int) -> dict:
    from bayan.batch import run_batch
    from bayan.batch.spark import spark_session

    spark = spark_session(f"local[{workers}]", conf={"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    try:
        run_batch([str(warm)], str(folder / f"spark-warm-{workers}"), engine="spark", spark=spark, overwrite=True)
        best = None
        for _ in range(rounds):
            started = time.perf_counter()
            result = run_batch([str(jsonl)], str(folder / f"spark-{workers}"), engine="spark", spark=spark, overwrite=True)
            seconds = time.perf_counter() - started
            if best is None or seconds < best[0]:
                best = (seconds, result)
        # Ask the Arrow Python workers (the ones that ran the batch) for their peak RSS.
        probe = spark.range(workers * 4).repartition(workers * 4).mapInArrow(_peak_rss, "rss double")
        rss = [row.rss for row in probe.collect()]
    finally:
        spark.stop()
    seconds, result = best
    articles = result.counts["articles"]
    return {
        "engine": "spark",
        "workers": workers,
        "articles": articles,
        "tasks": result.tasks,
        "seconds": seconds,
        "end_to_end": articles / seconds,
        "warm_rate": float("nan"),
        "cpu_ms": float("nan"),
        "rss_mb": max(rss),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--spark", action="store_true", help="also run the Spark engine on local[N]")
    args = parser.parse_args()

    import bayan

    cores = os.cpu_count() or 1
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bayan-bench-") as tmp:
        folder = Path(tmp)
        records = build_records(args.articles)
        jsonl = folder / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        warm = folder / "warm.jsonl"
        warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:8]), encoding="utf-8")
        rows = []
        for workers in args.workers:
            rows.append(bench_local(jsonl, workers, folder, args.rounds))
            print(f"  local, {workers} worker(s): done", file=sys.stderr)
        if args.spark:
            for workers in args.workers:
                rows.append(bench_spark(jsonl, warm, workers, folder, args.rounds))
                print(f"  spark local[{workers}]: done", file=sys.stderr)
    load_after = os.getloadavg()[0]

    mean_chars = sum(len(r["text"]) for r in records) / len(records)
    print(f"bayan {bayan.__version__} batch: {len(records)} articles (mean {mean_chars:.0f} characters); "
          f"{cores} cores; load average {load_before:.1f} before, {load_after:.1f} after")
    print(f"{'engine':<7}{'workers':>8}{'tasks':>7}{'run s':>8}{'end-to-end art/s':>18}{'speed-up':>10}"
          f"{'warm art/s/worker':>19}{'CPU ms/art':>12}{'RSS/worker MB':>15}")
    base: dict[str, float] = {}
    for row in rows:
        base.setdefault(row["engine"], row["end_to_end"] / row["workers"])
        speedup = row["end_to_end"] / base[row["engine"]]
        print(f"{row['engine']:<7}{row['workers']:>8}{row['tasks']:>7}{row['seconds']:>8.1f}{row['end_to_end']:>18.1f}"
              f"{speedup:>10.2f}{row['warm_rate']:>19.1f}{row['cpu_ms']:>12.2f}{row['rss_mb']:>15.0f}")
    local = [r for r in rows if r["engine"] == "local"]
    cpu_ms = min(r["cpu_ms"] for r in local)
    per_core = 1000 / cpu_ms
    rss = max(r["rss_mb"] for r in rows)
    print()
    print("Extrapolating to a cluster: a batch has no shuffle, each task reads its own files and")
    print("analyses its records alone, so throughput grows with the number of Python workers")
    print("(executors x cores each) until storage bandwidth limits it:")
    print(f"  articles/s ~= workers x 1000 / CPU ms an article ({cpu_ms:.2f} ms -> {per_core:.0f} a core) x efficiency,")
    print("where efficiency is the speed-up above divided by the workers (cores shared with other")
    print("processes, or hyper-threads, lower it), plus a fixed start-up per executor (process start")
    print("and pipeline build, a few seconds) and Spark's per-task scheduling (tens of ms).")
    print(f"  e.g. 10 executors x 4 cores at 80% efficiency: ~{per_core * 40 * 0.8:,.0f} articles/s, "
          f"~{per_core * 40 * 0.8 * 3600 / 1e6:.0f} M articles an hour.")
    print(f"Memory: each Python worker peaks at ~{rss:.0f} MB here; give executors")
    print("spark.executor.pyspark.memory (or memoryOverhead) >= cores x that, beside the JVM heap.")
    if cores < max(args.workers):
        print(f"note: {max(args.workers)} workers on {cores} cores: the extra workers only share cores", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
