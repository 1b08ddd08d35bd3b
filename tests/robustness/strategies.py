"""Hypothesis strategies for Arabic-script news text that reaches every code path.

Random characters alone exercise the normalizer and the tokenizer and little else: a
quote needs a speaker, a cue and content in the right order. So text is drawn from
*pieces*: single characters of every class that matters (all letter variants, ZWNJ,
diacritics, tatweel, bidi controls, presentation forms, digits, every quotation mark,
Urdu/Persian/Arabic punctuation, newlines) mixed with words taken from bayan's own rule
data (speech verbs, complementizers, subject markers, pronouns, titles, event triggers,
date words) and actor names from the bundled dictionaries, and with whole sentences built
from templates (``X نے کہا کہ …``, ``X گفت: «…»``, ``قال X إن …``).

The vocabulary is read from the rule modules at first use, so it follows the data.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from hypothesis import strategies as st

from bayan.lang import data_module
from bayan.script import chars

LANGS = ("ur", "fa", "ar")

LETTERS = (
    [chr(c) for c in range(0x0621, 0x064B)]  # Arabic letters, ة ي ى ك included
    + list("پچژگکیہۃھےۓٹڈڑںۀۂۍېڭڪ")
    + [chr(c) for c in (0x0671, 0x0672, 0x0673, 0x06C0, 0x06C1, 0x06C2, 0x06C3, 0x06CC, 0x06D0, 0x06D2, 0x06D3, 0x06D5)]
)
MARKS = sorted(chars.DIACRITICS)[:40] + [chars.MADDA_ABOVE, chars.HAMZA_ABOVE, chars.HAMZA_BELOW, "\u0670"]
INVISIBLES = [chars.ZWNJ, chars.ZWJ, chars.TATWEEL, "\u00a0", *sorted(chars.BIDI_CONTROLS)]
DIGITS = list(chars.ARABIC_INDIC_DIGITS + chars.EXTENDED_DIGITS + "0123456789") + ["٫", "٬"]
QUOTE_MARKS = list("«»“”\"'‘’‹›„")
PUNCTUATION = list("۔؟،:؛.!?,;()-–—/…") + ["\n", "\n\n", " ", " ", " ", "\t", "\r\n"]
PRESENTATION = ["\ufefb", "\ufee0", "\ufb8e", "\ufdf2", "\ufef5", "\ufe8e", "\ufb50", "\ufdfa"]
LATIN = list("AaZz.Iİßﬁ") + ["U.S.", "www.x.test", "https://x.test/a", "3.5", "1,200", "12/03/2025"]

CHARACTER = st.sampled_from(LETTERS + MARKS + INVISIBLES + DIGITS + QUOTE_MARKS + PUNCTUATION + PRESENTATION + LATIN)


def _phrases(value) -> list[str]:
    """Every string in a rule value: tuples, dicts of tuples, dict keys."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _phrases(k) + _phrases(v)]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [p for item in value for p in _phrases(item)]
    return []


@lru_cache(maxsize=None)
def vocabulary(lang: str) -> tuple[str, ...]:
    """Cue words, titles, triggers and date words of one language, from its rule modules."""
    found: set[str] = set()
    for kind in ("quotes", "names", "events", "dates", "organisations"):
        module = data_module(lang, kind)
        for name in dir(module):
            if name.isupper():
                found.update(p for p in _phrases(getattr(module, name)) if p.strip() and not p.isascii())
    return tuple(sorted(found))


@lru_cache(maxsize=None)
def actor_names(lang: str) -> tuple[str, ...]:
    """Names of bundled actors in one language (people, organisations, places)."""
    found: set[str] = set()
    folder = resources.files("bayan.data").joinpath("actors")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        for actor in yaml.safe_load(entry.read_text(encoding="utf-8")) or []:
            names = (actor.get("names") or {}).get(lang) or []
            found.update(n for n in names[:2] if isinstance(n, str))
    return tuple(sorted(found))


def _words(lang: str):
    return st.sampled_from(vocabulary(lang)) | st.sampled_from(actor_names(lang))


def _filler(lang: str):
    """A few ordinary words (or noise) for content and subjects."""
    word = st.text(st.sampled_from(LETTERS), min_size=1, max_size=7)
    return st.lists(word | _words(lang), min_size=0, max_size=6).map(" ".join)


SPEECH = {
    "ur": ["{s} نے کہا کہ {c}۔", '{s} نے کہا: "{c}"', "{s} نے {c} کہا۔", "انہوں نے مزید کہا کہ {c}۔",
           "{s} کا کہنا تھا کہ {c}۔", "{s} کے مطابق {c}۔", "{s} نے {o} سے ملاقات کی۔", "{s} نے زور دیتے ہوئے کہا کہ {c}",
           "{t} {s} نے {o} کو {c} قرار دیا۔", "اسلام آباد (اے پی پی) {s} نے کہا ہے کہ {c}۔"],
    "fa": ["{s} گفت: «{c}»", "{s} گفت که {c}.", "وی افزود: {c}", "به گفته {s}، {c}.", "{t} {s} با {o} دیدار کرد.",
           "تهران - ایرنا - {s} تاکید کرد: «{c}».", "{s} در این دیدار گفت: “{c}”"],
    "ar": ["قال {t} {s} إن {c}.", "وأضاف {s} أن {c}.", "التقى {s} {o}.", "{s} قال: \"{c}\"", "وفقا لـ{s}، {c}.",
           "الرياض - واس - أكد {t} {s} أن {c}.", "استقبل {s} {o} في {o}."],
}


@st.composite
def sentence(draw, lang: str, depth: int = 0) -> str:
    """One sentence from a speech or meeting template; its content may be another sentence
    (speech inside speech)."""
    template = draw(st.sampled_from(SPEECH[lang]))
    fill = {key: draw(_words(lang) | _filler(lang)) for key in ("s", "o", "t")}
    inner = sentence(lang, depth + 1) if depth < 1 else _filler(lang)
    fill["c"] = draw(_filler(lang) | inner)
    return template.format(**fill)


def pieces(lang: str):
    return st.one_of(CHARACTER, _words(lang), sentence(lang), st.text(max_size=4))


@st.composite
def article_text(draw, lang: str | None = None, max_pieces: int = 40) -> str:
    """Text of one article: pieces of one language (or of all three), joined by spaces or not."""
    chosen = lang or draw(st.sampled_from(LANGS))
    parts = draw(st.lists(pieces(chosen), max_size=max_pieces))
    glue = draw(st.sampled_from([" ", "", "\n", " "]))
    return glue.join(parts)


ANY_TEXT = st.one_of(article_text(), st.text(max_size=200), st.lists(CHARACTER, max_size=200).map("".join))
