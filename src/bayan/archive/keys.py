"""Search keys: the folded form of a word and its romanized consonant skeleton.

Urdu, Persian, Arabic and English spellings of one name rarely agree letter for letter:
``Khamenei``, ``خامنہ ای``, ``خامنه‌ای``, ``خامنئي``. Two keys make them meet:

* the **folded** word (``bayan.script.fold``): letter variants, marks, digits and case
  unified, so ``خامنہ ای`` and ``خامنه‌ای`` become the same two words;
* the **skeleton**: the folded word romanized with ``anyascii``, then reduced to its
  consonants. Vowels and the letters that stand for vowels or aspiration in one script
  but not another (``a e i o u y w h v``) are dropped, consonants that the scripts
  spell differently are merged (``p``→``b``: Arabic has no p; ``q g``→``k``; ``c``→``j``;
  ``z``→``d``: ذ ض ظ ز romanize to dh/d/z), and doubled letters collapse.
  ``Khamenei`` → ``kmn``; ``خامنہ ای`` → ``khmnh y`` → ``kmn`` (the second word leaves
  nothing); ``خامنئي`` → ``khmnyy`` → ``kmn``.

The skeleton is deliberately coarse: it is a recall key, and ranking (the folded columns
weigh more) puts exact spellings first.
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
# Articles that stand alone in Latin transliteration ("al-Sisi", "el-Baradei").
_LATIN_ARTICLES = frozenset({"al", "el", "ul"})


def words(folded: str) -> list[str]:
    """The words of an already folded string, as the full-text index sees them."""
    return WORD.findall(folded)


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


def folded_words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def folded_key(text: str) -> str:
    """The folded form as space-separated words: the form stored in the folded columns."""
    return " ".join(folded_words(text))


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


_NOT_ALNUM = regex.compile(r"[^a-z0-9]+")


def facet(kind: str, value: str) -> str:
    """A filter token for the index's ``facets`` column: ``xl`` language, ``xt`` event type,
    ``xa`` actor (hashed, since ids may hold any character)."""
    if kind == "xa":
        import hashlib

        return "xa" + hashlib.blake2b(value.encode("utf-8"), digest_size=8).hexdigest()
    return kind + (_NOT_ALNUM.sub("", str(value).lower()) or "none0")
