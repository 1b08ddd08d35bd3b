import pytest

from bayan.eval.scoring import gold_event_type, score_events, scored_gold_events

from tests.eval.builders import entity, event, gold, part, pevent, prediction

SHEHBAZ = entity("شہباز شریف", "PER", "Shehbaz Sharif", "شہباز")
XI = entity("شی جن پنگ", "PER", "Xi Jinping")
ERDOGAN = entity("رجب طیب اردوان", "PER", "Recep Tayyip Erdogan", "اردوان")
ENTS = [SHEHBAZ, XI, ERDOGAN]


@pytest.mark.parametrize(
    ("gold_type", "extra", "plover"),
    [
        ("MEET", {}, "CONSULT"),
        ("VISIT", {}, "CONSULT"),
        ("PRAISE", {}, "SUPPORT"),
        ("AGREE", {}, "AGREE"),
        ("ACCUSE", {}, "ACCUSE"),
        ("THREATEN", {}, "THREATEN"),
        ("OTHER", {"plover": "PROTEST"}, "PROTEST"),
        ("OTHER", {}, None),
        ("STATEMENT", {}, None),
    ],
)
def test_gold_type_mapping(gold_type, extra, plover):
    assert gold_event_type(event(gold_type, "A", **extra)) == plover


def test_match_on_type_and_a_shared_participant_by_actor_name():
    g = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping")])
    p = pevent("CONSULT", [part("وزیر اعظم", "Shehbaz Sharif")], [part("چینی صدر")])
    s = score_events(g, prediction(events=[p]))
    assert s.counts.f1 == 1.0 and s.by_type["CONSULT"].f1 == 1.0


def test_shared_participant_by_text_and_alias():
    g = gold(ENTS, events=[event("VISIT", "Recep Tayyip Erdogan", "Shehbaz Sharif")])
    p = pevent("CONSULT", [part("اردوان")], [])
    assert score_events(g, prediction(events=[p])).counts.predicted_correct == 1


def test_no_shared_participant_or_wrong_type_is_no_match():
    g = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping")])
    stranger = pevent("CONSULT", [part("اردوان", "Recep Tayyip Erdogan")], [])
    wrong_type = pevent("AGREE", [part("شہباز شریف")], [part("شی جن پنگ")])
    s = score_events(g, prediction(events=[stranger, wrong_type]))
    assert s.counts.predicted_correct == 0 and len(s.missed) == 1 and len(s.spurious) == 2
    assert s.missed[0]["type"] == "CONSULT" and s.missed[0]["gold_type"] == "MEET"


def test_praise_scores_as_support_and_other_with_plover():
    g = gold(ENTS, events=[event("PRAISE", "Xi Jinping", "Shehbaz Sharif"),
                           event("OTHER", "Recep Tayyip Erdogan", plover="PROTEST")])
    p = prediction(events=[pevent("SUPPORT", [part("شی جن پنگ")]), pevent("PROTEST", [part("اردوان")])])
    assert score_events(g, p).counts.f1 == 1.0


def test_statement_and_plain_other_are_not_scored():
    g = gold(ENTS, events=[event("STATEMENT", "Shehbaz Sharif"), event("OTHER", "Xi Jinping")])
    s = score_events(g, prediction(events=[]))
    assert s.counts.gold == 0 and s.counts.f1 == 1.0  # nothing to find, nothing claimed


def test_status_is_left_out_on_both_sides():
    g = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping", status="planned"),
                           event("MEET", "Shehbaz Sharif", "Recep Tayyip Erdogan")])
    assert [t for t, _ in scored_gold_events(g)] == ["CONSULT"]
    planned = pevent("CONSULT", [part("شہباز شریف")], [part("شی جن پنگ")], status="planned")
    happened = pevent("CONSULT", [part("شہباز شریف")], [part("اردوان")])
    s = score_events(g, prediction(events=[planned, happened]))
    assert (s.counts.predicted, s.counts.predicted_correct, s.counts.gold, s.counts.gold_found) == (1, 1, 1, 1)


def test_one_to_one_matching_prefers_more_shared_participants():
    g = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping"),
                           event("MEET", "Shehbaz Sharif", "Recep Tayyip Erdogan")])
    # The first prediction shares one participant with each gold event but two with the
    # second; greedy matching gives it the second and leaves the first to the other.
    both = pevent("CONSULT", [part("شہباز")], [part("اردوان")])
    one = pevent("CONSULT", [part("شہباز")], [])
    s = score_events(g, prediction(events=[one, both]))
    assert s.counts.predicted_correct == 2
    # A duplicate prediction of a single gold event is spurious.
    g1 = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping")])
    s1 = score_events(g1, prediction(events=[one, one]))
    assert (s1.counts.predicted, s1.counts.predicted_correct) == (2, 1)


def test_date_accuracy_over_matched_events():
    g = gold(ENTS, events=[event("MEET", "Shehbaz Sharif", "Xi Jinping", date="2025-03-13"),
                           event("AGREE", "Shehbaz Sharif", "Xi Jinping", date="2025-03-14"),
                           event("THREATEN", "Recep Tayyip Erdogan", date="2025-03-10")])
    p = prediction(events=[pevent("CONSULT", [part("شہباز")], date="2025-03-14"),
                           pevent("AGREE", [part("شہباز")], date="2025-03-14")])
    s = score_events(g, p)
    assert (s.dates.correct, s.dates.total) == (1, 2)
    assert s.wrong_date == [{"type": "CONSULT", "participants": ["Shehbaz Sharif", "Xi Jinping"],
                             "gold_date": "2025-03-13", "predicted_date": "2025-03-14"}]


def test_matching_finds_as_many_pairs_as_there_can_be():
    # Greedy by most shared would give the first prediction to the second gold event (two
    # shared) and leave the first gold event, which only it can match, unmatched, though
    # the second prediction matches the second gold event too.
    g = gold(ENTS, events=[event("PRAISE", "Xi Jinping"),
                           event("PRAISE", "Shehbaz Sharif", "Recep Tayyip Erdogan")])
    all_three = pevent("SUPPORT", [part("شہباز شریف")], [part("اردوان"), part("شی جن پنگ")])
    erdogan = pevent("SUPPORT", [part("اردوان")])
    s = score_events(g, prediction(events=[all_three, erdogan]))
    assert s.counts.predicted_correct == 2 and not s.missed and not s.spurious
