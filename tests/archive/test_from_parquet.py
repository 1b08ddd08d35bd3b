"""Batch output (Parquet) loads into the archive, so search works on cluster-made corpora."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bayan.cli import main

pytest.importorskip("pyarrow", reason="pyarrow (the batch extra) is not installed")

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_ingest_from_parquet_then_search(tmp_path):
    from bayan.batch import run_batch

    out = tmp_path / "out"
    run_batch([str(EXAMPLES)], str(out), workers=1)
    db = tmp_path / "bayan.db"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(out), "--from-parquet", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["new"] == 4 and summary["failed"] == []
    again = runner.invoke(main, ["ingest", str(out), "--from-parquet", "--db", str(db), "--json"])
    assert json.loads(again.stdout)["duplicate"] == 4
    hits = runner.invoke(main, ["search", "Pezeshkian", "--db", str(db), "--format", "json"])
    assert hits.exit_code == 0 and json.loads(hits.stdout)
