"""Crash safety of ``bayan ingest``: SIGKILL it at random moments, restart it, check the archive.

Writes ``--articles`` short fictional news articles (Urdu, Persian, Arabic and English
sentences composed here, each with a unique reference code) as JSON Lines, ingests them
once cleanly into a reference archive, then ingests them again into a second archive with
``bayan ingest`` run as a subprocess that is killed with SIGKILL at seeded random moments
``--kills`` times and restarted each time until it completes. Then checks the killed
archive against the reference:

- every article stored exactly once (by the JSON Lines ``id``, kept as ``source_id``);
- no half-written article: each article's mentions, quotes, events, event participants,
  near-duplicate buckets, full-text row and stored record match the reference's, and
  agree with its own stored record;
- the full-text index: FTS5 ``integrity-check`` passes, its vocabulary (every term of
  every column, with its document and occurrence counts) equals the reference's, and a
  search for each article's reference code gives the same hits as in the reference,
  that article first;
- ``PRAGMA integrity_check`` is ``ok``.

    python benchmarks/kill_ingest.py [--articles 2000] [--kills 40] [--seed 1] [--mode analysed|raw]
                                     [--commit-every 5]

``--mode analysed`` (default) analyses the articles once in this process and ingests the
records with ``bayan ingest --analysed``: the killed process spends its time writing, so
most kills land in the writer. ``--mode raw`` ingests the plain articles, running the
whole pipeline in the killed process. ``--commit-every`` sets ``COMMIT_EVERY`` in the
killed process (through ``python -c``, the same CLI): the default, 5, puts many commits in
a run so that kills land in and around them; 0 keeps bayan's own 200 (a kill then loses
up to 200 articles' work, which the next run redoes). ``tests/robustness/test_ingest_kill.py`` runs this
with a few hundred articles on every test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# --- articles --------------------------------------------------------------------------------

PEOPLE = {  # bundled actors, spelled as each language's papers spell them
    "ur": ["شہباز شریف", "عباس عراقچی", "مسعود پزشکیان", "اسحاق ڈار", "آصف علی زرداری"],
    "fa": ["شهباز شریف", "عباس عراقچی", "مسعود پزشکیان", "اسحاق دار"],
    "ar": ["شهباز شريف", "عباس عراقجي", "مسعود بزشكيان"],
    "en": ["Shehbaz Sharif", "Abbas Araghchi", "Masoud Pezeshkian", "Ishaq Dar"],
}
CITIES = {
    "ur": ["اسلام آباد", "لاہور", "کراچی", "پشاور", "کوئٹہ", "تہران"],
    "fa": ["تهران", "مشهد", "اصفهان", "شیراز", "تبریز"],
    "ar": ["الرياض", "القاهرة", "بغداد", "الدوحة", "دمشق"],
    "en": ["Islamabad", "Tehran", "Doha", "Cairo", "Riyadh"],
}
TOPICS = {
    "ur": ["تجارت", "سرحدی منڈیوں", "توانائی کے منصوبوں", "پانی کی تقسیم", "ریلوے کی بحالی", "گندم کی خریداری",
           "بجلی کے نرخوں", "صحت کے شعبے", "تعلیمی وظائف", "سیلاب سے بچاؤ"],
    "fa": ["تجارت مرزی", "انرژی", "حمل و نقل ریلی", "آب کشاورزی", "گردشگری", "صادرات زعفران", "بهداشت عمومی",
           "آموزش عالی"],
    "ar": ["التجارة", "الطاقة", "النقل البحري", "المياه", "السياحة", "الاستثمار", "التعليم", "الصحة العامة"],
    "en": ["trade", "energy", "rail links", "water sharing", "tourism", "wheat imports", "power tariffs",
           "flood relief"],
}
SENTENCES = {
    "ur": [
        "{p} نے کہا کہ {t} پر بات چیت جاری رہے گی۔",
        "{p} نے {q} سے ملاقات کی۔",
        "{c} میں {t} کے بارے میں ایک اجلاس ہوا۔",
        "حکام کے مطابق {t} کا فیصلہ اگلے ہفتے ہوگا۔",
        "{p} نے زور دیتے ہوئے کہا کہ {t} سب کی ذمہ داری ہے۔",
        "اجلاس میں {n} ارکان نے شرکت کی۔",
    ],
    "fa": [
        "{p} گفت که {t} ادامه خواهد داشت.",
        "{p} با {q} در {c} دیدار کرد.",
        "نشست {t} در {c} برگزار شد.",
        "{p} تاکید کرد که {t} اهمیت دارد.",
        "در این نشست {n} نفر حضور داشتند.",
    ],
    "ar": [
        "قال {p} إن {t} سيستمر.",
        "التقى {p} {q} في {c}.",
        "عقد اجتماع حول {t} في {c}.",
        "أكد {p} أهمية {t}.",
        "وشارك في الاجتماع {n} مسؤولا.",
    ],
    "en": [
        "{p} said talks on {t} would continue.",
        "{p} met {q} in {c} on Monday.",
        "Officials in {c} discussed {t} for {n} hours.",
        "{p} told reporters that {t} remained a priority.",
    ],
}
TITLES = {
    "ur": "{t} پر {c} میں بات چیت",
    "fa": "گفتگو درباره {t} در {c}",
    "ar": "محادثات حول {t} في {c}",
    "en": "Talks on {t} in {c}",
}
REFERENCE = {"ur": "حوالہ: {code}", "fa": "کد خبر: {code}", "ar": "المرجع: {code}", "en": "Ref: {code}"}
LANGS = ("ur", "fa", "ar", "en")


def code_of(n: int) -> str:
    """An article's unique reference code: a word the full-text index must find."""
    return f"KX{n:05d}"


