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
    "تساءل", "تساءلت", "متسائلا", "متسائلة", "انتقد", "انتقدت", "منتقدا", "منتقدة",
)

# Participles that are also adjectives or nouns ("مداخلات لافتة" striking interventions,
# "مطالبة" a demand, "داعية" a preacher): cues only after a comma or a conjunction.
ADJECTIVAL_PARTICIPLES = ("لافتة", "مطالبة", "داعية")

COMPLEMENTIZERS = (
    "إن", "أن", "ان", "بأن", "بان", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأنه", "بأنها", "بأنهم",
)

SUBJECT_MARKERS: tuple[str, ...] = ()
POSSESSIVE_CUES: tuple[str, ...] = ()

# The speaker follows, often with ل joined to it (وفقا لوزارة الخارجية).
ACCORDING_TO = ("وفقا", "ووفقا", "وفق", "حسب", "بحسب", "وبحسب", "طبقا", "نقلا عن", "برأي", "وبرأي", "في رأي", "من وجهة نظر")

ANONYMOUS_SOURCES = (
    "مصادر", "مصدر", "مصادر مطلعة", "مصدر مطلع", "تقارير", "مسؤول", "مسؤولة", "مسؤولون", "دبلوماسي",
    "دبلوماسيون", "مراقبون", "خبراء", "محللون", "شهود", "شهود عيان", "سكان", "ناشطون", "ناشطين",
    # The same sources told again: "وأوضحت المصادر أن ..."
    "المصادر", "المصدر", "مصادرنا", "المصادر نفسها", "المصدر نفسه", "الشهود", "ناشطين", "أوساط",
)

# Honorific and pronoun subjects that stand for the last speaker: وأضاف سموه، وقال إنه.
PRONOUNS = ("سموه", "سموها", "جلالته", "فخامته", "معاليه", "معاليها", "سعادته", "سعادتها", "دولته", "هو", "هي")

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
    # Demands and feelings name what is asked or felt: "طالب X الحكومة بـ..."، "أعرب X
    # عن تقديره لـ...".
    "طالب", "طالبت", "يطالب", "تطالب", "أعرب", "أعربت", "انتقد", "انتقدت", "منتقدا", "منتقدة",
)
NOMINAL_LINKS = ("على", "من", "التأكيد", "عن")
# Verbs whose report always follows one preposition, however long the subject before it:
# "أعربت رئيسة الوفد عن تقدير البرلمان ..."، "أعرب المجلس عن إدانة ...".
LINKED_NOMINAL_VERBS = (
    ("أعرب", "عن"), ("أعربت", "عن"), ("معربا", "عن"), ("معربة", "عن"), ("يعرب", "عن"), ("تعرب", "عن"),
)

