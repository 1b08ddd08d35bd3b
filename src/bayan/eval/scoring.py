"""Scoring one gold article against one predicted contract dict (DESIGN.md §3).

Pure functions: no I/O, no state. The predicted side is the JSON contract of §2
(``Article.to_dict()``), so anything that produces the contract can be scored, not only
this pipeline. Comparisons use ``bayan.script.normalize.fold`` (letter variants, marks,
ZWNJ, digits, case) so that an Urdu and a Persian spelling of one name meet.

Rules (the same for every evaluation):

* entities: predicted mentions collapse to distinct (folded surface, type); one is right
  when a gold entity of the same type has a surface form (text or alias) equal to it, or
  one contains the other as whole words. A gold entity is found when any prediction is
  right about it. Not one-to-one: a short and a long mention may both find one entity.
* quotes: a predicted quote matches a gold quote when the token F1 of their contents is at
  least 0.5; matching is one-to-one, greedy by best F1. Attribution is right when a matched
  quote's speaker also matches (text or actor name against the gold speaker's surface forms,
  or the actor name equal to the gold canonical name); a gold quote with no speaker is right
  only when the prediction has none either.
* events: gold types map to PLOVER (MEET/VISIT → CONSULT, PRAISE → SUPPORT, OTHER with
  ``plover`` → that type); STATEMENT and plain OTHER are not scored, nor are planned,
  cancelled or denied events on either side. A predicted event matches a gold one of the
  same type that shares at least one participant; one-to-one, as many pairs as possible
  (preferring those sharing most participants). Date accuracy is over matched events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bayan.eval.gold import GoldArticle, GoldEvent, GoldQuote
from bayan.eval.metrics import Accuracy, Counts
from bayan.script.normalize import fold

QUOTE_MATCH_F1 = 0.5

GOLD_EVENT_TO_PLOVER = {
    "MEET": "CONSULT",
    "VISIT": "CONSULT",
    "PRAISE": "SUPPORT",
    "AGREE": "AGREE",
    "ACCUSE": "ACCUSE",
    "THREATEN": "THREATEN",
}

_WORD = re.compile(r"\w+")


# --- text comparison ---------------------------------------------------------------


def surface_key(text: str) -> str:
    """The folded form of a surface, with whitespace runs collapsed (the dedup key)."""
    return " ".join(fold(text).split())


def tokens(text: str) -> list[str]:
    """Folded words: split on whitespace and punctuation (``\\w`` covers every script)."""
    return _WORD.findall(fold(text))


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    n = len(inner)
    return any(list(outer[i : i + n]) == list(inner) for i in range(len(outer) - n + 1))


def surfaces_match(a: str, b: str) -> bool:
    """The entity rule: equal after folding, or one contains the other.

    Containment is over whole words, so a pronoun such as ``ان`` does not match inside
    ``پاکستان``, and punctuation around a span (``(پی ٹی آئی)``) does not block a match.
    """
    ka, kb = surface_key(a), surface_key(b)
    if ka and ka == kb:
        return True
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    return _contains(ta, tb) if len(ta) >= len(tb) else _contains(tb, ta)


def matches_any(text: str | None, forms: Iterable[str]) -> bool:
    return bool(text) and any(surfaces_match(text, f) for f in forms)  # type: ignore[arg-type]


def same_name(a: str | None, b: str | None) -> bool:
    """Canonical/actor names compare case-insensitively, spacing ignored."""
    return bool(a and b) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())  # type: ignore[union-attr]


def token_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """Token F1 of two bags of words (SQuAD-style overlap)."""
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def greedy_pairs(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """One-to-one matching: take (score, gold index, predicted index) best first.

    Ties go to the earlier gold item, then the earlier prediction, so results are stable.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for score, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi, score))
    return sorted(pairs)


