"""``bayan ingest``, ``search``, ``quotes``, ``events``, ``export``: the archive from the shell.

Thin wrappers over ``bayan.archive``: each parses its options, calls the library, and
formats the result; ``BayanError``s become one-line messages and a non-zero exit.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from bayan.cli import main
from bayan.cli.common import LANG_CHOICE, fail
from bayan.errors import BayanError, InputError

DEFAULT_DB = "bayan.db"
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
               "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "CONCEDE", "RETREAT")
RTL = ("ur", "fa", "ar")


def db_option(func):
    return click.option(
        "--db", "db", default=DEFAULT_DB, show_default=True, envvar="BAYAN_DB", metavar="FILE",
        help="Archive file (SQLite). Also read from $BAYAN_DB.",
    )(func)


def _date(ctx, param, value):
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


def date_options(func):
    func = click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Up to this date (inclusive).")(func)
    return click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="From this date (inclusive).")(func)


def format_option(func):
    return click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                        show_default=True, help="table for people, json for programs.")(func)


def _reader(db: str):
    from bayan.archive import ArchiveReader

    try:
        return ArchiveReader.open(db)
    except BayanError as exc:
        fail(str(exc))


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _marked(text: str, marks: list[list[int]]) -> str:
    out, pos = [], 0
    for start, end in marks:
        out.append(text[pos:start])
        out.append(click.style(text[start:end], bold=True, fg="yellow"))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --- ingest ----------------------------------------------------------------------------------


class _Bar:
    """A progress bar over input files on stderr, with running counts; only on a terminal."""

    def __init__(self, total_files: int, enabled: bool):
        self.total = total_files
        self.enabled = enabled
        self.files: set[str] = set()
        self.counts = {"new": 0, "near-duplicate": 0, "duplicate": 0, "failed": 0}
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, status: str, source: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        self.files.add(_file_of(source))
        now = time.monotonic()
        if self.enabled and now - self.last > 0.2:
            self.last = now
            self.draw()

    def draw(self, finished: bool = False) -> None:
        done = self.total if finished else min(len(self.files), self.total)
        width = 24
        filled = int(width * done / self.total) if self.total else 0
        n = sum(self.counts.values())
        rate = n / max(time.monotonic() - self.started, 1e-9)
        c = self.counts
        click.echo(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} files  "
            f"{c['new']} new  {c['near-duplicate']} near-dup  {c['duplicate']} dup  {c['failed']} failed  "
            f"{rate:.0f}/s ",
            nl=False, err=True,
        )

    def close(self) -> None:
        if self.enabled:
            self.draw(finished=True)
            click.echo("", err=True)


def _file_of(source: str) -> str:
    if os.path.exists(source):
        return source
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def _count_files(paths: tuple[str, ...], analysed: bool) -> int:
    from bayan.ingest import SUFFIXES

    suffixes = (".jsonl", ".ndjson") if analysed else SUFFIXES
    total = 0
    for given in paths:
        if os.path.isdir(given):
            for _root, dirs, files in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(1 for f in files if f.lower().endswith(suffixes) and not f.startswith("."))
        else:
            total += 1
    return total


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--lang", type=LANG_CHOICE, help="Language of every input (default: detected per article).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for articles that carry none.")
@click.option("--analysed", is_flag=True,
              help="The inputs are JSON Lines of analysed records (bayan analyze --format jsonl): store them as they are.")
@click.option("--from-parquet", "from_parquet", is_flag=True,
              help="The inputs are output folders of 'bayan batch' (Parquet): store their records as they are.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
def ingest(paths, db, lang, published, analysed, from_parquet, as_json, progress) -> None:
    """Analyse articles and store them in the archive (idempotent and resumable).

    PATHS are what 'bayan analyze' reads (.txt, .html, .jsonl, folders, - for stdin) plus
    WARC files (.warc, .warc.gz) and RSS/Atom feeds (.rss, .atom, .xml). An article already
    in the archive (same body) is skipped without being analysed again; near-duplicates
    (the same wire story in another paper) are stored as members of one group.
    """
    from bayan.archive import ArchiveWriter
    from bayan.archive.ingest import ingest as run_ingest

    try:
        writer = ArchiveWriter(db)
    except BayanError as exc:
        fail(str(exc))
    if not paths:
        writer.close()
        click.echo(f"archive {db} is ready (nothing to ingest: give files or folders)")
        return
    enabled = sys.stderr.isatty() if progress is None else progress
    bar = _Bar(0 if from_parquet else _count_files(paths, analysed), enabled)
    summary = run_ingest(
        paths, db, lang=lang, published=published, analysed=analysed, callback=bar, writer=writer, from_parquet=from_parquet
    )
    writer.close()
    bar.close()
    if as_json:
        click.echo(json.dumps({"db": db, **summary.to_dict()}, ensure_ascii=False))
    else:
        click.echo(
            f"{db}: {summary.new} new, {summary.near_duplicate} near-duplicate (grouped with an earlier article), "
            f"{summary.duplicate} duplicate (already stored), {len(summary.failed)} failed "
            f"[{summary.seconds:.1f} s]"
        )
    if summary.failed:
        click.echo(f"bayan: {len(summary.failed)} input(s) failed:", err=True)
        for error in summary.failed:
            click.echo(f"  {error}", err=True)
    if summary.interrupted:
        click.echo("bayan: interrupted; what was stored is kept: run the same command again to resume", err=True)
        sys.exit(130)
    if summary.failed:
        sys.exit(1)


# --- search ----------------------------------------------------------------------------------


@main.command()
@click.argument("query", required=False)
@db_option
@click.option("--lang", type=LANG_CHOICE, help="Only articles in this language.")
@date_options
@click.option("--actor", metavar="NAME", help="Only articles that mention this actor (id or name in any script).")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Only articles with an event of this PLOVER type.")
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@format_option
def search(query, db, lang, since, until, actor, event_type, limit, offset, fmt) -> None:
    """Full-text search in every script: Khamenei, خامنہ ای, خامنه‌ای and خامنئي find the same articles.

    QUERY: words (all must occur), "a phrase", prefix*, OR, -excluded, (groups).
    """
    from bayan.archive import Filters

    if not query and not any((lang, since, until, actor, event_type)):
        fail("give a QUERY, or a filter (--lang, --since, --until, --actor, --type) to list articles")
    with _reader(db) as reader:
        try:
            result = reader.search(query, Filters(lang, since, until, actor, event_type), limit=limit, offset=offset)
        except BayanError as exc:
            fail(f"bad query: {exc}")
    if fmt == "json":
        click.echo(json.dumps(result.hits, ensure_ascii=False, indent=2))
        return
    if not result.hits:
        click.echo("no articles found")
        return
    more = "" if result.exact else "more than "
    shown = f" (showing {len(result.hits)})" if result.total > len(result.hits) else ""
    click.echo(f"{more}{result.total} article(s){shown}")
    for n, hit in enumerate(result.hits, start=offset + 1):
        where = hit["url"] or hit["path"] or ""
        dup = f"  (+{hit['duplicates']} near-duplicate)" if hit["duplicates"] else ""
        click.echo(f"{n:>3}. {hit['id'][:12]}  {hit['language'] or '':<3} {hit['published'] or '----------'}  "
                   f"{_short(hit['title'], 70)}{dup}")
        click.echo(f"     {where}")
        click.echo(f"     {_marked(hit['snippet'], hit['highlights'])}")


# --- quotes ----------------------------------------------------------------------------------


def _quotes_from_files(paths, speaker: str | None, lang) -> tuple[list[dict[str, Any]], list[InputError]]:
    from bayan.archive.keys import folded_key, skeleton
    from bayan.ingest import iter_documents
    from bayan.pipeline import analyze_document

    want_f, want_s = (f" {folded_key(speaker)} ", f" {skeleton(speaker)} ") if speaker else ("", "")
    out: list[dict[str, Any]] = []
    errors: list[InputError] = []
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        try:
            article = analyze_document(item, lang=lang)
        except BayanError as exc:
            errors.append(InputError(item.source, str(exc)))
            continue
        for quote in article.quotes or []:
            who = quote.speaker
            name = who.actor.name if who and who.actor else None
            if speaker:
                keys = " ".join(filter(None, [who.text if who else "", name or "", who.actor.id if who and who.actor else ""]))
                fk, sk = f" {folded_key(keys)} ", f" {skeleton(keys)} "
                if want_f not in fk and (want_s.strip() == "" or want_s not in sk):
                    continue
            out.append({
                "article_id": article.id, "path": article.path, "url": article.url, "published": article.published,
                "language": article.language, "speaker_text": who.text if who else None,
                "speaker_actor_id": who.actor.id if who and who.actor else None, "speaker_name": name,
                "pronoun_text": who.pronoun.text if who and who.pronoun else None,
                "kind": quote.kind, "cue_text": quote.cue.text if quote.cue else None, "text": quote.text,
                "start": quote.start, "end": quote.end,
            })
    return out, errors


def _print_quotes(quotes: list[dict[str, Any]], total: int | None = None) -> None:
    if not quotes:
        click.echo("no quotes found")
        return
    if total is not None and total > len(quotes):
        click.echo(f"{total} quote(s) (showing {len(quotes)})")
    for q in quotes:
        who = q.get("speaker_name") or q.get("speaker_text") or "(unknown speaker)"
        if q.get("speaker_name") and q.get("speaker_text") and q["speaker_text"] != q["speaker_name"]:
            who = f"{q['speaker_name']} ({q['speaker_text']})"
        where = q.get("url") or q.get("path") or q.get("article_id", "")[:12]
        click.echo(f"{q.get('published') or '----------'}  {_short(who, 40)}  [{q.get('kind') or '?'}]  {_short(where, 50)}")
        click.echo(f"    {_short(q.get('text'), 200)}")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--speaker", metavar="NAME", help="Only quotes by this speaker (actor id, or a name in any script).")
@click.option("--db", "db", default=None, envvar="BAYAN_DB", metavar="FILE",
              help=f"Query this archive (default with no PATHS: {DEFAULT_DB}).")
@click.option("--lang", type=LANG_CHOICE, help="Language of the articles.")
@date_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@format_option
def quotes(paths, speaker, db, lang, since, until, limit, fmt) -> None:
    """Who said what: quotes from the archive, or from the files given as PATHS."""
    if paths and db:
        fail("give either PATHS to analyse or --db to query an archive, not both")
    if paths:
        found, errors = _quotes_from_files(paths, speaker, lang)
        total = len(found)
        found = found[:limit]
    else:
        db = db or DEFAULT_DB
        if not Path(db).exists():
            fail(f"no archive at {db}: give files to analyse (bayan quotes FILE...) or --db ARCHIVE")
        errors = []
        with _reader(db) as reader:
            result = reader.quotes(speaker, since=since, until=until, lang=lang, limit=limit)
        found, total = result["quotes"], result["total"]
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        _print_quotes(found, total)
    for error in errors:
        click.echo(f"bayan: {error}", err=True)
    if errors:
        sys.exit(1)


# --- events ----------------------------------------------------------------------------------


@main.command()
@db_option
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="PLOVER event type (CONSULT: meetings and visits).")
@click.option("--actor", metavar="NAME", help="Only events with this participant (actor id, or a name in any script).")
@click.option("--query", "-q", metavar="QUERY", help="Only events in articles matching this search query.")
@click.option("--lang", type=LANG_CHOICE, help="Only events reported in this language.")
@date_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@format_option
def events(db, event_type, actor, query, lang, since, until, limit, fmt) -> None:
    """Who did what to whom: events from the archive, in date order."""
    with _reader(db) as reader:
        try:
            result = reader.events(type=event_type, actor=actor, q=query, lang=lang, since=since, until=until,
                                   limit=limit)
        except BayanError as exc:
            fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(result["events"], ensure_ascii=False, indent=2))
        return
    if not result["events"]:
        click.echo("no events found")
        return
    if result["total"] > len(result["events"]):
        click.echo(f"{result['total']} event(s) (showing {len(result['events'])})")
    for e in result["events"]:
        names = lambda ps: ", ".join(p["actor_name"] or p["text"] or "?" for p in ps) or "-"  # noqa: E731
        kind = e["type"] + (f"/{e['mode']}" if e["mode"] else "")
        click.echo(f"{e['day'] or '----------'}  {kind:<18} {_short(names(e['source']), 40)} → "
                   f"{_short(names(e['target']), 40)}  «{_short(e['trigger_text'], 30)}»  {e['article_id'][:12]}")


# --- export ----------------------------------------------------------------------------------


class _Echo:
    """A text stream onto click.echo (which copes with the terminal's encoding)."""

    def write(self, text: str) -> int:
        click.echo(text, nl=False)
        return len(text)


@main.command()
@click.argument("table", type=click.Choice(["articles", "quotes", "events", "network"]))
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml"]), default="jsonl",
              show_default=True, help="graphml is for the network (opens in Gephi).")
@click.option("--output", "-o", metavar="FILE", help="Write here instead of standard output (needed for parquet).")
def export(table, db, fmt, output) -> None:
    """Export articles, quotes, events or the who-met-whom network."""
    from bayan.archive import export as exporter

    if fmt == "graphml" and table != "network":
        fail("GraphML is for the network: use 'bayan export network --format graphml'")
    if fmt == "parquet" and not output:
        fail("Parquet is binary: give --output FILE")
    with _reader(db) as reader:
        try:
            if fmt == "parquet":
                count = exporter.write_parquet(reader, table, output)
            elif output:
                with open(output, "w", encoding="utf-8", newline="") as stream:
                    count = exporter.write_text(reader, table, fmt, stream)
            else:
                count = exporter.write_text(reader, table, fmt, _Echo())
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        except BayanError as exc:
            fail(str(exc))
    if output:
        click.echo(f"{count} {table if table != 'network' else 'edges'} written to {output}", err=True)
