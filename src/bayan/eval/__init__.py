"""Evaluation against gold articles (DESIGN.md §3): ``bayan eval`` is a thin wrapper over
``evaluate``.

``evaluate`` reads a gold directory, runs the analyzer on each article body with the
article's publication date and title (the language is left to detection, as in real use),
and scores the contract dicts it gets back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bayan.eval.gold import GoldArticle, read_gold_dir
from bayan.eval.report import TASKS, EvalReport, Scores
from bayan.eval.scoring import ArticleScore, score_article

__all__ = [
    "TASKS",
    "ArticleScore",
    "EvalReport",
    "GoldArticle",
    "Scores",
    "evaluate",
    "read_gold_dir",
    "score_article",
]

Analyzer = Callable[..., Any]  # analyze(text, lang=None, published=None, title=None) -> Article | dict
Progress = Callable[[int, int, str], None]  # (articles done, total, id of the one just done)


def _default_analyze() -> Analyzer:
    # Imported here so that reading and scoring gold files never loads the pipeline
    # (and so the scorer can be tested on its own). The bundled actors only: a user's own
    # dictionaries must not move the scores others compare against.
    from functools import partial

    from bayan import analyze

    return partial(analyze, actor_files=())


def predict(article: GoldArticle, analyze: Analyzer) -> dict[str, Any]:
    """The contract dict the analyzer produces for one gold article."""
    result = analyze(article.text, published=article.published, title=article.title)
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def evaluate(
    gold_dir: str | Path,
    lang: str | None = None,
    analyze: Analyzer | None = None,
    progress: Progress | None = None,
) -> EvalReport:
    """Score ``analyze`` (default ``bayan.analyze``) on every gold article in ``gold_dir``
    (a folder of language folders, or one language folder), only ``lang`` if given."""
    articles = read_gold_dir(gold_dir, lang)
    run = analyze if analyze is not None else _default_analyze()
    scores = []
    for i, article in enumerate(articles, 1):
        scores.append(score_article(article, predict(article, run)))
        if progress is not None:
            progress(i, len(articles), article.id)
    return EvalReport(gold_dir=str(gold_dir), articles=tuple(scores))
