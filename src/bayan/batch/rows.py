"""The per-record function both engines map: one input record in, table rows out.

``record_rows`` takes what a reader yields (a ``Document`` or an ``InputError``) and
returns a ``Rows`` with the rows of every table for that record: an article row and its
entity, quote and event rows, or a single error row. It never raises for a bad record.

``flatten`` turns a contract dict (``Article.to_dict()``) into rows and ``nest`` turns
them back, so ``nest(*flatten(d)) == d`` for every contract dict. Plain dicts and lists
only: no pyarrow here, nothing that cannot be pickled.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from bayan.errors import BayanError, InputError
from bayan.ingest.document import Document


class Rows(NamedTuple):
    articles: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]
    errors: list[dict[str, Any]]


def record_rows(item: Document | InputError, lang: str | None = None, published: str | None = None) -> Rows:
    """Analyse one record and return its rows, or an error row with the reason."""
    if isinstance(item, InputError):
        return error_rows(item.source, "read", "InputError", item.problem)
    from bayan.pipeline import analyze_document

    try:
        article = analyze_document(item, lang=lang, published=published)
    except BayanError as exc:
        return error_rows(item.source, "analyze", type(exc).__name__, str(exc), _article_id(item))
    except Exception as exc:  # a bug must cost one record, not the job
        problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return error_rows(item.source, "analyze", type(exc).__name__, problem, _article_id(item))
    return flatten(article.to_dict(), item.source)


def error_rows(source: str, stage: str, error: str, problem: str, article_id: str | None = None) -> Rows:
    problem = " ".join(str(problem).split()) or error
    row = {"source": source, "stage": stage, "error": error, "problem": problem, "article_id": article_id}
    return Rows([], [], [], [], [row])


def _article_id(item: Document) -> str | None:
    from bayan.article import article_id

    return article_id(item.text) if isinstance(item.text, str) else None


# --- contract dict -> rows ----------------------------------------------------------

_ARTICLE_FIELDS = ("id", "url", "path", "source_id", "title", "published", "language", "text")
_LISTS = ("entities", "quotes", "events")


def flatten(record: dict[str, Any], source: str) -> Rows:
    """Rows for one contract dict; fields the schema does not name go to ``extra``."""
    record = dict(record)
    extra: dict[str, Any] = {}
    article_id = record["id"]
    article = {name: record.pop(name, None) for name in _ARTICLE_FIELDS}
    article["source"] = source
    sentences = record.pop("sentences", None)
    article["sentences"] = None if sentences is None else [{"start": s, "end": e} for s, e in sentences]
    lists = {name: record.pop(name, None) for name in _LISTS}
    for name in _LISTS:
        article[f"n_{name}"] = None if lists[name] is None else len(lists[name])
    article["warnings"] = list(record.pop("warnings", []) or [])
    extra.update(record)
    article["extra"] = _dump(extra)
    key = {"article_id": article_id, "source": source}
    entities = [_entity_row(key, i, e) for i, e in enumerate(lists["entities"] or [])]
    quotes = [_quote_row(key, i, q) for i, q in enumerate(lists["quotes"] or [])]
    events = [_event_row(key, i, e) for i, e in enumerate(lists["events"] or [])]
    return Rows([article], entities, quotes, events, [])


def _dump(extra: dict[str, Any]) -> str | None:
    return json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None


def _take(obj: dict[str, Any] | None, keys: tuple[str, ...], path: str, extra: dict[str, Any]) -> dict[str, Any]:
    """The known ``keys`` of ``obj`` (missing ones as None); the rest go to ``extra`` under ``path``."""
    if obj is None:
        return dict.fromkeys(keys)
    taken = {k: obj.get(k) for k in keys}
    for k, v in obj.items():
        if k not in keys:
            extra[f"{path}{k}"] = v
    return taken


def _actor(prefix: str, actor: dict[str, Any] | None, path: str, extra: dict[str, Any]) -> dict[str, Any]:
    a = _take(actor, ("id", "name", "score"), path, extra)
    return {f"{prefix}actor_id": a["id"], f"{prefix}actor_name": a["name"], f"{prefix}actor_score": a["score"]}


def _span(prefix: str, span: dict[str, Any] | None, path: str, extra: dict[str, Any]) -> dict[str, Any]:
    s = _take(span, ("text", "start", "end"), path, extra)
    return {f"{prefix}text": s["text"], f"{prefix}start": s["start"], f"{prefix}end": s["end"]}


def _entity_row(key: dict[str, Any], index: int, entity: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    e = _take(entity, ("text", "start", "end", "type", "actor"), "", extra)
    row = {**key, "index": index, "text": e["text"], "start": e["start"], "end": e["end"], "type": e["type"]}
    row.update(_actor("", e["actor"], "actor.", extra))
    row["extra"] = _dump(extra)
    return row


def _quote_row(key: dict[str, Any], index: int, quote: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    q = _take(quote, ("text", "start", "end", "kind", "cue", "speaker"), "", extra)
    row = {**key, "index": index, "text": q["text"], "start": q["start"], "end": q["end"], "kind": q["kind"]}
    row.update(_span("cue_", q["cue"], "cue.", extra))
    speaker = _take(q["speaker"], ("text", "start", "end", "actor", "pronoun"), "speaker.", extra)
    row.update({"speaker_text": speaker["text"], "speaker_start": speaker["start"], "speaker_end": speaker["end"]})
    row.update(_actor("speaker_", speaker["actor"], "speaker.actor.", extra))
    row.update(_span("pronoun_", speaker["pronoun"], "speaker.pronoun.", extra))
    row["extra"] = _dump(extra)
    return row


_EVENT_KEYS = ("type", "mode", "source", "target", "date", "date_source", "place", "status", "trigger", "sentence")


def _event_row(key: dict[str, Any], index: int, event: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    e = _take(event, _EVENT_KEYS, "", extra)
    row = {**key, "index": index}
    row.update({k: e[k] for k in ("type", "mode", "date", "date_source", "place", "status")})
    row.update(_span("trigger_", e["trigger"], "trigger.", extra))
    sentence = e["sentence"]
    row["sentence_start"], row["sentence_end"] = (sentence[0], sentence[1]) if sentence else (None, None)
    for side, column in (("source", "sources"), ("target", "targets")):
        participants = []
        for i, p in enumerate(e[side] or []):
            part = _span("", p, f"{side}.{i}.", extra)
            a = _take(p.get("actor"), ("id", "name", "score"), f"{side}.{i}.actor.", extra)
            part.update({"actor_id": a["id"], "actor_name": a["name"], "actor_score": a["score"]})
            participants.append(part)
        row[column] = participants
    row["extra"] = _dump(extra)
    return row


# --- rows -> contract dict ----------------------------------------------------------


def nest(
    article: dict[str, Any],
    entities: list[dict[str, Any]] = (),
    quotes: list[dict[str, Any]] = (),
    events: list[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The contract dict back from an article row and its child rows (in any order)."""
    out: dict[str, Any] = {"id": article["id"], "url": article["url"], "path": article["path"]}
    if article.get("source_id") is not None:
        out["source_id"] = article["source_id"]
    for name in ("title", "published", "language", "text"):
        out[name] = article[name]
    if article.get("sentences") is not None:
        out["sentences"] = [[s["start"], s["end"]] for s in article["sentences"]]
    children = {"entities": (entities, _entity), "quotes": (quotes, _quote), "events": (events, _event)}
    for name, (rows, build) in children.items():
        if article.get(f"n_{name}") is not None:
            out[name] = [build(row) for row in sorted(rows, key=lambda r: r["index"])]
    out["warnings"] = list(article.get("warnings") or [])
    out.update(_load(article.get("extra")))
    return out


