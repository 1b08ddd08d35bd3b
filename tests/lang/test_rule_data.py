"""Every entry of the per-language rule data is itself normalized, so rules match."""

import importlib
import pkgutil

import pytest

import bayan.lang
from bayan.lang import SUPPORTED, data_module
from bayan.script import normalize


def _string_entries(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _string_entries(k)
            yield from _string_entries(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _string_entries(v)


def _data_modules():
    for lang in SUPPORTED:
        package = importlib.import_module(f"bayan.lang.{lang}")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name != "letters":  # the repair table maps *from* unnormalized letters
                yield lang, info.name


@pytest.mark.parametrize("lang,kind", list(_data_modules()))
def test_entries_are_normalized(lang, kind):
    module = data_module(lang, kind)
    for name in dir(module):
        if name.isupper():
            for entry in _string_entries(getattr(module, name)):
                if lang in ("ur", "fa", "ar"):
                    assert normalize(entry, lang).text == entry, f"{lang}.{kind}.{name}: {entry!r} is not normalized"
                assert entry == entry.strip() or not entry.strip() or kind == "punctuation", f"{entry!r} has spaces"


@pytest.mark.parametrize(
    "lang,must_have",
    [
        ("ur", {"ہے", "کے", "کی", "نے", "میں", "سے", "کو", "کہ"}),
        ("fa", {"است", "در", "به", "از", "که", "را", "این"}),
        ("ar", {"في", "من", "على", "إلى", "أن"}),
    ],
)
def test_function_words_have_the_essentials(lang, must_have):
    assert must_have <= data_module(lang, "function_words").FUNCTION_WORDS


def test_every_language_has_every_kind():
    kinds = {lang: {i.name for i in pkgutil.iter_modules(importlib.import_module(f"bayan.lang.{lang}").__path__)} for lang in SUPPORTED}
    assert kinds["ur"] == kinds["fa"] == kinds["ar"]
    assert bayan.lang.SUPPORTED == ("ur", "fa", "ar", "en")
