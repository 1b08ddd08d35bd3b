"""Reader for the gold format of DESIGN.md §3 (with the conventions of corpus/GUIDELINES.md).

A gold directory is either a folder of language folders (``corpus/test``) or one language
folder (``corpus/test/ur``). An article is ``ID.gold.json`` beside ``ID.txt`` and
``ID.source.json``; a ``.txt`` with no gold file yet is not an article (it is still being
annotated). Any malformed file raises ``InputError`` naming the file and the problem, so
that ``bayan eval`` prints one line instead of a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bayan.errors import InputError

# A language folder is named by an ISO 639 code; anything else (notes, scratch) is ignored.
LANG_CODE = re.compile(r"^[a-z]{2,3}$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
QUOTE_KINDS = frozenset({"direct", "indirect"})
EVENT_TYPES = frozenset({"MEET", "VISIT", "PRAISE", "AGREE", "ACCUSE", "THREATEN", "STATEMENT", "OTHER"})
EVENT_STATUSES = frozenset({"planned", "cancelled", "denied"})
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "CONCEDE", "RETREAT",
    }
)

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class GoldEntity:
    text: str
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.text, *self.aliases)


@dataclass(frozen=True)
class GoldQuote:
    speaker: str | None
    speaker_canonical: str | None
    text: str
    kind: str
    cue: str | None


@dataclass(frozen=True)
class GoldEvent:
    type: str
    participants: tuple[str, ...]
    date: str | None
    place: str | None
    evidence: str
    mode: str | None = None
    plover: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    lang: str
    text: str
    published: str | None  # None unless a full YYYY-MM-DD date
    title: str | None
    entities: tuple[GoldEntity, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    path: str = field(default="", compare=False)  # the gold file, for messages
    source: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # ID.source.json

    def entities_with_canonical(self, canonical: str | None) -> list[GoldEntity]:
        """Gold entities whose canonical name is ``canonical`` (case and spacing ignored)."""
        if not canonical:
            return []
        key = _canonical_key(canonical)
        return [e for e in self.entities if _canonical_key(e.canonical) == key]


def _canonical_key(name: str) -> str:
    return " ".join(name.casefold().split())


def full_date(value: Any) -> str | None:
    """``value`` if it is a real YYYY-MM-DD date, else None (partial and approximate dates
    such as ``2014-10`` or ``~2020-04-27`` are unknown, per §3)."""
    if not isinstance(value, str) or not FULL_DATE.match(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


# --- locating articles -------------------------------------------------------------


def language_dirs(gold_dir: str | Path, lang: str | None = None) -> list[tuple[str, Path]]:
    """The (language, folder) pairs under ``gold_dir``, optionally only ``lang``."""
    root = Path(gold_dir)
    if not root.is_dir():
        raise InputError(str(root), "not a directory")
    subdirs = sorted(p for p in root.iterdir() if p.is_dir() and LANG_CODE.match(p.name))
    if subdirs:
        pairs = [(p.name, p) for p in subdirs]
    elif LANG_CODE.match(root.resolve().name):
        pairs = [(root.resolve().name, root)]
    else:
        raise InputError(str(root), "no language folders (ur/, fa/, ar/ ...) and not itself one")
    if lang is not None:
        pairs = [(code, p) for code, p in pairs if code == lang]
    return pairs


def read_gold_dir(gold_dir: str | Path, lang: str | None = None) -> list[GoldArticle]:
    """Every gold article under ``gold_dir`` (sorted by language, then id)."""
    articles: list[GoldArticle] = []
    for code, folder in language_dirs(gold_dir, lang):
        for gold_path in sorted(folder.glob("*" + GOLD_SUFFIX)):
            articles.append(read_gold_article(gold_path, code))
    return articles


def read_gold_article(gold_path: str | Path, lang: str) -> GoldArticle:
    gold_path = Path(gold_path)
    article_id = gold_path.name[: -len(GOLD_SUFFIX)]
    txt_path = gold_path.with_name(article_id + ".txt")
    source_path = gold_path.with_name(article_id + ".source.json")

    text = _read_text(txt_path)
    source = _read_json(source_path)
    if not isinstance(source, dict):
        raise InputError(str(source_path), "must be a JSON object")
    title = source.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(str(source_path), "'title' must be a string or null")

    gold = _read_json(gold_path)
    where = str(gold_path)
    if not isinstance(gold, dict):
        raise InputError(where, "must be a JSON object with 'entities', 'quotes' and 'events'")
    return GoldArticle(
        id=article_id,
        lang=lang,
        text=text,
        published=full_date(source.get("published")),
        title=title,
        entities=tuple(_entity(where, i, e) for i, e in enumerate(_list(where, gold, "entities"))),
        quotes=tuple(_quote(where, i, q) for i, q in enumerate(_list(where, gold, "quotes"))),
        events=tuple(_event(where, i, e) for i, e in enumerate(_list(where, gold, "events"))),
        path=where,
        source=source,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "missing (every ID.gold.json needs its ID.txt)") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 ({exc.reason} at byte {exc.start})") from None


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "missing") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None


# --- validation --------------------------------------------------------------------
# Strict on purpose: a gold file that silently lost a field would score as if the
# pipeline had failed, and nobody would look at the file.


def _list(where: str, obj: dict[str, Any], key: str) -> list[Any]:
    if key not in obj:
        raise InputError(where, f"missing '{key}' (use [] when there are none)")
    value = obj[key]
    if not isinstance(value, list):
        raise InputError(where, f"'{key}' must be a list")
    return value


def _record(where: str, what: str, index: int, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(where, f"{what}[{index}] must be an object")
    return value


def _str(where: str, label: str, rec: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = rec.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        kind = "a non-empty string or null" if optional else "a non-empty string"
        raise InputError(where, f"{label}: '{key}' must be {kind}")
    return value


def _choice(where: str, label: str, value: str | None, allowed: frozenset[str], key: str) -> None:
    if value is not None and value not in allowed:
        raise InputError(where, f"{label}: '{key}' is {value!r}, expected one of {', '.join(sorted(allowed))}")


def _entity(where: str, i: int, value: Any) -> GoldEntity:
    rec = _record(where, "entities", i, value)
    label = f"entities[{i}]"
    text = _str(where, label, rec, "text")
    etype = _str(where, label, rec, "type")
    _choice(where, label, etype, ENTITY_TYPES, "type")
    canonical = _str(where, label, rec, "canonical")
    aliases = rec.get("aliases", [])
    if aliases is None:
        aliases = []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise InputError(where, f"{label}: 'aliases' must be a list of non-empty strings")
    return GoldEntity(text=text, type=etype, canonical=canonical, aliases=tuple(aliases))  # type: ignore[arg-type]


def _quote(where: str, i: int, value: Any) -> GoldQuote:
    rec = _record(where, "quotes", i, value)
    label = f"quotes[{i}]"
    speaker = _str(where, label, rec, "speaker", optional=True)
    canonical = _str(where, label, rec, "speaker_canonical", optional=True)
    if (speaker is None) != (canonical is None):
        raise InputError(where, f"{label}: 'speaker' and 'speaker_canonical' must both be given or both be null")
    kind = _str(where, label, rec, "kind")
    _choice(where, label, kind, QUOTE_KINDS, "kind")
    return GoldQuote(
        speaker=speaker,
        speaker_canonical=canonical,
        text=_str(where, label, rec, "text"),  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        cue=_str(where, label, rec, "cue", optional=True),
    )


def _event(where: str, i: int, value: Any) -> GoldEvent:
    rec = _record(where, "events", i, value)
    label = f"events[{i}]"
    etype = _str(where, label, rec, "type")
    _choice(where, label, etype, EVENT_TYPES, "type")
    participants = rec.get("participants")
    if not isinstance(participants, list) or not all(isinstance(p, str) and p.strip() for p in participants):
        raise InputError(where, f"{label}: 'participants' must be a list of names")
    date = rec.get("date")
    if date is not None and full_date(date) is None:
        raise InputError(where, f"{label}: 'date' must be YYYY-MM-DD or null, not {date!r}")
    plover = _str(where, label, rec, "plover", optional=True)
    if plover is not None:
        plover = plover.upper()
        _choice(where, label, plover, PLOVER_TYPES, "plover")
    status = _str(where, label, rec, "status", optional=True)
    _choice(where, label, status, EVENT_STATUSES, "status")
    return GoldEvent(
        type=etype,  # type: ignore[arg-type]
        participants=tuple(participants),
        date=date,
        place=_str(where, label, rec, "place", optional=True),
        evidence=_str(where, label, rec, "evidence"),  # type: ignore[arg-type]
        mode=_str(where, label, rec, "mode", optional=True),
        plover=plover,
        status=status,
    )
