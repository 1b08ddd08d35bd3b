"""Crash safety: ``bayan ingest`` killed with SIGKILL at random moments loses and breaks nothing.

300 short fictional articles (Urdu, Persian, Arabic, English) are ingested once cleanly
into a reference archive, then into a second archive by ``bayan ingest`` subprocesses that
are killed (seeded random moments: during start-up and migration, inside transactions,
around commits) and restarted until one completes. The killed archive must hold every
article exactly once, each with the same mentions, quotes, events, participants,
near-duplicate buckets, stored record and full-text row as in the reference, with no
orphan rows; FTS5 ``integrity-check`` and ``PRAGMA integrity_check`` must pass, the
full-text index must hold the same terms with the same counts, and each article's
reference code must find the same hits as in the reference. The engine is
``benchmarks/kill_ingest.py``, which runs longer experiments by hand.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import subprocess

import pytest

from benchmarks import kill_ingest as k

ARTICLES = 300
KILLS = 12


@pytest.mark.parametrize(
    ("mode", "commit_every", "seed"),
    [("raw", 10, 11), ("analysed", 1, 12)],
    ids=["raw-pipeline-commit10", "analysed-commit1"],
)
def test_ingest_killed_at_random_loses_nothing(tmp_path, mode, commit_every, seed):
    report = k.experiment(tmp_path, ARTICLES, KILLS, seed, mode, commit_every)
    print("\n" + "\n".join(report.lines()))
    run, check = report.run, report.check
    # A round that completes before its kill ends the run: allow for a slow machine.
    assert run.kills >= KILLS - 2 and run.rounds == run.kills + 1, report.lines()
    assert run.writing_kills >= KILLS // 3  # kills while articles were being written, not only at start-up
    assert run.summary["failed"] == [] and not run.summary["interrupted"]
    assert check.stored == ARTICLES
    assert check.lost == [] and check.duplicated == []
    assert check.half_written == [], check.half_written[:10]
    assert check.orphans == dict.fromkeys(check.orphans, 0)
    assert check.integrity == "ok" and check.fts_integrity == "ok" and check.fts_terms_differing == 0
    assert check.unsearchable == [], check.unsearchable[:10]
    assert check.ok


def test_ingest_killed_just_before_chosen_sql_statements(tmp_path):
    """Deterministic kill points: ``bayan ingest`` kills itself just before its Nth SQL
    statement, for every third statement of creating and migrating a fresh archive and for
    a seeded sample of the statements that store articles (inserts, BEGIN, COMMIT); each
    time the archive opens again and a resumed ingest ends equal to the reference."""
    records = k.make_articles(24, seed=3)
    source = k.write_jsonl(tmp_path / "analysed.jsonl", k.analysed_records(records))
    env = k.ingest_env(tmp_path / "home")
    reference = tmp_path / "reference.db"
    k.run_to_end(reference, source, True, env, commit_every=4)
    creation = _statements(tmp_path / "empty.db", k.write_jsonl(tmp_path / "empty.jsonl", []), env)
    total = _statements(tmp_path / "count.db", source, env)
    assert 10 < creation < total
    points = sorted({*range(1, creation + 2, 3), *random.Random(7).sample(range(creation + 2, total + 1), 8)})
    states: dict[str, int] = {}
    from bayan.archive.ingest import ingest

    for n in points:
        db = tmp_path / f"at-{n}.db"
        done = subprocess.run(k.statement_kill_command(db, source, True, n, commit_every=4), env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == -signal.SIGKILL, (n, done.stderr[-1000:])
        state = _state(db)
        states[state] = states.get(state, 0) + 1
        summary = ingest([str(source)], db, analysed=True)
        assert summary.failed == [] and summary.stored + summary.duplicate == len(records), (n, state)
        check = k.check_archive(db, reference, records)
        assert check.ok, (n, state, check)
    print(f"\n{len(points)} kill points of {total} statements ({creation} to create the archive); "
          f"states left: {states}")


def _statements(db, source, env) -> int:
    done = subprocess.run(k.statement_kill_command(db, source, True, 10**9, commit_every=4), env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    return int(re.search(r"statements: (\d+)", done.stderr)[1])


def _state(db) -> str:
    """What a kill left: no file, an empty file, a database before or after its migration."""
    if not db.exists():
        return "no file"
    if db.stat().st_size == 0 and not db.with_name(db.name + "-wal").exists():
        return "empty file"
    try:
        con = sqlite3.connect(db)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            migrated = "migrations" in tables and con.execute("SELECT count(*) FROM migrations").fetchone()[0]
            articles = con.execute("SELECT count(*) FROM articles").fetchone()[0] if "articles" in tables else 0
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"unreadable ({exc})"
    return "articles stored" if articles else ("migrated" if migrated else "not migrated")
