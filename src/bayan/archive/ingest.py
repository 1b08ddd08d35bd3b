"""``ingest``: read, analyse and store articles, skipping what the archive already holds.

An article's id is the digest of its body, known before analysis: an article already in
the archive is counted as a duplicate and not analysed again, so re-running an ingest
after an interruption picks up where it stopped (work is committed every
``COMMIT_EVERY`` articles or ``COMMIT_SECONDS`` seconds).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bayan.archive.store import ArchiveWriter, iter_records
from bayan.article import article_id
from bayan.errors import BayanError, InputError

COMMIT_EVERY = 200
COMMIT_SECONDS = 2.0


@dataclass
class IngestSummary:
    new: int = 0
    near_duplicate: int = 0
    duplicate: int = 0
    failed: list[InputError] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.near_duplicate

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "near_duplicate": self.near_duplicate,
            "duplicate": self.duplicate,
            "failed": [{"source": e.source, "reason": e.problem} for e in self.failed],
            "interrupted": self.interrupted,
            "seconds": round(self.seconds, 3),
        }


# callback(status, source): status is new | near-duplicate | duplicate | failed
Callback = Callable[[str, str], None]


def _documents(paths: Iterable[str], analysed: bool, from_parquet: bool = False) -> Iterator[Any]:
    if from_parquet:
        # Output folders of `bayan batch`: contract records, analysed already.
        from bayan.batch import read_output

        for folder in paths:
            for record in read_output(folder):
                yield record, record.get("path") or record.get("url") or f"{folder}#{record.get('id')}"
        return
    if not analysed:
        from bayan.ingest import iter_documents

        yield from iter_documents(paths)
        return
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.endswith((".jsonl", ".ndjson")):
                        yield from ((r, f"{os.path.join(root, name)}") for r in iter_records(os.path.join(root, name)))
        else:
            yield from ((r, path) for r in iter_records(path))


def ingest(
    paths: Iterable[str],
    db: str | os.PathLike[str],
    *,
    lang: str | None = None,
    published: str | None = None,
    analysed: bool = False,
    callback: Callback | None = None,
    writer: ArchiveWriter | None = None,
    from_parquet: bool = False,
) -> IngestSummary:
    """Analyse and store every article in ``paths``; returns what happened to each.

    With ``analysed=True`` the inputs are JSON Lines of contract records (``bayan analyze
    --format jsonl``), and with ``from_parquet=True`` output folders of ``bayan batch``; both
    are stored without analysing again (a single writer, however big the cluster's output).
    ``KeyboardInterrupt`` commits the work done so far and ends the run early: the summary
    is marked ``interrupted`` and running the same ingest again resumes it.
    """
    from bayan.pipeline import analyze_document

    started = time.monotonic()
    summary = IngestSummary()
    own = writer is None
    writer = writer or ArchiveWriter(db)
    pending = 0
    last_commit = time.monotonic()

    def note(status: str, source: str) -> None:
        if callback is not None:
            callback(status, source)

    try:
        for item in _documents(paths, analysed, from_parquet):
            if (analysed or from_parquet) and isinstance(item, tuple):
                record, where = item
                if isinstance(record, InputError):
                    summary.failed.append(record)
                    note("failed", record.source)
                    continue
                source = where
            else:
                if isinstance(item, InputError):
                    summary.failed.append(item)
                    note("failed", item.source)
                    continue
                source = item.source
                aid = article_id(item.text)
                if writer.contains(aid):
                    summary.duplicate += 1
                    note("duplicate", source)
                    continue
                try:
                    record = analyze_document(item, lang=lang, published=published).to_dict()
                except BayanError as exc:
                    error = InputError(source, str(exc))
                    summary.failed.append(error)
                    note("failed", source)
                    continue
            try:
                result = writer.add(record, source=source)
            except InputError as exc:
                summary.failed.append(exc)
                note("failed", source)
                continue
            if result.status == "duplicate":
                summary.duplicate += 1
            elif result.status == "near-duplicate":
                summary.near_duplicate += 1
            else:
                summary.new += 1
            note(result.status, source)
            pending += 1
            if pending >= COMMIT_EVERY or time.monotonic() - last_commit > COMMIT_SECONDS:
                writer.commit()
                pending = 0
                last_commit = time.monotonic()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        writer.commit()
        if own:
            writer.close()
        summary.seconds = time.monotonic() - started
    return summary
