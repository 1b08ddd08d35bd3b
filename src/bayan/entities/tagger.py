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


def token_features(keys: Sequence[str], lang: str) -> list[list[str]]:
    """CRF features for each token key of one sentence."""
    titles, stops = _context_words(lang)
    common = word_list(lang, "common_words")
    feats = []
    n = len(keys)
    for i, key in enumerate(keys):
        f = [
            "b",
            "w=" + key,
            "p2=" + key[:2],
            "s2=" + key[-2:],
            "s3=" + key[-3:],
            "len=" + str(min(len(key), 8)),
        ]
        if key[:1].isdigit():
            f.append("digit")
        if not any(ch.isalpha() for ch in key):
            f.append("punct")
        if key in common:
            f.append("common")
        if key in titles:
            f.append("title")
        if key in stops:
            f.append("stop")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                other = keys[j]
                f.append(f"w{offset:+d}=" + other)
                if other in titles:
                    f.append(f"title{offset:+d}")
                if other in common:
                    f.append(f"common{offset:+d}")
            else:
                f.append(f"edge{offset:+d}")
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
