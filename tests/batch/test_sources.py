"""Planning and reading inputs: the same records, with the same names, however they are split."""

from __future__ import annotations

import json
import tracemalloc

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from bayan.batch import sources
from bayan.batch.sources import Split, plan, read_splits
from bayan.errors import InputError
from bayan.ingest import iter_documents


def _summary(items):
    return [(i.source, i.problem) if isinstance(i, InputError) else (i.source, i.text, i.source_id, i.path) for i in items]


@pytest.fixture
def jsonl_file(tmp_path):
    lines = []
    for i in range(40):
        if i % 7 == 3:
            lines.append("")  # blank lines keep their number
        elif i % 11 == 5:
            lines.append("{broken")
        else:
            lines.append(json.dumps({"id": i, "text": "وزیر " * (i % 13 + 1) + str(i)}, ensure_ascii=False))
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")  # no final newline
    return path


@pytest.mark.parametrize("task_bytes", [1, 7, 64, 333, 1000, 10**6])
def test_jsonl_byte_ranges_give_the_records_ingest_gives(jsonl_file, task_bytes):
    expected = _summary(iter_documents([str(jsonl_file)]))
    tasks = plan([str(jsonl_file)], workers=2, task_bytes=task_bytes)
    splits = [s for task in tasks for s in task]
    assert (len(splits) > 1) == (task_bytes < jsonl_file.stat().st_size)
    assert _summary(read_splits(splits)) == expected


def _sparse_jsonl(path, line_bytes: int):
    """Three records; the middle one is a line of ``line_bytes`` NUL bytes (a sparse file:
    no disk space, and no newline until its end)."""
    head = json.dumps({"id": 1, "text": "وزیر اعظم نے کہا"}, ensure_ascii=False).encode() + b"\n"
    tail = b"\n" + json.dumps({"id": 3, "text": "صدر نے کہا"}, ensure_ascii=False).encode() + b"\n"
    with open(path, "wb") as out:
        out.write(head)
        out.truncate(len(head) + line_bytes)
        out.seek(len(head) + line_bytes)
        out.write(tail)
    return path


@pytest.mark.parametrize("task_bytes", [None, 5 << 20])
def test_an_over_long_jsonl_line_is_reported_and_skipped_in_bounded_memory(tmp_path, monkeypatch, task_bytes):
    """A 64 MB line (over a lowered ``MAX_LINE_BYTES``) is reported as ``bayan ingest`` reports
    it, the records around it are read, and no byte range, including ranges that start
    inside that line, holds more than about one 1 MB chunk of it."""
    from bayan.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 256 * 1024)
    path = _sparse_jsonl(tmp_path / "long.jsonl", 64 << 20)
    expected = _summary(iter_documents([str(path)]))
    assert [e[0].rsplit(":", 1)[1] for e in expected] == ["1", "2", "3"]
    assert expected[1][1] == "record too large (64 MB; the limit is 262,144 bytes)"
    splits = [s for task in plan([str(path)], workers=2, task_bytes=task_bytes) for s in task]
    assert (len(splits) > 10) == (task_bytes is not None)
    tracemalloc.start()
    try:
        items = list(read_splits(splits))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert _summary(items) == expected
    assert peak < 4 << 20, f"{peak >> 20} MB held while reading"


def test_line_counting_runs_through_the_engine_mapper(jsonl_file):
    calls = []

    def mapper(fn, items):
        calls.append(len(items))
        return [fn(i) for i in items]

    plan([str(jsonl_file)], workers=2, task_bytes=100, mapper=mapper)
    assert len(calls) == 1 and calls[0] > 1


