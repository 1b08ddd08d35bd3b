"""The Parquet tables that ``bayan batch`` writes, declared once for both engines.

Every table is flat: one row per article, entity, quote, event or error, spans as
``*_start``/``*_end`` integers (code-point offsets into the article's ``text``), actors as
``*_actor_id``/``*_actor_name`` columns. Nested lists appear only where a row really holds
a list: an article's sentences and warnings, an event's source and target participants.

Child rows carry ``article_id`` (the contract's ``id``, a digest of the body) and
``source`` (where the record came from); ``(article_id, source)`` is unique per input
record even when the same body arrives twice. ``index`` keeps the order of the article's
list. ``extra`` holds, as JSON, any contract field this schema does not name yet, so a
newer contract survives the round trip through ``read_output``.

Every field is nullable: Spark writes all Parquet columns as optional, and both engines
must produce the same file schema.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

TABLES = ("articles", "entities", "quotes", "events", "errors")

_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])

PARTICIPANT = pa.struct(
    [
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("actor_id", pa.string()),
        ("actor_name", pa.string()),
        ("actor_score", pa.float64()),
    ]
)

ARTICLES = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("source_id", pa.string()),
        ("url", pa.string()),
        ("path", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("sentences", pa.list_(_SPAN)),  # null: not computed
        ("n_entities", pa.int32()),  # null: not computed (the contract omits the list)
        ("n_quotes", pa.int32()),
        ("n_events", pa.int32()),
        ("warnings", pa.list_(pa.string())),
        ("extra", pa.string()),
    ]
)

_CHILD_KEY = [("article_id", pa.string()), ("source", pa.string()), ("index", pa.int32())]

ENTITIES = pa.schema(
    _CHILD_KEY
    + [
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("type", pa.string()),
        ("actor_id", pa.string()),
        ("actor_name", pa.string()),
        ("actor_score", pa.float64()),
        ("extra", pa.string()),
    ]
)

QUOTES = pa.schema(
    _CHILD_KEY
    + [
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("kind", pa.string()),
        ("cue_text", pa.string()),
        ("cue_start", pa.int32()),
        ("cue_end", pa.int32()),
        ("speaker_text", pa.string()),
        ("speaker_start", pa.int32()),
        ("speaker_end", pa.int32()),
        ("speaker_actor_id", pa.string()),
        ("speaker_actor_name", pa.string()),
        ("speaker_actor_score", pa.float64()),
        ("pronoun_text", pa.string()),
        ("pronoun_start", pa.int32()),
        ("pronoun_end", pa.int32()),
        ("extra", pa.string()),
    ]
)

EVENTS = pa.schema(
    _CHILD_KEY
    + [
        ("type", pa.string()),
        ("mode", pa.string()),
        ("date", pa.string()),
        ("date_source", pa.string()),
        ("place", pa.string()),
        ("status", pa.string()),
        ("trigger_text", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("sources", pa.list_(PARTICIPANT)),
        ("targets", pa.list_(PARTICIPANT)),
        ("extra", pa.string()),
    ]
)

ERRORS = pa.schema(
    [
        ("source", pa.string()),  # file, file:line (JSONL) or file#row (Parquet)
        ("stage", pa.string()),  # read | analyze
        ("error", pa.string()),  # InputError, BayanError, or the class of an unexpected exception
        ("problem", pa.string()),  # the reason, one line
        ("article_id", pa.string()),  # when the text was read but could not be analysed
    ]
)

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "entities": ENTITIES,
    "quotes": QUOTES,
    "events": EVENTS,
    "errors": ERRORS,
}

# What the Spark engine's mapInArrow returns: one row per input record, every table's
# rows for that record side by side; each table is then a narrow projection of it.
COMBINED = pa.schema(
    [
        ("article", pa.struct(list(ARTICLES))),
        ("entities", pa.list_(pa.struct(list(ENTITIES)))),
        ("quotes", pa.list_(pa.struct(list(QUOTES)))),
        ("events", pa.list_(pa.struct(list(EVENTS)))),
        ("error", pa.struct(list(ERRORS))),
    ]
)

CHILD_TABLES = ("entities", "quotes", "events")