def make_articles(count: int, seed: int = 0, first: int = 0) -> list[dict]:
    """``count`` short articles with unique ids and bodies (numbered from ``first``), as JSON Lines records."""
    rng = random.Random(seed)
    records = []
    for n in range(first, first + count):
        lang = LANGS[n % len(LANGS)]
        people, cities, topics = PEOPLE[lang], CITIES[lang], TOPICS[lang]
        sentences = []
        for template in rng.sample(SENTENCES[lang], rng.randint(2, min(4, len(SENTENCES[lang])))):
            p, q = rng.sample(people, 2)
            sentences.append(template.format(p=p, q=q, c=rng.choice(cities), t=rng.choice(topics),
                                             n=rng.randint(3, 90)))
        sentences.append(REFERENCE[lang].format(code=code_of(n)))
        title = TITLES[lang].format(t=rng.choice(topics), c=rng.choice(cities))
        day = 1 + n % 28
        records.append({
            "id": f"a{n:05d}", "text": " ".join(sentences), "title": title, "lang": lang,
            "published": f"2025-{1 + n % 12:02d}-{day:02d}", "url": f"https://news.test/{lang}/{n}",
        })
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def analysed_records(records: list[dict]) -> list[dict]:
    """Contract records of ``records`` (as ``bayan analyze --format jsonl`` prints them)."""
    from bayan.pipeline import analyze

    out = []
    for r in records:
        article = analyze(r["text"], lang=r.get("lang"), published=r.get("published"), title=r.get("title"),
                          url=r.get("url"), source_id=r["id"], actor_files=())  # bundled actors only
        out.append(article.to_dict())
    return out


# --- running bayan ingest --------------------------------------------------------------------

_CLI = ("import importlib, sys; m = importlib.import_module('bayan.archive.ingest'); n = int(sys.argv.pop(1)); "
        "m.COMMIT_EVERY = n or m.COMMIT_EVERY; "
        "from bayan.cli import main; main(prog_name='bayan')")


COMMIT_EVERY = 200  # bayan.archive.ingest.COMMIT_EVERY, for timing kills when it is not lowered


def ingest_command(db: Path, jsonl: Path, analysed: bool, commit_every: int = 0) -> list[str]:
    """``bayan ingest`` (the installed CLI, through ``python -c`` to set ``COMMIT_EVERY``)."""
    cmd = [sys.executable, "-c", _CLI, str(commit_every), "ingest", str(jsonl), "--db", str(db), "--json",
           "--no-progress"]
    return cmd + (["--analysed"] if analysed else [])


# The same CLI, killed by itself (SIGKILL) just before its Nth SQL statement runs; with N
# beyond the end it completes and prints how many statements it ran on stderr.
_CLI_AT_STATEMENT = """
import atexit, importlib, os, signal, sqlite3, sys
n, every = int(sys.argv.pop(1)), int(sys.argv.pop(1))
m = importlib.import_module('bayan.archive.ingest')
m.COMMIT_EVERY = every or m.COMMIT_EVERY
count = [0]
real_connect = sqlite3.connect
def connect(*args, **kwargs):
    con = real_connect(*args, **kwargs)
    def trace(sql):
        count[0] += 1
        if count[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
    con.set_trace_callback(trace)
    return con
sqlite3.connect = connect
atexit.register(lambda: print(f"statements: {count[0]}", file=sys.stderr))
from bayan.cli import main
main(prog_name='bayan')
"""


