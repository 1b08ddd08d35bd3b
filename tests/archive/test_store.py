"""The archive file: schema and migrations, refusal of foreign files, idempotent storage,
near-duplicate groups."""

import sqlite3

import pytest

from bayan.archive import ArchiveError, ArchiveReader, ArchiveWriter
from bayan.archive.schema import APPLICATION_ID, MIGRATIONS
from tests.archive.builders import WIRE, Builder, build_archive, corpus


def test_schema_has_the_tables_and_records_its_migrations(tmp_path):
    path = tmp_path / "a.db"
    ArchiveWriter(path).close()
    db = sqlite3.connect(path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"articles", "mentions", "actors", "quotes", "events", "migrations", "articles_fts"} <= tables
    assert [r[0] for r in db.execute("SELECT name FROM migrations")] == [m.name for m in MIGRATIONS]
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_adding_the_same_article_twice_stores_it_once(tmp_path):
    path = tmp_path / "a.db"
    records = corpus()
    build_archive(path, records)
    with ArchiveWriter(path) as writer:
        again = [writer.add(r) for r in records]
    assert {r.status for r in again} == {"duplicate"}
    with ArchiveReader.open(path) as reader:
        assert reader.stats()["articles"] == len(records)
        assert reader.stats()["quotes"] == sum(len(r["quotes"]) for r in records)


def test_a_wire_story_in_two_papers_is_one_group(tmp_path):
    path = tmp_path / "a.db"
    records = corpus()
    with ArchiveWriter(path) as writer:
        results = [writer.add(r) for r in records]
    first, copy = results[4], results[5]
    assert first.status == "new" and copy.status == "near-duplicate"
    assert copy.group_id == first.id and copy.similarity >= 0.5
    assert [r.status for r in results].count("near-duplicate") == 1  # the others stand alone
    with ArchiveReader.open(path) as reader:
        article = reader.article(first.id)
        assert [d["id"] for d in article["archive"]["near_duplicates"]] == [copy.id]
        hits = reader.search("عراقچی").hits
        assert len([h for h in hits if h["group_id"] == first.id]) == 1  # grouped, not listed twice
        assert next(h for h in hits if h["group_id"] == first.id)["duplicates"] == 1


def test_an_unrelated_article_on_the_same_topic_is_not_grouped(tmp_path):
    path = tmp_path / "a.db"
    other = ("اسلام آباد: وزیر خزانہ نے آج قومی اسمبلی میں بجٹ پیش کیا جس میں ترقیاتی منصوبوں کے لیے "
             "اضافی رقم رکھی گئی ہے اور تنخواہوں میں دس فیصد اضافہ کیا گیا ہے۔ اپوزیشن نے بجٹ کو مسترد کر دیا۔")
    with ArchiveWriter(path) as writer:
        writer.add(Builder(WIRE, "ur").build())
        assert writer.add(Builder(other, "ur").build()).status == "new"


def test_stored_record_comes_back_as_it_went_in(archive, reader):
    _, records = archive
    for record in records:
        back = reader.article(record["id"])
        back.pop("archive")
        assert back == record
        assert list(back) == list(record)  # same key order as the contract


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE customers (name TEXT)")
    db.commit()
    db.close()
    with pytest.raises(ArchiveError, match="not a bayan archive"):
        ArchiveWriter(path)
    with pytest.raises(ArchiveError, match="not a bayan archive"):
        ArchiveReader.open(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("customers",)]


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 10, b"\x00\x01garbage" * 100])
def test_a_file_that_is_not_sqlite_is_refused(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match="not a SQLite database"):
        ArchiveWriter(path)
    with pytest.raises(ArchiveError, match="not a SQLite database"):
        ArchiveReader.open(path)


def test_a_corrupt_archive_is_refused(tmp_path):
    path = tmp_path / "a.db"
    build_archive(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    for wal in (tmp_path / "a.db-wal", tmp_path / "a.db-shm"):
        wal.unlink(missing_ok=True)
    with pytest.raises(ArchiveError, match="corrupt|not a"):
        ArchiveReader.open(path)


def test_an_archive_from_a_newer_bayan_is_refused(tmp_path):
    path = tmp_path / "a.db"
    ArchiveWriter(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES ('999_future', 'x')")
    db.commit()
    db.close()
    with pytest.raises(ArchiveError, match="newer bayan"):
        ArchiveReader.open(path)


def test_reading_a_missing_archive_says_how_to_make_one(tmp_path):
    with pytest.raises(ArchiveError, match="bayan ingest"):
        ArchiveReader.open(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_readers_work_while_the_writer_holds_the_archive(tmp_path):
    path = tmp_path / "a.db"
    records = corpus()
    writer = ArchiveWriter(path)
    writer.add(records[0])
    writer.commit()
    writer.add(records[1])  # uncommitted: a reader sees the committed state
    with ArchiveReader.open(path) as reader:
        assert reader.stats()["articles"] == 1
    writer.close()
    with ArchiveReader.open(path) as reader:
        assert reader.stats()["articles"] == 2
