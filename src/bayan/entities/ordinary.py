"""Whether a token is an everyday word rather than part of a name.

The common-word lists hold bare forms (قدم، نظير، كرة); running text joins prepositions,
the article and pronouns to them (القدم، بنظيره، لكرة، وقال). A word is ordinary when it,
or its stem once such affixes are peeled off, is in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

# Folded affixes (أ→ا, ة→ه, ي→ی). Longest first, so وال is tried before و. The bare
# article is not peeled: surnames are made of it and a word (البناي، الصالح).
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "کال", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ک")
# Pronoun suffixes. Not the -ي of a nisba: العدواني is a surname, not العدوان + ي.
_ARABIC_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


def ordinary_word(common: Collection[str], lang: str, stops: Collection[str] = ()) -> Callable[[str], bool]:
    """A predicate over folded token keys for ``lang``; ``stops`` are function words and
    verbs that end a name (قال، كان), ordinary with a proclitic too (وقال، وكان)."""
    if lang != "ar":
        return common.__contains__

    def is_ordinary(key: str) -> bool:
        if key in common or key in stops:
            return True
        for prefix in _ARABIC_PREFIXES:
            if not key.startswith(prefix):
                continue
            stem = key[len(prefix):]
            if prefix == "و" and len(stem) > 1 and stem in stops:
                return True  # وقال، وكان (but فيصل is not ف + يصل)
            # و and ف before a short stem are too often a name's own first letter: فيصل is
            # not ف + يصل, فراس not ف + راس.
            if len(stem) >= (4 if prefix in ("و", "ف", "ک") else 3) and (stem in common or _without_suffix(stem, common)):
                return True
        return _without_suffix(key, common)

    return is_ordinary


def _without_suffix(key: str, common: Collection[str]) -> bool:
    for suffix in _ARABIC_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3 and key[: -len(suffix)] in common:
            return True
    return False


def trim_span(
    keys: list[str],
    first: int,
    end: int,
    type_: str,
    lang: str,
    is_ordinary: Callable[[str], bool],
    titles: Collection[str] = (),
    is_verb: Callable[[str], bool] = lambda key: False,
    never_names: Collection[str] = (),
) -> tuple[int, int]:
    """A statistical tagger's person span without the everyday words at its edges (وقال
    ماركوفيتش, لكرة القدم) or a title at its end; empty (``first == end``) when nothing but everyday words is
    left. Organisation and place names are made of everyday words (وزارة المالية) and
    are kept as tagged."""
    if lang != "ar" and type_ != "PER":
        return first, end
    if type_ != "PER":
        # A span that opens with a word naming nothing (حفظه الله after a ruler's name) is
        # no name at all; an organisation or a place does not open with a verb (وأعرب).
        if first < end and keys[first] in never_names:
            return first, first
        while first < end and is_verb(keys[first]):
            first += 1
        return first, end
    while first < end and is_ordinary(keys[first]):
        first += 1
    # A title after the name (إنغريد هولمبرغ المبعوثة) is apposition, not part of it, and
    # no name part opens with لل (نوفاك للصحافيين: "to the journalists").
    while end > first and (is_ordinary(keys[end - 1]) or keys[end - 1] in titles or keys[end - 1].startswith("لل")):
        end -= 1
    if lang == "ar" and type_ == "PER":
        # A person's name opens with a given name, not the article: in الصربي نيناد
        # ماركوفيتش the first word describes him.
        while end - first > 1 and keys[first].startswith("ال"):
            first += 1
        if end - first == 1 and keys[first].startswith("ال") and is_ordinary(keys[first][2:]):
            return first, first  # القدم alone is a word, not a surname
    return first, end


# Marks a key whose raw spelling is a name's (علي), where folding made it a function word's
# (على): folding maps ى and ي alike.
NAME_SPELLING = "\u0640"


def name_spelled_keys(tokens, keys: list[str], lang: str, maksura_words: Collection[str]) -> list[str]:
    """``keys`` with the Arabic homographs that folding merges told apart again: a token
    written with final ي (علي، Ali) whose folded key is a word written with final ى (على،
    "on") gets its own key, so that name rules do not stop at it."""
    if lang != "ar" or not maksura_words:
        return keys
    out = keys
    for i, token in enumerate(tokens):
        if token.text.endswith("ي") and keys[i] in maksura_words:
            if out is keys:
                out = list(keys)
            out[i] = keys[i] + NAME_SPELLING
    return out
