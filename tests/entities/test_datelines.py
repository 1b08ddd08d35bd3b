"""The outlet a dateline credits in brackets is an organisation, there and only there."""

import pytest

from bayan import analyze
from bayan.entities.datelines import outlet_short_names
from bayan.phrases import words


def entities(text):
    return [(e.text, e.type, e.actor.name if e.actor else None) for e in analyze(text, lang="ur").entities]


def test_a_paper_credited_by_its_short_name_is_that_paper():
    found = entities("کوئٹہ (نمائندہ جنگ) وزیراعلیٰ بلوچستان نے کہا ہے کہ امن بحال ہو گا۔")
    assert ("جنگ", "ORG", "Daily Jang") in found


def test_the_same_word_outside_the_dateline_is_no_outlet():
    found = entities("کوئٹہ (اسٹاف رپورٹر) وزیراعلیٰ نے کہا کہ جنگ کسی مسئلے کا حل نہیں۔")
    assert not [e for e in found if e[1] == "ORG"]


def test_an_outlet_bayan_does_not_know_is_still_an_organisation():
    found = entities("سکھر (نمائندہ بادبان) ضلعی انتظامیہ نے دفعہ 144 نافذ کر دی۔")
    assert ("بادبان", "ORG", None) in found
    assert not [e for e in found if e[1] == "PER"]  # the correspondent is no one named


@pytest.mark.parametrize("credit", ["سٹاف رپورٹر", "بیورو رپورٹ", "پ ر", "نیوز ایجنسیاں"])
def test_reporters_and_initials_are_no_outlet(credit):
    found = entities(f"لاہور ({credit}) پنجاب حکومت نے نیا منصوبہ شروع کیا۔")
    assert [e for e in found if e[0] == "لاہور"] and not [e for e in found if "رپورٹ" in e[0] or e[0] in ("پ ر", "نیوز")]


def test_several_credits_and_two_places():
    found = entities("پشاور/کابل (نوائے وقت رپورٹ+ ایجنسیاں) دونوں ملکوں کے حکام نے ملاقات کی۔")
    assert ("نوائے وقت", "ORG", "Nawa-i-Waqt") in found


@pytest.mark.parametrize(
    "text",
    [
        "آئی ایم ایف (سٹاف رپورٹ جنگ) نے قرض کی قسط جاری کر دی۔",  # no place before the brackets
        "وزیر نے کہا کہ لاہور (نمائندہ جنگ) میں اجلاس ہوگا۔",  # the place does not open the line
    ],
)
def test_brackets_that_are_no_dateline_credit_no_one(text):
    assert not [e for e in analyze(text, lang="ur").entities if e.source == "dateline"]


def test_short_names_two_outlets_share_are_left_out():
    table = outlet_short_names(
        [("a", "Daily A", ["روزنامہ دنیا"]), ("b", "B News", ["دنیا نیوز"]), ("c", "C", ["روزنامہ امت"])],
        frozenset(w for a in ("روزنامہ", "نیوز") for w in words(a)),
    )
    assert " ".join(words("امت")) in table and " ".join(words("دنیا")) not in table


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("المنامة - بنا: أعلنت وزارة الداخلية القبض على متهمين.", "بنا"),
        ("دبي - «الخليج»: أكد المسؤول أن المشروع اكتمل.", "الخليج"),
        ("تونس (وات) - قضت الدائرة الجنائية بسجن المتهم.", "وات"),
    ],
)
def test_an_arabic_dateline_credits_its_outlet_after_a_dash_or_in_brackets(text, credit):
    assert (credit, "ORG") in [(e.text, e.type) for e in analyze(text, lang="ar").entities]


def test_an_arabic_dash_followed_by_the_story_credits_no_one():
    article = analyze("الرياض - أكد وزير الخارجية أن المملكة تدعم الحل السياسي.", lang="ar")
    assert not [e for e in article.entities if e.source == "dateline"]
