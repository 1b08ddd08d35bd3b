"""Exports: articles, quotes, events and the who-met-whom network as JSONL, CSV, Parquet, GraphML.

Rows stream from the archive, so an export of any size runs in constant memory (except
Parquet, written in batches, and the network, which is small). GraphML is only for the
network: it opens in Gephi, with actor names as node labels and the number of meetings as
edge weight.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from bayan.archive.errors import ArchiveError
from bayan.archive.read import ArchiveReader

TABLES = ("articles", "quotes", "events", "network")
FORMATS = ("jsonl", "csv", "parquet", "graphml")
BINARY_FORMATS = ("parquet",)

ARTICLE_COLUMNS = ("id", "group_id", "url", "path", "source_id", "title", "published", "language",
                   "entities", "quotes", "events", "text")
QUOTE_COLUMNS = ("id", "article_id", "published", "language", "speaker_text", "speaker_actor_id", "speaker_name",
                 "pronoun_text", "kind", "cue_text", "text", "start", "end")
EVENT_COLUMNS = ("id", "article_id", "day", "date", "published", "language", "type", "mode", "place", "status",
                 "trigger_text", "source_actor_ids", "source_texts", "target_actor_ids", "target_texts")
EDGE_COLUMNS = ("source", "source_name", "target", "target_name", "weight", "first", "last")


def _articles(reader: ArchiveReader, full: bool) -> Iterator[dict[str, Any]]:
    cursor = reader.db.execute(
        "SELECT a.id, a.group_id, t.text, t.record FROM articles a JOIN article_texts t ON t.rowid = a.rowid"
        " ORDER BY a.rowid")
    for aid, group_id, text, raw in cursor:
        stored = json.loads(raw)
        if full:
            record: dict[str, Any] = {}
            for key, value in stored.items():
                record[key] = value
                if key == "language":
                    record["text"] = text
            record["group_id"] = group_id
            yield record
        else:
            yield {
                "id": aid, "group_id": group_id, "url": stored.get("url"), "path": stored.get("path"),
                "source_id": stored.get("source_id"), "title": stored.get("title"),
                "published": stored.get("published"), "language": stored.get("language"),
                "entities": len(stored.get("entities") or []), "quotes": len(stored.get("quotes") or []),
                "events": len(stored.get("events") or []), "text": text,
            }


def _quotes(reader: ArchiveReader) -> Iterator[dict[str, Any]]:
    cursor = reader.db.execute(
        'SELECT q.id, q.article_id, q.published, q.language, q.speaker_text, q.speaker_actor_id,'
        ' ac.name, q.pronoun_text, q.kind, q.cue_text, q.text, q.start, q."end"'
        " FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker_actor_id ORDER BY q.id")
    for row in cursor:
        yield dict(zip(QUOTE_COLUMNS, row))


def _events(reader: ArchiveReader, full: bool) -> Iterator[dict[str, Any]]:
    cursor = reader.db.execute(
        "SELECT e.id, e.article_id, e.day, e.date, e.published, e.language, e.type, e.mode, e.place, e.status,"
        " e.trigger_text, e.record,"
        " (SELECT json_group_array(json_array(role, coalesce(actor_id, ''), coalesce(text, '')))"
        "  FROM (SELECT * FROM event_participants p WHERE p.event_id = e.id ORDER BY role, seq))"
        " FROM events e ORDER BY e.id")
    for row in cursor:
        if full:
            record = json.loads(row[11])
            yield {"id": row[0], "article_id": row[1], "day": row[2], "published": row[4], "language": row[5],
                   **record}
            continue
        parts = json.loads(row[12] or "[]")
        out = dict(zip(EVENT_COLUMNS[:11], row[:11]))
        for role in ("source", "target"):
            mine = [p for p in parts if p[0] == role]
            out[f"{role}_actor_ids"] = ";".join(p[1] for p in mine)
            out[f"{role}_texts"] = ";".join(p[2] for p in mine)
        yield out


def _edges(reader: ArchiveReader) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    net = reader.network(limit=1_000_000)
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = [{"source": e["source"], "source_name": names.get(e["source"]), "target": e["target"],
              "target_name": names.get(e["target"]), "weight": e["weight"], "first": e["first"], "last": e["last"]}
             for e in net["edges"]]
    return net["nodes"], edges


def rows(reader: ArchiveReader, table: str, fmt: str) -> tuple[tuple[str, ...] | None, Iterator[dict[str, Any]]]:
    """(columns for flat formats, rows) of one table."""
    full = fmt == "jsonl"
    if table == "articles":
        return (None if full else ARTICLE_COLUMNS), _articles(reader, full)
    if table == "quotes":
        return QUOTE_COLUMNS, _quotes(reader)
    if table == "events":
        return (None if full else EVENT_COLUMNS), _events(reader, full)
    if table == "network":
        return EDGE_COLUMNS, iter(_edges(reader)[1])
    raise ArchiveError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")


def write_graphml(reader: ArchiveReader, out: IO[str]) -> int:
    """The who-met-whom network as GraphML (Gephi, yEd, networkx, igraph all read it)."""
    nodes, edges = _edges(reader)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
              ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
              ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
              ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for key, target, name, kind in (("label", "node", "label", "string"), ("type", "node", "type", "string"),
                                    ("country", "node", "country", "string"), ("meetings", "node", "meetings", "int"),
                                    ("weight", "edge", "weight", "double"), ("first", "edge", "first", "string"),
                                    ("last", "edge", "last", "string")):
        out.write(f'  <key id="{key}" for="{target}" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="meetings" edgedefault="undirected">\n')
    for node in nodes:
        out.write(f"    <node id={quoteattr(node['id'])}>\n")
        out.write(f'      <data key="label">{escape(node["name"] or node["id"])}</data>\n')
        for key in ("type", "country"):
            if node.get(key):
                out.write(f'      <data key="{key}">{escape(str(node[key]))}</data>\n')
        out.write(f'      <data key="meetings">{int(node["weight"])}</data>\n')
        out.write("    </node>\n")
    for i, edge in enumerate(edges):
        out.write(f"    <edge id=\"e{i}\" source={quoteattr(edge['source'])} target={quoteattr(edge['target'])}>\n")
        out.write(f'      <data key="weight">{edge["weight"]}</data>\n')
        for key in ("first", "last"):
            if edge.get(key):
                out.write(f'      <data key="{key}">{escape(edge[key])}</data>\n')
        out.write("    </edge>\n")
    out.write("  </graph>\n</graphml>\n")
    return len(edges)


def write_text(reader: ArchiveReader, table: str, fmt: str, out: IO[str]) -> int:
    """Write ``table`` as jsonl, csv or graphml to a text stream; returns the number of rows."""
    if fmt == "graphml":
        if table != "network":
            raise ArchiveError("GraphML is for the network: use 'bayan export network --format graphml'")
        return write_graphml(reader, out)
    columns, items = rows(reader, table, fmt)
    count = 0
    if fmt == "jsonl":
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns or ()), extrasaction="ignore")
        writer.writeheader()
        for item in items:
            writer.writerow(item)
            count += 1
    else:
        raise ArchiveError(f"unknown text format {fmt!r}")
    return count


def write_parquet(reader: ArchiveReader, table: str, path: str, batch: int = 10_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        raise ArchiveError("Parquet export needs pyarrow: pip install pyarrow") from None
    columns, items = rows(reader, table, "parquet")
    assert columns is not None
    types = {"start": pa.int64(), "end": pa.int64(), "weight": pa.int64(), "entities": pa.int64(),
             "quotes": pa.int64(), "events": pa.int64(), "id": pa.string()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    if table in ("quotes", "events"):
        schema = schema.set(0, pa.field("id", pa.int64()))
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count
