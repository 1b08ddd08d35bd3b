from bayan import analyze
from bayan.events.speech_model import quote_features, speech_act_model


def test_features_are_the_words_their_pairs_and_the_reporting_clause():
    keys = ["وزیر", "نے", "کہا", "که", "حکومت", "ناکام", "هے"]
    features = quote_features(keys, 4, 7, 0)
    assert {"q:حکومت", "q:ناکام", "b:حکومت_ناکام", "c:وزیر", "c:که"} <= features
    assert "q:وزیر" not in features


def test_a_model_ships_for_each_language_of_events():
    for lang in ("ur", "fa", "ar"):
        model = speech_act_model(lang)
        assert model is not None and 0 < model.threshold < 1
        assert set(model.bias) == {"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"}
    assert speech_act_model("en") is None


def test_the_model_reads_blame_no_list_holds_and_not_a_plain_report():
    # No accusing word of SPEECH_ACTS here: the complaint is in its shape (promises "they"
    # kept making, not one kept), which the model has learned from the annotated articles.
    blame = (
        "کراچی (اسٹاف رپورٹر) ایم کیو ایم کے رہنما نعیم اختر نے کہا کہ سندھ حکومت کراچی کے عوام سے "
        "جو وعدے کرتی رہی ہے ان میں سے ایک بھی پورا نہیں ہوا۔"
    )
    plain = "کراچی (اسٹاف رپورٹر) ایم کیو ایم کے رہنما نعیم اختر نے کہا کہ اجلاس میں آئندہ مالی سال کے بجٹ پر غور کیا گیا۔"
    assert "ACCUSE" in [e.type for e in analyze(blame, lang="ur", published="2025-02-08").events]
    assert "ACCUSE" not in [e.type for e in analyze(plain, lang="ur", published="2025-02-08").events]
