"""``bayan analyze``: articles in, JSON contract out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import click

from bayan.article import Article
from bayan.cli import main
from bayan.cli.common import LANG_CHOICE, Progress, fail, report_errors
from bayan.errors import BayanError, InputError


def _analyze_inputs(paths, lang, published, errors: list[InputError], pipeline=None) -> Iterator[Article]:
    from bayan.ingest import iter_documents
    from bayan.pipeline import analyze_document

    for item in iter_documents(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        try:
            yield analyze_document(item, lang=lang, published=published, pipeline=pipeline)
        except BayanError as exc:
            errors.append(InputError(item.source, str(exc)))


def _pipeline(actor_files):
    """The user's dictionaries plus ``--actors`` files, loaded now: a bad file fails once, not per article."""
    from bayan.actors.user import user_actor_files
    from bayan.pipeline import default_pipeline, make_pipeline

    pipeline = make_pipeline([*user_actor_files(), *actor_files]) if actor_files else default_pipeline()
    try:
        for component in pipeline.components:
            getattr(component, "store", None)  # EntityRecognizer reads its dictionaries here
    except BayanError as exc:
        fail(str(exc))
    return pipeline


def _table_row(article: Article) -> str:
    d = article.to_dict()
    where = article.path or article.url or "<stdin>"
    counts = [str(len(d.get(k, []) or [])) if k in d else "-" for k in ("sentences", "entities", "quotes", "events")]
    title = (article.title or article.text.strip().split("\n", 1)[0])[:60]
    return f"{where[-40:]:<40}  {article.language:<4} " + " ".join(f"{c:>5}" for c in counts) + f"  {title}"


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _name(mention) -> str:
    return mention.actor.name if mention.actor else mention.text


def _details(article: Article) -> list[str]:
    """Who said what and who did what to whom, one line each, under an article's row."""
    lines = []
    for quote in article.quotes or []:
        speaker = _name(quote.speaker) if quote.speaker else "?"
        lines.append(f"    said   {speaker}: «{_short(quote.text)}»")
    for event in article.events or []:
        actors = " → ".join(", ".join(_name(p) for p in side) for side in (event.source, event.target) if side)
        when = ", ".join(x for x in (event.date, event.place, event.status) if x)
        kind = event.type + (f"/{event.mode}" if event.mode else "")
        lines.append(f"    event  {kind} {actors}" + (f" ({when})" if when else ""))
    return lines


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", type=LANG_CHOICE, help="Language of every input (default: detected per article).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for resolving relative dates.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True,
    help="json: one object (one per line for several articles); jsonl: one a line; table: a summary.",
)
@click.option(
    "--actors", "actor_files", multiple=True, metavar="FILE", type=click.Path(dir_okay=False),
    help="An actor dictionary (.yaml/.tsv) to use on top of yours (bayan actors add); repeatable.",
)
def analyze(paths, lang, published, fmt, actor_files) -> None:
    """Analyse articles: .txt in any common encoding, .html/.htm, .jsonl, folders, or - for stdin."""
    errors: list[InputError] = []
    articles = _analyze_inputs(paths, lang, published, errors, _pipeline(actor_files))
    progress = Progress("analysed")
    done = 0
    if fmt == "table":
        click.echo(f"{'article':<40}  {'lang':<4} {'sent':>5} {'ent':>5} {'quote':>5} {'event':>5}  title")
        for article in articles:
            progress.step()
            done += 1
            click.echo(_table_row(article))
            for line in _details(article):
                click.echo(line)
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
    report_errors(errors, done)
    if errors:
        sys.exit(1)