def maximum_pairs(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """One-to-one matching with as many pairs as possible, starting from the greedy one.

    Greedy by score can pair a prediction with the one gold item another prediction
    could not match, leaving a gold item unmatched that had a partner: an event naming
    Pakistan and the speaker is taken by the gold event that shares only Pakistan. Each
    gold item left over is given a partner along an augmenting path where one exists.
    """
    candidates = list(candidates)
    score = {(gi, pi): value for value, gi, pi in candidates}
    options: dict[int, list[int]] = {}
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        options.setdefault(gi, []).append(pi)
    gold_of = {pi: gi for gi, pi, _ in greedy_pairs(candidates)}

    def augment(gi: int, visited: set[int]) -> bool:
        for pi in options[gi]:
            if pi in visited:
                continue
            visited.add(pi)
            if pi not in gold_of or augment(gold_of[pi], visited):
                gold_of[pi] = gi
                return True
        return False

    for gi in sorted(options):
        if gi not in gold_of.values():
            augment(gi, set())
    return sorted((gi, pi, score[(gi, pi)]) for pi, gi in gold_of.items())


def _add(table: dict[str, Counts], key: str, counts: Counts) -> None:
    table[key] = table.get(key, Counts()) + counts


def _sorted(table: dict[str, Counts]) -> dict[str, Counts]:
    return {k: table[k] for k in sorted(table)}


def _items(predicted: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    # A field a component has not filled is absent from the contract: score it as empty.
    return [x for x in (predicted.get(key) or []) if isinstance(x, dict)]


def _dict_or_none(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


def _actor_name(span: Mapping[str, Any] | None) -> str | None:
    actor = (span or {}).get("actor")
    return actor.get("name") if isinstance(actor, dict) else None


# --- entities ----------------------------------------------------------------------


@dataclass(frozen=True)
class EntityScore:
    counts: Counts
    by_type: dict[str, Counts]
    missed: list[dict[str, Any]]
    spurious: list[dict[str, Any]]


def score_entities(gold: GoldArticle, predicted: Mapping[str, Any]) -> EntityScore:
    # Distinct predictions; the first surface seen stands for the group in listings.
    distinct: dict[tuple[str, str], str] = {}
    for ent in _items(predicted, "entities"):
        text, etype = ent.get("text") or "", ent.get("type") or ""
        key = surface_key(text)
        if key:
            distinct.setdefault((key, etype), text)

    found: set[int] = set()
    by_type: dict[str, Counts] = {}
    spurious = []
    for (_, etype), text in distinct.items():
        hits = [i for i, g in enumerate(gold.entities) if g.type == etype and matches_any(text, g.surfaces)]
        found.update(hits)
        _add(by_type, etype, Counts(predicted=1, predicted_correct=int(bool(hits))))
        if not hits:
            item: dict[str, Any] = {"text": text, "type": etype}
            # A right surface with the wrong type is the commonest error worth seeing.
            other = [g.type for g in gold.entities if matches_any(text, g.surfaces)]
            if other:
                item["gold_type"] = other[0]
            spurious.append(item)

    missed = []
    for i, g in enumerate(gold.entities):
        _add(by_type, g.type, Counts(gold=1, gold_found=int(i in found)))
        if i not in found:
            missed.append({"text": g.text, "type": g.type, "canonical": g.canonical})

    total = sum(by_type.values(), Counts())
    return EntityScore(total, _sorted(by_type), missed, spurious)


# --- quotes ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteScore:
    quotes: Counts
    attribution: Counts
    missed: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    misattributed: list[dict[str, Any]]


def speaker_forms(gold: GoldArticle, quote: GoldQuote) -> list[str]:
    """Every surface form of a gold quote's speaker: the speaker as given, and the text and
    aliases of the gold entity whose canonical name is the speaker's."""
    if quote.speaker is None:
        return []
    forms = [quote.speaker]
    for ent in gold.entities_with_canonical(quote.speaker_canonical):
        forms.extend(ent.surfaces)
    return forms


def speaker_correct(gold: GoldArticle, quote: GoldQuote, speaker: Mapping[str, Any] | None) -> bool:
    if quote.speaker is None:
        return speaker is None
    if speaker is None:
        return False
    forms = speaker_forms(gold, quote)
    names = [speaker.get("text"), _actor_name(speaker)]
    return any(matches_any(n, forms) or same_name(n, quote.speaker_canonical) for n in names if n)


def _speaker_label(speaker: Mapping[str, Any] | None) -> str | None:
    if speaker is None:
        return None
    return speaker.get("text") or _actor_name(speaker)


def score_quotes(gold: GoldArticle, predicted: Mapping[str, Any]) -> QuoteScore:
    preds = _items(predicted, "quotes")
    gold_tokens = [tokens(q.text) for q in gold.quotes]
    pred_tokens = [tokens(q.get("text") or "") for q in preds]
    candidates = []
    for gi, gt in enumerate(gold_tokens):
        for pi, pt in enumerate(pred_tokens):
            f = token_f1(gt, pt)
            if f >= QUOTE_MATCH_F1:
                candidates.append((f, gi, pi))
    pairs = greedy_pairs(candidates)

    attributed = 0
    misattributed = []
    for gi, pi, _ in pairs:
        gq, speaker = gold.quotes[gi], preds[pi].get("speaker")
        speaker = _dict_or_none(speaker)
        if speaker_correct(gold, gq, speaker):
            attributed += 1
        else:
            misattributed.append(
                {"text": gq.text, "gold_speaker": gq.speaker, "predicted_speaker": _speaker_label(speaker)}
            )

    matched_gold = {gi for gi, _, _ in pairs}
    matched_pred = {pi for _, pi, _ in pairs}
    missed = [
        {"text": q.text, "speaker": q.speaker, "kind": q.kind}
        for gi, q in enumerate(gold.quotes)
        if gi not in matched_gold
    ]
    spurious = [
        {"text": q.get("text"), "speaker": _speaker_label(_dict_or_none(q.get("speaker"))), "kind": q.get("kind")}
        for pi, q in enumerate(preds)
        if pi not in matched_pred
    ]
    n_gold, n_pred = len(gold.quotes), len(preds)
    return QuoteScore(
        quotes=Counts(n_pred, len(pairs), n_gold, len(pairs)),
        attribution=Counts(n_pred, attributed, n_gold, attributed),
        missed=missed,
        spurious=spurious,
        misattributed=misattributed,
    )


# --- events ------------------------------------------------------------------------


def gold_event_type(event: GoldEvent) -> str | None:
    """The PLOVER type a gold event is scored as, or None when it is not scored."""
    if event.type == "OTHER":
        return event.plover
    return GOLD_EVENT_TO_PLOVER.get(event.type)


def scored_gold_events(gold: GoldArticle) -> list[tuple[str, GoldEvent]]:
    """Gold events that happened and have a PLOVER type, with that type."""
    out = []
    for ev in gold.events:
        etype = gold_event_type(ev)
        if etype is not None and ev.status is None:
            out.append((etype, ev))
    return out


def _participants(event: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [p for side in ("source", "target") for p in (event.get(side) or []) if isinstance(p, dict)]


def participant_shared(gold: GoldArticle, names: Iterable[str], participant: Mapping[str, Any]) -> bool:
    """A predicted participant is one of the gold participants ``names``: its actor name is
    one of them, or its text matches a surface form of the entity with that canonical."""
    actor, text = _actor_name(participant), participant.get("text")
    for name in names:
        if same_name(actor, name):
            return True
        forms = [s for ent in gold.entities_with_canonical(name) for s in ent.surfaces]
        if matches_any(text, forms):
            return True
    return False


@dataclass(frozen=True)
class EventScore:
    counts: Counts
    by_type: dict[str, Counts]
    dates: Accuracy
    missed: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    wrong_date: list[dict[str, Any]] = field(default_factory=list)


def _pred_event_label(event: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "type": event.get("type"),
        "participants": [_actor_name(p) or p.get("text") for p in _participants(event)],
        "date": event.get("date"),
        "trigger": (event.get("trigger") or {}).get("text"),
    }


def score_events(gold: GoldArticle, predicted: Mapping[str, Any]) -> EventScore:
    golds = scored_gold_events(gold)
    # A predicted planned/cancelled/denied meeting is not a claim that it happened.
    preds = [e for e in _items(predicted, "events") if e.get("status") is None]

    candidates = []
    for gi, (gtype, gev) in enumerate(golds):
        for pi, pev in enumerate(preds):
            if pev.get("type") != gtype:
                continue
            shared = sum(participant_shared(gold, gev.participants, p) for p in _participants(pev))
            if shared:
                candidates.append((float(shared), gi, pi))
    pairs = maximum_pairs(candidates)

    by_type: dict[str, Counts] = {}
    for gtype, _ in golds:
        _add(by_type, gtype, Counts(gold=1))
    for pev in preds:
        _add(by_type, str(pev.get("type")), Counts(predicted=1))

    dates = Accuracy()
    wrong_date = []
    for gi, pi, _ in pairs:
        gtype, gev = golds[gi]
        _add(by_type, gtype, Counts(predicted_correct=1, gold_found=1))
        pdate = preds[pi].get("date")
        dates = dates + Accuracy(int(pdate == gev.date), 1)
        if pdate != gev.date:
            wrong_date.append(
                {"type": gtype, "participants": list(gev.participants), "gold_date": gev.date, "predicted_date": pdate}
            )

    matched_gold = {gi for gi, _, _ in pairs}
    matched_pred = {pi for _, pi, _ in pairs}
    missed = [
        {"type": gtype, "gold_type": gev.type, "participants": list(gev.participants), "date": gev.date,
         "evidence": gev.evidence}
        for gi, (gtype, gev) in enumerate(golds)
        if gi not in matched_gold
    ]
    spurious = [_pred_event_label(pev) for pi, pev in enumerate(preds) if pi not in matched_pred]
    counts = Counts(len(preds), len(pairs), len(golds), len(pairs))
    return EventScore(counts, _sorted(by_type), dates, missed, spurious, wrong_date)


# --- one article -------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleScore:
    id: str
    lang: str
    predicted_lang: str | None
    entities: EntityScore
    quotes: QuoteScore
    events: EventScore

    @property
    def has_errors(self) -> bool:
        e, q, v = self.entities, self.quotes, self.events
        return any([e.missed, e.spurious, q.missed, q.spurious, q.misattributed, v.missed, v.spurious,
                    v.wrong_date, self.predicted_lang not in (None, self.lang)])

    def errors(self) -> dict[str, Any]:
        """The per-article error listing (missed and spurious items)."""
        out: dict[str, Any] = {"id": self.id, "lang": self.lang}
        if self.predicted_lang not in (None, self.lang):
            out["predicted_lang"] = self.predicted_lang
        out["entities"] = {"missed": self.entities.missed, "spurious": self.entities.spurious}
        out["quotes"] = {
            "missed": self.quotes.missed,
            "spurious": self.quotes.spurious,
            "misattributed": self.quotes.misattributed,
        }
        out["events"] = {
            "missed": self.events.missed,
            "spurious": self.events.spurious,
            "wrong_date": self.events.wrong_date,
        }
        return out


def score_article(gold: GoldArticle, predicted: Mapping[str, Any]) -> ArticleScore:
    return ArticleScore(
        id=gold.id,
        lang=gold.lang,
        predicted_lang=predicted.get("language"),
        entities=score_entities(gold, predicted),
        quotes=score_quotes(gold, predicted),
        events=score_events(gold, predicted),
    )
