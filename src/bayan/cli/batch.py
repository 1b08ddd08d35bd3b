"""``bayan batch``: many articles in, Parquet tables out, on a process pool or on Spark."""

from __future__ import annotations

import sys

import click

from bayan.cli import main
from bayan.cli.common import LANG_CHOICE, fail
from bayan.errors import BayanError

SHOWN_ERRORS = 10


def _conf(values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--conf needs KEY=VALUE, not {item!r}")
        conf[key.strip()] = value
    return conf


def _size(value: str | None) -> int | None:
    if value is None:
        return None
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        size = 0
    if size <= 0:
        fail(f"--task-size needs a size such as 64MB or 512KB, not {value!r}")
    return size


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, metavar="DIR", help="Folder for the Parquet tables (local path or URI).")
@click.option(
    "--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
    help="local: a process pool on this machine; spark: Apache Spark (pip install 'bayan[spark]').",
)
@click.option(
    "--master", metavar="URL",
    help="Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: spark-submit's, else local[*]).",
)
@click.option(
    "--workers", type=click.IntRange(min=1),
    help="local: processes (default: one a core); spark: executors on a cluster, cores without --master.",
)
@click.option("--lang", type=LANG_CHOICE, help="Language of every input (default: detected per article).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for every input (overrides records').")
@click.option("--overwrite", is_flag=True, help="Replace the tables of an earlier batch in DIR.")
@click.option("--task-size", metavar="SIZE", help="Input bytes per task, e.g. 64MB (default: ~4 tasks a worker).")
@click.option("--conf", "conf", multiple=True, metavar="KEY=VALUE", help="Spark configuration (repeatable).")
def batch(inputs, out, engine, master, workers, lang, published, overwrite, task_size, conf) -> None:
    """Analyse JSON Lines, WARC, HTML/text folders or Parquet files into Parquet tables.

    Writes DIR/articles, entities, quotes, events and errors (see docs/batch.md). A record
    that cannot be read or analysed becomes a row of DIR/errors with its reason; the
    batch goes on and exits 0.
    """
    from bayan.batch import read_errors, run_batch

    if engine == "local" and (master or conf):
        fail("--master and --conf need --engine spark")
    done = [0]

    def progress(task) -> None:
        done[0] += 1
        if sys.stderr.isatty():
            click.echo(f"\rtasks done: {done[0]}", nl=False, err=True)

    try:
        result = run_batch(
            list(inputs), out, engine=engine, master=master, workers=workers, lang=lang, published=published,
            overwrite=overwrite, task_bytes=_size(task_size), spark_conf=_conf(conf), progress=progress,
        )
    except BayanError as exc:
        fail(str(exc))
    if done[0] and sys.stderr.isatty():
        click.echo("", err=True)
    counts = result.counts
    click.echo(
        f"{counts['articles']} articles, {counts['entities']} entities, {counts['quotes']} quotes, "
        f"{counts['events']} events, {counts['errors']} errors -> {out}"
    )
    where = f", master {result.master}" if result.master else ""
    click.echo(
        f"{result.seconds:.1f} s, {result.articles_per_second:.1f} articles/s "
        f"({result.engine} engine, {result.workers} workers{where}, {result.tasks} tasks)"
    )
    if counts["errors"]:
        click.echo(f"bayan: {counts['errors']} record(s) became error rows (see {out}/errors):", err=True)
        for i, row in enumerate(read_errors(out)):
            if i == SHOWN_ERRORS:
                click.echo(f"  ... and {counts['errors'] - SHOWN_ERRORS} more", err=True)
                break
            click.echo(f"  {row['source']}: {row['problem']}", err=True)
