"""Linking a name the dictionary did not match to an actor known in another script.

A title or the tagger finds "عباس عراقجي" in Arabic; the dictionary knows Abbas
Araghchi as عباس عراقچی and "Abbas Araghchi". Their consonant skeletons
(``bayan.script.skeleton``) are equal, so the mention is linked, with a confidence that
grows with the length of the shared skeleton: a long name rarely collides, a short one
often does. A skeleton shared by two actors links to neither. Users set the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

import regex

from bayan.actors.model import Actor
from bayan.article import ActorRef
from bayan.script import fold
from bayan.script.skeleton import skeleton_words

_ARABIC_SCRIPT = regex.compile(r"\p{Arabic}")

DEFAULT_THRESHOLD = 0.8
# When the actor has names in the mention's own script, one of them must be this close:
# skeletons drop vowels, so آیت اللہ خامنہ ای and آیت اللہ خمینی share one, but their letters
# differ more than the spellings of one name do.
SAME_SCRIPT_SIMILARITY = 0.88
# Confidence of an equal full-name skeleton: 0.6 for a short one, up to 1.0 at this length.
CONFIDENT_LENGTH = 8


def confidence(key: str) -> float:
    letters = len(key.replace(" ", ""))
    return round(0.6 + 0.4 * min(1.0, letters / CONFIDENT_LENGTH), 3)


class CrossScriptLinker:
    def __init__(self, actors: Iterable[Actor], threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        index: dict[tuple[str, str], set[str]] = {}
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            if actor.type not in ("PER", "ORG"):
                continue
            self._actors[actor.id] = actor
            for _, name in actor.all_names():
                words = skeleton_words(name)
                if len(words) >= 2:  # one-word names collide too often to link across scripts
                    index.setdefault((actor.type, " ".join(words)), set()).add(actor.id)
        self._index = index

    def link(self, text: str, type_: str) -> ActorRef | None:
        """The actor a mention names, if exactly one matches with enough confidence."""
        words = skeleton_words(text)
        if len(words) < 2:
            return None
        key = " ".join(words)
        ids = self._index.get((type_, key))
        if not ids or len(ids) != 1:
            return None
        score = confidence(key)
        if score < self.threshold:
            return None
        actor = self._actors[next(iter(ids))]
        arabic = bool(_ARABIC_SCRIPT.search(text))
        own_script = [name for _, name in actor.all_names() if bool(_ARABIC_SCRIPT.search(name)) == arabic]
        if own_script:
            folded = fold(text)
            if max(SequenceMatcher(None, folded, fold(name)).ratio() for name in own_script) < SAME_SCRIPT_SIMILARITY:
                return None
        return ActorRef(actor.id, actor.name, score)
