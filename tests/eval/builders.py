"""Small constructors for hand-made gold articles and predicted contract dicts."""

from __future__ import annotations

from typing import Any

from bayan.eval.gold import GoldArticle, GoldEntity, GoldEvent, GoldQuote


def entity(text: str, type: str, canonical: str, *aliases: str) -> GoldEntity:
    return GoldEntity(text=text, type=type, canonical=canonical, aliases=tuple(aliases))


def quote(text: str, speaker: str | None, canonical: str | None, kind: str = "indirect", cue: str = "نے کہا") -> GoldQuote:
    return GoldQuote(speaker=speaker, speaker_canonical=canonical, text=text, kind=kind, cue=cue)


def event(type: str, *participants: str, date: str | None = "2025-03-14", **extra: Any) -> GoldEvent:
    return GoldEvent(type=type, participants=tuple(participants), date=date, place=None, evidence="...", **extra)


def gold(entities=(), quotes=(), events=(), lang: str = "ur", id: str = "ur-001") -> GoldArticle:
    return GoldArticle(
        id=id, lang=lang, text="...", published="2025-03-14", title=None,
        entities=tuple(entities), quotes=tuple(quotes), events=tuple(events),
    )


def ent(text: str, type: str, actor: str | None = None) -> dict[str, Any]:
    return {"text": text, "start": 0, "end": len(text), "type": type,
            "actor": {"id": actor.lower(), "name": actor} if actor else None}


def speaker(text: str | None = None, actor: str | None = None, pronoun: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"text": text, "start": 0, "end": 0,
                           "actor": {"id": actor.lower(), "name": actor} if actor else None}
    if pronoun:
        out["pronoun"] = {"text": pronoun, "start": 0, "end": len(pronoun)}
    return out


def pquote(text: str, spk: dict[str, Any] | None, kind: str = "indirect") -> dict[str, Any]:
    return {"text": text, "start": 0, "end": len(text), "kind": kind, "cue": None, "speaker": spk}


def part(text: str, actor: str | None = None) -> dict[str, Any]:
    return {"text": text, "start": 0, "end": len(text), "actor": {"id": actor.lower(), "name": actor} if actor else None}


def pevent(type: str, source=(), target=(), date: str | None = "2025-03-14", status: str | None = None) -> dict[str, Any]:
    out = {"type": type, "mode": None, "source": list(source), "target": list(target), "date": date,
           "place": None, "trigger": {"text": "ملاقات کی", "start": 0, "end": 9}, "sentence": [0, 10]}
    if status:
        out["status"] = status
    return out


def prediction(entities=(), quotes=(), events=(), language: str = "ur") -> dict[str, Any]:
    return {"id": "x", "language": language, "text": "...", "entities": list(entities),
            "quotes": list(quotes), "events": list(events), "warnings": []}
