"""What an input reader hands to the pipeline: one article's text and metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    text: str
    source: str  # a path, "path:line" for JSONL records, or "<stdin>"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    lang: str | None = None
    source_id: str | None = None
