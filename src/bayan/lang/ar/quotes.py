"""Arabic speech cues.

Arabic news is verb-first: ``وقال X إن …``, ``وأكد X أن …``, ``وأضاف: "…"``; a cue with no
named subject (وأضاف أن …) continues the last speaker. ``وفقا لـX`` / ``بحسب X`` attribute
what follows.
"""

WORD_ORDER = "verb-first"

SPEECH_VERBS = (
    "قال", "قالت", "أكد", "أكدت", "اكد", "أضاف", "أضافت", "اضاف", "أوضح", "أوضحت", "اوضح",
    "أشار", "أشارت", "اشار", "صرح", "صرحت", "أعلن", "أعلنت", "اعلن", "شدد", "شددت", "لفت",
    "لفتت", "اعتبر", "اعتبرت", "رأى", "رأت", "ذكر", "ذكرت", "تابع", "تابعت", "نوه", "نوهت",
    "بين", "بينت", "حذر", "حذرت", "طالب", "طالبت", "دعا", "دعت", "أفاد", "أفادت", "كشف", "كشفت",
    "أردف", "أردفت", "استطرد", "اختتم", "ختم", "أعرب", "أعربت", "جدد", "جددت", "أشاد", "أشادت",
    "ثمن", "ثمنت", "وصف", "وصفت", "اتهم", "اتهمت", "نفى", "نفت", "رد", "ردت", "أجاب", "أجابت",
    "يقول", "تقول", "يرى", "ترى", "قال إن", "أشار إلى", "أشارت إلى", "لفت إلى", "نوه إلى",
    "أعرب عن", "أعربت عن", "كشف عن", "كشفت عن",
    # Participles that continue the main clause's subject: رحب الرئيس ...، مؤكدا أن.
    "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "مضيفا", "مضيفة", "موضحا", "موضحة", "لافتا", "لافتة",
    "معتبرا", "معتبرة", "مشددا", "مشددة", "منوها", "منوهة", "معربا", "معربة", "مبينا", "مبينة",
    "قائلا", "قائلة", "مجددا", "مجددة", "داعيا", "داعية", "محذرا", "محذرة", "مطالبا", "مطالبة",
    "بالقول", "مكتفيا بالقول", "مكتفية بالقول", "زعم", "زعمت", "ادعى", "ادعت",
)

COMPLEMENTIZERS = (
    "إن", "أن", "ان", "بأن", "بان", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأنه", "بأنها", "بأنهم",
)

SUBJECT_MARKERS: tuple[str, ...] = ()
POSSESSIVE_CUES: tuple[str, ...] = ()

# The speaker follows, often with ل joined to it (وفقا لوزارة الخارجية).
ACCORDING_TO = ("وفقا", "ووفقا", "وفق", "حسب", "بحسب", "وبحسب", "طبقا", "نقلا عن")

ANONYMOUS_SOURCES = (
    "مصادر", "مصدر", "مصادر مطلعة", "مصدر مطلع", "تقارير", "مسؤول", "مسؤولة", "مسؤولون", "دبلوماسي",
    "دبلوماسيون", "مراقبون", "خبراء", "محللون", "شهود", "شهود عيان", "سكان", "ناشطون", "ناشطين",
)

# Honorific and pronoun subjects that stand for the last speaker: وأضاف سموه، وقال إنه.
PRONOUNS = ("سموه", "سموها", "جلالته", "فخامته", "معاليه", "هو", "هي")

VERB_TAILS: tuple[str, ...] = ()

# Verbs that report with a verbal noun as well as with أن ("وأكد الرئيس ضرورة ...",
# "حذر من خطورة ..."), the noun after على/من. Expressions of feeling (أعرب عن شكره) are not
# reports of speech and are left out.
NOMINAL_SPEECH_VERBS = (
    "أكد", "أكدت", "اكد", "مؤكدا", "مؤكدة", "شدد", "شددت", "مشددا", "مشددة", "حذر", "حذرت",
    "محذرا", "محذرة", "جدد", "جددت", "مجددا", "مجددة", "نفى", "نفت", "نافيا", "نافية",
    # A body announcing what it did: "أعلنت وزارة الداخلية إحباط محاولة ...".
    "أعلن", "أعلنت", "اعلن", "اعلنت",
    # An accusation says what the accused did: "اتهم X الحكومة بالمماطلة في ...".
    "اتهم", "اتهمت", "متهما", "متهمة",
)
NOMINAL_LINKS = ("على", "من", "التأكيد")

# Words that open a clause before its verb and name no one: من جانبه، بدوره، كما.
CLAUSE_OPENERS = (
    "من", "ومن", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها", "كما", "وكما", "قد", "وقد", "كذلك",
    "كان", "وكان", "كانت", "وكانت",
)

PREPOSITIONS = ("مع", "إلى", "الى", "من", "عن", "على", "لدى", "بين", "ضد")

# An honorific pronoun stands for the person who holds that style: سموه is whoever the article
# introduced as سمو or صاحب السمو.
HONORIFIC_PRONOUNS = {
    "سموه": ("صاحب السمو", "سمو"),
    "سموها": ("صاحبة السمو", "سمو"),
    "جلالته": ("صاحب الجلالة", "جلالة"),
    "فخامته": ("فخامة",),
    "معاليه": ("معالي",),
}

# Interview labels opening a paragraph, before ":" or "-": the answers are the
# interviewee's words (direct), the questions the interviewer's.
INTERVIEW_QUESTION_LABELS = ("سؤال", "س")
INTERVIEW_ANSWER_LABELS = ("جواب", "ج")

# Words relayed through an outlet: "ونقلت الوكالة عن الوزير قوله إن ..." / "... عنه تأكيده أن".
# The speaker follows عن; the content follows the verbal noun.
RELAYED_CUES = ("قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه", "تصريحها")
RELAY_PREPOSITIONS = ("عن",)

# Before a speech verb's form, these make it a noun: "طلب عدم ذكر اسمه" (asked not to be named).
NEGATING_NOUNS = ("عدم", "دون")

# After a comma, these open someone else's report: "…، فيما دعت مندوبة الدنمارك إلى …".
CONTRAST_LINKS = ("فيما", "بينما", "وفيما", "وبينما")
