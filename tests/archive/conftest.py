import pytest

from tests.archive.builders import build_archive


@pytest.fixture()
def archive(tmp_path):
    """A fresh archive holding ``builders.corpus()``; yields (path, records)."""
    path = tmp_path / "bayan.db"
    records = build_archive(path)
    return path, records


@pytest.fixture()
def reader(archive):
    from bayan.archive import ArchiveReader

    with ArchiveReader.open(archive[0]) as r:
        yield r
