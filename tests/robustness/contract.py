"""The robustness contract (docs/robustness.md) as code, shared by the property tests and
the atheris targets in ``fuzz/``.

``check_article`` raises ``AssertionError`` naming the first span that breaks
``text[start:end] == span.text`` (entities; quotes with their cue, speaker and the
speaker's pronoun; events with their trigger and participants), a sentence out of
order, or a record that does not survive ``json.dumps`` and UTF-8 encoding (DESIGN.md §2).
``check_error`` checks a refusal: a ``BayanError`` whose message is one non-empty line.
``analyze_items`` applies both to everything a reader yields.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from bayan.article import Article
from bayan.errors import BayanError, InputError
from bayan.pipeline import analyze_document

ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
QUOTE_KINDS = frozenset({"direct", "indirect"})
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID REQUEST ACCUSE REJECT THREATEN PROTEST MOBILIZE SANCTION "
    "COERCE ASSAULT CONCEDE RETREAT".split()
)
_ID = re.compile(r"[0-9a-f]{32}")


def check_span(text: str, span: dict, what: str) -> None:
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int), f"{what}: offsets {start!r}, {end!r} are not ints"
    assert 0 <= start <= end <= len(text), f"{what}: [{start}, {end}) outside the text (length {len(text)})"
    assert text[start:end] == span["text"], f"{what}: text[{start}:{end}] == {text[start:end]!r}, span says {span['text']!r}"


def _check_actor(actor: dict | None, what: str) -> None:
    if actor is not None:
        assert isinstance(actor.get("id"), str) and actor["id"], f"{what}: actor without an id"
        assert isinstance(actor.get("name"), str), f"{what}: actor without a name"


def _check_date(value: str | None, what: str) -> None:
    if value is not None:
        dt.date.fromisoformat(value)  # raises ValueError on anything but YYYY-MM-DD


def check_record(record: dict) -> None:
    """Every offset in one ``Article.to_dict()`` record points at its own text."""
    text = record["text"]
    assert _ID.fullmatch(record["id"]), f"id {record['id']!r} is not 32 hex digits"
    _check_date(record.get("published"), "published")
    previous = 0
    for index, (start, end) in enumerate(record.get("sentences") or []):
        assert previous <= start < end <= len(text), f"sentence {index}: [{start}, {end}) after {previous}"
        previous = end
    for index, entity in enumerate(record.get("entities") or []):
        check_span(text, entity, f"entity {index}")
        assert entity["type"] in ENTITY_TYPES, f"entity {index}: type {entity['type']!r}"
        _check_actor(entity.get("actor"), f"entity {index}")
    for index, quote in enumerate(record.get("quotes") or []):
        what = f"quote {index}"
        check_span(text, quote, what)
        assert quote["kind"] in QUOTE_KINDS, f"{what}: kind {quote['kind']!r}"
        if quote.get("cue") is not None:
            check_span(text, quote["cue"], f"{what} cue")
        speaker = quote.get("speaker")
        if speaker is not None:
            check_span(text, speaker, f"{what} speaker")
            _check_actor(speaker.get("actor"), f"{what} speaker")
            if speaker.get("pronoun") is not None:
                check_span(text, speaker["pronoun"], f"{what} speaker pronoun")
    sentences = {tuple(s) for s in record.get("sentences") or []}
    for index, event in enumerate(record.get("events") or []):
        what = f"event {index}"
        assert event["type"] in PLOVER_TYPES, f"{what}: type {event['type']!r}"
        check_span(text, event["trigger"], f"{what} trigger")
        for role in ("source", "target"):
            for k, participant in enumerate(event[role]):
                check_span(text, participant, f"{what} {role} {k}")
                _check_actor(participant.get("actor"), f"{what} {role} {k}")
        assert tuple(event["sentence"]) in sentences, f"{what}: sentence {event['sentence']} is not a sentence"
        _check_date(event.get("date"), f"{what} date")
    assert all(isinstance(w, str) and w for w in record["warnings"]), "warnings must be non-empty strings"


def check_article(article: Article) -> dict:
    """Check an analysed article; returns its record. The record must also serialise."""
    record = article.to_dict()
    check_record(record)
    encoded = json.dumps(record, ensure_ascii=False).encode("utf-8")
    assert json.loads(encoded) == record, "the record does not round-trip through JSON"
    return record


def check_error(error: BaseException) -> None:
    """bayan's own error, with a clear message: one non-empty line."""
    assert isinstance(error, BayanError), f"not a BayanError: {error!r}"
    message = str(error)
    assert message.strip(), "an error with an empty message"
    assert "\n" not in message, f"a message of several lines: {message!r}"
    if isinstance(error, InputError):
        assert error.source and error.problem, f"InputError without source or problem: {message!r}"


def analyze_items(items) -> int:
    """Analyse every document a reader yields; check its errors. Returns the documents seen."""
    seen = 0
    for item in items:
        if isinstance(item, InputError):
            check_error(item)
            continue
        seen += 1
        try:
            check_article(analyze_document(item))
        except BayanError as exc:
            check_error(exc)
    return seen
