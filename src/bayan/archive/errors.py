"""Errors the archive raises on purpose; each message is one readable line."""

from __future__ import annotations

from bayan.errors import BayanError


class ArchiveError(BayanError):
    """The archive file cannot be used: missing, corrupt, foreign, or from a newer bayan."""


class QuerySyntaxError(BayanError):
    """A search query cannot be parsed. ``position`` is the character offset of the problem."""

    def __init__(self, message: str, query: str = "", position: int | None = None):
        self.query = query
        self.position = position
        super().__init__(message)


class NotFound(BayanError):
    """An article or actor id that the archive does not hold."""
