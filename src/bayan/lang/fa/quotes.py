"""Persian speech cues.

Persian is verb-final and does not mark the subject: ``X (در این دیدار) گفت: «…»``,
``X گفت که …``, ``وی افزود …``, ``به گفته X، …``.
"""

WORD_ORDER = "subject-first"

SPEECH_VERBS = (
    "گفت", "گفته است", "گفته بود", "می‌گوید", "افزود", "تاکید کرد", "تأکید کرد", "اظهار داشت",
    "اظهار کرد", "اعلام کرد", "تصریح کرد", "خاطرنشان کرد", "خاطر نشان کرد", "یادآور شد",
    "ادامه داد", "بیان کرد", "عنوان کرد", "اضافه کرد", "توضیح داد", "هشدار داد", "پاسخ داد",
    "اذعان کرد", "مدعی شد", "نوشت", "تاکید کرده است", "تأکید کرده است", "گفته‌است", "اعلام کرده است",
    "یادآوری کرد", "ابراز امیدواری کرد", "ابراز کرد", "خواستار شد", "تصریح کرده است", "اظهار کرده است",
    "گفت‌وگو کرد", "پیشنهاد کرد", "درخواست کرد", "اعلام داشت", "متذکر شد",
    # Asking and promising, with the words straight after: "از وزیر خواست ظرف یک ماه …".
    "قول داد",
    # The honorific plural used for the Leader and senior clerics (رهبر انقلاب ... فرمودند).
    "گفتند", "افزودند", "فرمودند", "تاکید کردند", "تأکید کردند", "خاطرنشان کردند", "اظهار داشتند",
    "یادآور شدند", "ادامه دادند", "بیان کردند", "تصریح کردند", "اشاره کردند", "خواستار شدند",
    "می‌گویند", "اعلام کردند", "هشدار دادند", "توضیح دادند", "خبر داد", "خبر دادند",
    # A document's words (see DOCUMENT_VERBS): cues only after "در بیانیه".
    "آمده است", "آمده", "تاکید شده است", "تأکید شده است", "هشدار داده شده است", "اعلام شده است",
    "خواسته شده است",
)

COMPLEMENTIZERS = ("که",)

SUBJECT_MARKERS: tuple[str, ...] = ()
POSSESSIVE_CUES: tuple[str, ...] = ()

# به گفته X، …: the speaker follows the cue and the content follows the speaker.
ACCORDING_TO = ("به گفته", "به اعتقاد", "به باور", "از نگاه", "به عقیده", "بر اساس", "براساس", "طبق")

ANONYMOUS_SOURCES = ("منابع", "منابع آگاه", "منابع خبری", "گزارش‌ها", "برخی منابع")

PRONOUNS = ("وی", "او", "ایشان", "آنها", "آن‌ها")

VERB_TAILS = ("است", "بود", "شد", "بودند", "هستند", "اند")

# A name right after one of these is an object, not the speaker.
PREPOSITIONS = ("با", "به", "از", "برای", "درباره", "میان", "بین", "نزد", "علیه", "گزارش", "همراه")

HONORIFIC_PRONOUNS: dict[str, tuple[str, ...]] = {}

# Interview labels opening a paragraph, before ":" or "-": the answers are the
# interviewee's words (direct), the questions the interviewer's.
INTERVIEW_QUESTION_LABELS = ("پرسش", "سوال", "سؤال", "س")
INTERVIEW_ANSWER_LABELS = ("پاسخ", "جواب", "ج")

# A subordinate report before the main one: "X با بیان اینکه A، افزود: B" says A too.
FRAMING_CUES = (
    "با بیان اینکه", "با بیان این که", "با اشاره به اینکه", "با اشاره به این که", "با تاکید بر اینکه",
    "با تأکید بر اینکه", "با تاکید بر این که", "با تأکید بر این که", "با یادآوری اینکه", "با بیان آنکه",
)

# Verdicts: "X این تحریم‌ها را «اقدامی خصمانه» خواند" calls the object after را something.
# The content runs from the object to the cue.
# ("X وزیر را به «…» متهم کرد" is coded as an accusation, not as a quote: most of our
# annotators read it so.)
VERDICT_CUES = ("خواند", "دانست", "توصیف کرد", "ارزیابی کرد", "قلمداد کرد")
# The postposition that closes what a verdict judges.
VERDICT_OBJECT_MARKERS = ("را",)
OBJECT_MARKERS = ("را",)
# Determiners open the object: "این تحریم‌ها را".
OBJECT_DETERMINERS = ("این", "آن", "همین", "همان", "تمام", "همه")

# "این مقام"، "این اقتصاددان" as a speaker: the person just named, like a pronoun (or the
# holder of that title when there is one).
DEMONSTRATIVES = ("این", "همین")

# "Our country's" office (وزیر امور خارجه کشورمان): the holder from the story's own country.
HOME_MARKERS = ("کشورمان",)

# A generic word for a body as the speaker stands for the latest body of that kind named
# before it: "دادگاه اعلام کرد" after "دادگاه انقلاب تهران ...".
BODY_REFERENCES = {
    "دادگاه": ("دادگاه",),
    "وزارتخانه": ("وزارت",),
    "کمیسیون": ("کمیسیون",),
    "سازمان": ("سازمان",),
    "شورا": ("شورا", "شورای"),
}

# A title once held ("سابق وزیراعلیٰ X") is not the holder a bare title ("وزیراعلیٰ نے") refers to.
FORMER = ("سابق", "پیشین")

# What a document says, in the passive: "در این بیانیه آمده است: «…»", "در بخش دیگری از
# این بیانیه هشدار داده شده است …". A cue only with a statement noun after در; the speaker
# is the body named after the noun, else the body that spoke last.
DOCUMENT_VERBS = (
    "آمده است", "آمده", "تاکید شده است", "تأکید شده است", "هشدار داده شده است", "اعلام شده است",
    "خواسته شده است",
)
STATEMENT_NOUNS = ("بیانیه", "اطلاعیه", "نامه", "پیام", "قطعنامه", "بیانیه‌ای", "اطلاعیه‌ای", "گزارش")
DOCUMENT_PREPOSITIONS = ("در",)
