"""The ``bayan`` command. Thin: parse arguments, call the library, format the output.

Library errors (``BayanError``) become one-line messages on stderr and a non-zero exit;
a bad input among many is reported at the end while the good ones are still processed.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator

import click

from bayan import __version__
from bayan.article import Article
from bayan.errors import BayanError, InputError
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


def _fail(message: str) -> None:
    raise click.ClickException(message)


def _analyze_inputs(paths, lang, published, errors: list[InputError]) -> Iterator[Article]:
    from bayan.ingest import iter_documents
    from bayan.pipeline import analyze_document

    for item in iter_documents(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        try:
            yield analyze_document(item, lang=lang, published=published)
        except BayanError as exc:
            errors.append(InputError(item.source, str(exc)))


def _report_errors(errors: list[InputError], done: int) -> None:
    if not errors:
        return
    click.echo(f"bayan: {len(errors)} input(s) failed ({done} analysed):", err=True)
    for error in errors:
        click.echo(f"  {error}", err=True)


def _table_row(article: Article) -> str:
    d = article.to_dict()
    where = article.path or article.url or "<stdin>"
    counts = [str(len(d.get(k, []) or [])) if k in d else "-" for k in ("sentences", "entities", "quotes", "events")]
    title = (article.title or article.text.strip().split("\n", 1)[0])[:60]
    return f"{where[-40:]:<40}  {article.language:<4} " + " ".join(f"{c:>5}" for c in counts) + f"  {title}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bayan")
def main() -> None:
    """bayan: who said what, who met whom, in Urdu, Persian and Arabic news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", type=LANG_CHOICE, help="Language of every input (default: detected per article).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for resolving relative dates.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True,
    help="json: one object (one per line for several articles); jsonl: one a line; table: a summary.",
)
def analyze(paths, lang, published, fmt) -> None:
    """Analyse articles: .txt in any common encoding, .html/.htm, .jsonl, folders, or - for stdin."""
    errors: list[InputError] = []
    articles = _analyze_inputs(paths, lang, published, errors)
    progress = Progress("analysed")
    done = 0
    if fmt == "table":
        click.echo(f"{'article':<40}  {'lang':<4} {'sent':>5} {'ent':>5} {'quote':>5} {'event':>5}  title")
        for article in articles:
            progress.step()
            done += 1
            click.echo(_table_row(article))
    else:
        buffered: Article | None = None
        for article in articles:
            progress.step()
            done += 1
            if fmt == "json" and done == 1:
                buffered = article  # one article: pretty-print it unless more follow
                continue
            if buffered is not None:
                click.echo(json.dumps(buffered.to_dict(), ensure_ascii=False))
                buffered = None
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        if buffered is not None:
            click.echo(json.dumps(buffered.to_dict(), ensure_ascii=False, indent=2))
    progress.close()
    _report_errors(errors, done)
    if errors:
        sys.exit(1)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--lang", type=LANG_CHOICE, help="Score only this language.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--details", is_flag=True, help="List missed and spurious items per article.")
def eval_command(gold_dir, lang, as_json, details) -> None:
    """Score bayan on gold-annotated articles (see docs/evaluation.md)."""
    from bayan.eval import evaluate

    progress = Progress("scored")
    try:
        report = evaluate(gold_dir, lang=lang, progress=lambda done, total, _id: progress.step())
    except BayanError as exc:
        _fail(str(exc))
    progress.close()
    if as_json:
        click.echo(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format_text(details=details))


@main.command("eval-ner")
@click.argument("corpus", type=click.Choice(["il-ner", "uner", "ijcnlp2008", "jahangir"]), default="il-ner")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), help="The shared data folder (default: ../shared/data).")
@click.option("--limit", type=int, help="Score only the first N sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_ner_command(corpus, data_dir, limit, as_json) -> None:
    """Score bayan's entities on a public Urdu NER corpus (token and entity F1)."""
    from bayan.eval.ner_corpora import run_ner_check

    try:
        report = run_ner_check(corpus, limit=limit, data_dir=data_dir)
    except (BayanError, OSError) as exc:
        _fail(str(exc))
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json else report.format_text())
