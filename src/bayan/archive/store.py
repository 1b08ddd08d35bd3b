"""The single writer: contract records into the archive tables.

``ArchiveWriter.add(record)`` takes one article in the JSON contract (``Article.to_dict()``)
and stores it with its mentions, quotes, events and actors, its full-text row and its
near-duplicate buckets. Only one writer should hold an archive at a time; readers open
their own read-only connections (``bayan.archive.read``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bayan.archive import dedup
from bayan.archive.errors import ArchiveError
from bayan.archive.keys import facet, folded_key, skeleton_words, word_skeleton, words
from bayan.archive.schema import connect_writer
from bayan.article import article_id
from bayan.errors import InputError
from bayan.script.normalize import fold


@dataclass(frozen=True)
class AddResult:
    id: str
    status: str  # new | near-duplicate | duplicate
    group_id: str
    similarity: float | None = None


def _pad(key: str) -> str:
    return f" {key} " if key else ""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _actor_of(item: dict[str, Any] | None) -> dict[str, Any] | None:
    actor = (item or {}).get("actor")
    if isinstance(actor, dict) and isinstance(actor.get("id"), str) and actor["id"]:
        return actor
    return None


class ArchiveWriter:
    """Writes articles into one archive file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | os.PathLike[str], actor_store: Any = None):
        self.path = str(path)
        self.db = connect_writer(path)
        self._actor_store = actor_store
        self._known_actors: set[str] = {r[0] for r in self.db.execute("SELECT id FROM actors")}
        self._seen_names: set[tuple[str, str]] = set()
        self._name_keys: dict[str, str] = {}

    # --- transactions ---------------------------------------------------------------------

    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.db.close()

    def __enter__(self) -> "ArchiveWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None and exc_type is not KeyboardInterrupt and self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.close()

    # --- reading what is there ------------------------------------------------------------

    def contains(self, article_id_: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id_,)).fetchone() is not None

    # --- actors ---------------------------------------------------------------------------

    @property
    def actor_store(self) -> Any:
        """The actors analysis links to: the bundled dictionary and the user's own
        (``bayan actors add``), so that an actor from a user's dictionary is stored with its
        names in every script and its roles, not only the name in the record."""
        if self._actor_store is None:
            self._actor_store = _default_actor_store()
        return self._actor_store

    def _add_name(self, actor_id: str, name: str, lang: str | None) -> None:
        folded = folded_key(name)
        if not folded or (actor_id, folded) in self._seen_names:
            return
        self._seen_names.add((actor_id, folded))
        self.db.execute(
            "INSERT OR IGNORE INTO actor_names (actor_id, name, lang, folded, skel) VALUES (?, ?, ?, ?, ?)",
            (actor_id, name, lang, _pad(folded), _pad(" ".join(skeleton_words(folded, folded=True)))),
        )

    def _ensure_actor(self, ref: dict[str, Any], type_: str | None) -> str:
        actor_id = ref["id"]
        if actor_id in self._known_actors:
            if type_:
                self.db.execute("UPDATE actors SET type = ? WHERE id = ? AND type IS NULL", (type_, actor_id))
            return actor_id
        self._known_actors.add(actor_id)
        known = self.actor_store.get(actor_id) if hasattr(self.actor_store, "get") else None
        name = str(ref.get("name") or actor_id)
        if known is not None:
            names = {lang: list(spellings) for lang, spellings in known.names.items()}
            self.db.execute(
                "INSERT OR IGNORE INTO actors (id, name, type, names, roles, country, kind, wikidata) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (actor_id, known.name, known.type, json.dumps(names, ensure_ascii=False),
                 json.dumps([r.to_dict() for r in known.roles], ensure_ascii=False),
                 known.country, known.kind, known.wikidata),
            )
            for lang, spelling in known.all_names():
                self._add_name(actor_id, spelling, lang)
        else:
            self.db.execute(
                "INSERT OR IGNORE INTO actors (id, name, type, names) VALUES (?, ?, ?, ?)",
                (actor_id, name, type_, json.dumps({"en": [name]}, ensure_ascii=False)),
            )
        self._add_name(actor_id, name, "en")
        return actor_id

    def _names_key(self, actor_id: str) -> str:
        """Folded words and skeletons of every name of an actor: its part of the FTS ``names`` column."""
        key = self._name_keys.get(actor_id)
        if key is None:
            rows = self.db.execute("SELECT folded, skel FROM actor_names WHERE actor_id = ?", (actor_id,)).fetchall()
            parts: list[str] = []
            for folded, skel in rows:
                parts.append(folded.strip())
                parts.append(skel.strip())
            key = " ".join(p for p in parts if p)
            if len(self._name_keys) > 50_000:
                self._name_keys.clear()
            self._name_keys[actor_id] = key
        return key

    # --- articles -------------------------------------------------------------------------

    def add(self, record: dict[str, Any], source: str | None = None) -> AddResult:
        """Store one contract record; an article already stored (same body digest) is not added again."""
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(source or "<record>", 'the record has no "text" string')
        aid = record.get("id") or article_id(text)
        self._begin()
        if self.contains(aid):
            group = self.db.execute("SELECT group_id FROM articles WHERE id = ?", (aid,)).fetchone()[0]
            return AddResult(aid, "duplicate", group)

        folded_text = fold(text)
        body_words = words(folded_text)
        title = record.get("title") or None
        title_words = words(fold(title)) if title else []
        published = record.get("published") or None
        language = record.get("language") or None

        sig = dedup.signature(body_words)
        keys = dedup.buckets(sig) if sig is not None else []
        group_id, similarity = aid, None
        if sig is not None:
            found = self._near_duplicate(sig, keys)
            if found is not None:
                group_id, similarity = found

        stored = {k: v for k, v in record.items() if k != "text"}
        stored["id"] = aid
        cur = self.db.execute(
            "INSERT INTO articles (id, group_id, similarity, url, path, source, source_id, title, published,"
            " language, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, group_id, similarity, record.get("url"), record.get("path"), source, record.get("source_id"),
             title, published, language, dedup.to_blob(sig) if sig is not None else None, _now()),
        )
        rowid = cur.lastrowid
        self.db.execute(
            "INSERT INTO article_texts (rowid, text, record) VALUES (?, ?, ?)",
            (rowid, text, json.dumps(stored, ensure_ascii=False, separators=(",", ":"))),
        )
        if sig is not None:
            self.db.executemany(
                "INSERT OR IGNORE INTO lsh (bucket, article_rowid) VALUES (?, ?)",
                [(b, rowid) for b in keys],
            )

        linked: list[str] = []
        self._store_mentions(aid, record.get("entities") or [], linked)
        self._store_quotes(aid, record.get("quotes") or [], published, language, linked)
        self._store_events(aid, record.get("events") or [], published, language, linked)

        actors = list(dict.fromkeys(linked))
        names = " ".join(self._names_key(a) for a in actors)
        skel = " ".join(s for s in (word_skeleton(w) for w in (*title_words, *body_words)) if s)
        facets = [facet("xl", language or "und")]
        facets += [facet("xt", t) for t in dict.fromkeys(e.get("type") or "OTHER" for e in record.get("events") or [])]
        facets += [facet("xa", a) for a in actors]
        if published and len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit():
            facets += [f"xy{published[:4]}", f"xm{published[:4]}{published[5:7]}"]
        self.db.execute(
            "INSERT INTO articles_fts (rowid, title, body, skel, names, facets) VALUES (?, ?, ?, ?, ?, ?)",
            (rowid, " ".join(title_words), " ".join(body_words), skel, names, " ".join(facets)),
        )
        status = "near-duplicate" if group_id != aid else "new"
        return AddResult(aid, status, group_id, similarity)

    def _near_duplicate(self, sig, keys: list[int]) -> tuple[str, float] | None:
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT a.group_id, a.minhash FROM articles a WHERE a.rowid IN "
            f"(SELECT DISTINCT article_rowid FROM lsh WHERE bucket IN ({marks})) LIMIT 50",
            keys,
        ).fetchall()
        best: tuple[str, float] | None = None
        for group_id, blob in rows:
            if blob is None:
                continue
            score = dedup.similarity(sig, dedup.from_blob(blob))
            if score >= dedup.THRESHOLD and (best is None or score > best[1]):
                best = (group_id, score)
        return best

    def _store_mentions(self, aid: str, entities: list[dict[str, Any]], linked: list[str]) -> None:
        rows = []
        for seq, ent in enumerate(entities):
            actor = _actor_of(ent)
            actor_id = None
            if actor is not None:
                actor_id = self._ensure_actor(actor, ent.get("type"))
                self._add_name(actor_id, ent.get("text") or "", "seen")
                linked.append(actor_id)
            rows.append((aid, seq, ent.get("start", 0), ent.get("end", 0), ent.get("text") or "", ent.get("type"),
                         actor_id))
        if rows:
            self.db.executemany(
                'INSERT INTO mentions (article_id, seq, start, "end", text, type, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
                rows,
            )

    def _store_quotes(self, aid, quotes, published, language, linked: list[str]) -> None:
        rows = []
        for seq, quote in enumerate(quotes):
            speaker = quote.get("speaker") or None
            cue = quote.get("cue") or {}
            actor_id = None
            s_text = None
            if speaker:
                s_text = speaker.get("text")
                actor = _actor_of(speaker)
                if actor is not None:
                    actor_id = self._ensure_actor(actor, "PER")
                    linked.append(actor_id)
            key = folded_key(s_text) if s_text else ""
            rows.append((
                aid, seq, quote.get("start", 0), quote.get("end", 0), quote.get("text") or "", quote.get("kind"),
                cue.get("text"), cue.get("start"), cue.get("end"),
                s_text, (speaker or {}).get("start"), (speaker or {}).get("end"), actor_id,
                ((speaker or {}).get("pronoun") or {}).get("text"),
                _pad(key), _pad(" ".join(skeleton_words(key, folded=True))), published, language,
            ))
        if rows:
            self.db.executemany(
                'INSERT INTO quotes (article_id, seq, start, "end", text, kind, cue_text, cue_start, cue_end,'
                " speaker_text, speaker_start, speaker_end, speaker_actor_id, pronoun_text, speaker_folded,"
                " speaker_skel, published, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def _store_events(self, aid, events, published, language, linked: list[str]) -> None:
        for seq, event in enumerate(events):
            trigger = event.get("trigger") or {}
            sentence = event.get("sentence") or [None, None]
            cur = self.db.execute(
                "INSERT INTO events (article_id, seq, type, mode, date, day, place, status, trigger_text,"
                " trigger_start, trigger_end, sentence_start, sentence_end, published, language, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, seq, event.get("type") or "OTHER", event.get("mode"), event.get("date"),
                 event.get("date") or published, event.get("place"), event.get("status"),
                 trigger.get("text"), trigger.get("start"), trigger.get("end"),
                 sentence[0] if len(sentence) > 0 else None, sentence[1] if len(sentence) > 1 else None,
                 published, language, json.dumps(event, ensure_ascii=False, separators=(",", ":"))),
            )
            event_id = cur.lastrowid
            rows = []
            for role in ("source", "target"):
                for pseq, part in enumerate(event.get(role) or []):
                    actor = _actor_of(part)
                    actor_id = None
                    if actor is not None:
                        actor_id = self._ensure_actor(actor, None)
                        linked.append(actor_id)
                    key = folded_key(part.get("text") or "")
                    rows.append((event_id, role, pseq, part.get("text"), part.get("start"), part.get("end"),
                                 actor_id, _pad(key), _pad(" ".join(skeleton_words(key, folded=True)))))
            if rows:
                self.db.executemany(
                    'INSERT INTO event_participants (event_id, role, seq, text, start, "end", actor_id, folded, skel)'
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )


def _default_actor_store() -> Any:
    from bayan.actors import ActorStore
    from bayan.actors.user import user_store

    for load in (user_store, lambda: ActorStore.with_user_files(())):
        try:
            return load()
        except Exception:  # a broken dictionary must not stop archiving: fall back to fewer actors
            continue
    return {}


def open_writer(path: str | os.PathLike[str]) -> ArchiveWriter:
    return ArchiveWriter(path)


def add_records(path: str | os.PathLike[str], records: Iterable[dict[str, Any]]) -> list[AddResult]:
    """Store contract records (e.g. from ``bayan analyze --format jsonl``) in one go."""
    with ArchiveWriter(path) as writer:
        return [writer.add(record) for record in records]


def iter_records(path: str) -> Iterator[dict[str, Any] | InputError]:
    """Contract records from a JSON Lines file written by ``bayan analyze --format jsonl``."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputError(where, f"invalid JSON ({exc})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield InputError(where, 'not an analysed record (no "text" string)')
                continue
            yield record


__all__ = ["AddResult", "ArchiveError", "ArchiveWriter", "add_records", "iter_records", "open_writer"]
