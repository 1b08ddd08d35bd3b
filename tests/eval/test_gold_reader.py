import json

import pytest

from bayan.errors import InputError
from bayan.eval.gold import full_date, language_dirs, read_gold_dir

TEXT = "اسلام آباد (اے پی پی) وزیر اعظم شہباز شریف نے کہا کہ پاکستان امن چاہتا ہے۔\n"
GOLD = {
    "entities": [
        {"text": "شہباز شریف", "type": "PER", "canonical": "Shehbaz Sharif", "aliases": []},
        {"text": "اسلام آباد", "type": "LOC", "canonical": "Islamabad"},
    ],
    "quotes": [{"speaker": "شہباز شریف", "speaker_canonical": "Shehbaz Sharif",
                "text": "پاکستان امن چاہتا ہے", "kind": "indirect", "cue": "نے کہا"}],
    "events": [{"type": "OTHER", "plover": "request", "participants": ["Shehbaz Sharif"], "date": None,
                "place": None, "evidence": "x", "status": None}],
}


def write_article(folder, id="ur-001", gold=GOLD, source=None, text=TEXT):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{id}.source.json").write_text(
        json.dumps(source if source is not None else {"published": "2025-03-14", "title": "سرخی", "source": "APP"}),
        encoding="utf-8")
    if gold is not None:
        raw = gold if isinstance(gold, str) else json.dumps(gold, ensure_ascii=False)
        (folder / f"{id}.gold.json").write_text(raw, encoding="utf-8")


def test_reads_a_dir_of_language_folders(tmp_path):
    write_article(tmp_path / "ur")
    write_article(tmp_path / "fa", id="fa-001")
    (tmp_path / "notes").mkdir()  # not a language code: ignored
    write_article(tmp_path / "notes", id="x")
    arts = read_gold_dir(tmp_path)
    assert [(a.lang, a.id) for a in arts] == [("fa", "fa-001"), ("ur", "ur-001")]
    a = arts[1]
    assert a.text == TEXT and a.published == "2025-03-14" and a.title == "سرخی"
    assert a.entities[1].aliases == () and a.quotes[0].cue == "نے کہا"
    assert a.events[0].plover == "REQUEST"  # case of a PLOVER name is not the annotator's concern
    assert [x.id for x in read_gold_dir(tmp_path, lang="ur")] == ["ur-001"]


def test_reads_a_single_language_folder(tmp_path):
    write_article(tmp_path / "ur")
    assert [(a.lang, a.id) for a in read_gold_dir(tmp_path / "ur")] == [("ur", "ur-001")]
    assert language_dirs(tmp_path / "ur") == [("ur", tmp_path / "ur")]


def test_text_without_gold_is_not_an_article_yet(tmp_path):
    write_article(tmp_path / "ur", gold=None)
    assert read_gold_dir(tmp_path) == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-03-14", "2025-03-14"), ("2014-10", None), ("~2020-04-27", None), ("2025-02-30", None), (None, None),
     (20250314, None)],
)
def test_published_is_none_unless_a_full_date(value, expected):
    assert full_date(value) == expected


def test_partial_published_date_is_unknown(tmp_path):
    write_article(tmp_path / "ur", source={"published": "2014-10", "title": None})
    assert read_gold_dir(tmp_path)[0].published is None


def _error(tmp_path, **kw) -> str:
    write_article(tmp_path / "ur", **kw)
    with pytest.raises(InputError) as exc:
        read_gold_dir(tmp_path)
    return str(exc.value)


@pytest.mark.parametrize(
    ("gold", "problem"),
    [
        ("{not json", "invalid JSON"),
        ([], "must be a JSON object"),
        ({"entities": [], "quotes": []}, "missing 'events'"),
        ({**GOLD, "entities": {}}, "'entities' must be a list"),
        ({**GOLD, "entities": [{"text": "x", "type": "PERSON", "canonical": "X"}]}, "'type' is 'PERSON'"),
        ({**GOLD, "entities": [{"text": "", "type": "PER", "canonical": "X"}]}, "entities[0]: 'text'"),
        ({**GOLD, "entities": [{"text": "x", "type": "PER", "canonical": "X", "aliases": "y"}]}, "'aliases'"),
        ({**GOLD, "quotes": [{"speaker": "x", "speaker_canonical": None, "text": "t", "kind": "direct"}]},
         "both be given or both be null"),
        ({**GOLD, "quotes": [{"speaker": None, "speaker_canonical": None, "text": "t", "kind": "reported"}]},
         "'kind' is 'reported'"),
        ({**GOLD, "events": [{"type": "MEETING", "participants": [], "evidence": "e"}]}, "'type' is 'MEETING'"),
        ({**GOLD, "events": [{"type": "MEET", "participants": "A", "evidence": "e"}]}, "'participants'"),
        ({**GOLD, "events": [{"type": "MEET", "participants": [], "date": "14/03/2025", "evidence": "e"}]},
         "'date' must be YYYY-MM-DD"),
        ({**GOLD, "events": [{"type": "OTHER", "plover": "PARADE", "participants": [], "evidence": "e"}]},
         "'plover' is 'PARADE'"),
        ({**GOLD, "events": [{"type": "MEET", "status": "maybe", "participants": [], "evidence": "e"}]},
         "'status' is 'maybe'"),
    ],
)
def test_malformed_gold_names_file_and_problem(tmp_path, gold, problem):
    message = _error(tmp_path, gold=gold)
    assert "ur-001.gold.json" in message and problem in message


def test_missing_text_or_source(tmp_path):
    write_article(tmp_path / "ur")
    (tmp_path / "ur" / "ur-001.txt").unlink()
    with pytest.raises(InputError, match=r"ur-001\.txt: missing"):
        read_gold_dir(tmp_path)
    write_article(tmp_path / "ur")
    (tmp_path / "ur" / "ur-001.source.json").unlink()
    with pytest.raises(InputError, match=r"ur-001\.source\.json: missing"):
        read_gold_dir(tmp_path)


def test_text_not_utf8(tmp_path):
    write_article(tmp_path / "ur")
    (tmp_path / "ur" / "ur-001.txt").write_bytes("پاکستان".encode("utf-16"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_gold_dir(tmp_path)


def test_not_a_gold_dir(tmp_path):
    with pytest.raises(InputError, match="not a directory"):
        read_gold_dir(tmp_path / "nowhere")
    (tmp_path / "stuff").mkdir()
    with pytest.raises(InputError, match="no language folders"):
        read_gold_dir(tmp_path / "stuff")
