"""Sentence splitting on text shaped like real wire copy."""

import pytest

from bayan.segment import split_sentences


def sentences(text, lang):
    spans = split_sentences(text, lang)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    return [text[s:e] for s, e in spans]


def test_urdu_headline_runs_into_dateline():
    text = (
        "وزیر اعظم کا دورہ چین، اہم معاہدوں پر دستخط\n"
        "بیجنگ (اے پی پی) وزیر اعظم نے آج چینی صدر سے ملاقات کی۔ دونوں رہنماؤں نے تجارت پر بات کی۔"
    )
    assert sentences(text, "ur") == [
        "وزیر اعظم کا دورہ چین، اہم معاہدوں پر دستخط",
        "بیجنگ (اے پی پی) وزیر اعظم نے آج چینی صدر سے ملاقات کی۔",
        "دونوں رہنماؤں نے تجارت پر بات کی۔",
    ]


def test_quote_spanning_sentences_keeps_closing_mark():
    text = 'انہوں نے کہا: "ہم امن چاہتے ہیں۔ جنگ کوئی حل نہیں۔" اجلاس ختم ہو گیا۔'
    assert sentences(text, "ur") == [
        'انہوں نے کہا: "ہم امن چاہتے ہیں۔',
        'جنگ کوئی حل نہیں۔"',
        "اجلاس ختم ہو گیا۔",
    ]


def test_guillemets_and_question_mark_in_persian():
    text = "وی افزود: «آیا این توافق اجرا می‌شود؟» او پاسخ داد که بله. جلسه پایان یافت."
    assert sentences(text, "fa") == [
        "وی افزود: «آیا این توافق اجرا می‌شود؟»",
        "او پاسخ داد که بله.",
        "جلسه پایان یافت.",
    ]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("شرح نمو 3.5 فیصد رہی۔ اگلا جملہ۔", "ur", ["شرح نمو 3.5 فیصد رہی۔", "اگلا جملہ۔"]),
        ("بلغ النمو ٣٫٥ بالمئة. وقال الوزير إن الاقتصاد قوي.", "ar", ["بلغ النمو ٣٫٥ بالمئة.", "وقال الوزير إن الاقتصاد قوي."]),
        ("Mr. Khan met Dr. Rahman in the U.S. yesterday. They talked.", "en", ["Mr. Khan met Dr. Rahman in the U.S. yesterday.", "They talked."]),
        ("یہ واقعہ 2025ء میں پیش آیا۔ پھر کیا ہوا؟ کچھ نہیں!", "ur", ["یہ واقعہ 2025ء میں پیش آیا۔", "پھر کیا ہوا؟", "کچھ نہیں!"]),
        ("سائٹ www.example.com پر تفصیل ہے۔", "ur", ["سائٹ www.example.com پر تفصیل ہے۔"]),
        ("ختم۔۔۔ اور پھر", "ur", ["ختم۔۔۔", "اور پھر"]),
        ("", "ur", []),
        ("\n\n  \n", "ur", []),
    ],
)
def test_table(text, lang, expected):
    assert sentences(text, lang) == expected


def test_arabic_dateline_and_paragraphs():
    text = "الرياض - واس\nاستقبل ولي العهد اليوم وزير الخارجية. وجرى خلال اللقاء بحث العلاقات.\n\nوأكد الجانبان أهمية التعاون."
    assert sentences(text, "ar") == [
        "الرياض - واس",
        "استقبل ولي العهد اليوم وزير الخارجية.",
        "وجرى خلال اللقاء بحث العلاقات.",
        "وأكد الجانبان أهمية التعاون.",
    ]