def test_tasks_pack_small_files_and_keep_input_order(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text("متن " * 50, encoding="utf-8")
    tasks = plan([str(tmp_path)], workers=2, task_bytes=2000)
    assert 1 < len(tasks) < 30
    names = [s.path.rsplit("/", 1)[-1] for task in tasks for s in task]
    assert names == [f"{i:02d}.txt" for i in range(30)]


def test_folders_skip_hidden_and_underscore_files_and_bad_inputs_become_error_splits(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / ".b.html").write_text("<p>x</p>")
    (tmp_path / "_SUCCESS").write_text("")
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "empty").mkdir()
    splits = [s for task in plan([str(tmp_path), str(tmp_path / "empty"), "nope", "-"], workers=1) for s in task]
    assert [(s.kind, s.path.rsplit("/", 1)[-1]) for s in splits] == [
        ("file", "a.html"), ("error", "empty"), ("error", "nope"), ("error", "-")]
    problems = [s.problem for s in splits[1:]]
    assert problems[0].startswith("no .txt") and problems[1] == "no such file or folder" and "standard input" in problems[2]


def test_an_input_given_twice_is_read_once(jsonl_file):
    splits = [s for task in plan([str(jsonl_file), str(jsonl_file.parent)], workers=1) for s in task]
    assert len(splits) == 1


def test_parquet_row_groups_and_column_aliases(tmp_path):
    path = tmp_path / "a.parquet"
    rows = [{"source_id": i, "text": f"متن {i}" if i != 5 else " ", "language": "ur", "date": None} for i in range(50)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=8)
    tasks = plan([str(path)], workers=2, task_bytes=1)
    splits = [s for task in tasks for s in task]
    assert len(splits) == 7 and [s.first for s in splits] == [0, 8, 16, 24, 32, 40, 48]
    items = list(read_splits(splits))
    assert len(items) == 50
    assert isinstance(items[5], InputError) and str(items[5]) == f"{path}#5: empty text"
    doc = items[7]
    assert (doc.source, doc.text, doc.source_id, doc.lang, doc.path) == (f"{path}#7", "متن 7", "7", "ur", str(path))


def test_parquet_without_text_or_not_parquet(tmp_path):
    no_text = tmp_path / "a.parquet"
    pq.write_table(pa.table({"body": ["x"]}), no_text)
    broken = tmp_path / "b.parquet"
    broken.write_bytes(b"not parquet at all")
    items = list(read_splits([s for task in plan([str(tmp_path)], workers=1) for s in task]))
    assert [str(i) for i in items] == [
        f'{no_text}: no "text" column in this Parquet file',
        f"{broken}: not a readable Parquet file: " + items[1].problem.split(": ", 1)[1],
    ]


def test_a_split_that_fails_midway_becomes_an_error_not_a_raise(tmp_path):
    split = Split("jsonl", str(tmp_path / "gone.jsonl"), size=10, start=0, end=10, first=1)
    (item,) = read_splits([split])
    assert isinstance(item, InputError) and item.problem.startswith("cannot read")


def test_file_uris_and_remote_streams(jsonl_file):
    expected = _summary(iter_documents([str(jsonl_file)]))
    splits = [s for task in plan([f"file://{jsonl_file}"], workers=1, task_bytes=50) for s in task]
    assert _summary(read_splits(splits)) == expected
    # Remote files are pyarrow streams without readline; the adapter gives them lines.
    with sources.buffered(pafs.LocalFileSystem().open_input_file(str(jsonl_file))) as stream:
        stream.seek(3)
        assert stream.readline() == jsonl_file.read_bytes()[3:].split(b"\n", 1)[0] + b"\n"


@pytest.mark.parametrize(
    ("given", "inner", "name"),
    [
        ("s3://bucket/news/a.jsonl", "bucket/news/a.jsonl", "s3://bucket/news/a.jsonl"),
        ("hdfs://nn:8020/news", "/news/a.jsonl", "hdfs://nn:8020/news/a.jsonl"),
        ("file:///data/a.jsonl", "/data/a.jsonl", "/data/a.jsonl"),
        ("relative/a.jsonl", "/abs/relative/a.jsonl", "/abs/relative/a.jsonl"),
    ],
)
def test_split_names(given, inner, name):
    assert sources._join(given, inner) == name
