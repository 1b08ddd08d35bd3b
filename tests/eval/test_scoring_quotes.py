from bayan.eval.scoring import score_quotes, token_f1, tokens

from tests.eval.builders import entity, gold, pquote, prediction, quote, speaker

SHEHBAZ = entity("شہباز شریف", "PER", "Shehbaz Sharif", "شہباز")
FO = entity("دفتر خارجہ", "ORG", "Ministry of Foreign Affairs (Pakistan)")
CONTENT = "پاکستان خطے میں امن کا خواہاں ہے اور رہے گا"


def test_tokens_fold_and_split_on_punctuation():
    assert tokens("«امن»، ترقی!") == ["امن", "ترقی"]
    assert tokens("علي ۲۵") == tokens("علی 25")


def test_token_f1():
    assert token_f1(["a", "b", "c", "d"], ["a", "b"]) == 2 * (1.0 * 0.5) / 1.5
    assert token_f1([], ["a"]) == 0.0


def test_match_at_half_token_f1_and_not_below():
    g = gold([SHEHBAZ], [quote("a b c d", "شہباز شریف", "Shehbaz Sharif")])
    # F1 of {a b} against {a b c d} is 2/3; of {a x y z} is 1/4.
    hit = score_quotes(g, prediction(quotes=[pquote("a b", speaker("شہباز شریف"))]))
    miss = score_quotes(g, prediction(quotes=[pquote("a x y z", speaker("شہباز شریف"))]))
    assert hit.quotes.f1 == 1.0
    assert miss.quotes.predicted_correct == 0 and len(miss.missed) == 1 and len(miss.spurious) == 1
    # Exactly 0.5: {a b} against {a b c d e f} has P 1, R 1/3 -> 0.5.
    g6 = gold([], [quote("a b c d e f", None, None)])
    assert score_quotes(g6, prediction(quotes=[pquote("a b", None)])).quotes.predicted_correct == 1


def test_attribution_by_text_alias_actor_name_and_canonical():
    g = gold([SHEHBAZ], [quote(CONTENT, "شہباز شریف", "Shehbaz Sharif")])
    for spk in (speaker("شہباز"), speaker("وزیر اعظم شہباز شریف"), speaker("وزیر اعظم", actor="Shehbaz Sharif"),
                speaker("شهباز شريف")):
        s = score_quotes(g, prediction(quotes=[pquote(CONTENT, spk)]))
        assert s.attribution.f1 == 1.0, spk


def test_attribution_uses_entity_aliases_of_the_canonical():
    # The gold speaker is the full name; the prediction names the alias.
    g = gold([entity("محمد اسماعیل درویش", "PER", "Mohammad Ismail Darwish", "درویش")],
             [quote(CONTENT, "محمد اسماعیل درویش", "Mohammad Ismail Darwish")])
    s = score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("درویش"))]))
    assert s.attribution.predicted_correct == 1


def test_pronoun_speaker_with_named_antecedent_is_right():
    g = gold([SHEHBAZ], [quote(CONTENT, "شہباز شریف", "Shehbaz Sharif", cue="نے مزید کہا")])
    right = score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("شہباز شریف", pronoun="انہوں"))]))
    assert right.attribution.predicted_correct == 1
    # A bare pronoun, unresolved, is not the speaker.
    wrong = score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("انہوں"))]))
    assert wrong.quotes.predicted_correct == 1 and wrong.attribution.predicted_correct == 0
    assert wrong.misattributed == [{"text": CONTENT, "gold_speaker": "شہباز شریف", "predicted_speaker": "انہوں"}]


def test_wrong_speaker_is_a_match_but_not_attributed():
    g = gold([SHEHBAZ, FO], [quote(CONTENT, "شہباز شریف", "Shehbaz Sharif")])
    s = score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("دفتر خارجہ"))]))
    assert s.quotes.f1 == 1.0 and s.attribution.f1 == 0.0


def test_null_speaker():
    g = gold([SHEHBAZ], [quote(CONTENT, None, None, cue="ذرائع کے مطابق")])
    assert score_quotes(g, prediction(quotes=[pquote(CONTENT, None)])).attribution.predicted_correct == 1
    assert score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("شہباز شریف"))])).attribution.predicted_correct == 0
    # And a named gold speaker is not matched by a prediction with none.
    g2 = gold([SHEHBAZ], [quote(CONTENT, "شہباز شریف", "Shehbaz Sharif")])
    assert score_quotes(g2, prediction(quotes=[pquote(CONTENT, None)])).attribution.predicted_correct == 0


def test_one_to_one_greedy_by_best_f1():
    g = gold([], [quote("a b c d", None, None), quote("a b c e", None, None)])
    # Both predictions overlap both gold quotes; each gold quote goes to its best partner.
    p = prediction(quotes=[pquote("a b c e", None), pquote("a b c d", None)])
    s = score_quotes(g, p)
    assert s.quotes.predicted_correct == 2 and s.quotes.gold_found == 2
    # Two predictions of one gold quote: one matches, the other is spurious.
    g1 = gold([], [quote("a b c d", None, None)])
    s1 = score_quotes(g1, prediction(quotes=[pquote("a b c", None), pquote("a b c d", None)]))
    assert (s1.quotes.predicted, s1.quotes.predicted_correct, s1.quotes.gold_found) == (2, 1, 1)
    assert s1.spurious == [{"text": "a b c", "speaker": None, "kind": "indirect"}]


def test_attribution_counts_against_all_predictions_and_all_gold():
    g = gold([SHEHBAZ], [quote(CONTENT, "شہباز شریف", "Shehbaz Sharif"), quote("x y z", "شہباز شریف", "Shehbaz Sharif")])
    s = score_quotes(g, prediction(quotes=[pquote(CONTENT, speaker("شہباز")), pquote("u v w", speaker("شہباز"))]))
    assert s.attribution.precision == 0.5 and s.attribution.recall == 0.5
