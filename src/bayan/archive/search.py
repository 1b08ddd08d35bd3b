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

import regex

from bayan.archive.errors import QuerySyntaxError
from bayan.archive.keys import WORD, facet, is_arabic_script, word_skeleton
from bayan.archive.query import Query, parse_query
from bayan.script.normalize import fold

SNIPPET_CHARS = 220
MAX_LIMIT = 200
RANK_CAP = 1000  # ranking and exact counts stop here: a query that matches more ranks the newest


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
    exact: bool = True  # False: more than RANK_CAP articles matched and total is a lower bound

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "exact": self.exact, "offset": self.offset,
                "limit": self.limit,
                "filters": self.filters.to_dict(), "actors": self.actors, "hits": self.hits}


# A word as written: letters, digits, marks and the joiners that fold may turn into spaces.
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}\u200c\u200d\u0640]+")


_KEYS: dict[str, tuple[tuple[str, str], ...]] = {}


def _token_keys(token: str) -> tuple[tuple[str, str], ...]:
    """(folded word, skeleton) of each word that ``token`` folds into (memoized)."""
    keys = _KEYS.get(token)
    if keys is None:
        keys = tuple((w, word_skeleton(w)) for w in WORD.findall(fold(token)))
        if len(_KEYS) > 300_000:
            _KEYS.clear()
        _KEYS[token] = keys
    return keys


