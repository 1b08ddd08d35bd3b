"""Finding actor names in text with one Aho-Corasick automaton over folded names.

Names and text are folded (``bayan.script.fold``) so that Urdu, Persian and Arabic
spellings of a name meet. A match must start and end at a word boundary; in Arabic a
joined proclitic (و، ب، ل ...) may precede it. Overlapping matches resolve to the
leftmost, then the longest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from bayan.actors.model import Actor
from bayan.script import NormalizedText, fold

# When one spelling names several actors (عمان: Oman and Amman), prefer the bigger unit.
_KIND_PRIORITY = {"country": 0, "igo": 1, "province": 2, "capital": 3, "city": 4}


@dataclass(frozen=True)
class DictionaryMatch:
    start: int  # offsets into the folded text
    end: int
    actor: Actor
    lang: str  # language of the spelling that matched


def name_key(name: str) -> str:
    """The matching key of a name: folded, with runs of spaces made single."""
    return " ".join(fold(name).split())


_BRACKETS = str.maketrans({"(": " ", ")": " "})


def _keys(name: str) -> set[str]:
    key = name_key(name)
    if not key:
        return set()
    keys = {key}
    if "(" in key:
        # مسلم لیگ (ن) is also typed مسلم لیگ(ن) and مسلم لیگ ن.
        keys.add(key.replace(" (", "("))
        keys.add(" ".join(key.translate(_BRACKETS).split()))
    words = key.split(" ")
    # Names are often typed glued (وزیراعظم، خامنهای): match that spelling too.
    if 2 <= len(words) <= 3 and all(len(w) >= 2 for w in words) and not key.isascii():
        keys.add("".join(words))
    return keys


class DictionaryMatcher:
    def __init__(self, actors: Iterable[Actor]):
        entries: dict[str, list[tuple[Actor, str]]] = {}
        # Keys spelled only with Arabic alef maksura (بخارى): folded, ى is ی, and the same
        # letters in Urdu or Persian are another word (بخاری, the surname Bukhari).
        maksura: dict[str, bool] = {}
        for actor in actors:
            for lang, name in actor.all_names():
                for key in _keys(name):
                    if len(key) < 2:
                        continue
                    bucket = entries.setdefault(key, [])
                    maksura[key] = maksura.get(key, True) and lang == "ar" and "ى" in name
                    if all(a.id != actor.id for a, _ in bucket):
                        bucket.append((actor, lang))
        self._maksura_only = frozenset(key for key, only in maksura.items() if only)
        self._automaton = ahocorasick.Automaton()
        for key, candidates in entries.items():
            candidates.sort(key=lambda c: _KIND_PRIORITY.get(c[0].kind or "", 9))
            self._automaton.add_word(key, (len(key), tuple(candidates)))
        if entries:
            self._automaton.make_automaton()
        self.size = len(entries)

    def find(self, folded: NormalizedText, lang: str, proclitics: tuple[str, ...] = ()) -> list[DictionaryMatch]:
        if not self.size:
            return []
        text = folded.text
        found: list[tuple[int, int, tuple[tuple[Actor, str], ...]]] = []
        for end_index, (length, candidates) in self._automaton.iter(text):
            end = end_index + 1
            start = end - length
            if lang != "ar" and text[start:end] in self._maksura_only:
                continue
            if _boundary_after(text, end) and _boundary_before(text, start, proclitics):
                found.append((start, end, candidates))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        matches: list[DictionaryMatch] = []
        last_end = -1
        for start, end, candidates in found:
            if start < last_end:
                continue
            actor, spelled_in = _choose(candidates, lang)
            matches.append(DictionaryMatch(start, end, actor, spelled_in))
            last_end = end
        return matches


def _choose(candidates: tuple[tuple[Actor, str], ...], lang: str) -> tuple[Actor, str]:
    for actor, spelled_in in candidates:
        if spelled_in == lang:
            return actor, spelled_in
    return candidates[0]


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ch.isdigit()


def _boundary_after(text: str, end: int) -> bool:
    return end >= len(text) or not _is_letter(text[end])


def _boundary_before(text: str, start: int, proclitics: tuple[str, ...]) -> bool:
    if start == 0 or not _is_letter(text[start - 1]):
        return True
    for clitic in proclitics:
        begin = start - len(clitic)
        if begin >= 0 and text[begin:start] == clitic and (begin == 0 or not _is_letter(text[begin - 1])):
            return True
    return False
