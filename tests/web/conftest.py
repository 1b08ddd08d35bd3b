import warnings

import pytest

from tests.archive.builders import Builder, actor, build_archive, corpus

EVIL = '<script>alert("x")</script>'


def evil_record():
    """An article whose text, title and actor name try to inject markup."""
    text = f'کراچی: {EVIL} نے کہا کہ <img src=x onerror=alert(1)> سب ٹھیک ہے۔ "><b>bold</b>'
    return (
        Builder(text, "ur", title=f"{EVIL} خبر", published="2025-06-01", url="javascript:alert(1)")
        .entity(EVIL, "PER", actor("evil-actor", f"{EVIL} Evil"))
        .quote("<img src=x onerror=alert(1)> سب ٹھیک ہے", EVIL, actor("evil-actor", f"{EVIL} Evil"), "نے کہا کہ")
        .build()
    )


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "bayan.db"
    records = corpus() + [evil_record()]
    build_archive(path, records)
    return path, records


@pytest.fixture(scope="session")
def client(archive_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from bayan.web import Settings, create_app

    with TestClient(create_app(Settings(db=str(archive_path[0])))) as c:
        yield c
