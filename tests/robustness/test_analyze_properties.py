"""analyze() on generated Arabic-script news text: it never fails on a string, and every
span of the record points at its own text (entities; quotes with cue, speaker and
pronoun; events with trigger and participants; sentences)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bayan import BayanError, analyze
from tests.robustness.contract import check_article
from tests.robustness.strategies import ANY_TEXT, LANGS, article_text, sentence

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PER_LANGUAGE = settings(SETTINGS, max_examples=70)
PUBLISHED = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2014-10", "~2020-04-27", "2025-02-30", "2025-02-08T10:00:00Z", "۲۰۲۵-۰۲-۰۸", ""]),
    st.text(max_size=30),
)


@SETTINGS
@given(text=ANY_TEXT, lang=st.sampled_from([None, "und", *LANGS, "en"]), published=PUBLISHED)
def test_any_text_keeps_the_contract(text, lang, published):
    record = check_article(analyze(text, lang=lang, published=published))
    assert record["text"] == text
    assert record["language"] in ("ur", "fa", "ar", "en", "und")


@pytest.mark.parametrize("lang", LANGS)
@PER_LANGUAGE
@given(data=st.data())
def test_news_text_of_each_language(lang, data):
    text = data.draw(article_text(lang))
    check_article(analyze(text, lang=lang, published="2025-02-08"))


@pytest.mark.parametrize("lang", LANGS)
@PER_LANGUAGE
@given(data=st.data())
def test_speech_and_meeting_sentences_reach_the_extractors(lang, data):
    """Sentences built from cue templates: the quote and event code paths run, not only the tokenizer."""
    sentences = data.draw(st.lists(sentence(lang), min_size=1, max_size=6))
    record = check_article(analyze("\n".join(sentences), lang=lang))
    for quote in record["quotes"]:
        assert quote["end"] > quote["start"]


def test_generated_sentences_do_yield_quotes_and_events():
    """Guard on the strategies themselves: their templates must exercise the extractors."""
    text = "\n".join(
        [
            "وزیر اعظم شہباز شریف نے کہا کہ پاکستان امن چاہتا ہے۔",
            "وزیر اعظم شہباز شریف نے ایرانی وزیر خارجہ عباس عراقچی سے ملاقات کی۔",
            'انہوں نے کہا: "ہم تیار ہیں۔"',
        ]
    )
    record = check_article(analyze(text, lang="ur"))
    assert record["quotes"] and record["events"]
    assert any(q["speaker"] and q["speaker"].get("pronoun") for q in record["quotes"])


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=50), st.integers(min_value=0, max_value=50), st.sampled_from(["\ud800", "\udfff", "\udc80"]))
def test_lone_surrogates_are_refused_with_a_clear_error(text, at, surrogate):
    at = min(at, len(text))
    bad = text[:at] + surrogate + text[at:]
    with pytest.raises(BayanError, match="unpaired surrogate"):
        analyze(bad)


@settings(max_examples=50, deadline=None)
@given(lang=st.text(max_size=5))
def test_unknown_languages_are_refused(lang):
    assume(lang not in ("ur", "fa", "ar", "en", "und"))
    with pytest.raises(BayanError, match="unsupported language"):
        analyze("وزیر نے کہا", lang=lang)


@settings(max_examples=50, deadline=None)
@given(value=st.one_of(st.binary(max_size=10), st.integers(), st.none(), st.lists(st.text(max_size=3), max_size=2)))
def test_non_text_is_refused(value):
    with pytest.raises(BayanError, match="needs the article text as str"):
        analyze(value)
