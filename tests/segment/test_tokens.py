"""Tokenization: words, numbers, punctuation, with offsets."""

import pytest

from bayan.segment import tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("وزیر اعظم نے کہا", ["وزیر", "اعظم", "نے", "کہا"]),
        ("وزیراعظم کیلئے", ["وزیراعظم", "کیلئے"]),
        ("می‌گوید", ["می\u200cگوید"]),
        ("۳٫۵ درصد", ["۳٫۵", "درصد"]),
        ("1,200 روپے", ["1,200", "روپے"]),
        ("15 مارچ 2025ء", ["15", "مارچ", "2025ء"]),
        ("١٤٤٦هـ", ["١٤٤٦هـ"]),
        ("12/03/2025", ["12/03/2025"]),
        ("«سلام»،", ["«", "سلام", "»", "،"]),
        ('کہا: "ہم', ["کہا", ":", '"', "ہم"]),
        ("بالقاهرة.", ["بالقاهرة", "."]),
        ("F-16 طیارے", ["F-16", "طیارے"]),
        ("Tehreek-e-Insaf's", ["Tehreek-e-Insaf's"]),
        ("۲۵٪", ["۲۵", "٪"]),
    ],
)
def test_tokens(text, expected):
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    for t in tokens:
        assert text[t.start:t.end] == t.text


def test_kinds():
    kinds = {t.text: t.kind for t in tokenize("کہا ۲۰۲۵ء ۔ ٪")}
    assert kinds == {"کہا": "word", "۲۰۲۵ء": "number", "۔": "punct", "٪": "punct"}


def test_sub_range_offsets_are_absolute():
    text = "اول۔ دوسرا جملہ"
    tokens = tokenize(text, 5)
    assert [(t.start, t.text) for t in tokens] == [(5, "دوسرا"), (11, "جملہ")]
