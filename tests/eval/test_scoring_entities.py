from bayan.eval.scoring import score_entities, surfaces_match

from tests.eval.builders import ent, entity, gold, prediction

SHEHBAZ = entity("شہباز شریف", "PER", "Shehbaz Sharif", "شہباز")
KHAMENEI = entity("آیت اللہ خامنہ ای", "PER", "Ali Khamenei", "آیت‌الله خامنه‌ای")
PAKISTAN = entity("پاکستان", "LOC", "Pakistan")
PTI = entity("پاکستان تحریک انصاف", "ORG", "Pakistan Tehreek-e-Insaf", "پی ٹی آئی")


def test_exact_and_alias_match():
    g = gold([SHEHBAZ, PAKISTAN])
    s = score_entities(g, prediction([ent("شہباز", "PER"), ent("پاکستان", "LOC")]))
    assert (s.counts.predicted, s.counts.predicted_correct, s.counts.gold, s.counts.gold_found) == (2, 2, 2, 2)
    assert s.counts.f1 == 1.0 and not s.missed and not s.spurious


def test_folding_meets_persian_and_arabic_spellings():
    assert surfaces_match("آیت‌الله خامنه‌ای", "آیت اللہ خامنہ ای")
    assert surfaces_match("علي", "علی") and surfaces_match("كراچی", "کراچی")
    s = score_entities(gold([KHAMENEI]), prediction([ent("آيت الله خامنه اي", "PER")]))
    assert s.counts.f1 == 1.0


def test_containment_either_way():
    g = gold([SHEHBAZ])
    longer = score_entities(g, prediction([ent("وزیر اعظم شہباز شریف", "PER")]))
    shorter = score_entities(gold([entity("محمد شہباز شریف", "PER", "Shehbaz Sharif")]),
                             prediction([ent("شہباز شریف", "PER")]))
    assert longer.counts.f1 == 1.0 and shorter.counts.f1 == 1.0


def test_containment_is_over_whole_words():
    # ان (a pronoun) is inside پاکستان as letters, not as a word.
    assert not surfaces_match("ان", "پاکستان")
    s = score_entities(gold([PAKISTAN]), prediction([ent("ان", "LOC")]))
    assert s.counts.predicted_correct == 0 and s.counts.gold_found == 0


def test_punctuation_around_a_span_does_not_block_a_match():
    assert surfaces_match("(پی ٹی آئی)", "پی ٹی آئی")


def test_type_mismatch_is_wrong_and_listed_with_gold_type():
    s = score_entities(gold([PTI]), prediction([ent("پی ٹی آئی", "LOC")]))
    assert s.counts.predicted_correct == 0 and s.counts.gold_found == 0
    assert s.spurious == [{"text": "پی ٹی آئی", "type": "LOC", "gold_type": "ORG"}]
    assert s.missed == [{"text": "پاکستان تحریک انصاف", "type": "ORG", "canonical": "Pakistan Tehreek-e-Insaf"}]


def test_mentions_are_deduplicated_by_folded_surface_and_type():
    s = score_entities(gold([PAKISTAN]), prediction([ent("پاکستان", "LOC"), ent("پاکستان", "LOC"), ent("پاكستان", "LOC")]))
    assert s.counts.predicted == 1 and s.counts.precision == 1.0


def test_two_predictions_may_find_one_gold_entity():
    # Not one-to-one: the surname and the full name are both right about one person.
    s = score_entities(gold([SHEHBAZ]), prediction([ent("شہباز شریف", "PER"), ent("شہباز", "PER")]))
    assert (s.counts.predicted, s.counts.predicted_correct, s.counts.gold, s.counts.gold_found) == (2, 2, 1, 1)


def test_precision_recall_and_per_type():
    g = gold([SHEHBAZ, PAKISTAN, PTI])
    s = score_entities(g, prediction([ent("شہباز شریف", "PER"), ent("بھارت", "LOC")]))
    assert s.counts.precision == 0.5
    assert abs(s.counts.recall - 1 / 3) < 1e-9
    assert s.by_type["PER"].f1 == 1.0
    assert s.by_type["LOC"].predicted == 1 and s.by_type["LOC"].predicted_correct == 0
    assert s.by_type["ORG"].gold == 1 and s.by_type["ORG"].predicted == 0
    assert {m["text"] for m in s.missed} == {"پاکستان", "پاکستان تحریک انصاف"}
    assert s.spurious == [{"text": "بھارت", "type": "LOC"}]


def test_missing_entities_field_scores_as_no_predictions():
    s = score_entities(gold([PAKISTAN]), {"language": "ur", "text": "..."})
    assert s.counts.predicted == 0 and s.counts.recall == 0.0
