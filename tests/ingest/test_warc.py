"""WARC input: the HTML pages of a crawl, with their URLs; everything else skipped."""

import gzip
from pathlib import Path

from bayan.errors import InputError
from bayan.ingest import Document, iter_documents

from tests.archive.inputs import PAGE, chunked, crawl, http, record  # noqa: F401


def read(path: Path) -> list:
    return list(iter_documents([str(path)]))


def test_plain_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(crawl()))
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == [
        "https://example.org/news/karachi-traders-protest",  # the page's canonical link wins
        "https://example.org/news/karachi-traders-protest",
        "https://example.org/plain.txt",
    ]
    assert all(isinstance(i, Document) for i in items)  # request, 404, image skipped silently
    assert "کراچی" in docs[0].text and docs[0].path == str(path) and docs[0].source == f"{path}:3"
    assert docs[0].published == "2025-03-12"
    assert docs[2].text.startswith("اسلام آباد")


def test_gzipped_warc_with_one_member_per_record(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in crawl()))
    docs = [i for i in read(path) if isinstance(i, Document)]
    assert len(docs) == 3


def test_truncated_warc_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.warc.gz"
    data = b"".join(gzip.compress(r) for r in crawl())
    path.write_bytes(data[: len(data) - 40])
    items = read(path)
    assert isinstance(items[-1], InputError) and "corrupt WARC record" in items[-1].problem
    assert sum(isinstance(i, Document) for i in items) == 2


def test_not_a_warc_file(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("hello world\n")
    [error] = read(path)
    assert isinstance(error, InputError) and "not a readable WARC file" in error.problem


def test_warc_files_are_found_in_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in crawl()))
    assert sum(isinstance(i, Document) for i in read(tmp_path)) == 3
