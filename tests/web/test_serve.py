"""``bayan serve``: binds to 127.0.0.1 unless told otherwise, refuses bad archive files."""

from click.testing import CliRunner

from bayan.cli import main
from bayan.cli.serve import _is_loopback


def serve(monkeypatch, *args):
    calls = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(main, ["serve", *map(str, args)])
    return result, calls


def test_serves_on_loopback_by_default(monkeypatch, archive_path):
    result, calls = serve(monkeypatch, "--db", archive_path[0])
    assert result.exit_code == 0, result.output
    [(app, options)] = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert app.state.settings.db == str(archive_path[0])
    assert "warning" not in result.stderr


def test_warns_when_serving_the_network(monkeypatch, archive_path):
    result, calls = serve(monkeypatch, "--db", archive_path[0], "--host", "0.0.0.0", "--port", "9000")
    assert calls[0][1]["host"] == "0.0.0.0" and calls[0][1]["port"] == 9000
    assert "anyone who can reach this machine" in result.stderr


def test_refuses_missing_foreign_and_corrupt_files(monkeypatch, tmp_path):
    import sqlite3

    foreign = tmp_path / "foreign.db"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    for path, message in ((tmp_path / "none.db", "no archive at"), (foreign, "not a bayan archive"),
                          (junk, "not a SQLite database")):
        result, calls = serve(monkeypatch, "--db", path)
        assert result.exit_code == 1 and message in result.stderr and not calls, result.output
        assert "Traceback" not in result.output


def test_loopback_addresses():
    assert _is_loopback("127.0.0.1") and _is_loopback("localhost") and _is_loopback("::1")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.5")
