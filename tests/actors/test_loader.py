"""The actor dictionary loader: every problem names the file, the line and what is wrong."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from bayan.actors import (
    Actor,
    ActorStore,
    Role,
    dump_tsv,
    dump_yaml,
    load_actor_file,
    load_bundled_actors,
    parse_actors,
)
from bayan.errors import BayanError, DictionaryError

GOOD = """\
- id: pakistan
  type: LOC
  name: Pakistan
  names:
    en: [Pakistan]
    ur: [پاکستان, اسلامی جمہوریہ پاکستان]
    fa: [پاکستان]
    ar: [باكستان]
  country: PAK
  kind: country
  wikidata: Q843
- id: nawaz-sharif
  type: PER
  name: Nawaz Sharif
  names:
    ur: [نواز شریف, میاں نواز شریف]
  country: PAK
  roles:
    - {title: Prime Minister of Pakistan, start: 2013-06-05, end: 2017-07-28}
    - {title: President of PML-N, start: 2023}
"""


def write(tmp_path: Path, text: str, name: str = "actors.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problem(tmp_path: Path, text: str, name: str = "actors.yaml") -> DictionaryError:
    path = write(tmp_path, text, name)
    with pytest.raises(DictionaryError) as caught:
        load_actor_file(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(str(path))
    return caught.value


# --- reading good files ---------------------------------------------------------------

def test_reads_every_field(tmp_path):
    pakistan, nawaz = load_actor_file(write(tmp_path, GOOD))
    assert pakistan == Actor(
        id="pakistan", type="LOC", name="Pakistan",
        names={"en": ("Pakistan",), "ur": ("پاکستان", "اسلامی جمہوریہ پاکستان"),
               "fa": ("پاکستان",), "ar": ("باكستان",)},
        country="PAK", kind="country", wikidata="Q843",
    )
    assert pakistan.line == 1 and nawaz.line == 12
    assert nawaz.roles == (Role("Prime Minister of Pakistan", "2013-06-05", "2017-07-28"),
                           Role("President of PML-N", "2023", None))


def test_all_names_yields_each_pair_once_canonical_first(tmp_path):
    pakistan, nawaz = load_actor_file(write(tmp_path, GOOD))
    pairs = list(pakistan.all_names())
    assert pairs[0] == ("en", "Pakistan")
    assert pairs.count(("en", "Pakistan")) == 1
    assert ("ur", "اسلامی جمہوریہ پاکستان") in pairs
    assert list(nawaz.all_names())[0] == ("en", "Nawaz Sharif")


def test_roles_cover_partial_dates(tmp_path):
    _, nawaz = load_actor_file(write(tmp_path, GOOD))
    assert [r.title for r in nawaz.roles_on(dt.date(2015, 1, 1))] == ["Prime Minister of Pakistan"]
    assert nawaz.roles_on(dt.date(2020, 1, 1)) == ()
    assert [r.title for r in nawaz.roles_on(dt.date(2023, 1, 1))] == ["President of PML-N"]
    assert Role("x", "2013-06", "2013-06").covers(dt.date(2013, 6, 30))
    assert not Role("x", "2013-06", "2013-06").covers(dt.date(2013, 7, 1))


def test_actor_is_frozen(tmp_path):
    pakistan, _ = load_actor_file(write(tmp_path, GOOD))
    with pytest.raises(AttributeError):
        pakistan.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        pakistan.names["en"] = ("x",)  # type: ignore[index]
    hash(pakistan)


def test_actors_pickle(tmp_path):
    # Batch workers receive actors by pickling.
    import pickle

    actors = load_actor_file(write(tmp_path, GOOD))
    assert pickle.loads(pickle.dumps(actors)) == actors


def test_scalars_stay_text(tmp_path):
    # YAML 1.1 reads NO as false and 2013-06-05 as a date; a dictionary must not.
    (actor,) = load_actor_file(write(tmp_path, """\
        - id: no
          type: ORG
          name: NO
          names: {en: [Yes, "1984"]}
        """))
    assert actor.id == "no" and actor.name == "NO"
    assert actor.names["en"] == ("Yes", "1984")


def test_a_single_name_needs_no_list(tmp_path):
    (actor,) = load_actor_file(write(tmp_path, """\
        - {id: x, type: PER, name: X, names: {ur: ایکس}}
        """))
    assert actor.names["ur"] == ("ایکس",)


def test_empty_file_is_an_empty_dictionary(tmp_path):
    assert load_actor_file(write(tmp_path, "# nothing yet\n")) == []


def test_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeff- {id: x, type: PER, name: X}\n".encode("utf-8"))
    assert [a.id for a in load_actor_file(path)] == ["x"]


# --- errors: the file, the line, the problem --------------------------------------------

def test_dictionary_error_is_a_bayan_error():
    assert issubclass(DictionaryError, BayanError)


def test_bad_yaml(tmp_path):
    error = problem(tmp_path, """\
        - id: x
          type: PER
          name: [X
        """)
    assert error.line == 4
    assert "not valid YAML" in error.problem


def test_top_level_must_be_a_list(tmp_path):
    error = problem(tmp_path, "id: x\ntype: PER\n")
    assert error.line == 1 and "list of actors" in error.problem


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- type: PER\n  name: X\n", 1, "no 'id'"),
        ("- id: x\n  name: X\n", 1, "no 'type'"),
        ("- id: x\n  type: PER\n", 1, "no 'name'"),
        ("- id: x\n  type: PERSON\n  name: X\n", 2, "type must be PER, ORG or LOC"),
        ("- id: Nawaz Sharif\n  type: PER\n  name: X\n", 1, "lowercase ASCII"),
        ("- id: x\n  type: PER\n  name: ' X'\n", 3, "leading or trailing spaces"),
        ("- id: x\n  type: PER\n  name: ''\n", 3, "name is empty"),
        ("- id: x\n  type: PER\n  name: X\n  nmaes: {}\n", 4, "unknown field 'nmaes'"),
        ("- id: x\n  type: PER\n  name: X\n  name: Y\n", 4, "duplicate key 'name' (first at line 3)"),
        ("- id: x\n  type: LOC\n  name: X\n  country: PK\n", 4, "alpha-3"),
        ("- id: x\n  type: LOC\n  name: X\n  country: ABC\n", 4, "not an ISO 3166-1"),
        ("- id: x\n  type: LOC\n  name: X\n  wikidata: 843\n", 4, "item id such as Q843"),
        ("- id: x\n  type: LOC\n  name: X\n  kind: Big City\n", 4, "kind must be"),
        ("- id: x\n  type: LOC\n  name: X\n  names: [X]\n", 4, "names must be a mapping"),
        ("- id: x\n  type: LOC\n  name: X\n  names:\n    urdu: [ایکس]\n", 5, "not a language code"),
        ("- id: x\n  type: LOC\n  name: X\n  names:\n    ur: []\n", 5, "non-empty list"),
        ("- id: x\n  type: LOC\n  name: X\n  names:\n    ur:\n      - ایکس\n      - 'ایکس '\n", 7,
         "leading or trailing spaces"),
        ("- id: x\n  type: LOC\n  name: X\n  names:\n    ur: [ایکس, ایکس]\n", 5, "appears twice"),
        ("- id: x\n  type: LOC\n  name: X\n  names:\n    en: ['A|B']\n", 5, "'|'"),
        ("- id: x\n  type: PER\n  name: X\n  roles:\n    - {start: 2001}\n", 5, "no title"),
        ("- id: x\n  type: PER\n  name: X\n  roles:\n    - {title: T, from: 2001}\n", 5, "unknown role field"),
        ("- id: x\n  type: PER\n  name: X\n  roles: T\n", 4, "roles must be a list"),
    ],
)
def test_field_errors_name_the_line(tmp_path, text, line, words):
    error = problem(tmp_path, text)
    assert error.line == line, error
    assert words in error.problem, error


@pytest.mark.parametrize(
    ("date", "words"),
    [("2013-13-01", "not a real date"), ("2013-02-30", "not a real date"),
     ("05/06/2013", "must be a date"), ("yesterday", "must be a date")],
)
def test_bad_dates(tmp_path, date, words):
    error = problem(tmp_path, f"""\
        - id: x
          type: PER
          name: X
          roles:
            - title: Minister
              start: {date}
        """)
    assert error.line == 6
    assert words in error.problem


def test_role_ending_before_it_starts(tmp_path):
    error = problem(tmp_path, """\
        - id: x
          type: PER
          name: X
          roles:
            - {title: Minister, start: 2017-07-28, end: 2013-06-05}
        """)
    assert error.line == 5 and "ends (2013-06-05) before it starts" in error.problem


def test_role_with_coarser_end_is_fine(tmp_path):
    (actor,) = load_actor_file(write(tmp_path, """\
        - {id: x, type: PER, name: X, roles: [{title: T, start: 2013-06-05, end: 2013}]}
        """))
    assert actor.roles[0].end == "2013"


def test_duplicate_id_in_one_file_names_both_places(tmp_path):
    error = problem(tmp_path, """\
        - {id: lahore, type: LOC, name: Lahore}
        - {id: karachi, type: LOC, name: Karachi}
        - {id: lahore, type: LOC, name: Lahore city}
        """)
    assert error.line == 3
    assert "duplicate id 'lahore'" in error.problem
    assert f"{tmp_path / 'actors.yaml'}:1" in error.problem


def test_unknown_suffix(tmp_path):
    path = write(tmp_path, "x", name="actors.json")
    with pytest.raises(DictionaryError, match="must end in .yaml, .yml or .tsv"):
        load_actor_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        load_actor_file(tmp_path / "nowhere.yaml")


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"- id: x\n  type: PER\n  name: Jos\xe9\n")
    with pytest.raises(DictionaryError) as caught:
        load_actor_file(path)
    assert caught.value.line == 3 and "UTF-8" in caught.value.problem


# --- TSV -------------------------------------------------------------------------------------

TSV = (
    "# a user's dictionary\n"
    "id\ttype\tname\tname:ur\tname:fa\tcountry\tkind\twikidata\troles\n"
    "\n"
    "lahore\tLOC\tLahore\tلاہور\tلاهور\tPAK\tcity\tQ11739\n"
    "nawaz-sharif\tPER\tNawaz Sharif\tنواز شریف|میاں نواز شریف\t\tPAK\t\t\t"
    "Prime Minister of Pakistan (2013-06-05..2017-07-28)|President of PML-N (2023..)|Chairman\n"
)


def test_tsv_reads_columns_and_lists(tmp_path):
    lahore, nawaz = load_actor_file(write(tmp_path, TSV, "mine.tsv"))
    assert lahore.names == {"ur": ("لاہور",), "fa": ("لاهور",)}
    assert (lahore.country, lahore.kind, lahore.wikidata, lahore.line) == ("PAK", "city", "Q11739", 4)
    assert nawaz.names["ur"] == ("نواز شریف", "میاں نواز شریف")
    assert nawaz.roles == (Role("Prime Minister of Pakistan", "2013-06-05", "2017-07-28"),
                           Role("President of PML-N", "2023", None), Role("Chairman"))


def test_tsv_round_trip_through_yaml(tmp_path):
    from_yaml = load_actor_file(write(tmp_path, GOOD))
    tsv_path = write(tmp_path, dump_tsv(from_yaml), "same.tsv")
    from_tsv = load_actor_file(tsv_path)
    assert from_tsv == from_yaml
    yaml_again = parse_actors(dump_yaml(from_tsv), "again.yaml", "yaml")
    assert yaml_again == from_yaml


def test_tsv_round_trip_of_the_bundled_dictionary():
    bundled = list(load_bundled_actors())
    assert parse_actors(dump_tsv(bundled), "all.tsv", "tsv") == bundled


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("id\ttype\tnaam\n", 1, "unknown column 'naam'"),
        ("id\ttype\n", 1, "no column name"),
        ("id\ttype\tname\tid\n", 1, "appears twice"),
        ("id\ttype\tname\nx\tPER\tX\textra\n", 2, "4 cells but the header has 3"),
        ("id\ttype\tname\nx\tPER\tX\n\ny\tPOL\tY\n", 4, "type must be"),
        ("id\ttype\tname\tname:ur\nx\tPER\tX\tا||ب\n", 2, "empty"),
        ("id\ttype\tname\troles\nx\tPER\tX\tMinister (2013-02-30..)\n", 2, "not a real date"),
        ("id\ttype\tname\nx\tPER\tX\nx\tPER\tX2\n", 3, "duplicate id 'x'"),
    ],
)
def test_tsv_errors_name_the_line(tmp_path, text, line, words):
    error = problem(tmp_path, text, "bad.tsv")
    assert error.line == line, error
    assert words in error.problem, error


# --- layers ------------------------------------------------------------------------------------

def test_user_layer_overrides_bundled_actor_by_id(tmp_path):
    user = write(tmp_path, """\
        - id: pakistan
          type: LOC
          name: Islamic Republic of Pakistan
          names: {ur: [مملکت خداداد]}
          country: PAK
        - id: my-local-mayor
          type: PER
          name: A Local Mayor
        """)
    store = ActorStore.with_user_files([user])
    assert store["pakistan"].name == "Islamic Republic of Pakistan"
    assert store["pakistan"].names == {"ur": ("مملکت خداداد",)}  # replaced whole, not merged
    assert "my-local-mayor" in store
    assert [(old.source.endswith("places_countries.yaml"), new.id) for old, new in store.replaced] == [
        (True, "pakistan")]
    assert len(store) == len(load_bundled_actors()) + 1


def test_later_user_file_wins(tmp_path):
    first = write(tmp_path, "- {id: x, type: PER, name: First}\n", "a.yaml")
    second = write(tmp_path, "id\ttype\tname\nx\tPER\tSecond\n", "b.tsv")
    store = ActorStore.with_user_files([first, second], bundled=False)
    assert store["x"].name == "Second"
    assert store.get("nobody") is None


def test_duplicate_inside_a_layer_is_an_error_even_across_files(tmp_path):
    a = load_actor_file(write(tmp_path, "- {id: x, type: PER, name: A}\n", "a.yaml"))
    b = load_actor_file(write(tmp_path, "\n\n- {id: x, type: PER, name: B}\n", "b.yaml"))
    with pytest.raises(DictionaryError) as caught:
        ActorStore([a + b])
    assert caught.value.path.endswith("b.yaml") and caught.value.line == 3
    assert "a.yaml:1" in caught.value.problem


def test_store_iterates_actors():
    store = ActorStore([[Actor("a", "PER", "A"), Actor("b", "ORG", "B")], [Actor("a", "PER", "A2")]])
    assert [actor.name for actor in store] == ["A2", "B"]
