"""Exports: JSONL, CSV, Parquet of each table; GraphML of the network."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from bayan.archive import ArchiveError
from bayan.archive import export as exporter

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def text_export(reader, table, fmt):
    out = io.StringIO()
    count = exporter.write_text(reader, table, fmt, out)
    return count, out.getvalue()


def test_articles_jsonl_is_the_contract_plus_group(reader, archive):
    _, records = archive
    count, data = text_export(reader, "articles", "jsonl")
    rows = [json.loads(line) for line in data.splitlines()]
    assert count == len(rows) == len(records)
    for row, record in zip(rows, records):
        group = row.pop("group_id")
        assert row == record
        assert group == (records[4]["id"] if record is records[5] else record["id"])


def test_csv_exports(reader):
    for table, column in (("articles", "title"), ("quotes", "speaker_actor_id"), ("events", "source_actor_ids"),
                          ("network", "weight")):
        count, data = text_export(reader, table, "csv")
        rows = list(csv.DictReader(io.StringIO(data)))
        assert len(rows) == count and count > 0 and column in rows[0]
    _, data = text_export(reader, "events", "csv")
    first = next(csv.DictReader(io.StringIO(data)))
    assert first["type"] == "CONSULT" and first["source_actor_ids"] == "ali-khamenei"


def test_parquet_round_trip(reader, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table in ("articles", "quotes", "events", "network"):
        path = tmp_path / f"{table}.parquet"
        count = exporter.write_parquet(reader, table, str(path))
        assert pq.read_table(path).num_rows == count > 0
    quotes = pq.read_table(tmp_path / "quotes.parquet").to_pylist()
    assert {q["speaker_actor_id"] for q in quotes} == {"ali-khamenei", "shehbaz-sharif"}


def test_graphml_network_opens_as_a_graph(reader):
    count, data = text_export(reader, "network", "graphml")
    root = ET.fromstring(data)
    graph = root.find(f"{GRAPHML}graph")
    nodes = {n.get("id"): n for n in graph.findall(f"{GRAPHML}node")}
    edges = graph.findall(f"{GRAPHML}edge")
    assert count == len(edges) == 3 and len(nodes) == 4
    labels = {n.find(f"{GRAPHML}data[@key='label']").text for n in nodes.values()}
    assert "Ali Khamenei" in labels
    for edge in edges:
        assert edge.get("source") in nodes and edge.get("target") in nodes
    weights = sorted(float(e.find(f"{GRAPHML}data[@key='weight']").text) for e in edges)
    assert weights == [1.0, 2.0, 2.0]


def test_graphml_is_only_for_the_network(reader):
    with pytest.raises(ArchiveError, match="GraphML is for the network"):
        text_export(reader, "articles", "graphml")
