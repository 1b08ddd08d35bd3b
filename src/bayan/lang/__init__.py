"""Per-language data. One folder a language, one module a kind of rule; no logic here.

Languages load only when asked, so a process that reads only Urdu never imports the
Arabic tables.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib import resources
from types import ModuleType

SUPPORTED = ("ur", "fa", "ar", "en")


def data_module(lang: str, kind: str) -> ModuleType:
    """The module holding one kind of rule data for one language, e.g. ("ur", "letters")."""
    if lang not in SUPPORTED:
        raise KeyError(f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED)}")
    return importlib.import_module(f"bayan.lang.{lang}.{kind}")


@lru_cache(maxsize=None)
def letter_repairs(lang: str) -> dict[str, str]:
    return dict(data_module(lang, "letters").LETTER_REPAIRS)


@lru_cache(maxsize=None)
def word_list(lang: str, name: str) -> frozenset[str]:
    """A one-word-a-line list shipped in ``bayan/lang/<lang>/<name>.txt`` (``#`` starts a comment)."""
    if lang not in SUPPORTED:
        raise KeyError(f"unsupported language {lang!r}")
    path = resources.files(f"bayan.lang.{lang}").joinpath(f"{name}.txt")
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
