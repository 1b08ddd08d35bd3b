"""Settings of the web app, declared once with their help text (datasette style)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Settings:
    db: str = field(default="bayan.db", metadata={"help": "Archive file to serve (read-only)."})
    page_size: int = field(default=20, metadata={"help": "Search hits per page."})
    network_nodes: int = field(default=60, metadata={"help": "Most-connected actors drawn on the network page."})
    title: str = field(default="bayan", metadata={"help": "Site name shown in the header."})

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Settings from ``BAYAN_<NAME>`` environment variables, then ``overrides``."""
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f"BAYAN_{f.name.upper()}")
            if raw is not None:
                values[f.name] = int(raw) if f.type in (int, "int") else raw
        values.update(overrides)
        return cls(**values)

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata.get("help", "") for f in fields(cls)}
