"""The output folder of a batch: its layout, writing it, and reading it back.

```
OUT/articles/part-00000*.parquet   one file per task (Spark adds its job id to the name)
OUT/entities/  OUT/quotes/  OUT/events/  OUT/errors/
OUT/_bayan_batch.json              what ran: engine, inputs, options, row counts
```

Task ``k`` writes ``part-0000k`` in every table, so an article's entity, quote and event
rows sit in the files with the same part number as the article's row. ``read_output``
relies on that to nest rows back into contract dicts one part at a time, whatever the
size of the output; when the pairing does not hold (files moved or rewritten by other
tools) it falls back to joining the whole tables in memory.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from bayan.batch.rows import Rows, nest
from bayan.batch.schema import CHILD_TABLES, SCHEMAS, TABLES
from bayan.batch.sources import filesystem
from bayan.errors import BayanError

MANIFEST = "_bayan_batch.json"
_PART = re.compile(r"^part-(\d+)")


def join(out: str, *names: str) -> str:
    return "/".join([out.rstrip("/"), *names])


def prepare(out: str, overwrite: bool) -> None:
    """Make ``out`` ready for a new batch: refuse to mix with an earlier one unless told."""
    import pyarrow.fs as pafs

    fs, root = filesystem(out)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.File:
        raise BayanError(f"{out}: is a file; --out needs a folder")
    if info.type == pafs.FileType.Directory:
        existing = [n for n in (*TABLES, MANIFEST) if fs.get_file_info(f"{root}/{n}").type != pafs.FileType.NotFound]
        if existing and not overwrite:
            raise BayanError(f"{out}: already holds batch output ({', '.join(existing)}); use --overwrite to replace it")
        for name in existing:
            if name == MANIFEST:
                fs.delete_file(f"{root}/{name}")
            else:
                fs.delete_dir(f"{root}/{name}")
    fs.create_dir(root, recursive=True)


class PartWriter:
    """Parquet files ``TABLE/part-INDEX.parquet`` for one task, opened on the first row."""

    def __init__(self, out: str, index: int):
        self.fs, self.root = filesystem(out)
        self.index = index
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts = dict.fromkeys(TABLES, 0)

    def write(self, rows: Rows) -> None:
        for table, records in zip(TABLES, rows):
            if not records:
                continue
            if table not in self.writers:
                self.fs.create_dir(f"{self.root}/{table}", recursive=True)
                path = f"{self.root}/{table}/part-{self.index:05d}.parquet"
                self.writers[table] = pq.ParquetWriter(path, SCHEMAS[table], filesystem=self.fs, compression="snappy")
            self.writers[table].write_table(pa.Table.from_pylist(records, schema=SCHEMAS[table]))
            self.counts[table] += len(records)

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


def finish(out: str, manifest: dict[str, Any]) -> None:
    """Give every table a folder with at least one (possibly empty) file, and write the manifest."""
    fs, root = filesystem(out)
    for table in TABLES:
        if not _parquet_files(out, table):
            fs.create_dir(f"{root}/{table}", recursive=True)
            pq.write_table(SCHEMAS[table].empty_table(), f"{root}/{table}/part-00000.parquet", filesystem=fs)
    with fs.open_output_stream(f"{root}/{MANIFEST}") as stream:
        stream.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))


def read_manifest(out: str) -> dict[str, Any] | None:
    fs, root = filesystem(out)
    try:
        with fs.open_input_stream(f"{root}/{MANIFEST}") as stream:
            return json.loads(stream.read().decode("utf-8"))
    except (FileNotFoundError, OSError):
        return None


def _parquet_files(out: str, table: str) -> list[str]:
    import pyarrow.fs as pafs

    fs, root = filesystem(out)
    folder = f"{root}/{table}"
    if fs.get_file_info(folder).type != pafs.FileType.Directory:
        return []
    infos = fs.get_file_info(pafs.FileSelector(folder, recursive=False))
    return sorted(
        i.path for i in infos if i.type == pafs.FileType.File and i.base_name.endswith(".parquet")
        and not i.base_name.startswith((".", "_"))
    )


def read_table(out: str, table: str) -> pa.Table:
    """A whole table, in the declared schema (for tests and small outputs)."""
    if table not in SCHEMAS:
        raise BayanError(f"unknown table {table!r}; batch output has {', '.join(TABLES)}")
    fs, _root = filesystem(out)
    files = _parquet_files(out, table)
    if not files:
        raise BayanError(f"{out}: no {table}/ table here; is this the --out folder of bayan batch?")
    tables = [pq.read_table(f, filesystem=fs).cast(SCHEMAS[table]) for f in files]
    return pa.concat_tables(tables)


def read_errors(out: str) -> Iterator[dict[str, Any]]:
    """The error rows: ``source``, ``stage``, ``error``, ``problem``, ``article_id``."""
    for path in _parquet_files(out, "errors"):
        yield from _rows(out, path)


def _rows(out: str, path: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    fs, _root = filesystem(out)
    pf = pq.ParquetFile(path, filesystem=fs)
    for batch in pf.iter_batches(batch_size=512, columns=columns):
        yield from batch.to_pylist()


def read_output(out: str) -> Iterator[dict[str, Any]]:
    """Every article of a batch output as a contract dict (``Article.to_dict()``), its
    entities, quotes and events nested back in; errors are left out (see ``read_errors``).

    Articles come one part file at a time, so memory stays at the size of one part.
    """
    if not _parquet_files(out, "articles"):
        raise BayanError(f"{out}: no articles/ table here; is this the --out folder of bayan batch?")
    groups = _groups(out)
    if groups is None:
        yield from _nest_group(out, {t: _parquet_files(out, t) for t in ("articles", *CHILD_TABLES)})
        return
    for files in groups:
        yield from _nest_group(out, files)


def _groups(out: str) -> list[dict[str, list[str]]] | None:
    """Files grouped by part number, or None when some file has no part number or some
    child rows sit in a part whose articles file does not hold their article."""
    by_part: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for table in ("articles", *CHILD_TABLES):
        for path in _parquet_files(out, table):
            match = _PART.match(path.rsplit("/", 1)[-1])
            if not match:
                return None
            by_part[int(match.group(1))][table].append(path)
    groups = [by_part[k] for k in sorted(by_part)]
    for files in groups:
        keys = _keys(out, files["articles"], "id")
        for table in CHILD_TABLES:
            child = _keys(out, files[table], "article_id")
            if len(child) and not pc.all(pc.is_in(child, value_set=keys)).as_py():
                return None
    return groups


def _keys(out: str, paths: list[str], id_column: str) -> pa.Array:
    """``id + "\x1f" + source`` of every row in ``paths``: the join key as one string."""
    fs, _root = filesystem(out)
    arrays = []
    for path in paths:
        table = pq.read_table(path, columns=[id_column, "source"], filesystem=fs)
        arrays.append(pc.binary_join_element_wise(table[id_column], table["source"], "\x1f"))
    return pa.chunked_array([c for a in arrays for c in a.chunks], type=pa.string()).combine_chunks()


def _nest_group(out: str, files: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    children: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = {}
    for table in CHILD_TABLES:
        by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for path in files.get(table, []):
            for row in _rows(out, path):
                by_key[(row["article_id"], row["source"])].append(row)
        children[table] = by_key
    for path in files.get("articles", []):
        for article in _rows(out, path):
            key = (article["id"], article["source"])
            yield nest(
                article,
                children["entities"].get(key, []),
                children["quotes"].get(key, []),
                children["events"].get(key, []),
            )