def match_spans(text: str, query: Query | None, width: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, key) of the words of ``text`` that a term of ``query`` matches.

    A word matched through its skeleton takes along the Arabic-script words right after
    it that have no skeleton of their own (the ``ای`` of ``خامنه ای``). With ``width``,
    scanning stops once every term has been seen and ``width`` more characters are read:
    enough for a snippet, and much faster on long articles.
    """
    spans: list[tuple[int, int, str]] = []
    if not text or query is None or not query.terms:
        return spans
    term_of: dict[str, int] = {}
    for i, term in enumerate(query.terms):
        for w in term.folded:
            term_of.setdefault(w, i)
        for sk in term.skeleton:
            term_of.setdefault(sk, i)
    folded_prefixes, skel_prefixes = query.prefixes
    prefixes = bool(folded_prefixes or skel_prefixes)
    needed = len(query.terms)
    seen: set[int] = set()
    stop_at: int | None = None
    last_end = -10
    get = _KEYS.get
    for m in _TOKEN.finditer(text):
        start = m.start()
        if stop_at is not None and start > stop_at:
            break
        token = m.group()
        keys = get(token) or _token_keys(token)
        if not keys:
            continue
        if spans and start - last_end <= 1 and not any(sk for _, sk in keys) and is_arabic_script(keys[0][0]):
            spans[-1] = (spans[-1][0], m.end(), spans[-1][2])
            last_end = m.end()
            continue
        key = None
        for word, skel in keys:
            if word in term_of:
                key = word
            elif skel and skel in term_of:
                key = skel
            elif prefixes and (any(word.startswith(p) for p in folded_prefixes)
                               or (skel and any(skel.startswith(p) for p in skel_prefixes))):
                key = word
            if key is not None:
                break
        if key is None:
            last_end = -10
            continue
        spans.append((start, m.end(), key))
        last_end = m.end()
        if width is not None and stop_at is None:
            seen.add(term_of.get(key, -1))
            if len(seen) >= needed:
                stop_at = start + width
    return spans


def snippet(text: str, query: Query | None, width: int = SNIPPET_CHARS,
            extra: list[tuple[int, int]] = ()) -> tuple[str, list[list[int]]]:
    """A window of ``text`` around the matches of ``query``, and the matches' offsets in it.

    ``extra`` adds spans to mark (mentions of actors whose names matched the query).
    """
    if not text:
        return "", []
    spans = match_spans(text, query, width)
    if extra:
        taken = {(s, e) for s, e, _ in spans}
        spans.extend((s, e, f"actor:{s}") for s, e in extra if (s, e) not in taken)
        spans.sort()
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
    """Articles matching ``text`` (see ``bayan.archive.query``), best first, one per near-duplicate group.

    Ranking is bounded: when more than ``RANK_CAP`` articles match, the ``RANK_CAP`` most
    recently stored of them are ranked (and ``total`` becomes a lower bound, with
    ``exact`` false). Without a query but with a filter, lists the matching articles newest
    first. Raises ``QuerySyntaxError`` for a query that cannot be parsed.
    """
    filters = filters or Filters()
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, min(int(offset), RANK_CAP))
    query = parse_query(text) if (text and text.strip()) or not filters.active() else None
    actor_ids = None
    if filters.actor:
        actor_ids = resolve_actor(filters.actor) if resolve_actor else [filters.actor]
    if query is not None:
        # language, event type, actor and months are index terms (facets); days are checked per row
        match = _with_facets(query.match, filters, actor_ids, _date_tokens(db, filters.since, filters.until))
        clauses, params = _where(Filters(since=filters.since, until=filters.until), None)
    else:
        clauses, params = _where(filters, actor_ids)
    need = (offset + limit) * 3 + 30  # candidates to fill the page after folding near-duplicates
    try:
        if query is not None:
            if clauses:  # CROSS JOIN: the full-text match drives, the filters check each match
                source = ("articles_fts f CROSS JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? AND "
                          + " AND ".join(clauses))
            else:
                source = "articles_fts f WHERE articles_fts MATCH ?"
            # the newest RANK_CAP + 1 matches with their bm25 rank, in one pass; sorted here
            found = db.execute(f"SELECT f.rowid, f.rank FROM {source} ORDER BY f.rowid DESC LIMIT {RANK_CAP + 1}",
                               [match, *params]).fetchall()
            matched = len(found)
            rows = sorted(found[:RANK_CAP], key=lambda r: r[1])[:need]
            matched_rowids = [r[0] for r in found[:RANK_CAP]]
        else:
            where = " AND ".join(clauses) or "1"
            matched = db.execute(f"SELECT count(*) FROM (SELECT 1 FROM articles a WHERE {where} LIMIT {RANK_CAP + 1})",
                                 params).fetchone()[0]
            rows = db.execute(
                f"SELECT a.rowid, 0.0 FROM articles a WHERE {where}"
                " ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ?", [*params, need]).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax error" in str(exc) or "MATCH" in str(exc):
            raise QuerySyntaxError(f"the query cannot be searched: {exc}", text or "") from None
        raise
    exact = matched <= RANK_CAP
    groups = _fold_groups(db, rows)
    if exact:
        if len(groups) == len(rows) < need:
            total = len(groups)
        elif query is not None:
            total = db.execute(
                f"SELECT count(DISTINCT group_id) FROM articles WHERE rowid IN ({','.join('?' * len(matched_rowids))})",
                matched_rowids).fetchone()[0]
        else:
            total = _group_count(db, clauses, params)
    else:
        total = matched
    page = groups[offset : offset + limit]
    hits = _hits(db, page, query)
    result = SearchResult(text or "", total, offset, limit, hits, actor_ids or [], filters)
    result.exact = exact
    return result


MAX_DATE_TOKENS = 40


def _date_tokens(db: sqlite3.Connection, since: str | None, until: str | None) -> list[str] | None:
    """Year (``xy2018``) and month (``xm201804``) facets covering [since, until], or None."""
    if not since and not until:
        return None
    if not since or not until:
        first, last = db.execute("SELECT min(published), max(published) FROM articles").fetchone()
        since, until = since or first, until or last
        if not since or not until:
            return None
    try:
        y1, m1, y2, m2 = int(since[:4]), int(since[5:7]), int(until[:4]), int(until[5:7])
    except ValueError:
        return None
    if (y1, m1) > (y2, m2):
        return ["xy0000"]  # an empty range
    tokens: list[str] = []
    for year in range(y1, y2 + 1):
        first_month = m1 if year == y1 else 1
        last_month = m2 if year == y2 else 12
        if first_month == 1 and last_month == 12:
            tokens.append(f"xy{year}")
        else:
            tokens.extend(f"xm{year}{m:02d}" for m in range(first_month, last_month + 1))
        if len(tokens) > MAX_DATE_TOKENS:
            return None  # too wide to be worth it: the per-row check alone does the job
    return tokens


def _with_facets(match: str, filters: Filters, actor_ids: list[str] | None, dates: list[str] | None = None) -> str:
    parts = [f"({match})"]
    if dates:
        parts.append("(" + " OR ".join('{facets} : "%s"' % t for t in dates) + ")")
    if filters.lang:
        parts.append('{facets} : "%s"' % facet("xl", filters.lang))
    if filters.event_type:
        parts.append('{facets} : "%s"' % facet("xt", filters.event_type))
    if actor_ids is not None:
        tokens = [facet("xa", a) for a in actor_ids] or ["xanone0"]
        parts.append("(" + " OR ".join('{facets} : "%s"' % t for t in tokens) + ")")
    return " AND ".join(parts)


def _fold_groups(db: sqlite3.Connection, rows: list) -> list[tuple[int, float]]:
    """The best-ranked row of each near-duplicate group, in rank order."""
    if not rows:
        return []
    group_of = dict(db.execute(
        f"SELECT rowid, group_id FROM articles WHERE rowid IN ({','.join('?' * len(rows))})",
        [r[0] for r in rows]).fetchall())
    seen: set[str] = set()
    out: list[tuple[int, float]] = []
    for rowid, score in rows:
        group = group_of.get(rowid)
        if group is None or group in seen:
            continue
        seen.add(group)
        out.append((rowid, score))
    return out


def _group_count(db: sqlite3.Connection, clauses: list[str], params: list[Any]) -> int:
    """How many near-duplicate groups the filters select (only called when at most ``RANK_CAP`` articles do)."""
    where = "".join(f" AND {c}" for c in clauses)
    return db.execute(f"SELECT count(DISTINCT a.group_id) FROM articles a WHERE 1{where}", params).fetchone()[0]


def _hits(db: sqlite3.Connection, ranked: list[tuple[int, float]], query: Query | None) -> list[dict[str, Any]]:
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = {
        r[0]: r
        for r in db.execute(
            f"SELECT a.rowid, a.id, a.url, a.path, a.title, a.published, a.language, t.text, a.group_id"
            f" FROM articles a JOIN article_texts t ON t.rowid = a.rowid WHERE a.rowid IN ({marks})",
            [rid for rid, _ in ranked],
        )
    }
    groups = {r[8] for r in rows.values()}
    gmarks = ",".join("?" * len(groups))
    sizes = dict(
        db.execute(f"SELECT group_id, count(*) FROM articles WHERE group_id IN ({gmarks}) GROUP BY group_id",
                   list(groups)).fetchall()
    )
    extra = _actor_mentions(db, [r[1] for r in rows.values()], query)
    hits = []
    for rid, score in ranked:
        row = rows.get(rid)
        if row is None:
            continue
        snip, marks_ = snippet(row[7], query, extra=extra.get(row[1], []))
        hits.append({
            "id": row[1], "url": row[2], "path": row[3], "title": row[4], "heading": _heading(row[4], row[7]),
            "published": row[5],
            "language": row[6], "snippet": snip, "highlights": marks_,
            "score": float(f"{-score:.6g}") if score else 0.0,
            "group_id": row[8], "duplicates": sizes.get(row[8], 1) - 1,
        })
    return hits


def _actor_mentions(db: sqlite3.Connection, article_ids: list[str], query: Query | None) -> dict[str, list[tuple[int, int]]]:
    """Mentions, in these articles, of actors that one of the query's terms names."""
    if query is None or not query.terms or not article_ids:
        return {}
    alts: list[str] = []
    params: list[str] = []
    for term in query.terms:
        if term.prefix:
            continue
        alts.append("folded LIKE ?")
        params.append(f"% {' '.join(term.folded)} %")
        if term.skeleton:
            alts.append("skel LIKE ?")
            params.append(f"% {' '.join(term.skeleton)} %")
    if not alts:
        return {}
    actor_ids = [r[0] for r in db.execute(
        f"SELECT DISTINCT actor_id FROM actor_names WHERE {' OR '.join(alts)} LIMIT 50", params)]
    if not actor_ids:
        return {}
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, start, end in db.execute(
        f'SELECT article_id, start, "end" FROM mentions WHERE article_id IN ({",".join("?" * len(article_ids))})'
        f' AND actor_id IN ({",".join("?" * len(actor_ids))})', [*article_ids, *actor_ids]):
        out.setdefault(aid, []).append((start, end))
    return out


def _heading(title: str | None, text: str) -> str:
    """The title, or else the first line of the text (wire copy puts the headline there)."""
    if title and title.strip():
        return title.strip()
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= 100 else line[:99].rstrip() + "…"
