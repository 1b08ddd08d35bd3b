"""Aggregating article scores into per-language and overall figures, and printing them.

Figures are micro averages: counts are summed over the articles of a language (and over
all languages for the overall line), then precision, recall and F1 are computed once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bayan.eval.metrics import Accuracy, Counts, add_by_key
from bayan.eval.scoring import ArticleScore

TASKS = ("entities", "quotes", "attribution", "events")


@dataclass(frozen=True)
class Scores:
    """Summed counts over a set of articles."""

    articles: int = 0
    entities: Counts = Counts()
    entities_by_type: dict[str, Counts] | None = None
    quotes: Counts = Counts()
    attribution: Counts = Counts()
    events: Counts = Counts()
    events_by_type: dict[str, Counts] | None = None
    event_dates: Accuracy = Accuracy()
    language_mismatches: int = 0  # articles whose detected language is not the gold one

    @classmethod
    def of(cls, scores: Iterable[ArticleScore]) -> Scores:
        ent, quo, att, evt = Counts(), Counts(), Counts(), Counts()
        ent_types: dict[str, Counts] = {}
        evt_types: dict[str, Counts] = {}
        dates = Accuracy()
        n = mismatches = 0
        for s in scores:
            n += 1
            ent += s.entities.counts
            ent_types = add_by_key(ent_types, s.entities.by_type)
            quo += s.quotes.quotes
            att += s.quotes.attribution
            evt += s.events.counts
            evt_types = add_by_key(evt_types, s.events.by_type)
            dates += s.events.dates
            mismatches += s.predicted_lang not in (None, s.lang)
        return cls(n, ent, ent_types, quo, att, evt, evt_types, dates, mismatches)

    def task(self, name: str) -> Counts:
        if name not in TASKS:
            raise KeyError(f"unknown task {name!r}; tasks are {', '.join(TASKS)}")
        return getattr(self, name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "language_mismatches": self.language_mismatches,
            "entities": {
                **self.entities.to_dict(),
                "by_type": {k: v.to_dict() for k, v in (self.entities_by_type or {}).items()},
            },
            "quotes": self.quotes.to_dict(),
            "attribution": self.attribution.to_dict(),
            "events": {
                **self.events.to_dict(),
                "by_type": {k: v.to_dict() for k, v in (self.events_by_type or {}).items()},
                "date_accuracy": self.event_dates.to_dict(),
            },
        }


@dataclass(frozen=True)
class EvalReport:
    gold_dir: str
    articles: tuple[ArticleScore, ...]

    @property
    def languages(self) -> dict[str, Scores]:
        langs = sorted({a.lang for a in self.articles})
        return {lang: Scores.of(a for a in self.articles if a.lang == lang) for lang in langs}

    @property
    def overall(self) -> Scores:
        return Scores.of(self.articles)

    def f1(self, lang: str, task: str) -> float | None:
        """F1 of ``task`` for ``lang``, or None when the report has no article in ``lang``."""
        scores = self.languages.get(lang)
        return None if scores is None else scores.task(task).f1

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold_dir": self.gold_dir,
            "languages": {lang: s.to_dict() for lang, s in self.languages.items()},
            "overall": self.overall.to_dict(),
        }
        if details:
            out["articles"] = [a.errors() for a in self.articles]
        return out

    def format_text(self, details: bool = False) -> str:
        lines = [f"bayan eval {self.gold_dir}: {len(self.articles)} articles"]
        blocks = list(self.languages.items())
        if len(blocks) > 1:
            blocks.append(("all", self.overall))
        for lang, scores in blocks:
            lines.append("")
            lines.extend(_format_scores(lang, scores))
        if details:
            lines.append("")
            lines.append("errors by article")
            for art in self.articles:
                if art.has_errors:
                    lines.extend(_format_errors(art))
        return "\n".join(lines)


# --- text layout -------------------------------------------------------------------

_HEADER = f"  {'':<14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}"


def _row(label: str, c: Counts) -> str:
    return f"  {label:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.predicted:>7}{c.gold:>7}"


def _format_scores(lang: str, s: Scores) -> list[str]:
    title = f"{lang}: {s.articles} articles"
    if s.language_mismatches:
        title += f" ({s.language_mismatches} detected as another language)"
    lines = [title, _HEADER, _row("entities", s.entities)]
    lines += [_row("  " + t, c) for t, c in (s.entities_by_type or {}).items()]
    lines += [_row("quotes", s.quotes), _row("attribution", s.attribution), _row("events", s.events)]
    lines += [_row("  " + t, c) for t, c in (s.events_by_type or {}).items()]
    acc = s.event_dates
    value = "n/a" if acc.value is None else f"{acc.value:.3f}"
    lines.append(f"  {'event dates':<14}{value:>7}  ({acc.correct} of {acc.total} matched events)")
    return lines


def _short(text: Any, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _format_errors(art: ArticleScore) -> list[str]:
    e = art.errors()
    lines = [f"- {art.lang}/{art.id}"]
    if "predicted_lang" in e:
        lines.append(f"    language detected as {e['predicted_lang']}")
    for item in e["entities"]["missed"]:
        lines.append(f"    entity missed:     {item['text']} ({item['type']}, {item['canonical']})")
    for item in e["entities"]["spurious"]:
        note = f", gold says {item['gold_type']}" if "gold_type" in item else ""
        lines.append(f"    entity spurious:   {item['text']} ({item['type']}{note})")
    for item in e["quotes"]["missed"]:
        lines.append(f"    quote missed:      [{item['speaker']}] {_short(item['text'])}")
    for item in e["quotes"]["spurious"]:
        lines.append(f"    quote spurious:    [{item['speaker']}] {_short(item['text'])}")
    for item in e["quotes"]["misattributed"]:
        lines.append(
            f"    quote speaker:     gold {item['gold_speaker']}, predicted {item['predicted_speaker']}:"
            f" {_short(item['text'], 50)}"
        )
    for item in e["events"]["missed"]:
        who = ", ".join(item["participants"])
        lines.append(f"    event missed:      {item['type']} [{who}] {item['date']}: {_short(item['evidence'], 50)}")
    for item in e["events"]["spurious"]:
        who = ", ".join(str(p) for p in item["participants"])
        lines.append(f"    event spurious:    {item['type']} [{who}] {item['date']} ({item['trigger']})")
    for item in e["events"]["wrong_date"]:
        who = ", ".join(item["participants"])
        lines.append(
            f"    event date:        {item['type']} [{who}] gold {item['gold_date']}, predicted {item['predicted_date']}"
        )
    return lines