def statement_kill_command(db: Path, jsonl: Path, analysed: bool, statement: int, commit_every: int = 0) -> list[str]:
    """``bayan ingest`` that kills itself with SIGKILL just before its ``statement``-th SQL statement."""
    cmd = [sys.executable, "-c", _CLI_AT_STATEMENT, str(statement), str(commit_every), "ingest", str(jsonl),
           "--db", str(db), "--json", "--no-progress"]
    return cmd + (["--analysed"] if analysed else [])


def ingest_env(home: Path) -> dict[str, str]:
    """The environment for ``bayan ingest``: ``home`` as ``$BAYAN_HOME`` (no user dictionaries
    unless put there), this checkout's ``src`` first on the path."""
    env = dict(os.environ)
    env["BAYAN_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def run_to_end(db: Path, jsonl: Path, analysed: bool, env: dict[str, str], commit_every: int = 0,
               timeout: float = 600) -> dict:
    """One ``bayan ingest`` to completion; its JSON summary."""
    done = subprocess.run(ingest_command(db, jsonl, analysed, commit_every), capture_output=True, text=True,
                          timeout=timeout, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"bayan ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def stored_count(db: Path) -> int:
    """Articles committed so far (0 when the archive is not there yet)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # before the first migration commits


@dataclass
class KillRun:
    rounds: int = 0  # processes started
    kills: int = 0  # processes killed with SIGKILL
    early_kills: int = 0  # kills at a random time during start-up (imports, migration, first articles)
    writing_kills: int = 0  # kills a random moment after the round had committed a random number of articles
    stored_after_kill: list[int] = field(default_factory=list)
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)  # the completing run's JSON summary


def _wait_for(proc: subprocess.Popen, db: Path, target: int, deadline: float) -> None:
    """Until ``target`` articles are committed, the process ends, or the deadline passes."""
    while proc.poll() is None and time.monotonic() < deadline and stored_count(db) < target:
        time.sleep(0.005)


def run_with_kills(db: Path, jsonl: Path, total: int, kills: int, seed: int, analysed: bool,
                   env: dict[str, str], startup: float, per_batch: float, commit_every: int = 0,
                   max_rounds: int | None = None) -> KillRun:
    """Run ``bayan ingest`` until it completes, killing it with SIGKILL ``kills`` times first.

    A quarter of the kills (seeded) fall at a random time within ``startup`` (how long
    ``bayan ingest`` takes to start and open the archive): while Python starts, the
    archive is created and migrated, the first articles are read. The others wait until
    the round has committed a random number of articles (at most its fair share of what
    is left), then a random time up to one commit batch (``per_batch`` seconds) more, so
    they land inside open transactions, inside commits and between them. A round that
    completes before its kill ends the run (the kills left are not used).
    """
    rng = random.Random(seed)
    run = KillRun()
    started = time.monotonic()
    max_rounds = max_rounds or kills + 50
    while run.rounds < max_rounds:
        run.rounds += 1
        before = stored_count(db)
        proc = subprocess.Popen(ingest_command(db, jsonl, analysed, commit_every), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
        if run.kills < kills:
            left = total - before
            early = left <= 1 or rng.random() < 0.25
            if early:
                time.sleep(rng.uniform(0.02, startup))
            else:
                share = max(1, left // (kills - run.kills + 1))
                _wait_for(proc, db, min(total - 1, before + rng.randint(1, share)), time.monotonic() + 120)
                time.sleep(rng.uniform(0.0, per_batch))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.communicate()
                run.kills += 1
                run.early_kills += early
                run.writing_kills += not early
                run.stored_after_kill.append(stored_count(db))
                continue
        # not killed: it finished before its kill came, or the kills are used up
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"bayan ingest failed ({proc.returncode}) after {run.kills} kills: {err[-2000:]}")
        run.summary = json.loads(out.strip().splitlines()[-1])
        if run.kills >= kills or stored_count(db) >= total:
            break
    run.seconds = time.monotonic() - started
    return run


# --- checking the archive --------------------------------------------------------------------


def _article_rows(con: sqlite3.Connection) -> dict[str, dict]:
    """Per JSON Lines id: what the archive holds for that article, as comparable counts."""
    out: dict[str, dict] = {}
    rows = con.execute(
        "SELECT a.rowid, a.id, a.source_id, a.group_id, a.title, a.published, a.language, a.url,"
        " t.record IS NOT NULL, t.record FROM articles a LEFT JOIN article_texts t ON t.rowid = a.rowid")
    for rowid, aid, source_id, group_id, title, published, language, url, has_text, record in rows.fetchall():
        one = lambda sql: con.execute(sql, (aid,)).fetchone()[0]  # noqa: E731
        stored = json.loads(record) if record else {}
        out.setdefault(source_id, []).append({
            "id": aid, "group_id": group_id, "title": title, "published": published, "language": language,
            "url": url, "has_text": bool(has_text),
            "mentions": one("SELECT count(*) FROM mentions WHERE article_id = ?"),
            "quotes": one("SELECT count(*) FROM quotes WHERE article_id = ?"),
            "events": one("SELECT count(*) FROM events WHERE article_id = ?"),
            "participants": one("SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id"
                                " WHERE e.article_id = ?"),
            "lsh": con.execute("SELECT count(*) FROM lsh WHERE article_rowid = ?", (rowid,)).fetchone()[0],
            "record": stored,
        })
    return out


def _fts_terms(con: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int]]:
    """The full-text index's vocabulary: (term, column) -> (documents, occurrences); read
    through a temporary ``fts5vocab`` table, so the archive file is not changed."""
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.kill_vocab USING fts5vocab(main, articles_fts, col)")
    return {(term, col): (doc, cnt) for term, col, doc, cnt in
            con.execute("SELECT term, col, doc, cnt FROM temp.kill_vocab")}


def _self_consistent(row: dict) -> bool:
    """An article's child rows agree with its own stored record."""
    record = row["record"]
    participants = sum(len(e.get("source") or []) + len(e.get("target") or []) for e in record.get("events") or [])
    return (row["has_text"] and row["mentions"] == len(record.get("entities") or [])
            and row["quotes"] == len(record.get("quotes") or []) and row["events"] == len(record.get("events") or [])
            and row["participants"] == participants)


@dataclass
class Check:
    expected: int = 0
    stored: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    half_written: list[str] = field(default_factory=list)  # child rows disagree with the reference or own record
    unsearchable: list[str] = field(default_factory=list)  # its code finds other hits than in the reference
    orphans: dict[str, int] = field(default_factory=dict)  # child rows whose article is not there
    integrity: str = ""
    fts_integrity: str = ""
    fts_terms_differing: int = 0  # (term, column) entries whose counts differ from the reference index
    differences: dict[str, dict] = field(default_factory=dict)  # half-written: (archive, reference) per field

    @property
    def ok(self) -> bool:
        return (not self.lost and not self.duplicated and not self.half_written and not self.unsearchable
                and not any(self.orphans.values()) and self.integrity == "ok" and self.fts_integrity == "ok"
                and self.fts_terms_differing == 0)


def check_archive(db: Path, reference: Path, records: list[dict]) -> Check:
    """Compare the archive at ``db`` with the clean ``reference`` for the ``records`` ingested."""
    from bayan.archive import ArchiveReader

    check = Check(expected=len(records))
    con = sqlite3.connect(db)
    ref = sqlite3.connect(reference)
    try:
        check.integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
        try:
            con.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
            check.fts_integrity = "ok"
        except sqlite3.DatabaseError as exc:
            check.fts_integrity = str(exc)
        check.orphans = {
            "article_texts": con.execute("SELECT count(*) FROM article_texts WHERE rowid NOT IN"
                                         " (SELECT rowid FROM articles)").fetchone()[0],
            "mentions": con.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN"
                                    " (SELECT id FROM articles)").fetchone()[0],
            "quotes": con.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN"
                                  " (SELECT id FROM articles)").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events WHERE article_id NOT IN"
                                  " (SELECT id FROM articles)").fetchone()[0],
            "event_participants": con.execute("SELECT count(*) FROM event_participants WHERE event_id NOT IN"
                                              " (SELECT id FROM events)").fetchone()[0],
            "lsh": con.execute("SELECT count(*) FROM lsh WHERE article_rowid NOT IN"
                               " (SELECT rowid FROM articles)").fetchone()[0],
            "fts rows": con.execute("SELECT count(*) FROM articles_fts WHERE rowid NOT IN"
                                    " (SELECT rowid FROM articles)").fetchone()[0],
            "articles without fts row": con.execute("SELECT count(*) FROM articles WHERE rowid NOT IN"
                                                    " (SELECT rowid FROM articles_fts)").fetchone()[0],
        }
        got, want = _article_rows(con), _article_rows(ref)
        mine, theirs = _fts_terms(con), _fts_terms(ref)
        check.fts_terms_differing = len(set(mine.items()) ^ set(theirs.items()))
    finally:
        con.close()
        ref.close()
    check.stored = sum(len(v) for v in got.values())
    for r in records:
        rows = got.get(r["id"], [])
        if not rows:
            check.lost.append(r["id"])
            continue
        if len(rows) > 1:
            check.duplicated.append(r["id"])
        reference_rows = want.get(r["id"], [])
        if rows != reference_rows or not all(_self_consistent(row) for row in rows):
            check.half_written.append(r["id"])
            if len(check.differences) < 20:
                check.differences[r["id"]] = {
                    key: (rows[0].get(key), (reference_rows or [{}])[0].get(key)) for key in rows[0]
                    if key == "self-consistent" or rows[0].get(key) != (reference_rows or [{}])[0].get(key)
                } if len(rows) == 1 and reference_rows else {"rows": len(rows), "reference rows": len(reference_rows)}
                check.differences[r["id"]]["self-consistent"] = all(_self_consistent(row) for row in rows)
    with ArchiveReader.open(db) as reader, ArchiveReader.open(reference) as ref_reader:
        for r in records:
            code = code_of(int(r["id"][1:]))
            ids = [hit["id"] for hit in reader.search(code, limit=10).hits]
            ref_ids = [hit["id"] for hit in ref_reader.search(code, limit=10).hits]
            mine = [row["id"] for row in got.get(r["id"], [])]
            if ids != ref_ids or not mine or ids[:1] != mine[:1]:
                check.unsearchable.append(r["id"])
    return check


