"""``bayan actors`` and ``bayan analyze --actors``, in-process, with BAYAN_HOME in a tmp dir."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bayan.cli import main
from bayan.pipeline import default_pipeline

DOCS = Path(__file__).parents[1] / "docs" / "actor-dictionaries.md"
MINE = """\
- id: zorawar-khan
  type: PER
  name: Zorawar Khan
  names:
    ur: [زوراور خان]
  country: PAK
  roles:
    - {title: Governor of Sindh, start: 2020-01, end: 2021}
- id: pakistan
  type: LOC
  name: Pakistan (mine)
  names:
    ur: [پاکستان]
  country: PAK
"""
PETRARCH = (
    "AFGHANISTAN_  [AFG]\n"
    "+AFGHAN_\n"
    "HAMID_KARZAI_  # CountryInfo.txt\n"
    "+PRESIDENT_KARZAI_\n"
    "\t[AFGELI 750101-000101]\n"
    "\t[AFGGOV 20011222-20141229]\n"
    "HAMAS_ [PSEREBHMS]\n"
    "BAD_DATE_ [EGYGOV 9008223]\n"
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("BAYAN_HOME", str(tmp_path / "home"))
    default_pipeline.cache_clear()
    yield tmp_path / "home"
    default_pipeline.cache_clear()


def run(*args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_add_list_show_remove(home, tmp_path):
    mine = write(tmp_path / "mine.yaml", MINE)
    added = run("actors", "add", mine)
    assert added.exit_code == 0, added.output
    assert "2 actors (1 PER, 1 LOC)" in added.stdout and "overrides 1 bundled actor(s): pakistan" in added.stdout
    assert (home / "actors" / "1-mine.yaml").read_text(encoding="utf-8") == MINE

    files = run("actors", "files")
    assert files.stdout.strip() == "1-mine.yaml: 2 actors; overrides 1 bundled"

    listed = run("actors", "list", "--type", "PER", "--lang", "ur", "--grep", "زوراور")
    assert listed.exit_code == 0
    assert listed.stdout.splitlines() == ["zorawar-khan\tPER\tPAK\tزوراور خان\t1-mine.yaml"]

    shown = run("actors", "show", "zorawar-khan")
    assert shown.exit_code == 0
    assert "zorawar-khan  PER  Zorawar Khan" in shown.stdout and "ur: زوراور خان" in shown.stdout
    assert "Governor of Sindh  2020-01..2021" in shown.stdout
    assert f"defined in: {home / 'actors' / '1-mine.yaml'}:1" in shown.stdout

    # By any name, in any script, folded: an Arabic kaf (ك) finds the Urdu spelling (ک).
    pakistan = json.loads(run("actors", "show", "پاكستان", "--json").stdout)
    assert [a["id"] for a in pakistan] == ["pakistan"]
    assert pakistan[0]["name"] == "Pakistan (mine)" and pakistan[0]["source"].endswith("1-mine.yaml:9")
    assert pakistan[0]["overrides"].startswith("bayan/data/actors/places_countries.yaml:")

    removed = run("actors", "remove", "mine.yaml")
    assert removed.exit_code == 0 and not (home / "actors" / "1-mine.yaml").exists()
    assert json.loads(run("actors", "show", "pakistan", "--json").stdout)[0]["name"] == "Pakistan"
    assert run("actors", "remove", "mine.yaml").exit_code == 1


def test_malformed_file_prints_one_line_and_exits_1(home, tmp_path):
    bad = write(tmp_path / "bad.yaml", "- id: x\n  type: PER\n  name: X\n  nmaes: {ur: [ا]}\n")
    result = run("actors", "add", bad)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"{bad}:4: unknown field 'nmaes' (expected one of id, type, name, names, country, " \
                            "kind, wikidata, roles)\n"
    assert not (home / "actors").exists()


def test_duplicate_ids_are_reported(home, tmp_path):
    run("actors", "add", write(tmp_path / "mine.yaml", MINE))
    other = write(tmp_path / "other.yaml", "- id: zorawar-khan\n  type: PER\n  name: Z\n")
    result = run("actors", "add", other)
    assert result.exit_code == 1
    assert f"{other}:1: duplicate id 'zorawar-khan' (already in {home / 'actors' / '1-mine.yaml'}:1)" in result.stderr
    assert "nothing was added" in result.stderr
    assert sorted(p.name for p in (home / "actors").iterdir()) == ["1-mine.yaml"]
    forced = run("actors", "add", other, "--override")
    assert forced.exit_code == 0 and "replaces 1 actor(s) of your other files: zorawar-khan" in forced.stdout
    assert "overrides 1 of your earlier files" in run("actors", "files").stdout


def test_import_petrarch_into_the_users_folder(home, tmp_path):
    source = write(tmp_path / "sample.actors.txt", PETRARCH)
    result = run("actors", "import-petrarch", source)
    assert result.exit_code == 0, result.output
    assert "4 actors (2 PER, 1 ORG, 1 LOC)" in result.stdout and "1-sample.actors.yaml" in result.stdout
    assert "4 entries read, 0 merged into an entry with the same phrase, 0 skipped, 1 note(s)" in result.stdout
    assert f"note: {source}:8: the date '9008223' is neither YYMMDD nor YYYYMMDD" in result.stderr
    assert (home / "actors" / "1-sample.actors.yaml").read_text(encoding="utf-8").startswith(
        "# Imported by `bayan actors import-petrarch --lang en` from sample.actors.txt.\n")

    shown = run("actors", "show", "President Karzai")
    assert "petrarch-hamid-karzai  PER  Hamid Karzai" in shown.stdout
    assert "AFGELI  1975-01-01..2000-01-01  (AFG · elites)" in shown.stdout
    assert "hamid-karzai  PER" in shown.stdout  # ours too: the name belongs to both

    again = run("actors", "import-petrarch", source)  # same name: replaces the copy
    assert again.exit_code == 0 and "replaces your earlier copy 1-sample.actors.yaml" in again.stdout
    assert [p.name for p in (home / "actors").iterdir()] == ["2-sample.actors.yaml"]

    clash = run("actors", "import-petrarch", write(tmp_path / "other.txt", "HAMAS_ [PSEREB]\n"))
    assert clash.exit_code == 1 and "duplicate id 'petrarch-hamas'" in clash.stderr


def test_import_petrarch_out_lang_format(home, tmp_path):
    source = write(tmp_path / "ar.txt", "نوري_المالكي_\n\t[IRQGOV 20060520-20140908]\nبغداد  [IRQ]\n")
    out = tmp_path / "out.tsv"
    result = run("actors", "import-petrarch", source, "--lang", "ar", "--out", out, "--id-prefix", "up-")
    assert result.exit_code == 0, result.output
    assert not (home / "actors").exists()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[2].startswith("id\ttype\tname\tname:ar")
    assert lines[3].startswith("up-nwry-lmlky\tPER\tنوري المالكي\tنوري المالكي\tIRQ")
    tsv = run("actors", "import-petrarch", write(tmp_path / "en.txt", PETRARCH), "--format", "tsv")
    assert tsv.exit_code == 0 and (home / "actors" / "1-en.tsv").is_file()
    assert run("actors", "import-petrarch", source, "--id-prefix", "Bad_").exit_code == 1


def test_import_petrarch_malformed(home, tmp_path):
    source = write(tmp_path / "bad.txt", "AFGHANISTAN [AFG]\n\t[AFG 12ab]\n")
    result = run("actors", "import-petrarch", source)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"{source}:2: cannot read the dates '12ab'") and result.stderr.count("\n") == 1


def test_list_json_and_filters(home):
    people = json.loads(run("actors", "list", "--type", "PER", "--json").stdout)
    assert people and all(a["type"] == "PER" for a in people)
    assert all(a["source"].startswith("bayan/data/actors/") for a in people)
    urdu = run("actors", "list", "--lang", "ur", "--grep", "pakistan")
    assert "pakistan\tLOC\tPAK\tپاکستان\tplaces_countries.yaml" in urdu.stdout.splitlines()
    assert re.search(r"^\d+ of \d+ actors$", urdu.stderr.strip())


def test_show_unknown_name(home):
    result = run("actors", "show", "no such actor anywhere")
    assert result.exit_code == 1 and "no actor has the id or name" in result.stderr


def test_analyze_with_actors_option(home, tmp_path):
    mine = write(tmp_path / "mine.yaml", MINE)
    text = "زوراور خان نے پاکستان میں کہا کہ امن ضروری ہے۔"
    result = run("analyze", "-", "--lang", "ur", "--actors", mine, input=text.encode())
    assert result.exit_code == 0, result.output
    actors = {e["text"]: e["actor"]["id"] for e in json.loads(result.stdout)["entities"] if e.get("actor")}
    assert actors["زوراور خان"] == "zorawar-khan"
    bad = write(tmp_path / "bad.yaml", "- id: x\n")
    failed = run("analyze", "-", "--lang", "ur", "--actors", bad, input=text.encode())
    assert failed.exit_code == 1 and f"{bad}:1: actor has no 'type'" in failed.stderr


def test_every_actors_command_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    for name in main.commands["actors"].commands:
        assert f"bayan actors {name}" in docs, f"`bayan actors {name}` is not in {DOCS.name}"
    assert "BAYAN_HOME" in docs and "bayan analyze --actors" in docs
