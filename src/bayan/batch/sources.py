"""Inputs for a batch: planned on the driver from file names and sizes, read on workers.

``plan`` turns the inputs a user gave (files, folders, ``file://``/``s3://``/``hdfs://``
URIs) into ``Split`` objects without reading any article: a whole file (HTML, text, WARC,
anything ``bayan.ingest.read_path`` reads), a byte range of a JSON Lines file, or a run of
row groups of a Parquet file. ``group`` packs splits into tasks of about the same size;
a task is one Spark partition or one job of the local process pool.

``read_split`` runs on a worker and yields ``Document | InputError`` exactly as
``bayan.ingest`` does, with sources that do not depend on how the input was split:
``path`` for a file, ``path:LINE`` for a JSON Lines record, ``path#ROW`` (from 0) for a
Parquet row. Both engines plan and read through this module, so they see the same records.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bayan.errors import InputError
from bayan.ingest.document import Document
from bayan.ingest.jsonl import document_from_record

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
MIN_TASK_BYTES = 64 * 1024
DEFAULT_TASK_BYTES = 64 * 1024 * 1024
MAX_FILES_PER_TASK = 2000

Mapper = Callable[[Callable[[Any], Any], list[Any]], list[Any]]


@dataclass(frozen=True)
class Split:
    """A piece of input one worker reads: small, plain and picklable."""

    kind: str  # file | jsonl | parquet | error
    path: str  # absolute path or URI
    size: int = 0  # bytes, for packing tasks
    start: int = 0  # jsonl: first byte; parquet: first row group
    end: int = 0  # jsonl: byte after the range; parquet: row group after the run
    first: int = 1  # jsonl: number of the first line that starts in the range; parquet: first row
    problem: str = ""  # kind == "error": why the input cannot be read

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Split:
        return cls(**data)


def supported_suffixes() -> tuple[str, ...]:
    """Suffixes a folder is searched for: whatever ``bayan.ingest`` reads, plus Parquet."""
    from bayan import ingest

    return tuple(dict.fromkeys(tuple(ingest.SUFFIXES) + JSONL_SUFFIXES + PARQUET_SUFFIXES))


# --- planning (driver) ------------------------------------------------------------------


def plan(
    inputs: Sequence[str], workers: int, task_bytes: int | None = None, mapper: Mapper | None = None
) -> list[list[Split]]:
    """Tasks (lists of splits) for ``inputs``, in input order; an unreadable input becomes
    an error split. Tasks hold about ``task_bytes`` of input each (by default about four
    tasks a worker, between 64 KB and 64 MB).

    ``mapper(fn, items)`` runs ``fn`` over ``items`` on the engine's workers: it counts the
    lines of JSON Lines files split into byte ranges, so that record numbers stay exact.
    """
    files: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for given in inputs:
        for path, size, problem in _expand(given):
            if path not in seen:
                seen.add(path)
                files.append((path, size, problem))
    target = task_target(sum(size for _p, size, _e in files), workers, task_bytes)
    splits: list[Split] = []
    for path, size, problem in files:
        if problem:
            splits.append(Split("error", path, problem=problem))
        elif path.lower().endswith(JSONL_SUFFIXES):
            splits.extend(_jsonl_ranges(path, size, target))
        elif path.lower().endswith(PARQUET_SUFFIXES):
            splits.extend(_parquet_splits(path, size, target))
        else:
            splits.append(Split("file", path, size=size))
    splits = _number_lines(splits, mapper or (lambda fn, items: [fn(i) for i in items]))
    return group(splits, target)


def _expand(given: str) -> Iterator[tuple[str, int, str]]:
    """(path, size, problem) for every file under ``given``."""
    import pyarrow.fs as pafs

    if given == "-":
        yield given, 0, "standard input cannot be read in a batch: save it to a file"
        return
    try:
        fs, root = filesystem(given)
        info = fs.get_file_info(root)
    except Exception as exc:  # bad URI, missing credentials, unreachable cluster
        yield given, 0, f"cannot open: {_one_line(exc)}"
        return
    if info.type == pafs.FileType.NotFound:
        yield given, 0, "no such file or folder"
        return
    if info.type == pafs.FileType.File:
        yield _join(given, root), info.size, ""
        return
    suffixes = supported_suffixes()
    found = False
    selector = pafs.FileSelector(root, recursive=True)
    infos = sorted(fs.get_file_info(selector), key=lambda i: i.path)
    for child in infos:
        relative = child.path[len(root):].lstrip("/")
        if child.type != pafs.FileType.File or any(part.startswith((".", "_")) for part in relative.split("/")):
            continue
        if child.base_name.lower().endswith(suffixes):
            found = True
            yield _join(given, child.path), child.size, ""
    if not found:
        yield given, 0, f"no {', '.join(suffixes)} files in this folder"


def filesystem(path: str):
    """The pyarrow filesystem for ``path`` and the path inside it (local paths made absolute)."""
    import pyarrow.fs as pafs

    if "://" in path:
        scheme, rest = path.split("://", 1)
        if scheme in ("s3a", "s3n"):  # Hadoop's names for S3; pyarrow knows it as s3
            scheme = "s3"
        return pafs.FileSystem.from_uri(f"{scheme}://{rest}")
    return pafs.LocalFileSystem(), os.path.abspath(path)


def _join(given: str, path_in_fs: str) -> str:
    """The name a split carries: an absolute local path, or the URI for remote files."""
    if "://" not in given:
        return path_in_fs
    scheme, rest = given.split("://", 1)
    if scheme == "file":
        return path_in_fs
    authority = rest.split("/", 1)[0]
    if path_in_fs.startswith(authority):  # s3://bucket/key: pyarrow paths start with the bucket
        return f"{scheme}://{path_in_fs}"
    return f"{scheme}://{authority}/{path_in_fs.lstrip('/')}"


def _jsonl_ranges(path: str, size: int, task_bytes: int) -> list[Split]:
    if size <= task_bytes:
        return [Split("jsonl", path, size=size, start=0, end=size, first=1)]
    bounds = list(range(0, size, task_bytes)) + [size]
    # first=0 means "not counted yet": _number_lines fills it in.
    return [Split("jsonl", path, size=b - a, start=a, end=b, first=0) for a, b in zip(bounds, bounds[1:])]


def _parquet_splits(path: str, size: int, task_bytes: int) -> list[Split]:
    import pyarrow.parquet as pq

    fs, inner = filesystem(path)
    try:
        with fs.open_input_file(inner) as stream:
            meta = pq.ParquetFile(stream).metadata  # the footer only
    except Exception as exc:
        return [Split("error", path, problem=f"not a readable Parquet file: {_one_line(exc)}")]
    splits, first_group, first_row, row, acc = [], 0, 0, 0, 0
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        acc += group.total_byte_size
        row += group.num_rows
        if acc >= task_bytes or g == meta.num_row_groups - 1:
            splits.append(Split("parquet", path, size=acc, start=first_group, end=g + 1, first=first_row))
            first_group, first_row, acc = g + 1, row, 0
    return splits or [Split("parquet", path, size=size, start=0, end=0, first=0)]


def _number_lines(splits: list[Split], mapper: Mapper) -> list[Split]:
    """Fill in the first line number of each byte range of a split JSON Lines file."""
    todo = [s for s in splits if s.kind == "jsonl" and s.first == 0]
    if not todo:
        return splits
    counts = dict(zip(todo, mapper(count_newlines, todo)))
    before: dict[str, int] = {}
    out = []
    for s in splits:
        if s in counts:
            lines_before = before.get(s.path, 0)
            before[s.path] = lines_before + counts[s]
            s = dataclasses.replace(s, first=lines_before + 1)  # may be adjusted by a partial line
        out.append(s)
    return out


def count_newlines(split: Split) -> int:
    """Number of newline bytes in the split's byte range (runs on a worker)."""
    count = 0
    with _open(split.path) as stream:
        stream.seek(split.start)
        remaining = split.end - split.start
        while remaining > 0:
            chunk = stream.read(min(remaining, 8 * 1024 * 1024))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


