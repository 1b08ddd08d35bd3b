"""A disk cache for data that is slow to parse and rarely changes (the bundled actors).

The cache lives in ``$BAYAN_CACHE`` or ``$XDG_CACHE_HOME/bayan`` (``~/.cache/bayan``). Its key
covers bayan's version and every source file's path, size and modification time, so an
edited or upgraded dictionary is parsed again. The cache is an optimisation only: any
problem reading or writing it falls back to parsing.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    if os.environ.get("BAYAN_CACHE"):
        return Path(os.environ["BAYAN_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bayan"


def _key(name: str, sources: Sequence[str]) -> str:
    from bayan import __version__

    digest = hashlib.sha256(f"{name}|{__version__}".encode())
    for source in sources:
        stat = os.stat(source)
        digest.update(f"|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def cached(name: str, sources: Sequence[str], build: Callable[[], T]) -> T:
    """``build()``'s result, from the disk cache when the sources have not changed."""
    try:
        path = cache_dir() / f"{name}-{_key(name, sources)}.pickle"
    except OSError:
        return build()
    try:
        with open(path, "rb") as stream:
            return pickle.load(stream)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write beside it and rename, so a reader never sees half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(stream.name, path)
    except OSError:
        pass
    return value
