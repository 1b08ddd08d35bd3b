"""Actors: the people, organisations and places that mentions are linked to.

An actor is immutable data; the loader builds it and checks every field, so code that
receives an ``Actor`` can trust it (ids are slugs, types are PER/ORG/LOC, dates parse).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterator, Mapping

ACTOR_TYPES = ("PER", "ORG", "LOC")


def date_bound(text: str, *, last: bool) -> _dt.date:
    """The first (or last) day a partial ISO date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` covers.

    Roles are often known only to the year or month; keeping the partial string and
    widening it here means "2013" never pretends to be "2013-01-01".
    """
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return _dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not last:
            return _dt.date(year, month, 1)
        following = _dt.date(year + month // 12, month % 12 + 1, 1)
        return following - _dt.timedelta(days=1)
    return _dt.date(parts[0], 12, 31) if last else _dt.date(parts[0], 1, 1)


class FrozenNames(dict):
    """A read-only ``dict`` of language -> spellings.

    Not ``MappingProxyType``: that cannot be pickled, and actors must travel to batch
    workers (Spark) with the rest of an analysis.
    """

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("actor names are read-only")

    __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __reduce__(self):  # rebuild through __init__, never through __setitem__
        return (FrozenNames, (dict(self),))


@dataclass(frozen=True)
class Role:
    """A position an actor held: ``start``/``end`` are ISO dates, possibly partial; ``None`` is open."""

    title: str
    start: str | None = None
    end: str | None = None

    def covers(self, day: _dt.date) -> bool:
        """Whether the role was held on ``day`` (an open end means "still held")."""
        if self.start is not None and day < date_bound(self.start, last=False):
            return False
        if self.end is not None and day > date_bound(self.end, last=True):
            return False
        return True

    def to_dict(self) -> dict[str, str]:
        out = {"title": self.title}
        if self.start is not None:
            out["start"] = self.start
        if self.end is not None:
            out["end"] = self.end
        return out


@dataclass(frozen=True)
class Actor:
    """One canonical actor.

    ``names`` maps a language code (``en``, ``ur``, ``fa``, ``ar`` ...) to its spellings,
    the preferred one first; aliases are simply the later spellings. ``source`` and
    ``line`` say where the actor was defined, so that errors and overrides can point at
    it; they take no part in equality.
    """

    id: str
    type: str
    name: str
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    country: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    source: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # A read-only dict keeps the "frozen" promise for the one mutable field.
        if not isinstance(self.names, FrozenNames):
            frozen = {lang: tuple(spellings) for lang, spellings in self.names.items()}
            object.__setattr__(self, "names", FrozenNames(frozen))

    @property
    def origin(self) -> str:
        """``path:line`` of the definition, for messages."""
        return f"{self.source}:{self.line}" if self.line else self.source

    def all_names(self) -> Iterator[tuple[str, str]]:
        """Every (language, name) pair once: the canonical English name first."""
        seen: set[tuple[str, str]] = set()
        for pair in [("en", self.name)] + [
            (lang, name) for lang, spellings in self.names.items() for name in spellings
        ]:
            if pair not in seen:
                seen.add(pair)
                yield pair

    def preferred(self, lang: str) -> str | None:
        """The preferred spelling in ``lang``, if the actor has one."""
        spellings = self.names.get(lang)
        return spellings[0] if spellings else None

    def roles_on(self, day: _dt.date) -> tuple[Role, ...]:
        """The roles held on ``day``."""
        return tuple(role for role in self.roles if role.covers(day))

    def to_dict(self) -> dict[str, object]:
        """The actor in the dictionary file format (the inverse of the YAML loader)."""
        out: dict[str, object] = {"id": self.id, "type": self.type, "name": self.name}
        if self.names:
            out["names"] = {lang: list(spellings) for lang, spellings in self.names.items()}
        for key in ("country", "kind", "wikidata"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.roles:
            out["roles"] = [role.to_dict() for role in self.roles]
        return out
