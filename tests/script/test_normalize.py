"""Script normalization: table-driven, and every case checks the offset map."""

import pytest

from bayan.script import fold, fold_text, normalize

# (language, original, expected normalized text)
NORMALIZE_CASES = [
    # Urdu: Arabic-keyboard letters become Urdu letters.
    ("ur", "كہا", "کہا"),
    ("ur", "علي", "علی"),
    ("ur", "مصطفى", "مصطفی"),
    ("ur", "خامنه", "خامنہ"),
    ("ur", "صلاة", "صلاۃ"),
    ("ur", "عیسیٰ", "عیسی"),  # superscript alef dropped
    ("ur", "۱۵ مارچ ۲۰۲۵ء", "15 مارچ 2025ء"),
    ("ur", "پاکستان\u200f", "پاکستان"),  # RLM dropped
    ("ur", "کـــہا", "کہا"),  # tatweel dropped
    # Persian: Arabic yeh and kaf, Urdu heh.
    ("fa", "ايران كشور", "ایران کشور"),
    ("fa", "خامنہ‌ای", "خامنه‌ای"),  # ZWNJ kept: it is part of Persian spelling
    ("fa", "۱۴۰۴", "1404"),
    ("fa", "۳٫۵ درصد", "3.5 درصد"),
    ("fa", "مُحَمَّد", "محمد"),
    # Arabic: Persian yeh and keheh back to Arabic letters.
    ("ar", "کتاب", "كتاب"),
    ("ar", "علی", "علي"),
    ("ar", "١٥ جمادى الأولى ١٤٤٦هـ", "15 جمادى الأولى 1446ه"),  # tatweel of the era sign dropped
    ("ar", "\u202bالرياض\u202c", "الرياض"),
    # Decomposed hamza and madda compose into one letter.
    ("ar", "ا\u0653", "آ"),
    ("ar", "ا\u0654حمد", "أحمد"),
    # Presentation forms expand to letters.
    ("ar", "\ufefbعب", "لاعب"),
    (None, "abc 123", "abc 123"),
]


@pytest.mark.parametrize("lang,original,expected", NORMALIZE_CASES)
def test_normalize(lang, original, expected):
    result = normalize(original, lang)
    assert result.text == expected
    assert result.original == original
    _check_offsets(result)


FOLD_CASES = [
    ("خامنه‌ای", "خامنه ای"),
    ("خامنہ ای", "خامنه ای"),
    ("خامنهاي", "خامنهای"),
    ("آیت‌الله", "ایت الله"),
    ("آیت اللہ", "ایت الله"),
    ("أحمد إبراهيم", "احمد ابراهیم"),
    ("مؤتمر", "موتمر"),
    ("کیلئے", "کیلیی"),
    ("Khamenei", "khamenei"),
    ("القاهرة", "القاهره"),
    ("بھارت", "بهارت"),
]


@pytest.mark.parametrize("original,expected", FOLD_CASES)
def test_fold(original, expected):
    assert fold(original) == expected
    _check_offsets(fold_text(original))


def test_spellings_of_one_name_fold_together():
    spellings = ["آیت اللہ خامنہ ای", "آیت‌الله خامنه‌ای", "آيت الله خامنه اي"]
    assert len({fold(s) for s in spellings}) == 1


def test_span_maps_back_to_original_across_deleted_marks():
    original = "قال مُحَمَّدٌ إن"
    result = normalize(original, "ar")
    start = result.text.index("محمد")
    o_start, o_end = result.span_to_original(start, start + len("محمد"))
    # The span takes the marks of its last letter with it.
    assert original[o_start:o_end] == "مُحَمَّدٌ"


def test_identity_mapping_is_cheap():
    result = normalize("وزیر اعظم نے کہا", "ur")
    assert result.starts is None
    assert result.span_to_original(2, 5) == (2, 5)


def _check_offsets(result):
    """Every normalized character maps into the original, in order, without gaps in meaning."""
    text, original = result.text, result.original
    previous = 0
    for i in range(len(text)):
        start, end = result.span_to_original(i, i + 1)
        assert 0 <= start < end <= len(original)
        assert start >= previous
        previous = start
    whole = result.span_to_original(0, len(text))
    if text:
        # The whole normalized text maps onto the original minus leading/trailing invisibles.
        assert original[whole[0]:whole[1]].strip("\u200e\u200f\u202a\u202b\u202c") == original[whole[0]:whole[1]]
