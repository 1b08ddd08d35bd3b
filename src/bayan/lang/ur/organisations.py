"""Urdu organisation names the dictionary lacks: a head word and its modifiers.

Urdu borrows English word order for institutions (کیپیٹل ڈویلپمنٹ اتھارٹی، پنجاب اسمبلی)
and keeps Persian order for ministries (وزارت خارجہ، محکمہ صحت).
"""

# The organisation word comes first and its name follows: وزارت خارجہ، حکومت پنجاب.
ORG_HEADS = ("وزارت", "محکمہ", "حکومت", "ادارہ", "شعبہ", "دفتر", "جامعہ", "انجمن", "تحریک", "جمعیت", "مجلس")
# Heads that make an organisation with any modifier (a ministry of anything is one).
SPECIFIC_HEADS = ("وزارت", "محکمہ", "شعبہ")

# The organisation word comes last: پاکستان کرکٹ بورڈ، خیبر پختونخوا پولیس.
ORG_SUFFIXES = (
    "اتھارٹی", "کونسل", "بورڈ", "کمیشن", "بینک", "کابینہ", "پولیس", "اسمبلی", "یونیورسٹی", "آفس",
    "فورم", "پارٹی", "کمیٹی", "کارپوریشن", "کمپنی", "ایسوسی ایشن", "فاؤنڈیشن", "ٹرسٹ", "فیڈریشن",
    "ایجنسی", "ہیڈکوارٹرز", "نیوز", "ٹی وی", "گروپ", "لمیٹڈ", "چیمبر", "کالج", "اسپتال", "ہسپتال",
    "ڈیپارٹمنٹ", "ڈویژن", "بیورو", "سیکرٹریٹ", "موبائل", "ایئرلائنز", "فورس", "رینجرز", "کور", "لیویز",
    # Courts glued or spaced (لاہور ہائیکورٹ), unions and alliances (کشمیر یوتھ الائنس،
    # خیبر ٹرانسپورٹ اتحاد، کل جماعتی حریت کانفرنس), clubs and centres.
    "ہائیکورٹ", "ہائی کورٹ", "کورٹ", "یونین", "الائنس", "اتحاد", "کانفرنس", "کلب", "پریس کلب", "سینٹر", "سنٹر",
    "پارلیمنٹ", "پارلیمان",
    # Tribal councils with a name of their own: "اتمانزئی قومی جرگہ".
    "جرگہ",
)

# English "of" and "and" go on with the name after its organisation word: "فیصل آباد چیمبر
# آف کامرس اینڈ انڈسٹری"، "بینک آف پنجاب".
SUFFIX_LINKS = ("آف", "اینڈ")

# A place right after the organisation word is part of the name when a postposition of the
# name follows it ("انجمن تاجران ... ایسوسی ایشن پنجاب نے"), not a locative (اسمبلی لاہور میں).
PLACE_FOLLOWERS = ("نے", "کے", "کی", "کا", "کو", "سے")

# Latin letters as Urdu spells them out in acronyms: "(ایچ آر سی پی)"، "(این ڈی ایم اے)".
ACRONYM_LETTERS = (
    "اے", "بی", "سی", "ڈی", "ای", "ایف", "جی", "ایچ", "آئی", "جے", "کے", "ایل", "ایم", "این", "او",
    "پی", "کیو", "آر", "ایس", "ٹی", "یو", "وی", "ڈبلیو", "ایکس", "وائی", "زیڈ", "زی",
)

# A dateline credits the outlet in brackets after the place: "کوئٹہ (نمائندہ جنگ)". Words for
# who filed the story are not the outlet's name.
DATELINE_ROLES = (
    "نمائندہ", "نمائندے", "نمائندگان", "خصوصی", "سٹاف", "اسٹاف", "رپورٹر", "رپورٹ", "بیورو", "نامہ",
    "نگار", "نامہ نگار", "وقائع", "خبر", "خبرنگار", "مانیٹرنگ", "ڈیسک", "ویب", "کورٹ", "سپورٹس",
    "ایجنسیاں", "ایجنسیز", "ایجنسی", "مشترکہ", "کامرس", "کرائم",
)
DATELINE_PLACE_SEPARATORS = ("/", "،", ",", "-", "و")
DATELINE_CREDIT_SEPARATORS = ("،", ",", "+", "/", "و")
# An outlet may be credited without the words that make its full name.
OUTLET_AFFIXES = ("روزنامہ", "ڈیلی", "نیوز", "ٹی وی", "ویب", "ڈاٹ کام")
