"""Date resolution against the publication date, in three calendars and many phrasings."""

import datetime as dt

import pytest

from bayan.dates import resolve_date
from bayan.script import fold_text
from bayan.segment import token_keys, tokenize

PUBLISHED = dt.date(2025, 2, 8)  # a Saturday


def resolve(text, lang, published=PUBLISHED):
    tokens = tokenize(text)
    keys = token_keys(tokens, fold_text(text))
    found = resolve_date(keys, 0, len(keys), published, lang)
    return found.isoformat() if found else None


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("وزیر اعظم نے آج صبح ملاقات کی", "ur", "2025-02-08"),
        ("گزشتہ روز اجلاس ہوا", "ur", "2025-02-07"),
        ("کل اجلاس ہوا", "ur", "2025-02-07"),
        ("وزیر اعظم کل چین جائیں گے", "ur", "2025-02-09"),
        ("بدھ کو ملاقات ہوئی", "ur", "2025-02-05"),
        ("جمعرات کو ملاقات ہوگی", "ur", "2025-02-13"),
        ("۱۵ مارچ ۲۰۲۴ء کو معاہدہ ہوا", "ur", "2024-03-15"),
        ("15 جنوری کو", "ur", "2025-01-15"),
        ("ہفتے میں دو بار", "ur", None),  # ہفتہ is also "week": no date without context
        ("گزشتہ ہفتے ہونے والے حملے کی مذمت کی", "ur", None),  # last week, not last Saturday
        ("گزشتہ ہفتے حملہ ہوا اور آج مذمت کی گئی", "ur", "2025-02-08"),
        ("رات گئے جاری بیان میں الزامات مسترد کر دیے", "ur", "2025-02-07"),  # a morning paper's last night
        ("اسی روز وزیر خارجہ نے ٹیلیفون پر بات کی", "ur", None),  # the day told before, not today
        ("سعودی سفیر نے جمعے کو وزیراعلیٰ سے ملاقات کی", "ur", "2025-02-07"),  # جمعہ, oblique
        ("سنیچر کو نماز جنازہ کے بعد دھرنا دیا گیا", "ur", "2025-02-08"),
        ("وفي اليوم نفسه التقى الوزير نظيره", "ar", None),  # اليوم in "the same day" is not today
        ("امروز دیدار کرد", "fa", "2025-02-08"),
        ("دیروز گفت", "fa", "2025-02-07"),
        ("روز سه‌شنبه دیدار کرد", "fa", "2025-02-04"),
        ("روز سه شنبه دیدار کرد", "fa", "2025-02-04"),
        ("۲۴ آبان ۱۴۰۳ امضا شد", "fa", "2024-11-14"),
        ("فردا سفر خواهد کرد", "fa", "2025-02-09"),
        ("استقبل اليوم", "ar", "2025-02-08"),
        ("مساء أمس", "ar", "2025-02-07"),
        ("١٥ جمادى الأولى ١٤٤٦هـ", "ar", "2024-11-17"),
        ("3 مارس 2025", "ar", "2025-03-03"),
        ("يوم الثلاثاء المقبل", "ar", "2025-02-11"),
        ("30 فبراير 2025", "ar", None),  # not a date
    ],
)
def test_resolve(text, lang, expected):
    assert resolve(text, lang) == expected


def test_relative_needs_a_publication_date():
    assert resolve("گزشتہ روز اجلاس ہوا", "ur", published=None) is None
    assert resolve("15 مارچ 2024ء", "ur", published=None) == "2024-03-15"


def test_a_day_without_a_year_is_the_one_nearest_publication():
    import datetime as dt

    from bayan.dates import resolve_date
    from bayan.script import fold

    keys = [fold(w) for w in "گل محمد کو ۳۱ دسمبر کو اغوا کیا گیا".split()]
    assert resolve_date(keys, 0, len(keys), dt.date(2026, 1, 5), "ur") == dt.date(2025, 12, 31)
    keys = [fold(w) for w in "اجلاس ۵ جنوری کو ہوگا".split()]
    assert resolve_date(keys, 0, len(keys), dt.date(2025, 12, 28), "ur") == dt.date(2026, 1, 5)


def test_a_relative_day_written_glued_resolves_like_the_spaced_one():
    assert resolve("پس‌فردا", "fa") == resolve("پس فردا", "fa") == "2025-02-10"


def test_a_month_name_written_glued_resolves_like_the_spaced_one():
    assert resolve("۱ جمادی‌الاول ۱۴۴۶", "fa") == resolve("۱ جمادی الاول ۱۴۴۶", "fa") is not None


def test_a_future_verb_in_a_later_clause_leaves_the_weekday_in_the_past():
    # Published on a Saturday: Thursday's meeting was two days before, though the working
    # group it set up "will" report later.
    text = "جمعرات کو ہونے والی ملاقات میں دونوں ملکوں نے ورکنگ گروپ بنانے پر اتفاق کیا جو تین ماہ میں سفارشات پیش کرے گا۔"
    assert resolve(text, "ur") == "2025-02-06"
    # The dated act itself in the future looks ahead.
    assert resolve("وزیراعظم جمعرات کو چین کا دورہ کریں گے۔", "ur") == "2025-02-13"


def test_a_date_followed_by_until_is_a_deadline_not_the_day():
    text = "عدالت نے عبوری ضمانت میں 27 فروری تک توسیع کر دی۔"
    assert resolve(text, "ur") is None
    assert resolve("عدالت نے 6 فروری کو ضمانت منظور کی۔", "ur") == "2025-02-06"
