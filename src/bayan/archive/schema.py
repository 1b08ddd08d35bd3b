"""The archive's SQLite schema, as named migrations, and opening an archive file safely.

Each migration has a name and is recorded in ``migrations`` when applied, so an archive
says which changes it has (sqlite-utils style). The file carries
``PRAGMA application_id`` = ``APPLICATION_ID``: a SQLite file with another id, or with
tables but no id, is someone else's database and is refused rather than written into.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bayan.archive.errors import ArchiveError

APPLICATION_ID = 0x6261796E  # "bayn"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run SQL statements one by one (``executescript`` would commit the open transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {buffer.strip()[:60]}")


def _m001_initial(db: sqlite3.Connection) -> None:
    _run_script(db, 
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,          -- digest of the body (Article.id)
            group_id TEXT NOT NULL,           -- id of the first article of its near-duplicate group
            similarity REAL,                  -- estimated Jaccard similarity to the group's first article
            url TEXT, path TEXT, source TEXT, source_id TEXT,
            title TEXT, published TEXT, language TEXT,
            minhash BLOB,
            ingested_at TEXT NOT NULL
        );
        -- The bodies, apart: small article rows keep filtered searches fast.
        CREATE TABLE article_texts (
            rowid INTEGER PRIMARY KEY,        -- articles.rowid
            text TEXT NOT NULL,
            record TEXT NOT NULL              -- the JSON contract, without "text"
        );
        CREATE INDEX articles_group ON articles(group_id);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_language ON articles(language, published);

        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT,
            names TEXT NOT NULL DEFAULT '{}',  -- {"en": [...], "ur": [...], ...}
            roles TEXT NOT NULL DEFAULT '[]',
            country TEXT, kind TEXT, wikidata TEXT
        );
        CREATE TABLE actor_names (
            actor_id TEXT NOT NULL REFERENCES actors(id),
            name TEXT NOT NULL,
            lang TEXT,                          -- language of the spelling, or 'seen' for a surface form
            folded TEXT NOT NULL,               -- ' '-padded folded words
            skel TEXT NOT NULL,                 -- ' '-padded skeleton words
            PRIMARY KEY (actor_id, folded)
        ) WITHOUT ROWID;
        CREATE INDEX actor_names_folded ON actor_names(folded);
        CREATE INDEX actor_names_skel ON actor_names(skel);

        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, type TEXT,
            actor_id TEXT REFERENCES actors(id),
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_actor ON mentions(actor_id, article_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, kind TEXT,
            cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
            speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
            speaker_actor_id TEXT REFERENCES actors(id),
            pronoun_text TEXT,
            speaker_folded TEXT, speaker_skel TEXT,
            published TEXT, language TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_actor_id, published);
        CREATE INDEX quotes_published ON quotes(published);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            type TEXT NOT NULL, mode TEXT,
            date TEXT, day TEXT,                -- day: the event date, else the article's
            place TEXT, status TEXT,
            trigger_text TEXT, trigger_start INTEGER, trigger_end INTEGER,
            sentence_start INTEGER, sentence_end INTEGER,
            published TEXT, language TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_type ON events(type, day);
        CREATE INDEX events_day ON events(day);

        CREATE TABLE event_participants (
            event_id INTEGER NOT NULL REFERENCES events(id),
            role TEXT NOT NULL,                 -- source | target
            seq INTEGER NOT NULL,
            text TEXT, start INTEGER, "end" INTEGER,
            actor_id TEXT REFERENCES actors(id),
            folded TEXT, skel TEXT,
            PRIMARY KEY (event_id, role, seq)
        ) WITHOUT ROWID;
        CREATE INDEX event_participants_actor ON event_participants(actor_id, event_id);

        -- Locality-sensitive hashing buckets of each article's MinHash (near-duplicates).
        CREATE TABLE lsh (
            bucket INTEGER NOT NULL,
            article_rowid INTEGER NOT NULL,
            PRIMARY KEY (bucket, article_rowid)
        ) WITHOUT ROWID;

        -- Folded text, romanized skeletons and linked actors' names: one query, every script.
        -- facets: filter tokens (language, event types, linked actors, year and month of
        -- publication), so that filters are intersected inside the index, not row by row.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, skel, names, facets,
            content='', tokenize='unicode61 remove_diacritics 2', prefix='3'
        );
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 0.5, 2.0, 0.0)');
        """
    )


