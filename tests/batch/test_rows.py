"""The per-record function: contract dicts to flat rows and back, errors as rows."""

from __future__ import annotations

import copy

import pyarrow as pa
import pytest

from bayan import analyze
from bayan.batch import TABLES as PUBLIC_TABLES
from bayan.batch.rows import Rows, flatten, nest, record_rows
from bayan.batch.schema import COMBINED, SCHEMAS, TABLES
from bayan.errors import InputError
from bayan.ingest.document import Document

from .conftest import gold_articles

ACTOR = {"id": "khamenei", "name": "Ali Khamenei"}

FULL_RECORD = {
    "id": "abc",
    "url": "https://news.test/1",
    "path": None,
    "source_id": "42",
    "title": "t",
    "published": "2025-02-08",
    "language": "ur",
    "text": "x" * 400,
    "sentences": [[0, 142], [143, 301]],
    "entities": [
        {"text": "a", "start": 10, "end": 28, "type": "PER", "actor": {**ACTOR, "score": 0.875}},
        {"text": "b", "start": 30, "end": 31, "type": "LOC", "actor": None},
    ],
    "quotes": [
        {"text": "q", "start": 200, "end": 290, "kind": "direct",
         "cue": {"text": "نے کہا", "start": 190, "end": 196},
         "speaker": {"text": "s", "start": 10, "end": 28, "actor": ACTOR,
                     "pronoun": {"text": "انہوں", "start": 180, "end": 185}}},
        {"text": "r", "start": 300, "end": 320, "kind": "indirect", "cue": None, "speaker": None},
        {"text": "r", "start": 330, "end": 340, "kind": "indirect", "cue": {"text": "c", "start": 321, "end": 322},
         "speaker": {"text": "s", "start": 1, "end": 2, "actor": None}},
    ],
    "events": [
        {"type": "CONSULT", "mode": "meet",
         "source": [{"text": "a", "start": 0, "end": 1, "actor": None}],
         "target": [{"text": "b", "start": 2, "end": 3, "actor": ACTOR}, {"text": "c", "start": 4, "end": 5, "actor": None}],
         "date": "2025-02-08", "place": None, "trigger": {"text": "ملاقات کی", "start": 6, "end": 15},
         "sentence": [0, 142], "date_source": "dateline", "status": "planned"},
        {"type": "ACCUSE", "mode": None, "source": [], "target": [], "date": None, "place": "Tehran",
         "trigger": {"text": "t", "start": 20, "end": 21}, "sentence": [0, 142]},
    ],
    "warnings": ["w1"],
}


def _to_arrow_and_back(rows: Rows) -> Rows:
    """Rows as they come back from Parquet: through the declared Arrow schemas."""
    return Rows(*(pa.Table.from_pylist(r, schema=SCHEMAS[t]).to_pylist() for t, r in zip(TABLES, rows)))


def test_tables_are_declared_once_and_agree():
    assert PUBLIC_TABLES == TABLES == tuple(SCHEMAS)
    assert [f.name for f in COMBINED] == ["article", "entities", "quotes", "events", "error"]
    for schema in SCHEMAS.values():
        assert all(field.nullable for field in schema), "Spark writes every column nullable; so must we"


def test_full_record_round_trips():
    rows = _to_arrow_and_back(flatten(FULL_RECORD, "feed.jsonl:3"))
    assert [len(r) for r in rows] == [1, 2, 3, 2, 0]
    assert nest(rows.articles[0], rows.entities, rows.quotes, rows.events) == FULL_RECORD
    entity = rows.entities[0]
    assert (entity["article_id"], entity["source"], entity["index"], entity["actor_id"], entity["actor_score"]) == (
        "abc", "feed.jsonl:3", 0, "khamenei", 0.875)
    assert rows.quotes[0]["pronoun_start"] == 180 and rows.quotes[1]["speaker_start"] is None
    assert rows.events[0]["targets"][0]["actor_name"] == "Ali Khamenei"


def test_child_order_comes_from_index_not_row_order():
    rows = flatten(FULL_RECORD, "s")
    assert nest(rows.articles[0], rows.entities[::-1], rows.quotes[::-1], rows.events[::-1]) == FULL_RECORD


def test_not_computed_lists_stay_absent_and_empty_lists_stay_empty():
    record = {k: v for k, v in FULL_RECORD.items() if k not in ("sentences", "entities", "source_id")}
    record["quotes"] = []
    rows = _to_arrow_and_back(flatten(record, "s"))
    article = rows.articles[0]
    assert (article["sentences"], article["n_entities"], article["n_quotes"]) == (None, None, 0)
    assert nest(article, rows.entities, rows.quotes, rows.events) == record


def test_fields_the_schema_does_not_name_survive_in_extra():
    record = copy.deepcopy(FULL_RECORD)
    record["topic"] = {"label": "politics"}
    record["entities"][0]["source"] = "dictionary"
    record["entities"][0]["actor"]["country"] = "IRN"
    record["quotes"][0]["speaker"]["role"] = "leader"
    record["quotes"][0]["cue"]["lemma"] = "کہنا"
    record["events"][0]["target"][1]["note"] = 1
    record["events"][0]["target"][0]["actor"]["kind"] = "PER"
    record["events"][1]["confidence"] = 0.5
    rows = _to_arrow_and_back(flatten(record, "s"))
    assert rows.articles[0]["extra"] is not None
    assert nest(rows.articles[0], rows.entities, rows.quotes, rows.events) == record


def test_real_articles_round_trip():
    for name, text, meta in gold_articles()[::5]:
        expected = analyze(text, lang=meta["lang"], published=meta.get("published")).to_dict()
        rows = _to_arrow_and_back(flatten(expected, name))
        assert nest(rows.articles[0], rows.entities, rows.quotes, rows.events) == expected, name


def test_record_rows_analyses_a_document():
    doc = Document(text="وزیر اعظم شہباز شریف نے کہا کہ ملاقات اچھی رہی۔", source="f.jsonl:1", lang="ur", source_id="7")
    rows = record_rows(doc)
    assert len(rows.articles) == 1 and not rows.errors
    assert rows.articles[0]["source"] == "f.jsonl:1" and rows.articles[0]["source_id"] == "7"
    assert all(e["source"] == "f.jsonl:1" for e in rows.entities)


def test_bad_records_become_error_rows():
    rows = record_rows(InputError("f.jsonl:2", "empty text"))
    assert rows.errors == [{"source": "f.jsonl:2", "stage": "read", "error": "InputError",
                            "problem": "empty text", "article_id": None}]
    rows = record_rows(Document(text="متن", source="f.jsonl:3", lang="de"))
    (error,) = rows.errors
    assert (error["stage"], error["error"]) == ("analyze", "BayanError") and "unsupported language" in error["problem"]
    assert error["article_id"] is not None and not rows.articles


def test_an_unexpected_exception_costs_one_record(monkeypatch):
    import bayan.pipeline

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(bayan.pipeline, "analyze_document", broken)
    (error,) = record_rows(Document(text="متن", source="f:1")).errors
    assert (error["stage"], error["error"], error["problem"]) == ("analyze", "KeyError", "KeyError: 'boom'")


@pytest.mark.parametrize("table", TABLES)
def test_empty_tables_have_their_schema(table):
    assert pa.Table.from_pylist([], schema=SCHEMAS[table]).schema == SCHEMAS[table]