def _load(extra: str | None) -> dict[str, Any]:
    return json.loads(extra) if extra else {}


def _put(obj: dict[str, Any], extra: dict[str, Any], prefix: str) -> None:
    """Put back the ``extra`` entries that belong to ``obj`` (keys ``prefix + name``)."""
    for path, value in extra.items():
        if path.startswith(prefix) and "." not in path[len(prefix):]:
            obj[path[len(prefix):]] = value


def _actor_dict(row: dict[str, Any], prefix: str, extra: dict[str, Any], path: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}actor_id") is None and not any(k.startswith(path) for k in extra):
        return None
    actor: dict[str, Any] = {"id": row[f"{prefix}actor_id"], "name": row[f"{prefix}actor_name"]}
    if row.get(f"{prefix}actor_score") is not None:
        actor["score"] = row[f"{prefix}actor_score"]
    _put(actor, extra, path)
    return actor


def _span_dict(row: dict[str, Any], prefix: str, extra: dict[str, Any], path: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}start") is None and not any(k.startswith(path) for k in extra):
        return None
    span = {"text": row[f"{prefix}text"], "start": row[f"{prefix}start"], "end": row[f"{prefix}end"]}
    _put(span, extra, path)
    return span


def _entity(row: dict[str, Any]) -> dict[str, Any]:
    extra = _load(row.get("extra"))
    out = {"text": row["text"], "start": row["start"], "end": row["end"], "type": row["type"]}
    out["actor"] = _actor_dict(row, "", extra, "actor.")
    _put(out, extra, "")
    return out


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    extra = _load(row.get("extra"))
    out: dict[str, Any] = {"text": row["text"], "start": row["start"], "end": row["end"], "kind": row["kind"]}
    out["cue"] = _span_dict(row, "cue_", extra, "cue.")
    speaker = _span_dict(row, "speaker_", extra, "speaker.")
    if speaker is not None:
        speaker["actor"] = _actor_dict(row, "speaker_", extra, "speaker.actor.")
        pronoun = _span_dict(row, "pronoun_", extra, "speaker.pronoun.")
        if pronoun is not None:
            speaker["pronoun"] = pronoun
    out["speaker"] = speaker
    _put(out, extra, "")
    return out


def _event(row: dict[str, Any]) -> dict[str, Any]:
    extra = _load(row.get("extra"))
    out: dict[str, Any] = {"type": row["type"], "mode": row["mode"]}
    for side, column in (("source", "sources"), ("target", "targets")):
        participants = []
        for i, p in enumerate(row.get(column) or []):
            part = {"text": p["text"], "start": p["start"], "end": p["end"]}
            part["actor"] = _actor_dict(p, "", extra, f"{side}.{i}.actor.")
            _put(part, extra, f"{side}.{i}.")
            participants.append(part)
        out[side] = participants
    out["date"] = row["date"]
    out["place"] = row["place"]
    out["trigger"] = _span_dict(row, "trigger_", extra, "trigger.")
    out["sentence"] = None if row["sentence_start"] is None else [row["sentence_start"], row["sentence_end"]]
    for name in ("date_source", "status"):
        if row.get(name) is not None:
            out[name] = row[name]
    _put(out, extra, "")
    return out
