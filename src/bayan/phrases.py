"""Multi-word phrases matched over folded token keys.

Rule data is written as phrases (``وزیر اعظم``, ``کا کہنا تھا``, ``وزير الخارجية``); text
writes them with words glued or apart (وزیراعظم، آیت‌الله). A ``PhraseSet`` folds every
phrase, adds its glued variants and matches token sequences forward or backward.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bayan.script import fold


def words(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase, as token keys compare them."""
    return tuple(w.replace(" ", "") for w in fold(phrase).split())


def glued_variants(parts: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every way of writing a phrase with some adjacent words joined."""
    variants = {parts[:1]}
    for part in parts[1:]:
        variants = {v + (part,) for v in variants} | {v[:-1] + (v[-1] + part,) for v in variants}
    return variants


class PhraseSet:
    def __init__(self, phrases: Iterable[str]):
        variants = {v for p in phrases if p.strip() for v in glued_variants(words(p))}
        self.phrases = frozenset(variants)
        self.words = frozenset(w for p in variants for w in p)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in variants:
            self._by_first.setdefault(p[0], []).append(p)
            self._by_last.setdefault(p[-1], []).append(p)
        for table in (self._by_first, self._by_last):
            for key in table:
                table[key].sort(key=len, reverse=True)
        # Hot loops test these sets before calling match_at on every token.
        self.first_words = frozenset(self._by_first)
        self.last_words = frozenset(self._by_last)

    def occurs_in(self, keys: Sequence[str], lo: int, hi: int) -> bool:
        """Whether any phrase starts at a token in ``[lo, hi)``."""
        firsts = self.first_words
        return any(keys[i] in firsts and self.match_at(keys, i) for i in range(lo, min(hi, len(keys))))

    def starts_in(self, keys: Sequence[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Token indexes in ``[lo, hi)`` where a phrase may start (its first word is there)."""
        firsts = self.first_words
        hi = len(keys) if hi is None else min(hi, len(keys))
        return [i for i in range(lo, hi) if keys[i] in firsts]

    def __contains__(self, key: object) -> bool:
        return (key,) in self.phrases

    def match_at(self, keys: Sequence[str], i: int) -> int:
        """Length (in tokens) of the longest phrase that starts at token ``i``; 0 if none."""
        if i >= len(keys):
            return 0
        for p in self._by_first.get(keys[i], ()):
            if tuple(keys[i : i + len(p)]) == p:
                return len(p)
        return 0

    def match_ending_at(self, keys: Sequence[str], end: int) -> int:
        """Length of the longest phrase that ends just before token ``end``; 0 if none."""
        if end <= 0 or end > len(keys):
            return 0
        for p in self._by_last.get(keys[end - 1], ()):
            n = len(p)
            if end - n >= 0 and tuple(keys[end - n : end]) == p:
                return n
        return 0
