"""A statistical name tagger (CRF) for what neither the dictionary nor titles find.

The model is trained by ``scripts/train_tagger.py`` on the CC BY 4.0 IL-NER Urdu corpus
(see NOTICE.md) and shipped in ``bayan/models/``. Features are computed from folded
token keys, so that training data and news in other spellings meet; the same function
serves training and tagging.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from bayan.lang import data_module, word_list

MODEL_NAMES = {"ur": "ur-ner.crfsuite", "fa": "fa-ner.crfsuite", "ar": "ar-ner.crfsuite"}


@lru_cache(maxsize=None)
def _context_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words that often stand right before or after a name in this language."""
    from bayan.phrases import words

    names = data_module(lang, "names")
    titles = frozenset(w for t in names.PERSON_TITLES for w in words(t))
    stops = frozenset(w for t in names.NAME_STOPS for w in words(t))
    return titles, stops


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    titles, stops = _context_words(lang)
    return titles, stops, word_list(lang, "common_words")


@lru_cache(maxsize=100_000)
def _own_features(key: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features a word contributes by itself, and the flags its neighbours see."""
    titles, stops, common = _lexicon(lang)
    own = ["b", "w=" + key, "p2=" + key[:2], "s2=" + key[-2:], "s3=" + key[-3:], "len=" + str(min(len(key), 8))]
    flags = []
    if key[:1].isdigit():
        own.append("digit")
    if not any(ch.isalpha() for ch in key):
        own.append("punct")
    if key in common:
        own.append("common")
        flags.append("common")
    if key in titles:
        own.append("title")
        flags.append("title")
    if key in stops:
        own.append("stop")
    return tuple(own), tuple(flags)


_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=100_000)
def _seen_from(key: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """What a word shows to a neighbour at each offset: ``w-1=...`` and its flags."""
    _, flags = _own_features(key, lang)
    return tuple(
        (f"w{offset:+d}=" + key,) + tuple(f"{flag}{offset:+d}" for flag in flags) for offset in _OFFSETS
    )


_EDGES = tuple((f"edge{offset:+d}",) for offset in _OFFSETS)


def token_features(keys: Sequence[str], lang: str) -> list[list[str]]:
    """CRF features for each token key of one sentence (cached per word: news repeats words)."""
    own = [_own_features(key, lang)[0] for key in keys]
    seen = [_seen_from(key, lang) for key in keys]
    n = len(keys)
    feats = []
    for i in range(n):
        f = list(own[i])
        for slot, offset in enumerate(_OFFSETS):
            j = i + offset
            f.extend(seen[j][slot] if 0 <= j < n else _EDGES[slot])
        feats.append(f)
    return feats


@lru_cache(maxsize=None)
def _load(lang: str):
    name = MODEL_NAMES.get(lang)
    if name is None:
        return None
    path = resources.files("bayan.models").joinpath(name)
    if not path.is_file():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with resources.as_file(path) as real_path:
        tagger.open(str(real_path))
    return tagger


def has_model(lang: str) -> bool:
    return _load(lang) is not None


def tag_spans(keys: Sequence[str], lang: str) -> list[tuple[int, int, str]]:
    """``(first, end, type)`` token spans the model tags PER, ORG or LOC."""
    tagger = _load(lang)
    if tagger is None or not keys:
        return []
    tags = tagger.tag(token_features(keys, lang))
    spans = []
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, label
    return spans
