"""The disk cache: built once, rebuilt when a source changes, never trusted when broken."""

import os

from bayan.actors.cache import cache_dir, cached


def test_built_once_and_rebuilt_when_the_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("BAYAN_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "actors.yaml"
    source.write_text("one")
    calls = []

    def build():
        calls.append(1)
        return {"value": source.read_text()}

    assert cached("t", [str(source)], build) == {"value": "one"}
    assert cached("t", [str(source)], build) == {"value": "one"}
    assert len(calls) == 1
    source.write_text("two, longer")
    assert cached("t", [str(source)], build) == {"value": "two, longer"}
    assert len(calls) == 2


def test_a_broken_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("BAYAN_CACHE", str(tmp_path))
    source = tmp_path / "s.txt"
    source.write_text("x")
    cached("t", [str(source)], lambda: 1)
    for entry in cache_dir().glob("t-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert cached("t", [str(source)], lambda: 2) == 2


def test_an_unwritable_cache_still_builds(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("BAYAN_CACHE", str(blocked / "sub"))  # a path below a file cannot be made
    source = tmp_path / "s.txt"
    source.write_text("x")
    assert cached("t", [str(source)], lambda: 3) == 3
    assert not os.path.isdir(blocked)
