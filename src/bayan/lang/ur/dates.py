"""Urdu date words: months of the three calendars, weekdays and relative days."""

GREGORIAN_MONTHS = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}
JALALI_MONTHS: dict[str, int] = {}
HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربیع الاول": 3, "ربیع الثانی": 4, "ربیع الآخر": 4, "جمادی الاول": 5,
    "جمادی الاولی": 5, "جمادی الثانی": 6, "جمادی الثانیہ": 6, "جمادی الآخر": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذوالقعدہ": 11, "ذی قعدہ": 11, "ذوالحجہ": 12, "ذی الحج": 12,
}
# Monday = 0, as datetime.weekday() counts.
WEEKDAYS = {
    "پیر": 0, "سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "جمعے": 4, "ہفتہ": 5, "ہفتے": 5,
    "سنیچر": 5, "اتوار": 6,
}
# A weekday name is only a date next to one of these (ہفتہ is also "week").
WEEKDAY_CONTEXT = ("کو", "کے روز", "روز", "کی صبح", "کی شام", "کی رات", "کے دن", "گزشتہ", "آئندہ", "رواں")

# Relative day words: offset from the publication date; "کل" is decided by tense.
RELATIVE_DAYS = {
    "آج": 0, "آج صبح": 0, "آج شام": 0, "آج رات": 0, "گزشتہ روز": -1, "گزشتہ شب": -1, "گذشتہ روز": -1,
    "پچھلے روز": -1, "پرسوں": -2, "گزشتہ رات": -1, "رات گئے": -1, "آج یہاں": 0,
    "گزشتہ شام": -1, "گذشتہ شام": -1,
}
YESTERDAY_OR_TOMORROW = ("کل",)
# Words marking the future tense of the clause (کل = tomorrow, a weekday ahead).
FUTURE_MARKERS = ("گا", "گی", "گے", "آئندہ", "ہوگا", "ہوگی", "ہوں گے", "جائیں گے", "کریں گے")
# Words that open another clause: the tense of a dated act is read before them
# ("جمعرات کو ہونے والی ملاقات میں … اتفاق کیا ہے جو … پیش کرے گا" happened).
CLAUSE_BREAKS = ("جو", "جس", "جن", "جبکہ", "تاہم", "لیکن", "مگر", "کہ")
# Era markers after a year: 2025ء, ۱۴۴۶ھ.
GREGORIAN_ERA = ("ء", "عیسوی")
HIJRI_ERA = ("ھ", "ہجری")

# Times too vague to give a day: an event told with one of these has no date of its own
# and does not take the dateline's either.
VAGUE_TIMES = ("گزشتہ ہفتے", "گزشتہ ماہ", "گزشتہ سال", "پچھلے ہفتے", "پچھلے ماہ", "قبل ازیں", "اس سے قبل", "اس سے پہلے", "آئندہ ہفتے", "آئندہ ماہ", "حال ہی میں")

# After a date, "until": the date is a deadline ("ضمانت میں 27 نومبر تک توسیع"), not the act's day.
UNTIL = ("تک",)

# "The same day": the day told before, not a day of its own.
SAME_DAY = ("اسی روز", "اسی دن", "اسی شام", "اسی رات")

# A time of day spelled like a place: شام is the evening (شام کو، شام چار بجے، صبح شام،
# کل شام تک) far more often than Syria (غزہ اور شام میں). It is the evening when a word
# of time comes after it or before it.
DAYTIME_HOMOGRAPHS = ("شام",)
DAYTIME_AFTER = ("کو", "تک", "ڈھلتے", "ڈھلے", "ہوتے", "ہوئے", "بجے", "ساڑھے", "سوا", "پونے", "ایک", "دو", "تین",
                 "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "گیارہ", "بارہ", "گئے", "سویرے")
DAYTIME_BEFORE = ("صبح", "کل", "آج", "اسی", "اس", "ہر", "روز", "سے", "گزشتہ", "گذشتہ", "کی")
