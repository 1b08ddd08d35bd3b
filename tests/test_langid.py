"""Language identification: Urdu stays Urdu even when it is full of Persian-spelled names."""

import pytest

from bayan.langid import detect_language


@pytest.mark.parametrize(
    "text,expected",
    [
        ("آیت‌الله خامنه‌ای نے حماس کے وفد سے ملاقات کی اور کہا کہ فلسطین کی حمایت جاری رہے گی۔", "ur"),
        ("آیت‌الله سید علی خامنه‌ای، مسعود پزشکیان اور عباس عراقچی نے اجلاس میں شرکت کی۔", "ur"),
        ("رهبر انقلاب در دیدار با اعضای دولت گفت که ایران از مذاکره نمی‌ترسد.", "fa"),
        ("رهبر انقلاب در ديدار با اعضاي دولت گفت كه ايران از مذاكره نمي ترسد.", "fa"),  # Arabic ي and ك
        ("استقبل ولي العهد في الرياض وزير الخارجية الباكستاني وبحث معه العلاقات.", "ar"),
        ("The foreign minister said on Monday that talks with Iran were useful.", "en"),
        ("وزیر اعظم کا دورہ چین", "ur"),  # a headline: too short for function words
        ("12345 678", "und"),
        ("", "und"),
        ("!!! ؟؟؟", "und"),
    ],
)
def test_detect(text, expected):
    assert detect_language(text) == expected


def test_bundled_examples(tmp_path):
    from pathlib import Path

    examples = Path(__file__).parents[1] / "examples"
    for path in examples.glob("*.txt"):
        assert detect_language(path.read_text(encoding="utf-8")) == path.name[:2]
