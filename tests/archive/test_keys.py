"""Search keys: the four spellings of one name meet, in the index and in queries."""

import pytest

from bayan.archive.keys import folded_key, skeleton, word_skeleton

KHAMENEI = ["Khamenei", "خامنہ ای", "خامنه‌ای", "خامنئي"]


def test_the_four_spellings_of_khamenei_share_one_skeleton():
    assert {skeleton(s) for s in KHAMENEI} == {"kmn"}


@pytest.mark.parametrize(
    "names",
    [
        ("Shehbaz Sharif", "شہباز شریف", "شهباز شريف"),
        ("Araghchi", "عراقچی", "عراقجي"),
        ("Pakistan", "پاکستان", "باكستان"),
        ("Tehran", "تہران", "طهران"),
        ("Pezeshkian", "پزشکیان", "بزشكيان"),
        ("Mohammad", "Muhammad", "محمد"),
        ("Imran Khan", "عمران خان"),
    ],
)
def test_other_names_meet_across_scripts(names):
    assert len({skeleton(n) for n in names}) == 1, {n: skeleton(n) for n in names}


def test_arabic_article_is_dropped():
    assert word_skeleton("الخامنئي") == word_skeleton("خامنئي") == "kmn"
    assert skeleton("al-Sisi") == skeleton("Sisi")


def test_folded_key_unifies_letter_variants_and_zwnj():
    assert folded_key("خامنہ ای") == folded_key("خامنه‌ای") == "خامنه ای"
    assert folded_key("Khamenei") == "khamenei"


def test_vowel_only_words_leave_nothing():
    assert word_skeleton("ای") == ""
    assert skeleton("ای") == ""
