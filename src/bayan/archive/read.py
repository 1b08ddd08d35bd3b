"""Reading the archive: articles, actors, quotes, events, the meeting network, timelines.

``ArchiveReader`` wraps one read-only connection (open one per thread or request; SQLite
in WAL mode lets readers work while the single writer adds articles). Every method
returns plain dicts and lists, ready for JSON: the API returns them as they are and the
HTML pages render the same data.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from bayan.archive.errors import NotFound
from bayan.archive.keys import folded_key, skeleton
from bayan.archive.schema import applied_migrations, connect_reader
from bayan.archive.search import Filters, SearchResult, search

MEETING_TYPES = ("CONSULT",)


def _like_key(key: str) -> str:
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def _json(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


class ArchiveReader:
    def __init__(self, db: sqlite3.Connection, path: str | None = None):
        self.db = db
        self.db.row_factory = sqlite3.Row
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "ArchiveReader":
        return cls(connect_reader(path), str(path))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ArchiveReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- overview -------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        languages = {r[0] or "und": r[1] for r in self.db.execute(
            "SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC")}
        first, last = self.db.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "groups": one("SELECT count(DISTINCT group_id) FROM articles"),
            "actors": one("SELECT count(*) FROM actors"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "events": one("SELECT count(*) FROM events"),
            "languages": languages,
            "published": {"first": first, "last": last},
            "event_types": {r[0]: r[1] for r in self.db.execute(
                "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC")},
            "migrations": applied_migrations(self.db),
        }

    # --- actors by name -------------------------------------------------------------------

    def resolve_actors(self, name: str) -> list[str]:
        """Actor ids that ``name`` (an id, or a name in any script) can mean, best first."""
        name = (name or "").strip()
        if not name:
            return []
        if self.db.execute("SELECT 1 FROM actors WHERE id = ?", (name,)).fetchone():
            return [name]
        folded, skel = folded_key(name), skeleton(name)
        if not folded:
            return []
        exact = [r[0] for r in self.db.execute(
            "SELECT DISTINCT actor_id FROM actor_names WHERE folded = ? OR (skel = ? AND skel != '')",
            (f" {folded} ", f" {skel} " if skel else ""))]
        if exact:
            return exact
        params: list[Any] = [_like_key(folded)]
        sql = "SELECT actor_id, count(*) FROM actor_names WHERE folded LIKE ? ESCAPE '\\'"
        if skel:
            sql += " OR skel LIKE ? ESCAPE '\\'"
            params.append(_like_key(skel))
        sql += " GROUP BY actor_id ORDER BY count(*) DESC LIMIT 20"
        return [r[0] for r in self.db.execute(sql, params)]

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Actors (all, or those ``q`` names), most mentioned first."""
        ids = self.resolve_actors(q) if q else None
        params: list[Any] = []
        where = ""
        if ids is not None:
            where = f"WHERE ac.id IN ({','.join('?' * len(ids)) or 'NULL'})"
            params.extend(ids)
        rows = self.db.execute(
            "SELECT ac.id, ac.name, ac.type, ac.country, ac.kind,"
            " (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions,"
            " (SELECT count(*) FROM quotes qu WHERE qu.speaker_actor_id = ac.id) AS quotes"
            f" FROM actors ac {where} ORDER BY mentions DESC, ac.name LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [dict(r) for r in rows]

    # --- search ---------------------------------------------------------------------------

    def search(self, text: str | None, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> SearchResult:
        return search(self.db, text, filters, limit=limit, offset=offset, resolve_actor=self.resolve_actors)

    # --- one article ----------------------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any]:
        """The stored contract record, plus ``archive``: its near-duplicate group."""
        row = self.db.execute(
            "SELECT a.rowid, a.id, t.text, t.record, a.group_id, a.similarity, a.source, a.ingested_at"
            " FROM articles a JOIN article_texts t ON t.rowid = a.rowid WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        stored = _json(row["record"], {})
        record: dict[str, Any] = {}
        for key, value in stored.items():
            record[key] = value
            if key == "language":
                record["text"] = row["text"]
        record.setdefault("text", row["text"])
        group = [dict(r) for r in self.db.execute(
            "SELECT id, title, url, path, published, language, similarity FROM articles"
            " WHERE group_id = ? AND id != ? ORDER BY rowid", (row["group_id"], article_id))]
        record["archive"] = {
            "group_id": row["group_id"], "similarity": row["similarity"], "near_duplicates": group,
            "source": row["source"], "ingested_at": row["ingested_at"],
        }
        return record

    # --- one actor ------------------------------------------------------------------------

    def actor(self, actor_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            raise NotFound(f"no actor with id {actor_id!r}")
        names: dict[str, list[str]] = {k: list(v) for k, v in _json(row["names"], {}).items()}
        seen = [r[0] for r in self.db.execute(
            "SELECT name FROM actor_names WHERE actor_id = ? AND lang = 'seen' ORDER BY name", (actor_id,))]
        all_known = {n for v in names.values() for n in v}
        seen = [n for n in seen if n not in all_known]
        counts = self.db.execute(
            "SELECT (SELECT count(*) FROM mentions WHERE actor_id = :a),"
            " (SELECT count(DISTINCT article_id) FROM mentions WHERE actor_id = :a),"
            " (SELECT count(*) FROM quotes WHERE speaker_actor_id = :a),"
            " (SELECT count(DISTINCT event_id) FROM event_participants WHERE actor_id = :a)",
            {"a": actor_id},
        ).fetchone()
        return {
            "id": row["id"], "name": row["name"], "type": row["type"], "country": row["country"],
            "kind": row["kind"], "wikidata": row["wikidata"],
            "names": names, "seen_as": seen, "roles": _json(row["roles"], []),
            "counts": {"mentions": counts[0], "articles": counts[1], "quotes": counts[2], "events": counts[3]},
            "quotes": self.quotes(actor_ids=[actor_id], limit=200)["quotes"],
            "events": self.events(actor_ids=[actor_id], limit=200)["events"],
            "met": self.met(actor_id),
            "articles": self.search(None, Filters(actor=actor_id), limit=20).to_dict()["hits"],
        }

    def met(self, actor_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """The actors met most often: co-participants in meeting (CONSULT) events."""
        marks = ",".join("?" * len(MEETING_TYPES))
        rows = self.db.execute(
            "SELECT p2.actor_id AS id, ac.name AS name, count(DISTINCT p1.event_id) AS meetings,"
            " min(e.day) AS first, max(e.day) AS last"
            " FROM event_participants p1"
            " JOIN events e ON e.id = p1.event_id"
            " JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.actor_id != p1.actor_id"
            " JOIN actors ac ON ac.id = p2.actor_id"
            f" WHERE p1.actor_id = ? AND e.type IN ({marks})"
            " GROUP BY p2.actor_id ORDER BY meetings DESC, name LIMIT ?",
            (actor_id, *MEETING_TYPES, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    # --- quotes ---------------------------------------------------------------------------

    def quotes(
        self, speaker: str | None = None, *, actor_ids: list[str] | None = None, since: str | None = None,
        until: str | None = None, lang: str | None = None, article_id: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> dict[str, Any]:
        """Quotes, oldest first; ``speaker`` is an actor id or a name in any script."""
        clauses: list[str] = []
        params: list[Any] = []
        if speaker:
            ids = self.resolve_actors(speaker)
            folded, skel = folded_key(speaker), skeleton(speaker)
            alts = []
            if ids:
                alts.append(f"q.speaker_actor_id IN ({','.join('?' * len(ids))})")
                params.extend(ids)
            if folded:
                alts.append("q.speaker_folded LIKE ? ESCAPE '\\'")
                params.append(_like_key(folded))
            if skel:
                alts.append("q.speaker_skel LIKE ? ESCAPE '\\'")
                params.append(_like_key(skel))
            clauses.append("(" + (" OR ".join(alts) or "0") + ")")
        if actor_ids is not None:
            clauses.append(f"q.speaker_actor_id IN ({','.join('?' * len(actor_ids)) or 'NULL'})")
            params.extend(actor_ids)
        for column, op, value in (("q.published", ">=", since), ("q.published", "<=", until),
                                  ("q.language", "=", lang), ("q.article_id", "=", article_id)):
            if value:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self.db.execute(f"SELECT count(*) FROM quotes q {where}", params).fetchone()[0]
        rows = self.db.execute(
            "SELECT q.id, q.article_id, q.text, q.kind, q.start, q.\"end\", q.cue_text, q.speaker_text,"
            " q.speaker_actor_id, ac.name AS speaker_name, q.pronoun_text, q.published, q.language,"
            " a.title AS article_title, a.url, a.path"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
            f" {where} ORDER BY q.published IS NULL, q.published, q.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return {"total": total, "offset": offset, "limit": limit, "quotes": [dict(r) for r in rows]}

    # --- events ---------------------------------------------------------------------------

    def events(
        self, type: str | None = None, actor: str | None = None, *, actor_ids: list[str] | None = None,
        since: str | None = None, until: str | None = None, lang: str | None = None, q: str | None = None,
        article_id: str | None = None, limit: int = 50, offset: int = 0,
    ) -> dict[str, Any]:
        """Events, in date order; ``actor`` is an id or a name in any script; ``q`` a search query."""
        clauses: list[str] = []
        params: list[Any] = []
        if type:
            clauses.append("e.type = ?")
            params.append(type.upper())
        if actor:
            ids = self.resolve_actors(actor)
            folded, skel = folded_key(actor), skeleton(actor)
            alts = []
            if ids:
                alts.append(f"p.actor_id IN ({','.join('?' * len(ids))})")
                params.extend(ids)
            if folded:
                alts.append("p.folded LIKE ? ESCAPE '\\'")
                params.append(_like_key(folded))
            if skel:
                alts.append("p.skel LIKE ? ESCAPE '\\'")
                params.append(_like_key(skel))
            clauses.append(f"e.id IN (SELECT p.event_id FROM event_participants p WHERE {' OR '.join(alts) or '0'})")
        if actor_ids is not None:
            clauses.append(
                f"e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({','.join('?' * len(actor_ids)) or 'NULL'}))")
            params.extend(actor_ids)
        for column, op, value in (("e.day", ">=", since), ("e.day", "<=", until), ("e.language", "=", lang),
                                  ("e.article_id", "=", article_id)):
            if value:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        if q:
            found = self.search(q, limit=200)
            ids = [h["id"] for h in found.hits]
            clauses.append(f"e.article_id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self.db.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
        rows = self.db.execute(
            "SELECT e.id, e.article_id, e.type, e.mode, e.date, e.day, e.place, e.status, e.trigger_text,"
            " e.published, e.language, a.title AS article_title, a.url, a.path"
            f" FROM events e JOIN articles a ON a.id = e.article_id {where}"
            " ORDER BY e.day IS NULL, e.day, e.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        events = [dict(r) for r in rows]
        by_id = {e["id"]: e for e in events}
        for e in events:
            e["source"], e["target"] = [], []
        if by_id:
            for p in self.db.execute(
                "SELECT p.event_id, p.role, p.text, p.actor_id, ac.name FROM event_participants p"
                f" LEFT JOIN actors ac ON ac.id = p.actor_id WHERE p.event_id IN ({','.join('?' * len(by_id))})"
                " ORDER BY p.event_id, p.role, p.seq", list(by_id)):
                by_id[p[0]][p[1]].append({"text": p[2], "actor_id": p[3], "actor_name": p[4]})
        return {"total": total, "offset": offset, "limit": limit, "events": events}

    # --- network and timeline -------------------------------------------------------------

    def network(self, since: str | None = None, until: str | None = None, actor: str | None = None,
                limit: int = 60, min_weight: int = 1) -> dict[str, Any]:
        """Who met whom: actors linked by meeting (CONSULT) events, weighted by their number."""
        clauses = [f"e.type IN ({','.join('?' * len(MEETING_TYPES))})"]
        params: list[Any] = list(MEETING_TYPES)
        if since:
            clauses.append("e.day >= ?")
            params.append(since)
        if until:
            clauses.append("e.day <= ?")
            params.append(until)
        rows = self.db.execute(
            "SELECT e.id, e.day, e.mode, p.actor_id FROM events e JOIN event_participants p ON p.event_id = e.id"
            f" WHERE p.actor_id IS NOT NULL AND {' AND '.join(clauses)} ORDER BY e.id",
            params,
        ).fetchall()
        members: dict[int, set[str]] = defaultdict(set)
        day: dict[int, str | None] = {}
        for event_id, d, _mode, actor_id in rows:
            members[event_id].add(actor_id)
            day[event_id] = d
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for event_id, people in members.items():
            for a, b in combinations(sorted(people), 2):
                edge = edges.setdefault((a, b), {"source": a, "target": b, "weight": 0, "first": None, "last": None,
                                                 "events": []})
                edge["weight"] += 1
                d = day[event_id]
                if d:
                    edge["first"] = min(filter(None, (edge["first"], d)))
                    edge["last"] = max(filter(None, (edge["last"], d)))
                if len(edge["events"]) < 20:
                    edge["events"].append(event_id)
        kept = [e for e in edges.values() if e["weight"] >= min_weight]
        if actor:
            ids = set(self.resolve_actors(actor))
            kept = [e for e in kept if e["source"] in ids or e["target"] in ids]
        degree: Counter[str] = Counter()
        for e in kept:
            degree[e["source"]] += e["weight"]
            degree[e["target"]] += e["weight"]
        chosen = {a for a, _ in degree.most_common(limit)}
        kept = [e for e in kept if e["source"] in chosen and e["target"] in chosen]
        info = {}
        if chosen:
            info = {r[0]: r for r in self.db.execute(
                f"SELECT id, name, type, country FROM actors WHERE id IN ({','.join('?' * len(chosen))})",
                list(chosen))}
        nodes = [{"id": a, "name": info[a][1] if a in info else a, "type": info[a][2] if a in info else None,
                  "country": info[a][3] if a in info else None, "weight": degree[a]}
                 for a in sorted(chosen, key=lambda x: (-degree[x], x))]
        kept.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": kept}

    def timeline(self, q: str | None = None, actor: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int = 500) -> dict[str, Any]:
        """Events over time for a query or an actor: counts per month and type, and the events."""
        found = self.events(type=type, actor=actor, since=since, until=until, q=q, limit=limit)
        buckets: dict[str, Counter[str]] = defaultdict(Counter)
        for e in found["events"]:
            month = (e["day"] or "")[:7] or "undated"
            buckets[month][e["type"]] += 1
        periods = [{"period": k, "count": sum(v.values()), "types": dict(v)}
                   for k, v in sorted(buckets.items(), key=lambda kv: (kv[0] == "undated", kv[0]))]
        return {"query": q, "actor": actor, "type": type, "periods": periods, "total": found["total"],
                "events": found["events"]}
