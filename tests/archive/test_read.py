"""Quotes, events, actors, the meeting network and timelines."""

from tests.archive.builders import KHAMENEI


def test_quotes_by_speaker_in_any_script(reader):
    for name in ["Shehbaz Sharif", "شہباز شریف", "شهباز شريف", "shehbaz-sharif", "Sharif"]:
        quotes = reader.quotes(name)["quotes"]
        assert [q["speaker_actor_id"] for q in quotes] == ["shehbaz-sharif"], name
    khamenei = reader.quotes("Khamenei")["quotes"]
    assert [q["published"] for q in khamenei] == ["2025-02-08", "2025-03-01"]  # over time


def test_events_by_type_actor_and_date(reader):
    found = reader.events(type="CONSULT", actor="Khamenei", since="2025-03-01")["events"]
    assert [e["day"] for e in found] == ["2025-03-01", "2025-04-10", "2025-05-20"]
    assert all(e["type"] == "CONSULT" for e in found)
    first = found[0]
    assert first["source"][0]["actor_id"] == "abbas-araghchi" and first["target"][0]["actor_id"] == "ali-khamenei"
    assert reader.events(type="PROTEST")["total"] == 1
    assert reader.events(actor="خامنئي")["total"] == 5  # four meetings and one SUPPORT


def test_actor_page_data(reader):
    actor = reader.actor(KHAMENEI["id"])
    assert actor["name"] == "Ali Khamenei"
    seen = set(actor["seen_as"]) | {n for names in actor["names"].values() for n in names}
    assert {"آیت اللہ خامنہ ای", "آیت‌الله خامنه‌ای", "علی خامنئی" if "علی خامنئی" in seen else "علي خامنئي", "رہبر انقلاب"} <= seen
    assert actor["counts"]["mentions"] == 4 and actor["counts"]["quotes"] == 2
    met = {m["id"]: m["meetings"] for m in actor["met"]}
    assert met == {"masoud-pezeshkian": 2, "abbas-araghchi": 1}


def test_resolve_actor_names(reader):
    for name in ["Khamenei", "خامنئي", "ali-khamenei", "Ali Khamenei"]:
        assert reader.resolve_actors(name)[0] == "ali-khamenei", name
    assert reader.resolve_actors("Nobody At All") == []


def test_network_counts_meetings(reader):
    net = reader.network()
    edges = {(e["source"], e["target"]): e["weight"] for e in net["edges"]}
    assert edges == {
        ("abbas-araghchi", "shehbaz-sharif"): 2,
        ("ali-khamenei", "masoud-pezeshkian"): 2,
        ("abbas-araghchi", "ali-khamenei"): 1,
    }
    assert {n["id"] for n in net["nodes"]} == {"abbas-araghchi", "shehbaz-sharif", "ali-khamenei", "masoud-pezeshkian"}
    only = reader.network(actor="Pezeshkian")
    assert [(e["source"], e["target"]) for e in only["edges"]] == [("ali-khamenei", "masoud-pezeshkian")]
    assert reader.network(since="2025-03-15")["edges"][0]["weight"] == 2


def test_timeline_for_an_actor_and_a_query(reader):
    line = reader.timeline(actor="Khamenei")
    assert [p["period"] for p in line["periods"]] == ["2025-02", "2025-03", "2025-04", "2025-05"]
    assert line["periods"][-1]["types"] == {"CONSULT": 1, "SUPPORT": 1}
    by_query = reader.timeline(q="احتجاج")
    assert [e["type"] for e in by_query["events"]] == ["PROTEST"]
