"""Fixture inputs for the batch tests, built deterministically from our own articles.

Every gold article in ``corpus/{dev,test}/<lang>/`` and every ``examples/*.txt`` becomes
one record, and its first paragraphs become records of their own: over 200 Urdu, Persian
and Arabic records. They are spread over the input kinds a batch reads (a JSON Lines
file, a Parquet file, a folder of HTML and text files, a WARC crawl) together with bad records that
must come out as error rows. The local engine's output is computed once per session.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="the batch tests need pyarrow (pip install 'bayan[batch]')")
import pyarrow.parquet as pq  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPHS_PER_ARTICLE = 3
MIN_PARAGRAPH_CHARS = 80
TASK_BYTES = 48 * 1024  # small tasks: several partitions, JSON Lines split into byte ranges

BAD_JSONL_LINES = [
    '{"text": "", "id": "empty"}',
    '{"text": 42, "id": "number"}',
    '{"text": ["not", "a", "string"]}',
    '{"text": "   \\n  "}',
    '{"title": "no text at all"}',
    "this line is not JSON",
    '{"text": "وزیر اعظم نے کہا", "lang": "de"}',
    '{"text": "وزیر اعظم نے کہا", "url": 5}',
]
BAD_COUNT = len(BAD_JSONL_LINES)


def gold_articles() -> list[tuple[str, str, dict]]:
    """(name, text, metadata) for each of our articles, in a fixed order."""
    found = []
    for path in sorted(ROOT.glob("corpus/*/*/*.txt")):
        if path.parent.name not in ("ur", "fa", "ar"):
            continue
        meta_path = path.with_name(path.name[: -len(".txt")] + ".source.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        meta["lang"] = path.parent.name
        found.append((f"{path.parent.parent.name}-{path.stem}", path.read_text(encoding="utf-8"), meta))
    for path in sorted(ROOT.glob("examples/*.txt")):
        found.append((f"example-{path.stem}", path.read_text(encoding="utf-8"), {"lang": path.stem[:2]}))
    return found


def fixture_records() -> list[dict]:
    """Each article, then its first paragraphs as articles of their own."""
    records = []
    for i, (name, text, meta) in enumerate(gold_articles()):
        record = {"id": name, "text": text}
        if isinstance(meta.get("published"), str):
            record["published"] = meta["published"]
        if isinstance(meta.get("title"), str):
            record["title"] = meta["title"]
        if i % 2 == 0:  # the other half have their language detected
            record["lang"] = meta["lang"]
        records.append(record)
        paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) >= MIN_PARAGRAPH_CHARS]
        for j, paragraph in enumerate(paragraphs[:PARAGRAPHS_PER_ARTICLE]):
            records.append({"id": f"{name}-p{j}", "text": paragraph, "url": f"https://news.test/{name}/{j}"})
    return records


def warc_record(kind: str, uri: str, content_type: str, block: bytes) -> bytes:
    headers = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(headers.encode("ascii") + block + b"\r\n\r\n")


def write_warc(path: Path) -> None:
    """A small crawl: an HTTP response with an Urdu page, a plain-text Arabic resource, a request."""
    page = (ROOT / "examples" / "ur-newspaper-karachi.html").read_bytes()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    text = (ROOT / "examples" / "ar-wam-abudhabi.txt").read_bytes()
    path.write_bytes(
        warc_record("request", "https://news.test/karachi", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n")
        + warc_record("response", "https://news.test/karachi", "application/http; msgtype=response", http)
        + warc_record("resource", "https://news.test/abudhabi.txt", "text/plain", text)
    )


@pytest.fixture(scope="session")
def batch_inputs(tmp_path_factory) -> dict:
    """Inputs of every kind; returns their paths and what they hold."""
    folder = tmp_path_factory.mktemp("batch-inputs")
    records = fixture_records()
    jsonl_records, parquet_records = records[: len(records) * 3 // 4], records[len(records) * 3 // 4 :]

    jsonl = folder / "articles.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in jsonl_records]
    step = max(1, len(lines) // (BAD_COUNT + 1))
    for k, bad in enumerate(BAD_JSONL_LINES):  # spread the bad lines through the file
        lines.insert((k + 1) * step, bad)
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")

    parquet = folder / "articles.parquet"
    table = pa.Table.from_pylist(
        [{"id": r["id"], "text": r["text"], "title": r.get("title"), "published": r.get("published"),
          "url": r.get("url"), "lang": r.get("lang")} for r in parquet_records]
        + [{"id": "blank", "text": "  ", "title": None, "published": None, "url": None, "lang": None}],
        schema=pa.schema([("id", pa.string()), ("text", pa.string()), ("title", pa.string()),
                          ("published", pa.string()), ("url", pa.string()), ("lang", pa.string())]),
    )
    pq.write_table(table, parquet, row_group_size=16)

    pages = folder / "pages"
    (pages / "2025").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "ur-newspaper-karachi.html", pages / "2025" / "karachi.html")
    (pages / "broken.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    shutil.copy(ROOT / "examples" / "fa-irna-tehran.txt", pages / "tehran.txt")
    (pages / ".hidden.html").write_text("<p>never read</p>", encoding="utf-8")

    warc = folder / "crawl.warc.gz"
    write_warc(warc)

    missing = str(folder / "missing.jsonl")
    return {
        "folder": folder,
        "inputs": [str(jsonl), str(parquet), str(pages), str(warc), missing],
        "records": records,
        "jsonl": jsonl,
        "parquet": parquet,
        "pages": pages,
        "warc": warc,
        "missing": missing,
        # errors: the bad JSONL lines, the blank Parquet row, broken.html, empty.txt, the missing path
        "expected_errors": BAD_COUNT + 4,
    }


@pytest.fixture(scope="session")
def local_output(batch_inputs, tmp_path_factory):
    """The local engine's output for ``batch_inputs`` (two workers)."""
    from bayan.batch import run_batch

    out = tmp_path_factory.mktemp("batch-local") / "out"
    result = run_batch(batch_inputs["inputs"], str(out), engine="local", workers=2, task_bytes=TASK_BYTES)
    return out, result


def sorted_rows(out, table: str) -> list[str]:
    """A table's rows as sorted JSON strings: equal lists mean the same rows."""
    from bayan.batch import read_table

    rows = read_table(str(out), table).to_pylist()
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
