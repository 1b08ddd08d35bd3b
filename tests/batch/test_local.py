"""The local engine on the fixture corpus: tables, error rows, and read_output."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from bayan.batch import read_errors, read_output, read_table, run_batch
from bayan.batch.schema import SCHEMAS, TABLES
from bayan.errors import BayanError, InputError
from bayan.ingest import iter_documents
from bayan.pipeline import analyze_document

from .conftest import TASK_BYTES


def _expected(batch_inputs) -> dict[tuple[str, str], dict]:
    """What ``bayan analyze`` gives for every good record, keyed like the batch output."""
    from bayan.batch.sources import plan, read_splits

    expected = {}
    splits = [s for task in plan(batch_inputs["inputs"], workers=1, task_bytes=TASK_BYTES) for s in task]
    for item in read_splits(splits):
        if isinstance(item, InputError):
            continue
        try:
            article = analyze_document(item)
        except BayanError:
            continue
        expected[(article.id, item.source)] = article.to_dict()
    return expected


def test_the_fixture_is_big_enough_and_multilingual(local_output, batch_inputs):
    out, result = local_output
    languages = Counter(read_table(str(out), "articles").column("language").to_pylist())
    assert result.counts["articles"] >= 200
    assert all(languages[lang] >= 30 for lang in ("ur", "fa", "ar")), languages
    assert result.tasks > 2 and result.workers == 2


def test_every_table_is_written_with_its_schema(local_output):
    out, result = local_output
    for table in TABLES:
        files = sorted((out / table).glob("*.parquet"))
        assert files, table
        assert pq.read_schema(files[0]).remove_metadata() == SCHEMAS[table]
        assert read_table(str(out), table).num_rows == result.counts[table]
    manifest = json.loads((out / "_bayan_batch.json").read_text())
    assert manifest["counts"] == result.counts and manifest["engine"] == "local"


def test_bad_records_are_error_rows_with_reasons(local_output, batch_inputs):
    out, result = local_output
    errors = list(read_errors(str(out)))
    assert result.counts["errors"] == len(errors) == batch_inputs["expected_errors"]
    by_source = {Path(e["source"]).name: e for e in errors}
    jsonl = batch_inputs["jsonl"].name
    problems = sorted(e["problem"] for e in errors if e["source"].startswith(str(batch_inputs["jsonl"])))
    assert problems == sorted([
        "empty text", "empty text", 'the record has no "text" string', 'the record has no "text" string',
        'the record has no "text" string', "invalid JSON: Expecting value at column 1",
        "unsupported language 'de'; use one of ur, fa, ar, en", '"url" must be a string',
    ])
    assert all(e["source"].startswith(f"{batch_inputs['jsonl']}:") for e in errors if jsonl in e["source"])
    assert by_source["missing.jsonl"]["problem"] == "no such file or folder"
    assert by_source["empty.txt"]["problem"] == "empty file"
    assert by_source["broken.html"]["problem"].startswith("no article text found")
    assert any(e["source"].endswith(".parquet#" + str(len(batch_inputs["records"]) - len(batch_inputs["records"]) * 3 // 4))
               and e["problem"] == "empty text" for e in errors)
    stages = Counter(e["stage"] for e in errors)
    assert stages == {"read": len(errors) - 1, "analyze": 1}


def test_read_output_gives_back_what_analyze_gives(local_output, batch_inputs):
    out, _result = local_output
    got = {(d["id"], d["path"]): d for d in read_output(str(out))}
    expected = _expected(batch_inputs)
    assert len(got) == len(expected)
    by_id_path = {(d["id"], d["path"]): d for d in expected.values()}
    assert got.keys() == by_id_path.keys()
    for key, record in by_id_path.items():
        assert got[key] == record, key


def test_output_is_not_overwritten_unless_asked(local_output, tmp_path):
    out, _ = local_output
    with pytest.raises(BayanError, match="already holds batch output"):
        run_batch([str(tmp_path / "nothing-here")], str(out))
    small = tmp_path / "small"
    run_batch([str(tmp_path / "nothing-here")], str(small), workers=1)
    run_batch([str(tmp_path / "nothing-here"), str(tmp_path / "nor-here")], str(small), workers=1, overwrite=True)
    assert len(list(read_errors(str(small)))) == 2


def test_an_all_bad_batch_still_writes_every_table(tmp_path):
    result = run_batch([str(tmp_path / "nothing-here")], str(tmp_path / "out"), workers=1)
    assert result.counts == {"articles": 0, "entities": 0, "quotes": 0, "events": 0, "errors": 1}
    for table in TABLES:
        assert read_table(str(tmp_path / "out"), table).schema == SCHEMAS[table]
    assert list(read_output(str(tmp_path / "out"))) == []


def test_bad_arguments_are_refused(tmp_path):
    with pytest.raises(BayanError, match="unknown engine"):
        run_batch(["x"], str(tmp_path / "o"), engine="dask")
    with pytest.raises(BayanError, match="needs engine='spark'"):
        run_batch(["x"], str(tmp_path / "o"), master="local[2]")
    with pytest.raises(BayanError, match="unsupported language"):
        run_batch(["x"], str(tmp_path / "o"), lang="de")
    (tmp_path / "file").write_text("")
    with pytest.raises(BayanError, match="is a file"):
        run_batch(["x"], str(tmp_path / "file"))
    with pytest.raises(BayanError, match="no articles/ table"):
        list(read_output(str(tmp_path)))


def test_cli(batch_inputs, tmp_path):
    from bayan.cli import main

    runner = CliRunner()
    out = tmp_path / "cli"
    result = runner.invoke(main, ["batch", str(batch_inputs["pages"]), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output and "2 errors" in result.output
    assert "became error rows" in result.output and "empty.txt: empty file" in result.output
    result = runner.invoke(main, ["batch", str(batch_inputs["pages"]), "--out", str(out)])
    assert result.exit_code == 1 and "--overwrite" in result.output
    result = runner.invoke(main, ["batch", "x", "--out", str(out), "--master", "local[2]"])
    assert result.exit_code == 1 and "--engine spark" in result.output
    result = runner.invoke(main, ["batch", "x", "--out", str(out), "--task-size", "lots", "--overwrite"])
    assert result.exit_code == 1 and "--task-size" in result.output


def test_warc_pages_are_articles(local_output, batch_inputs):
    out, _ = local_output
    warc = str(batch_inputs["warc"])
    records = [d for d in read_output(str(out)) if d["path"] == warc]
    assert len(records) == 2 and "https://news.test/abudhabi.txt" in {d["url"] for d in records}
    assert {d["language"] for d in records} == {"ur", "ar"}


def test_the_sources_match_ingest_for_a_folder(batch_inputs):
    """Batch reads HTML/text folders through bayan.ingest: the same documents."""
    from bayan.batch.sources import plan, read_splits

    splits = [s for task in plan([str(batch_inputs["pages"])], workers=1) for s in task]
    mine = [(i.source, getattr(i, "text", None)) for i in read_splits(splits)]
    theirs = [(i.source, getattr(i, "text", None)) for i in iter_documents([str(batch_inputs["pages"])])]
    assert sorted(mine) == sorted(theirs)


def test_read_output_without_the_part_layout_joins_whole_tables(local_output, tmp_path):
    """Files renamed by another tool lose their part numbers: read_output still nests right."""
    out, _ = local_output
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    for table in TABLES:
        for i, path in enumerate(sorted((copy / table).glob("*.parquet"), reverse=True)):
            path.rename(path.with_name(f"renamed-{i}.parquet"))
    key = lambda d: (d["id"], d["path"] or "", d.get("source_id") or "")  # noqa: E731
    assert sorted(read_output(str(copy)), key=key) == sorted(read_output(str(out)), key=key)


def test_read_output_when_parts_do_not_pair(local_output, tmp_path):
    """Entity files shuffled between part numbers: the pairing check falls back to a full join."""
    out, _ = local_output
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    files = sorted((copy / "entities").glob("*.parquet"))
    names = [f.name for f in files]
    for f in files:
        f.rename(f.with_name("tmp-" + f.name))
    for name, f in zip(names[1:] + names[:1], files):
        (copy / "entities" / ("tmp-" + f.name)).rename(copy / "entities" / name)
    key = lambda d: (d["id"], d["path"] or "", d.get("source_id") or "")  # noqa: E731
    assert sorted(read_output(str(copy)), key=key) == sorted(read_output(str(out)), key=key)
