"""Search: every spelling and script, filters, ranking, snippets."""

import pytest

from bayan.archive import ArchiveReader, ArchiveWriter, Filters, QuerySyntaxError
from tests.archive.builders import corpus, khamenei_ids

SPELLINGS = ["Khamenei", "خامنہ ای", "خامنه‌ای", "خامنئي"]


@pytest.mark.parametrize("query", SPELLINGS)
def test_every_spelling_finds_the_same_articles(reader, archive, query):
    _, records = archive
    found = {h["id"] for h in reader.search(query).hits}
    assert found == khamenei_ids(records)


def test_spellings_meet_without_any_actor_dictionary(tmp_path):
    """The skeleton alone (no linked actor names) makes the three scripts meet."""
    path = tmp_path / "a.db"
    records = [r for r in corpus()[:3]]
    for r in records:
        r["entities"], r["quotes"], r["events"] = [], [], []
    with ArchiveWriter(path, actor_store={}) as writer:
        for r in records:
            writer.add(r)
    with ArchiveReader.open(path) as reader:
        results = [{h["id"] for h in reader.search(q).hits} for q in SPELLINGS]
    assert all(r == {x["id"] for x in records} for r in results), results


def test_title_only_mention_is_found_through_the_linked_actor(reader, archive):
    _, records = archive
    by_title = records[3]  # names him only as رہبر انقلاب
    assert "خامن" not in by_title["text"]
    assert by_title["id"] in {h["id"] for h in reader.search("Khamenei").hits}


def test_snippets_mark_the_match_in_the_original_text(reader):
    for hit in reader.search("Khamenei").hits:
        marked = [hit["snippet"][a:b] for a, b in hit["highlights"]]
        if hit["language"] == "ur" and "خامنہ" in hit["snippet"]:
            assert "خامنہ ای" in marked
        if hit["language"] == "fa":
            assert "خامنه‌ای" in marked
        if hit["language"] == "ar":
            assert "خامنئي" in marked


def test_filters(reader, archive):
    _, records = archive
    assert {h["language"] for h in reader.search("Khamenei", Filters(lang="fa")).hits} == {"fa"}
    dated = reader.search("Khamenei", Filters(since="2025-03-01", until="2025-04-30")).hits
    assert {h["published"] for h in dated} == {"2025-03-01", "2025-04-10"}
    later = reader.search("Khamenei", Filters(since="2025-04-01")).hits
    assert sorted(h["published"] for h in later) == ["2025-04-10", "2025-05-20"]
    earlier = reader.search("Khamenei", Filters(until="2025-02-28")).hits
    assert [h["published"] for h in earlier] == ["2025-02-08"]
    assert reader.search("Khamenei", Filters(since="2025-06-01", until="2025-01-01")).total == 0
    with_meeting = reader.search("ملاقات", Filters(event_type="CONSULT")).hits
    assert with_meeting and all(h["id"] != records[6]["id"] for h in with_meeting)
    by_actor = reader.search("ملاقات", Filters(actor="Abbas Araghchi")).hits
    assert {h["group_id"] for h in by_actor} == {records[4]["id"]}
    listed = reader.search(None, Filters(actor="ali-khamenei"))
    assert {h["id"] for h in listed.hits} == khamenei_ids(records)
    assert [h["published"] for h in listed.hits] == sorted((h["published"] for h in listed.hits), reverse=True)


def test_title_matches_rank_first(reader, archive):
    _, records = archive
    hits = reader.search("احتجاج").hits
    assert hits[0]["id"] == records[6]["id"]


def test_phrase_prefix_or_not(reader, archive):
    _, records = archive
    assert {h["id"] for h in reader.search('"وزیر اعظم ہاؤس"').hits} == {records[4]["id"]}
    assert reader.search("khamen*").total >= 3
    either = {h["id"] for h in reader.search("احتجاج OR خامنئي").hits}
    assert {records[6]["id"], records[2]["id"]} <= either
    without = {h["id"] for h in reader.search("Khamenei -Pezeshkian").hits}
    assert records[2]["id"] not in without and records[0]["id"] in without


def test_paging(reader):
    first = reader.search("Khamenei", limit=2)
    second = reader.search("Khamenei", limit=2, offset=2)
    assert first.total == second.total == 4
    assert not {h["id"] for h in first.hits} & {h["id"] for h in second.hits}


def test_bad_query_raises_a_readable_error(reader):
    with pytest.raises(QuerySyntaxError, match="unbalanced"):
        reader.search('"Khamenei')


def test_queries_are_parameters_not_sql(reader):
    for nasty in ["'; DROP TABLE articles; --", "x\" OR 1=1 --", "%_%", "a' UNION SELECT * FROM actors --"]:
        try:
            reader.search(nasty)
        except QuerySyntaxError:
            pass
        reader.search(None, Filters(actor=nasty, lang=nasty, event_type=nasty))
        reader.quotes(nasty)
        reader.events(actor=nasty)
    assert reader.stats()["articles"] == 7