def group(splits: Sequence[Split], target: int) -> list[list[Split]]:
    """Pack consecutive splits into tasks of about ``target`` bytes."""
    tasks: list[list[Split]] = []
    current: list[Split] = []
    acc = 0
    for s in splits:
        if current and (acc + s.size > target or len(current) >= MAX_FILES_PER_TASK):
            tasks.append(current)
            current, acc = [], 0
        current.append(s)
        acc += s.size
    if current:
        tasks.append(current)
    return tasks


def task_target(total: int, workers: int, task_bytes: int | None = None) -> int:
    if task_bytes:
        return task_bytes
    return max(MIN_TASK_BYTES, min(DEFAULT_TASK_BYTES, -(-total // max(1, 4 * workers))))


# --- reading (worker) --------------------------------------------------------------------


def read_splits(splits: Iterable[Split]) -> Iterator[Document | InputError]:
    for split in splits:
        yield from read_split(split)


def read_split(split: Split) -> Iterator[Document | InputError]:
    """The records of one split; a failure to read becomes an ``InputError``, never a raise."""
    if split.kind == "error":
        yield InputError(split.path, split.problem)
        return
    readers = {"file": _read_file, "jsonl": _read_jsonl, "parquet": _read_parquet}
    where = split.path
    try:
        for item in readers[split.kind](split):
            where = item.source
            yield item
    except Exception as exc:
        after = "" if where == split.path else f" (after {where})"
        yield InputError(split.path, f"cannot read{after}: {_one_line(exc)}")


def _open(path: str) -> io.BufferedReader:
    if "://" not in path or path.startswith("file://"):
        return open(path.removeprefix("file://"), "rb")
    fs, inner = filesystem(path)
    return buffered(fs.open_input_file(inner))


class _RawNative(io.RawIOBase):
    """A pyarrow file as a raw Python stream, so that ``io.BufferedReader`` gives it lines."""

    def __init__(self, native):
        self._native = native

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._native.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._native.seek(offset, whence)

    def tell(self) -> int:
        return self._native.tell()

    def close(self) -> None:
        self._native.close()
        super().close()


def buffered(native) -> io.BufferedReader:
    return io.BufferedReader(_RawNative(native), 1024 * 1024)


def _read_file(split: Split) -> Iterator[Document | InputError]:
    from bayan.ingest import read_path

    if "://" not in split.path:
        yield from read_path(Path(split.path))
        return
    # A remote file: copy it next to us with its name, read it, and name it by its URI.
    with tempfile.TemporaryDirectory(prefix="bayan-") as folder:
        local = Path(folder) / split.path.rsplit("/", 1)[-1]
        with _open(split.path) as src, open(local, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
        for item in read_path(local):
            if isinstance(item, InputError):
                yield InputError(item.source.replace(str(local), split.path), item.problem)
            else:
                yield dataclasses.replace(
                    item,
                    source=item.source.replace(str(local), split.path),
                    path=split.path if item.path else None,
                )


def _read_jsonl(split: Split) -> Iterator[Document | InputError]:
    """Lines that start inside [start, end), each read by ``bayan.ingest.jsonl``.

    Lines come from ``bounded_lines``, as in ``bayan ingest``: a line longer than
    ``MAX_LINE_BYTES`` is skipped in chunks and reported, never held whole, and so is the
    tail of a line the previous range owns."""
    from bayan.ingest.jsonl import _LongLine, bounded_lines, iter_jsonl

    number = split.first
    with _open(split.path) as stream:
        position = split.start
        stream.seek(max(0, position - 1))
        if position > 0:
            if stream.read(1) != b"\n":  # the range starts inside a line its neighbour owns
                partial = next(bounded_lines(stream, 0), b"")  # counted, not kept
                position += partial.size if isinstance(partial, _LongLine) else len(partial)
                number += 1
        lines = bounded_lines(stream)
        while position < split.end:
            line = next(lines, None)
            if line is None:
                break
            position += line.size if isinstance(line, _LongLine) else len(line)
            where = f"{split.path}:{number}"
            for item in iter_jsonl([line], split.path, path=split.path):
                if isinstance(item, InputError):
                    yield InputError(where, item.problem)
                else:
                    yield dataclasses.replace(item, source=where)
            number += 1


_PARQUET_COLUMNS = {
    "text": ("text",),
    "title": ("title",),
    "published": ("published", "date"),
    "url": ("url",),
    "lang": ("lang", "language"),
    "id": ("id", "source_id"),
}


def _read_parquet(split: Split) -> Iterator[Document | InputError]:
    """Rows of a run of row groups: ``text`` and optional ``title``, ``published``, ``url``,
    ``lang`` (or ``language``), ``id`` (or ``source_id``) columns, as in JSON Lines."""
    import pyarrow.parquet as pq

    with _open(split.path) as stream:
        pf = pq.ParquetFile(stream)
        names = set(pf.schema_arrow.names)
        columns = {}
        for field, candidates in _PARQUET_COLUMNS.items():
            found = next((c for c in candidates if c in names), None)
            if found:
                columns[field] = found
        if "text" not in columns:
            yield InputError(split.path, 'no "text" column in this Parquet file')
            return
        row = split.first
        groups = list(range(split.start, split.end))
        if not groups:
            return
        for batch in pf.iter_batches(batch_size=1024, row_groups=groups, columns=sorted(set(columns.values()))):
            for record in batch.to_pylist():
                where = f"{split.path}#{row}"
                row += 1
                try:
                    yield _parquet_document({f: record[c] for f, c in columns.items()}, where, split.path)
                except InputError as exc:
                    yield exc


def _parquet_document(record: dict[str, Any], where: str, path: str) -> Document:
    text = record.get("text")
    if isinstance(text, bytes):
        try:
            record = {**record, "text": text.decode("utf-8")}
        except UnicodeDecodeError:
            raise InputError(where, '"text" is not UTF-8') from None
    return document_from_record(record, where, path)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


def tasks_to_json(tasks: Sequence[Sequence[Split]]) -> list[str]:
    return [json.dumps([s.to_json() for s in task]) for task in tasks]


def task_from_json(data: str) -> list[Split]:
    return [Split.from_json(d) for d in json.loads(data)]
