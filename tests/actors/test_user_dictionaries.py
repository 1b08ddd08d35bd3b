"""The user's dictionaries: where they live, adding and removing, duplicate ids, and the
pipeline using them (a user's actor overrides ours)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bayan.actors import Actor, load_actor_file
from bayan.actors.user import (
    DuplicateIdsError,
    actors_dir,
    add_actors,
    add_file,
    data_home,
    find_user_file,
    original_name,
    remove_file,
    user_actor_files,
    user_store,
)
from bayan.errors import BayanError, DictionaryError
from bayan.pipeline import analyze, default_pipeline, make_pipeline

# A name the bundled dictionary does not have, and a new spelling for a bundled actor.
MINE = """\
- id: zorawar-khan
  type: PER
  name: Zorawar Khan
  names:
    ur: [زوراور خان]
  country: PAK
- id: pakistan
  type: LOC
  name: Pakistan (mine)
  names:
    ur: [پاکستان]
  country: PAK
"""
TEXT = "زوراور خان نے پاکستان میں کہا کہ امن ضروری ہے۔"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("BAYAN_HOME", str(tmp_path / "home"))
    default_pipeline.cache_clear()
    yield tmp_path / "home"
    default_pipeline.cache_clear()  # later tests must not see this folder


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_data_home_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BAYAN_HOME", str(tmp_path / "b"))
    assert data_home() == tmp_path / "b" and actors_dir() == tmp_path / "b" / "actors"
    monkeypatch.delenv("BAYAN_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_home() == tmp_path / "xdg" / "bayan"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_home() == Path.home() / ".local" / "share" / "bayan"


def test_no_folder_means_no_files(home):
    assert user_actor_files() == [] and len(user_store()) > 1000


def test_add_copies_in_order_and_reports_bundled_overrides(home, tmp_path):
    report = add_file(write(tmp_path / "mine.yaml", MINE))
    assert report.target == home / "actors" / "1-mine.yaml" and report.target.is_file()
    assert report.overrides_bundled == ["pakistan"] and report.duplicates == []
    assert report.counts() == {"PER": 1, "ORG": 0, "LOC": 1}
    second = add_file(write(tmp_path / "more.tsv", "id\ttype\tname\nlahore-fort\tLOC\tLahore Fort\n"))
    assert second.target.name == "2-more.tsv"
    assert [p.name for p in user_actor_files()] == ["1-mine.yaml", "2-more.tsv"]
    assert original_name(second.target) == "more.tsv"
    assert find_user_file("more.tsv") == find_user_file("2-more.tsv") == second.target
    store = user_store()
    assert store["pakistan"].name == "Pakistan (mine)" and "lahore-fort" in store
    assert [new.id for _, new in store.replaced] == ["pakistan"]


def test_hand_placed_files_come_after_numbered_ones(home, tmp_path):
    folder = home / "actors"
    folder.mkdir(parents=True)
    for name in ("b.yaml", "10-x.yaml", "2-y.tsv", "a.yml", "notes.txt", ".hidden.yaml"):
        (folder / name).write_text("", encoding="utf-8")
    assert [p.name for p in user_actor_files()] == ["2-y.tsv", "10-x.yaml", "a.yml", "b.yaml"]


def test_malformed_file_is_refused_with_its_line(home, tmp_path):
    bad = write(tmp_path / "bad.yaml", "- id: x\n  type: PERSON\n  name: X\n")
    with pytest.raises(DictionaryError) as info:
        add_file(bad)
    assert str(info.value) == f"{bad}:2: type must be PER, ORG or LOC, not 'PERSON'"
    assert not (home / "actors").exists()
    with pytest.raises(DictionaryError, match="unknown dictionary format"):
        add_file(write(tmp_path / "notes.json", "[]"))


def test_duplicate_ids_across_files_are_reported_not_merged(home, tmp_path):
    add_file(write(tmp_path / "mine.yaml", MINE))
    other = write(tmp_path / "other.yaml", "- id: x-one\n  type: ORG\n  name: X\n"
                                           "- id: zorawar-khan\n  type: PER\n  name: Z. Khan\n")
    with pytest.raises(DuplicateIdsError) as info:
        add_file(other)
    (new, old), = info.value.report.duplicates
    assert new.id == old.id == "zorawar-khan"
    assert new.origin == f"{other}:4" and old.origin == f"{home / 'actors' / '1-mine.yaml'}:1"
    assert "duplicate id 'zorawar-khan'" in str(info.value) and "\n" not in str(info.value)
    assert [p.name for p in user_actor_files()] == ["1-mine.yaml"]  # nothing was added
    report = add_file(other, override=True)
    assert [n.id for n, _ in report.duplicates] == ["zorawar-khan"]
    assert user_store()["zorawar-khan"].name == "Z. Khan"  # the later file wins, as asked


def test_adding_the_same_name_again_replaces_the_copy(home, tmp_path):
    path = write(tmp_path / "mine.yaml", MINE)
    add_file(path)
    add_file(write(tmp_path / "b.yaml", "- id: b\n  type: ORG\n  name: B\n"))
    report = add_file(write(path, MINE.replace("Zorawar Khan\n", "Zorawar Khan Jr\n")))
    assert report.duplicates == [] and report.replaces_file == home / "actors" / "1-mine.yaml"
    assert [p.name for p in user_actor_files()] == ["2-b.yaml", "3-mine.yaml"]
    assert user_store()["zorawar-khan"].name == "Zorawar Khan Jr"


def test_remove(home, tmp_path):
    add_file(write(tmp_path / "mine.yaml", MINE))
    assert remove_file("mine.yaml") == home / "actors" / "1-mine.yaml"
    assert user_actor_files() == []
    with pytest.raises(BayanError, match="no dictionary named 'mine.yaml'"):
        remove_file("mine.yaml")


def test_add_actors_writes_yaml_or_tsv(home):
    actors = [Actor("imported-one", "ORG", "Imported One", {"en": ("Imported One", "I.O.")}),
              Actor("null", "PER", "Null", {"en": ("~", "Yes", "2013-06-05")})]
    for name in ("import.yaml", "import.tsv"):
        report = add_actors(actors, name, header="made by a test\nsecond line")
        text = report.target.read_text(encoding="utf-8")
        assert text.startswith("# made by a test\n# second line\n")
        assert [a.to_dict() for a in load_actor_file(report.target)] == [a.to_dict() for a in actors]
        remove_file(name)


def test_a_broken_user_file_fails_loading_with_its_line(home):
    folder = home / "actors"
    folder.mkdir(parents=True)
    write(folder / "1-broken.yaml", "- id: Bad Id\n  type: PER\n  name: X\n")
    with pytest.raises(DictionaryError, match=r"1-broken.yaml:1: id 'Bad Id'"):
        user_store()


# --- the pipeline uses them ---------------------------------------------------------------


def linked(article) -> dict[str, str]:
    return {e.text: e.actor.id for e in article.entities if e.actor}


def test_default_pipeline_reads_the_users_files(home, tmp_path):
    before = linked(analyze(TEXT, lang="ur"))
    assert "زوراور خان" not in before
    add_file(write(tmp_path / "mine.yaml", MINE))
    assert linked(analyze(TEXT, lang="ur")) == before  # read once per process
    default_pipeline.cache_clear()
    after = analyze(TEXT, lang="ur")
    assert linked(after)["زوراور خان"] == "zorawar-khan"
    names = {e.actor.id: e.actor.name for e in after.entities if e.actor}
    assert names["pakistan"] == "Pakistan (mine)"  # the user's actor overrides ours


def test_explicit_actor_files(home, tmp_path):
    path = write(tmp_path / "mine.yaml", MINE)
    assert linked(analyze(TEXT, lang="ur", actor_files=[path]))["زوراور خان"] == "zorawar-khan"
    assert linked(make_pipeline([str(path)])(_article()))["زوراور خان"] == "zorawar-khan"
    with pytest.raises(BayanError, match="not both"):
        analyze(TEXT, pipeline=default_pipeline(), actor_files=[path])
    assert "زوراور خان" not in linked(analyze(TEXT, lang="ur"))  # the user's folder is empty


def _article():
    from bayan.article import Article

    return Article(text=TEXT, language="ur")
