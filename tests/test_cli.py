"""The command line: output formats, stdin, and clean errors."""

import json
from pathlib import Path

from click.testing import CliRunner

from bayan.cli import main

EXAMPLES = Path(__file__).parents[1] / "examples"


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_single_article_prints_one_json_object():
    result = run("analyze", str(EXAMPLES / "ur-wire-islamabad.txt"), "--published", "2025-02-08")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["language"] == "ur" and record["published"] == "2025-02-08"
    for start, end in record["sentences"]:
        assert record["text"][start:end].strip() == record["text"][start:end]


def test_folder_as_jsonl_and_table():
    result = run("analyze", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["language"] for r in records) == ["ar", "fa", "ur", "ur"]
    table = run("analyze", str(EXAMPLES), "--format", "table")
    assert table.exit_code == 0 and "ur-newspaper-karachi.html" in table.stdout


def test_stdin_and_lang_override():
    result = run("analyze", "-", "--lang", "fa", input="گفت که صلح لازم است.".encode())
    assert json.loads(result.stdout)["language"] == "fa"


def test_bad_inputs_are_reported_after_good_ones(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("analyze", str(EXAMPLES / "fa-irna-tehran.txt"), str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "2 input(s) failed" in result.stderr
    assert "empty.txt: empty file" in result.stderr and "bin.txt: binary file" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_are_one_line():
    result = run("analyze", "x.txt", "--lang", "xx")
    assert result.exit_code == 2 and "Invalid value" in result.stderr


def test_bad_published_date_becomes_a_warning():
    result = run("analyze", "-", "--published", "2014-10", input="وزیر نے کہا کہ امن ضروری ہے۔".encode())
    record = json.loads(result.stdout)
    assert record["published"] is None and "not a full" in record["warnings"][0]