# --- one whole experiment --------------------------------------------------------------------


@dataclass
class Report:
    articles: int
    mode: str
    run: KillRun
    check: Check
    clean_seconds: float
    startup: float

    def lines(self) -> list[str]:
        c, r = self.check, self.run
        return [
            f"articles {self.articles} ({self.mode}); clean ingest {self.clean_seconds:.1f} s "
            f"(of which {self.startup:.1f} s start-up)",
            f"rounds {r.rounds}, kills {r.kills} ({r.early_kills} at start-up, "
            f"{r.writing_kills} after it had committed articles), {r.seconds:.1f} s in all",
            f"stored after each kill: {r.stored_after_kill}",
            f"articles lost {len(c.lost)}, stored twice {len(c.duplicated)}, half-written {len(c.half_written)}, "
            f"not found by search {len(c.unsearchable)}, orphan rows {sum(c.orphans.values())}",
            f"PRAGMA integrity_check: {c.integrity}; FTS5 integrity-check: {c.fts_integrity}; "
            f"index terms whose counts differ from the reference: {c.fts_terms_differing}",
        ]


def experiment(folder: Path, articles: int, kills: int, seed: int, mode: str = "analysed",
               commit_every: int = 0) -> Report:
    folder.mkdir(parents=True, exist_ok=True)
    records = make_articles(articles, seed)
    analysed = mode == "analysed"
    source = write_jsonl(folder / "articles.jsonl", records)
    if analysed:
        source = write_jsonl(folder / "analysed.jsonl", analysed_records(records))
    env = ingest_env(folder / "home")
    started = time.monotonic()
    run_to_end(folder / "startup.db", write_jsonl(folder / "empty.jsonl", []), analysed, env, commit_every)
    startup = time.monotonic() - started
    reference = folder / "reference.db"
    started = time.monotonic()
    summary = run_to_end(reference, source, analysed, env, commit_every)
    clean_seconds = time.monotonic() - started
    per_batch = max(0.001, clean_seconds - startup) / articles * (commit_every or COMMIT_EVERY)
    if summary["failed"] or summary["new"] + summary["near_duplicate"] != articles:
        raise RuntimeError(f"the clean ingest did not store every article: {summary}")
    db = folder / "killed.db"
    run = run_with_kills(db, source, articles, kills, seed, analysed, env, startup, per_batch, commit_every)
    return Report(articles, mode, run, check_archive(db, reference, records), clean_seconds, startup)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=["analysed", "raw"], default="analysed")
    parser.add_argument("--commit-every", type=int, default=5,
                        help="COMMIT_EVERY in the killed process (0: bayan's own, 200)")
    parser.add_argument("--folder", type=Path, help="Keep the archives here (default: a temporary folder)")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bayan-kill-") as tmp:
        folder = args.folder or Path(tmp)
        report = experiment(folder, args.articles, args.kills, args.seed, args.mode, args.commit_every)
    print("\n".join(report.lines()))
    if not report.check.ok:
        print("FAILED: " + json.dumps({"lost": report.check.lost[:20], "duplicated": report.check.duplicated[:20],
                                      "half_written": report.check.half_written[:20],
                                      "unsearchable": report.check.unsearchable[:20],
                                      "orphans": report.check.orphans,
                                      "differences": report.check.differences}, ensure_ascii=False, default=str))
        sys.exit(1)


if __name__ == "__main__":
    main()
