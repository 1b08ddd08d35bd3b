"""The archive commands: ingest (idempotent, resumable, summary), search, quotes, events, export."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bayan.cli import main
from tests.archive.builders import build_archive

EXAMPLES = Path(__file__).parents[2] / "examples"


def run(*args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The example articles, analysed and stored once for this module."""
    db = tmp_path_factory.mktemp("ingest") / "bayan.db"
    first = run("ingest", EXAMPLES, "--db", db, "--json")
    return db, first


def test_ingest_reports_new_articles(ingested):
    db, first = ingested
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["new"] == 4 and summary["duplicate"] == 0 and summary["failed"] == []


def test_ingesting_again_adds_nothing(ingested, tmp_path):
    db, _ = ingested
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    again = run("ingest", EXAMPLES, "--db", copy)
    assert again.exit_code == 0
    assert "0 new" in again.stdout and "4 duplicate" in again.stdout


def test_failed_inputs_are_listed_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text((EXAMPLES / "fa-irna-tehran.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("ingest", tmp_path, tmp_path / "missing.html", "--db", tmp_path / "a.db")
    assert result.exit_code == 1
    assert "1 new" in result.stdout and "2 failed" in result.stdout
    assert "empty.txt: empty file" in result.stderr and "missing.html: no such file" in result.stderr


def test_ingest_resumes_after_an_interruption(tmp_path):
    from bayan.archive import ArchiveReader, ingest

    db = tmp_path / "a.db"
    seen = []

    def stop_after_two(status, source):
        seen.append(status)
        if len(seen) == 2:
            raise KeyboardInterrupt

    summary = ingest([str(EXAMPLES)], db, callback=stop_after_two)
    assert summary.interrupted and summary.new == 2
    with ArchiveReader.open(db) as reader:
        assert reader.stats()["articles"] == 2  # committed, not lost
    resumed = ingest([str(EXAMPLES)], db)
    assert resumed.duplicate == 2 and resumed.new == 2 and not resumed.interrupted


def test_ingest_analysed_records(tmp_path):
    analysed = run("analyze", EXAMPLES / "ur-wire-islamabad.txt", "--format", "jsonl")
    path = tmp_path / "records.jsonl"
    path.write_text(analysed.stdout, encoding="utf-8")
    result = run("ingest", path, "--analysed", "--db", tmp_path / "a.db", "--json")
    assert json.loads(result.stdout)["new"] == 1


def test_ingest_refuses_a_foreign_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my notes\n" * 20)
    result = run("ingest", EXAMPLES, "--db", path)
    assert result.exit_code == 1 and "not a bayan archive" in result.stderr
    assert path.read_text() == "my notes\n" * 20


def test_search_table_and_json(tmp_path):
    db = tmp_path / "a.db"
    build_archive(db)
    table = run("search", "Khamenei", "--db", db)
    assert table.exit_code == 0 and "4 article(s)" in table.stdout
    hits = json.loads(run("search", "خامنئي", "--db", db, "--format", "json").stdout)
    assert len(hits) == 4
    assert set(hits[0]) >= {"id", "url", "path", "title", "snippet"}
    filtered = json.loads(run("search", "Khamenei", "--db", db, "--lang", "ar", "--format", "json").stdout)
    assert [h["language"] for h in filtered] == ["ar"]


def test_search_with_a_bad_query_or_archive(tmp_path):
    db = tmp_path / "a.db"
    build_archive(db)
    bad = run("search", '"Khamenei', "--db", db)
    assert bad.exit_code == 1 and "unbalanced quote" in bad.stderr and "Traceback" not in bad.stderr
    missing = run("search", "x", "--db", tmp_path / "nope.db")
    assert missing.exit_code == 1 and "no archive at" in missing.stderr


def test_quotes_from_the_archive_and_from_files(tmp_path):
    db = tmp_path / "a.db"
    build_archive(db)
    quotes = json.loads(run("quotes", "--db", db, "--speaker", "شهباز شريف", "--format", "json").stdout)
    assert [q["speaker_actor_id"] for q in quotes] == ["shehbaz-sharif"]
    table = run("quotes", "--db", db, "--speaker", "Khamenei")
    assert table.exit_code == 0 and "2025-02-08" in table.stdout
    from_files = run("quotes", EXAMPLES / "ur-wire-islamabad.txt", "--format", "json")
    assert from_files.exit_code == 0
    assert all("text" in q for q in json.loads(from_files.stdout))
    both = run("quotes", EXAMPLES, "--db", db)
    assert both.exit_code == 1


def test_events_command(tmp_path):
    db = tmp_path / "a.db"
    build_archive(db)
    found = json.loads(run("events", "--db", db, "--type", "CONSULT", "--actor", "Khamenei", "--since", "2025-03-01",
                           "--format", "json").stdout)
    assert [e["day"] for e in found] == ["2025-03-01", "2025-04-10", "2025-05-20"]
    table = run("events", "--db", db, "--type", "consult")
    assert table.exit_code == 0 and "CONSULT/meet" in table.stdout
    bad_date = run("events", "--db", db, "--since", "March")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_export_command(tmp_path):
    db = tmp_path / "a.db"
    build_archive(db)
    jsonl = run("export", "articles", "--db", db)
    assert len(jsonl.stdout.splitlines()) == 7
    out = tmp_path / "net.graphml"
    result = run("export", "network", "--format", "graphml", "--db", db, "-o", out)
    assert result.exit_code == 0 and "<graphml" in out.read_text(encoding="utf-8")
    assert run("export", "quotes", "--format", "parquet", "--db", db).exit_code == 1
    assert run("export", "articles", "--format", "graphml", "--db", db).exit_code == 1
    assert run("export", "events", "--format", "parquet", "--db", db, "-o", tmp_path / "e.parquet").exit_code == 0


def test_ingest_warc_and_feed_then_search(tmp_path):
    import gzip

    from tests.archive.inputs import RSS, crawl

    (tmp_path / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in crawl()))
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    db = tmp_path / "a.db"
    result = run("ingest", tmp_path / "crawl.warc.gz", tmp_path / "feed.rss", "--db", db, "--json")
    summary = json.loads(result.stdout)
    assert summary["new"] + summary["near_duplicate"] == 5
    assert summary["duplicate"] == 0  # the two crawl copies differ by one word: grouped, not equal
    assert [f["reason"] for f in summary["failed"]] == [
        "feed item has no text (only a link): fetch the page and ingest its HTML"]
    hits = json.loads(run("search", "تاجروں", "--db", db, "--format", "json").stdout)
    assert any(h["url"] == "https://example.org/news/karachi-traders-protest" for h in hits)
    assert any(h["url"] == "https://example.org/ur/2" for h in hits)
