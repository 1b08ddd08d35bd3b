"""A body's acronym given in brackets names it wherever it recurs."""

import pytest

from bayan import analyze


def entities(text, lang):
    return [(e.text, e.type) for e in analyze(text, lang=lang).entities]


def test_urdu_letters_in_brackets_name_the_body_later():
    text = (
        "منصوبہ چائنا روڈ اینڈ برج کارپوریشن (سی آر بی سی) نے مکمل کیا۔ "
        "وزیر نے کہا کہ سی آر بی سی نے کام وقت سے پہلے ختم کیا۔"
    )
    found = entities(text, "ur")
    assert found.count(("سی آر بی سی", "ORG")) == 2  # in the brackets, and alone later


def test_the_acronym_shares_the_actor_of_its_body():
    text = "کیپیٹل ڈویلپمنٹ اتھارٹی (سی ڈی اے) نے آپریشن شروع کیا۔ بعد ازاں سی ڈی اے کے ترجمان نے بتایا۔"
    article = analyze(text, lang="ur")
    bodies = [e for e in article.entities if e.type == "ORG"]
    assert [e.text for e in bodies] == ["کیپیٹل ڈویلپمنٹ اتھارٹی", "سی ڈی اے", "سی ڈی اے"]
    assert len({e.actor.id if e.actor else None for e in bodies}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "اسلام آباد (اے پی پی) وفاقی کابینہ نے منظوری دی۔",  # a place and its agency, not a body
        "پاکستان مسلم لیگ (ن) نے اجلاس بلایا۔",  # one letter is part of the party's name
        "پنجاب اسمبلی (جس کا اجلاس کل ہوا) نے قرارداد منظور کی۔",  # a remark, not a short form
    ],
)
def test_not_every_bracket_after_a_name_is_an_acronym(text):
    assert not [e for e in analyze(text, lang="ur").entities if e.source == "acronym"]


def test_a_road_name_before_an_organisation_word_is_that_body():
    assert ("نیشنل ہائی وے اتھارٹی", "ORG") in entities("نیشنل ہائی وے اتھارٹی نے ٹول ٹیکس بڑھا دیا۔", "ur")
    assert ("مال روڈ", "LOC") in entities("پولیس نے مال روڈ کو بند کر دیا۔", "ur")


def test_a_city_press_club_is_a_body():
    assert ("کراچی پریس کلب", "ORG") in entities("کراچی پریس کلب کے باہر تاجروں نے مظاہرہ کیا۔", "ur")