# Words that open a clause before its verb and name no one: من جانبه، بدوره، كما.
CLAUSE_OPENERS = (
    "من", "ومن", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها", "كما", "وكما", "قد", "وقد", "كذلك",
    "كان", "وكان", "كانت", "وكانت",
    # Contrast that opens a clause before its subject: "غير أن الوزير X كان قد أعلن".
    "غير", "إلا", "بيد", "لكن", "ولكن",
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
    "معاليها": ("معالي",),
    "سعادته": ("سعادة",),
    "سعادتها": ("سعادة",),
    "دولته": ("دولة",),
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

# The occasion of the words, between the speaker and a verbal noun: "وأكد الوزير خلال
# اللقاء ضرورة ...", "وجدد في بيان صحفي رفضه ...".
OCCASION_PREPOSITIONS = ("خلال", "في", "أثناء", "اثناء", "عقب", "لدى", "بعد")
OCCASION_NOUNS = (
    "اللقاء", "لقائه", "لقائها", "الاجتماع", "اجتماعه", "اجتماع", "المباحثات", "مباحثاته", "الاتصال",
    "اتصال", "الاتصال الهاتفي", "المؤتمر", "مؤتمر", "الجلسة", "جلسة", "كلمته", "كلمتها", "كلمة", "بيان",
    "البيان", "بيانها", "بيانه", "تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "حديثه", "حديثها",
    "حديث", "استقباله", "استقبالها", "الزيارة", "زيارته", "زيارتها", "المحادثات", "محادثاته", "القمة",
    "الاستقبال", "مقابلة", "مقابلته", "حوار", "حواره", "رسالة", "رسالته", "برقية", "تغريدة", "منشور",
)
OCCASION_MODIFIERS = (
    "صحفي", "صحافي", "صحفية", "صحافية", "رسمي", "رسمية", "الصحفي", "الصحافي", "المشترك", "مشترك",
    "الهاتفي", "هاتفي", "الافتتاحية", "متلفز", "متلفزة", "مقتضب", "مكتوب",
)

# Speech verbs in the feminine: their subject is a woman, a body (الوزارة، البعثة) or a
# country, never a man. A pronoun-less "وأضافت" does not continue a man's words.
# Words between a speech verb and its subject that name no one: "أكدت فيه مصادر ..."،
# "أكدت خلاله الوزيرة ...".
VERB_ADVERBS = ("فيه", "فيها", "خلاله", "خلالها", "بدوره", "بدورها", "أيضا", "كذلك", "بدورهم")

# قال and its forms take إن (never أن): after a long subject without a comma, the first
# إن as written still opens the words.
SAY_VERBS = ("قال", "قالت", "يقول", "تقول")
SAY_COMPLEMENTIZERS = ("إن", "إنه", "إنها", "إنهم")

FEMININE_SPEECH_VERBS = (
    "قالت", "أكدت", "أضافت", "أوضحت", "أشارت", "صرحت", "أعلنت", "شددت", "لفتت", "اعتبرت", "رأت", "ذكرت",
    "تابعت", "نوهت", "بينت", "حذرت", "طالبت", "دعت", "أفادت", "كشفت", "أردفت", "أعربت", "جددت", "أشادت",
    "ثمنت", "وصفت", "اتهمت", "نفت", "ردت", "أجابت", "تقول", "ترى", "زعمت", "ادعت",
    "مؤكدة", "مشيرة", "مضيفة", "موضحة", "لافتة", "معتبرة", "مشددة", "منوهة", "معربة", "مبينة", "قائلة",
    "مجددة", "داعية", "محذرة", "مطالبة", "مكتفية", "تساءلت", "متسائلة",
)
# Words of an organisation's name that make it grammatically masculine (مجلس، الجيش): other
# bodies (وزارة، هيئة، الحكومة) and countries take the feminine.
# Bodies whose head does not end in ة but which take a feminine verb (broken plurals).
FEMININE_BODY_HEADS = ("الأمم", "الدول", "القوات", "قوات")
MASCULINE_BODY_HEADS = (
    "مجلس", "المجلس", "الجيش", "جيش", "البنك", "بنك", "الصندوق", "صندوق", "الاتحاد", "اتحاد", "المكتب",
    "مكتب", "الحزب", "حزب", "المركز", "مركز", "الديوان", "ديوان", "البرلمان", "التحالف", "الجهاز", "جهاز",
)

# Speech verbs spelled like a preposition or a noun ("بين" between, "رد" a reply): speech
# only when أن/إن follows, never before a quotation mark or a colon.
AMBIGUOUS_SPEECH_VERBS = ("بين", "رد")

# A statement as the subject of a speech verb: the body that issued it is the speaker
# ("وذكر بيان صادر عن الوزارة أن ...", "وأفاد بيان للجيش بأن ...").
STATEMENT_NOUNS = ("بيان", "بيانا", "البيان", "بلاغ", "تصريح", "تقرير", "القرار", "قرار", "الإعلان", "إعلان")
STATEMENT_LINKS = ("صادر", "الصادر", "صادرة", "الصادرة", "عن", "من", "ل", "مشترك", "المشترك", "رسمي")

# The outlet's own reporter as the subject of a speech verb (وأفاد مراسلنا بأن ...).
REPORTERS = ("مراسل", "مراسلنا", "مراسلة", "مراسلتنا", "موفد", "موفدنا", "مراسلو")

# A title once held ("سابق وزیراعلیٰ X") is not the holder a bare title ("وزیراعلیٰ نے") refers to.
FORMER = ("السابق", "الأسبق", "سابق")