MIGRATIONS: tuple[Migration, ...] = (Migration("001_initial", _m001_initial),)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _check_header(path: Path) -> bool:
    """True when the file is a SQLite database, False when it is empty or missing."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise ArchiveError(f"{path} is a folder, not an archive file") from None
    except OSError as exc:
        raise ArchiveError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not head:
        return False
    if head != SQLITE_HEADER:
        raise ArchiveError(f"{path} is not a bayan archive (not a SQLite database)")
    return True


def _tables(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _applied(db: sqlite3.Connection) -> list[str]:
    if "migrations" not in _tables(db):
        return []
    return [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")]


def _verify(db: sqlite3.Connection, path: Path) -> str:
    """'fresh' for a database with nothing in it, 'bayan' for an archive; raises otherwise."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = _tables(db)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path} is corrupt or not a SQLite database ({exc})") from None
    if app_id == APPLICATION_ID:
        return "bayan"
    if app_id == 0 and not tables:
        return "fresh"
    what = f"application id {app_id:#x}" if app_id else "tables " + ", ".join(tables[:5])
    raise ArchiveError(f"{path} is not a bayan archive (a SQLite database with {what}); refusing to use it")


def _check_migrations(db: sqlite3.Connection, path: Path) -> list[Migration]:
    """The migrations still to apply; raises when the archive is newer than this bayan."""
    applied = set(_applied(db))
    known = {m.name for m in MIGRATIONS}
    unknown = sorted(applied - known)
    if unknown:
        raise ArchiveError(f"{path} was written by a newer bayan (migration {unknown[-1]}); upgrade bayan to use it")
    return [m for m in MIGRATIONS if m.name not in applied]


def _configure(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA foreign_keys = OFF")  # we insert in dependency order; checks cost time
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA cache_size = -32000")  # 32 MB of pages per connection


def connect_writer(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (creating and migrating when needed) the archive for writing, in WAL mode."""
    path = Path(path)
    _check_header(path)
    if path.parent and not path.parent.exists():
        raise ArchiveError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot open {path}: {exc}") from None
    try:
        state = _verify(db, path)
        pending = _check_migrations(db, path)
        _configure(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        if state == "fresh":
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if pending:
            db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for migration in pending:
                db.execute("BEGIN IMMEDIATE")
                try:
                    migration.apply(db)
                    db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (migration.name, _now()))
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
    except sqlite3.DatabaseError as exc:
        db.close()
        raise ArchiveError(f"{path} is corrupt or not a SQLite database ({exc})") from None
    except BaseException:
        db.close()
        raise
    return db


def connect_reader(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an existing archive read-only; refuses a missing, empty, foreign or outdated file."""
    path = Path(path)
    if not path.exists():
        raise ArchiveError(f"no archive at {path}: create one with 'bayan ingest FILES --db {path}'")
    if not _check_header(path):
        raise ArchiveError(f"{path} is empty: create the archive with 'bayan ingest FILES --db {path}'")
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot open {path}: {exc}") from None
    try:
        if _verify(db, path) == "fresh":
            raise ArchiveError(f"{path} is empty: create the archive with 'bayan ingest FILES --db {path}'")
        pending = _check_migrations(db, path)
        if pending:
            raise ArchiveError(
                f"{path} needs an upgrade ({pending[0].name}): run 'bayan ingest --db {path}' once to apply it"
            )
        _configure(db)
        db.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise ArchiveError(f"{path} is corrupt or not a SQLite database ({exc})") from None
    except BaseException:
        db.close()
        raise
    db.row_factory = sqlite3.Row
    return db


def applied_migrations(db: sqlite3.Connection) -> list[str]:
    return _applied(db)
