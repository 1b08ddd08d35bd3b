"""Consonant skeletons: a romanized key on which Urdu, Persian, Arabic and English
spellings of one name meet.

``Khamenei``, ``خامنہ ای``, ``خامنه‌ای`` and ``خامنئي`` all become ``kmn``: the folded name
is romanized with ``anyascii`` (Arabic script romanizes to consonants), then vowels and
the letters that stand for vowels or aspiration in one script but not another
(``a e i o u y w h v``) are dropped, consonants the scripts spell differently are merged
(``p``->``b``: Arabic has no p; ``q g``->``k``; ``c``->``j``; ``z``->``d``: ذ ض ظ ز romanize
to dh/d/z), and doubled letters collapse. An Arabic article (ال) and a Latin one
(al-, el-) are dropped. The key is coarse on purpose: it finds candidates, and callers
rank or threshold them.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from anyascii import anyascii

from bayan.script.normalize import fold

# The same notion of a word as SQLite's unicode61 tokenizer: letters, numbers, private use.
WORD = regex.compile(r"[\p{L}\p{N}\p{Co}]+")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_DROP = frozenset("aeiouywhv")
_MERGE = {"p": "b", "q": "k", "g": "k", "c": "j", "z": "d", "x": "ks"}
_LATIN_ARTICLES = frozenset({"al", "el", "ul"})


@lru_cache(maxsize=200_000)
def word_skeleton(word: str) -> str:
    """The consonant skeleton of one folded word ('' when nothing is left)."""
    if _ARABIC_LETTER.match(word):
        if len(word) >= 4 and word.startswith("ال"):
            word = word[2:]  # the Arabic article: الخامنئي is خامنئي
    elif word in _LATIN_ARTICLES:
        return ""
    out: list[str] = []
    for ch in anyascii(word).lower():
        if ch in _DROP or not ch.isalnum():
            continue
        for piece in _MERGE.get(ch, ch):
            if not out or out[-1] != piece:
                out.append(piece)
    return "".join(out)


def skeleton_words(text: str, folded: bool = False) -> list[str]:
    """The non-empty skeletons of the words of ``text``, in order."""
    source = text if folded else fold(text)
    return [s for s in (word_skeleton(w) for w in WORD.findall(source)) if s]


def skeleton(text: str) -> str:
    """The skeleton key of a name or text: ``skeleton('Khamenei') == skeleton('خامنہ ای') == 'kmn'``."""
    return " ".join(skeleton_words(text))
