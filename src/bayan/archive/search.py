"""Full-text search over the archive: ranked, filtered, one hit per near-duplicate group.

Ranking is SQLite FTS5's bm25 over four columns (title 8, body 1, skeleton 0.5, actor names
2): an exact spelling outranks a match through the romanized skeleton alone. Snippets
are cut from the original text (not the folded index copy) around the densest cluster of
matching words, with the matches' offsets given separately so that every front end
escapes the text and marks them itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from bayan.archive.errors import QuerySyntaxError
from bayan.archive.keys import WORD, word_skeleton
from bayan.archive.query import Query, parse_query
from bayan.script.normalize import fold_text

SNIPPET_CHARS = 220
MAX_LIMIT = 200


@dataclass
class Filters:
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None  # an actor id or a name in any script
    event_type: str | None = None

    def active(self) -> bool:
        return any((self.lang, self.since, self.until, self.actor, self.event_type))

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "since": self.since, "until": self.until, "actor": self.actor,
                "event_type": self.event_type}


@dataclass
class SearchResult:
    query: str
    total: int
    offset: int
    limit: int
    hits: list[dict[str, Any]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # actor ids the actor filter resolved to
    filters: Filters = field(default_factory=Filters)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "offset": self.offset, "limit": self.limit,
                "filters": self.filters.to_dict(), "actors": self.actors, "hits": self.hits}


def snippet(text: str, query: Query | None, width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """A window of ``text`` around the matches of ``query``, and the matches' offsets in it."""
    if not text:
        return "", []
    spans: list[tuple[int, int, str]] = []
    if query is not None and query.terms:
        folded_terms, skel_terms = query.folded_terms, query.skeleton_terms
        folded_prefixes, skel_prefixes = query.prefixes
        norm = fold_text(text)
        for m in WORD.finditer(norm.text):
            word = m.group()
            key = None
            if word in folded_terms or any(word.startswith(p) for p in folded_prefixes):
                key = word
            else:
                skel = word_skeleton(word)
                if skel and (skel in skel_terms or any(skel.startswith(p) for p in skel_prefixes)):
                    key = skel
            if key is not None:
                start, end = norm.span_to_original(m.start(), m.end())
                spans.append((start, end, key))
    if not spans:
        cut = text[:width]
        end = cut.rfind(" ") if len(text) > width else len(cut)
        body = text[: end if end > width // 2 else width].strip()
        return body + ("…" if len(text) > len(body) else ""), []
    # the window that holds the most distinct matched words, earliest first
    best, best_score = 0, -1
    for i, (start, _, _) in enumerate(spans):
        keys = {k for s, e, k in spans[i:] if e <= start + width}
        score = len(keys) * 10 + sum(1 for s, e, _ in spans[i:] if e <= start + width)
        if score > best_score:
            best, best_score = i, score
    anchor = spans[best][0]
    begin = max(0, anchor - width // 4)
    if begin > 0:
        space = text.rfind(" ", 0, begin)
        newline = text.rfind("\n", 0, anchor)
        begin = max(space + 1 if space >= 0 else begin, newline + 1 if newline >= 0 else 0)
        begin = min(begin, anchor)
    finish = min(len(text), begin + width)
    if finish < len(text):
        space = text.find(" ", finish)
        finish = space if 0 <= space < finish + 30 else finish
    piece = text[begin:finish]
    lead = "…" if begin > 0 else ""
    tail = "…" if finish < len(text) else ""
    marks = [[s - begin + len(lead), e - begin + len(lead)] for s, e, _ in spans if s >= begin and e <= finish]
    out = lead + piece + tail
    # the snippet shows lines as spaces
    return out.replace("\n", " "), marks


def _where(filters: Filters, actor_ids: list[str] | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.lang:
        clauses.append("a.language = ?")
        params.append(filters.lang)
    if filters.since:
        clauses.append("a.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("a.published <= ?")
        params.append(filters.until)
    if actor_ids is not None:
        marks = ",".join("?" * len(actor_ids)) or "NULL"
        clauses.append(
            f"a.id IN (SELECT article_id FROM mentions WHERE actor_id IN ({marks})"
            f" UNION SELECT article_id FROM quotes WHERE speaker_actor_id IN ({marks})"
            f" UNION SELECT e.article_id FROM events e JOIN event_participants p ON p.event_id = e.id"
            f" WHERE p.actor_id IN ({marks}))"
        )
        params.extend(actor_ids * 3)
    if filters.event_type:
        clauses.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND e.type = ?)")
        params.append(filters.event_type.upper())
    return clauses, params


def search(
    db: sqlite3.Connection,
    text: str | None,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    resolve_actor=None,
) -> SearchResult:
    """Articles matching ``text`` (see ``bayan.archive.query``), best first.

    Without a query but with a filter, lists the matching articles newest first. Raises
    ``QuerySyntaxError`` for a query that cannot be parsed.
    """
    filters = filters or Filters()
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    query = parse_query(text) if (text and text.strip()) or not filters.active() else None
    actor_ids = None
    if filters.actor:
        actor_ids = resolve_actor(filters.actor) if resolve_actor else [filters.actor]
    clauses, params = _where(filters, actor_ids)
    where = "".join(f" AND {c}" for c in clauses)
    try:
        if query is not None:
            sql = (
                "SELECT rid, score, count(*) OVER () AS total FROM ("
                " SELECT a.rowid AS rid, min(articles_fts.rank) AS score"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                f" WHERE articles_fts MATCH ?{where} GROUP BY a.group_id"
                ") ORDER BY score LIMIT ? OFFSET ?"
            )
            rows = db.execute(sql, [query.match, *params, limit, offset]).fetchall()
        else:
            sql = (
                "SELECT rid, 0.0 AS score, count(*) OVER () AS total, published FROM ("
                " SELECT min(a.rowid) AS rid, max(a.published) AS published FROM articles a"
                f" WHERE 1{where} GROUP BY a.group_id"
                ") ORDER BY published IS NULL, published DESC, rid DESC LIMIT ? OFFSET ?"
            )
            rows = db.execute(sql, [*params, limit, offset]).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax error" in str(exc) or "MATCH" in str(exc):
            raise QuerySyntaxError(f"the query cannot be searched: {exc}", text or "") from None
        raise
    total = rows[0][2] if rows else 0
    if not rows and offset:
        total = search(db, text, filters, limit=1, offset=0, resolve_actor=resolve_actor).total
    hits = _hits(db, [(r[0], r[1]) for r in rows], query)
    return SearchResult(text or "", total, offset, limit, hits, actor_ids or [], filters)


def _hits(db: sqlite3.Connection, ranked: list[tuple[int, float]], query: Query | None) -> list[dict[str, Any]]:
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = {
        r[0]: r
        for r in db.execute(
            f"SELECT rowid, id, url, path, title, published, language, text, group_id FROM articles"
            f" WHERE rowid IN ({marks})",
            [rid for rid, _ in ranked],
        )
    }
    groups = {r[8] for r in rows.values()}
    gmarks = ",".join("?" * len(groups))
    sizes = dict(
        db.execute(f"SELECT group_id, count(*) FROM articles WHERE group_id IN ({gmarks}) GROUP BY group_id",
                   list(groups)).fetchall()
    )
    hits = []
    for rid, score in ranked:
        row = rows.get(rid)
        if row is None:
            continue
        snip, marks_ = snippet(row[7], query)
        hits.append({
            "id": row[1], "url": row[2], "path": row[3], "title": row[4], "published": row[5],
            "language": row[6], "snippet": snip, "highlights": marks_,
            "score": round(-score, 4) if score else 0.0,
            "group_id": row[8], "duplicates": sizes.get(row[8], 1) - 1,
        })
    return hits
