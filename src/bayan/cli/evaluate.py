"""``bayan eval`` and ``bayan eval-ner``: quality figures."""

from __future__ import annotations

import json

import click

from bayan.cli import main
from bayan.cli.common import LANG_CHOICE, Progress, fail
from bayan.errors import BayanError

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
        fail(str(exc))
    progress.close()
    if as_json:
        click.echo(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format_text(details=details))


@main.command("eval-ner")
@click.argument("corpus", type=click.Choice(["il-ner", "uner", "ijcnlp2008", "jahangir"]), default="il-ner")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), help="The shared data folder (default: ../shared/data).")
@click.option("--limit", type=int, help="Score only the first N sentences.")
@click.option("--tagger-only", is_flag=True, help="Score the statistical tagger alone, not the whole pipeline.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_ner_command(corpus, data_dir, limit, tagger_only, as_json) -> None:
    """Score bayan's entities on a public Urdu NER corpus (token and entity F1)."""
    from bayan.eval.ner_corpora import run_ner_check

    try:
        report = run_ner_check(corpus, limit=limit, data_dir=data_dir, tagger_only=tagger_only)
    except (BayanError, OSError) as exc:
        fail(str(exc))
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if as_json else report.format_text())
