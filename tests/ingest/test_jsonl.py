"""JSON Lines records: fields carried through, bad lines reported with their number."""

import io

from bayan.errors import InputError
from bayan.ingest import iter_documents
from bayan.ingest.jsonl import iter_jsonl


def test_records_and_errors_in_order():
    data = (
        b'{"text": "\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1", "url": "https://x.test/1", "id": 7, "published": "2025-01-02", "lang": "ur", "title": "t"}\n'
        b"\n"
        b"not json\n"
        b'{"title": "no text"}\n'
        b'["a list"]\n'
        b'{"text": "   "}\n'
        b'{"text": "ok", "url": 5}\n'
        b'{"text": "second"}\n'
    )
    items = list(iter_jsonl(io.BytesIO(data), "feed.jsonl"))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.text for d in docs] == ["وزیر", "second"]
    first = docs[0]
    assert (first.url, first.source_id, first.published, first.lang, first.title) == ("https://x.test/1", "7", "2025-01-02", "ur", "t")
    assert errors == [
        "feed.jsonl:3: invalid JSON: Expecting value at column 1",
        'feed.jsonl:4: the record has no "text" string',
        "feed.jsonl:5: a record must be a JSON object",
        "feed.jsonl:6: empty text",
        'feed.jsonl:7: "url" must be a string',
    ]


def test_folder_with_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text("وزیر اعظم نے کہا کہ امن ضروری ہے۔", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.jsonl").write_text('{"text": "قال الوزير"}\n{broken\n', encoding="utf-8")
    (sub / "ignored.png").write_bytes(b"\x89PNG")
    items = list(iter_documents([str(tmp_path), str(tmp_path / "missing.txt")]))
    good = [i.text for i in items if not isinstance(i, InputError)]
    bad = [str(i) for i in items if isinstance(i, InputError)]
    assert sorted(good) == ["قال الوزير", "وزیر اعظم نے کہا کہ امن ضروری ہے۔"]
    assert any(b.endswith("empty.txt: empty file") for b in bad)
    assert any("b.jsonl:2: invalid JSON" in b for b in bad)
    assert bad[-1].endswith("missing.txt: no such file or folder")


def test_stdin_kinds():
    [doc] = iter_documents(["-"], stdin=io.BytesIO("گفت که صلح لازم است.".encode("utf-16")))
    assert doc.text == "گفت که صلح لازم است." and doc.source == "<stdin>"
    docs = list(iter_documents(["-"], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [d.text for d in docs] == ["a", "b"]


def test_empty_folder(tmp_path):
    [error] = iter_documents([str(tmp_path)])
    assert "no .txt" in str(error)
