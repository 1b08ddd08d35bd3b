"""The data model: an analysed article and the spans that point into its text.

Spans are views on ``Article.text``: ``text[start:end] == span.text`` always holds.
``to_dict`` produces the JSON contract of DESIGN.md §2; fields that no component has
filled yet (``None``) are left out rather than faked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def article_id(text: str) -> str:
    """Stable id of an article: a digest of its body."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.score is not None:
            out["score"] = round(self.score, 3)
        return out


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word | number | punct | symbol


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # PER | ORG | LOC
    actor: ActorRef | None = None
    source: str = ""  # which recognizer found it (dictionary, title, tagger, coref)
    # The full mention a short form or title refers to (its text), for linking unknown people.
    referent: str | None = None

    @property
    def key(self) -> str:
        """What identifies the entity across mentions: its actor, else its full name."""
        return self.actor.id if self.actor else (self.referent or self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "actor": self.actor.to_dict() if self.actor else None,
        }


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    text: str
    actor: ActorRef | None = None
    pronoun: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor.to_dict() if self.actor else None,
        }
        if self.pronoun is not None:
            out["pronoun"] = self.pronoun.to_dict()
        return out


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    cue: Span | None
    speaker: Speaker | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass(frozen=True)
class Participant:
    start: int
    end: int
    text: str
    actor: ActorRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor.to_dict() if self.actor else None,
        }


@dataclass(frozen=True)
class Event:
    type: str
    mode: str | None
    source: tuple[Participant, ...]
    target: tuple[Participant, ...]
    trigger: Span
    sentence: tuple[int, int]
    date: str | None = None
    date_source: str | None = None  # "text" | "context" (told earlier in the paragraph) | "dateline" | None
    place: str | None = None
    status: str | None = None  # None (happened) | planned | cancelled | denied

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "mode": self.mode,
            "source": [p.to_dict() for p in self.source],
            "target": [p.to_dict() for p in self.target],
            "date": self.date,
            "place": self.place,
            "trigger": self.trigger.to_dict(),
            "sentence": list(self.sentence),
        }
        if self.date_source is not None:
            out["date_source"] = self.date_source
        if self.status is not None:
            out["status"] = self.status
        return out


@dataclass
class Article:
    """An article and everything the pipeline found in it.

    Components fill the optional lists; ``None`` means "not computed", which
    ``to_dict`` omits, while an empty list means "computed, found nothing".
    """

    text: str
    language: str = "und"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    source_id: str | None = None
    sentences: list[tuple[int, int]] | None = None
    tokens: list[Token] | None = None
    entities: list[Entity] | None = None
    quotes: list[Quote] | None = None
    events: list[Event] | None = None
    warnings: list[str] = field(default_factory=list)
    # Not part of the contract: intermediate results that later components reuse
    # (normalized and folded text, token keys, the quote/event context).
    normalized: Any = None
    folded: Any = None
    token_keys: list[str] | None = None
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return article_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "path": self.path,
        }
        if self.source_id is not None:
            out["source_id"] = self.source_id
        out.update(
            {
                "title": self.title,
                "published": self.published,
                "language": self.language,
                "text": self.text,
            }
        )
        if self.sentences is not None:
            out["sentences"] = [list(s) for s in self.sentences]
        if self.entities is not None:
            out["entities"] = [e.to_dict() for e in self.entities]
        if self.quotes is not None:
            out["quotes"] = [q.to_dict() for q in self.quotes]
        if self.events is not None:
            out["events"] = [e.to_dict() for e in self.events]
        out["warnings"] = list(self.warnings)
        return out
