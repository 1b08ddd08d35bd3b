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

The skeleton (``bayan.script.skeleton``, shared with cross-script linking) is deliberately coarse: it is a recall key, and ranking (the folded columns
weigh more) puts exact spellings first.
"""

from __future__ import annotations

import regex

from bayan.script.normalize import fold
from bayan.script.skeleton import WORD, skeleton, skeleton_words, word_skeleton

__all__ = ["WORD", "facet", "folded_key", "folded_words", "is_arabic_script", "skeleton", "skeleton_words", "word_skeleton", "words"]

_ARABIC_LETTER = regex.compile(r"\p{Arabic}")


def words(folded: str) -> list[str]:
    """The words of an already folded string, as the full-text index sees them."""
    return WORD.findall(folded)


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
