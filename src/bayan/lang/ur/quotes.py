"""Urdu speech cues.

Urdu is verb-final and marks the speaker of a past reporting verb with نے:
``X نے (…) کہا کہ …`` / ``X نے کہا: "…"``. The verb phrase comes last, then the
complementizer کہ or a colon, then the content.
"""

WORD_ORDER = "subject-first"

# Verb phrases that report speech, as they stand just before کہ, ":" or the content.
SPEECH_VERBS = (
    "کہا", "کہی", "کہے", "کہا ہے", "کہا تھا", "کہا گیا", "مزید کہا", "فرمایا", "بتایا", "بتائی",
    "بتایا ہے", "واضح کیا", "واضح کیا ہے", "اعلان کیا", "مطالبہ کیا", "الزام عائد کیا", "الزام لگایا",
    "زور دیا", "زور دیتے ہوئے کہا", "تاکید کی", "استفسار کیا", "یاد دلایا", "تجویز دی", "آگاہ کیا",
    "موقف اختیار کیا", "مؤقف اختیار کیا", "ریمارکس دیے", "ریمارکس دیئے", "رولنگ دی", "اعتراف کیا",
    "انکشاف کیا", "دعوی کیا", "امید ظاہر کی", "یقین دلایا", "خبردار کیا", "انتباہ کیا", "پوچھا",
    "جواب دیا", "شکایت کی", "اصرار کیا", "وضاحت کی", "یقین دہانی کرائی", "اعادہ کیا", "عزم ظاہر کیا",
    "خدشہ ظاہر کیا", "تشویش ظاہر کی", "افسوس ظاہر کیا", "ہدایت کی", "حکم دیا", "دھمکی دی",
    "اعلان کیا ہے", "کہنا تھا", "کہنا ہے", "بتایا گیا", "نشاندہی کی", "توجہ دلائی", "دلائل دیے",
    "استدلال کیا", "اظہار خیال کیا", "کہتے ہوئے", "کہا کرتے", "لکھا", "ٹویٹ کیا", "قرار دیا",
    "اعتراض کیا", "یقین ظاہر کیا", "امید کا اظہار کیا", "تسلیم کیا", "تصدیق کی", "تردید کی",
    "وارننگ دی", "درخواست کی", "اپیل کی", "کہہ دیا", "کہہ چکے", "بولے", "بولیں", "استدعا کی",
    "قرار دیتے ہوئے", "قرار دے دیا", "رولنگ دیتے ہوئے",
    # The present of features and interviews (see BARE_SUBJECT_VERBS): "وہ کہتے ہیں کہ …".
    "کہتے ہیں", "کہتی ہیں", "کہتا ہے", "کہتی ہے", "بتاتے ہیں", "بتاتی ہیں",
    # The noun of a possessive cue (ان کا مطالبہ تھا کہ): speech only after کا/کی/کے.
    "مطالبہ تھا", "مطالبہ ہے", "دعوی تھا", "دعوی ہے", "اصرار تھا", "اصرار ہے",
    "الزام تھا", "الزام ہے", "خیال تھا", "خیال ہے", "رائے تھی", "رائے ہے", "موقف تھا", "مؤقف تھا",
    "موقف ہے", "مؤقف ہے",
)

# Speech verbs whose subject takes no نے: the present of features ("وہ کہتے ہیں کہ …",
# "ماہر معیشت X بتاتی ہیں کہ …") and بولنا ("X بولے …").
BARE_SUBJECT_VERBS = ("کہتے ہیں", "کہتی ہیں", "کہتا ہے", "کہتی ہے", "بتاتے ہیں", "بتاتی ہیں", "بولے", "بولیں")

COMPLEMENTIZERS = ("کہ",)

# Markers between the speaker and the cue: X نے کہا، X کا کہنا تھا.
SUBJECT_MARKERS = ("نے",)
POSSESSIVE_CUES = (
    "کا کہنا تھا", "کا کہنا ہے", "کی کہنا تھا", "کے کہنا", "کا موقف تھا", "کا مؤقف تھا", "کا موقف ہے", "کا کہنا",
    # X کا مطالبہ تھا کہ، X کا دعویٰ ہے کہ: what X demands or claims.
    "کا مطالبہ تھا", "کا مطالبہ ہے", "کا دعوی تھا", "کا دعوی ہے", "کا اصرار تھا",
    "کا اصرار ہے", "کا الزام تھا", "کا الزام ہے", "کا خیال تھا", "کا خیال ہے", "کی رائے تھی", "کی رائے ہے",
    "کا مؤقف ہے",
)

# X کے مطابق …: the speaker comes first, the content follows the cue.
ACCORDING_TO = (
    "کے مطابق", "کے بقول", "کی جانب سے جاری بیان کے مطابق", "کے جاری کردہ بیان کے مطابق",
    # In X's view: "ماہر معاشیات ڈاکٹر X کے خیال میں حکومت کے پاس ...".
    "کے خیال میں", "کی رائے میں", "کے نزدیک", "کی نظر میں",
)

# Sources that speak without a name (ذرائع کے مطابق): a quote with no speaker.
ANONYMOUS_SOURCES = ("ذرائع", "باخبر ذرائع", "سرکاری ذرائع", "اطلاعات", "رپورٹس", "عینی شاہدین")

# Pronouns that stand for a speaker named earlier.
PRONOUNS = ("انہوں", "انھوں", "انہون", "ان", "اس", "آپ", "انہی", "وہ")

# Auxiliaries that may follow a reporting verb without starting the content.
VERB_TAILS = ("ہے", "تھا", "تھی", "تھے", "ہیں", "گیا", "گئی", "گئے", "ہوں", "ہو")

# Urdu marks objects after the noun (سے، کو), so no word before a name rules it out.
PREPOSITIONS: tuple[str, ...] = ()

HONORIFIC_PRONOUNS: dict[str, tuple[str, ...]] = {}

# Interview labels opening a paragraph, before ":" or "-": the answers are the
# interviewee's words (direct), the questions the interviewer's.
INTERVIEW_QUESTION_LABELS = ("سوال", "س")
INTERVIEW_ANSWER_LABELS = ("جواب", "ج")

# Cues whose content comes before them, after the subject's نے: "X نے الزامات کو بے بنیاد
# قرار دیا" reports that X called the allegations baseless.
VERDICT_CUES = ("قرار دیا", "قرار دے دیا", "قرار دیا ہے", "قرار دیتے ہوئے")
# The postposition that closes what a verdict judges.
VERDICT_OBJECT_MARKERS = ("کو",)
# A verdict coordinated after another act of the same subject opens here, with the pronoun
# that takes up the object: "X نے بل کی حمایت کی اور اسے اہم قدم قرار دیا".
# Or after a participle of that act: "X نے بیان کو مسترد کرتے ہوئے اسے اشتعال انگیز قرار دیا".
VERDICT_CLAUSE_OPENERS = (
    "اور اسے", "اور انہیں", "اور انھیں", "اور اس کو", "اور ان کو",
    "ہوئے اسے", "ہوئے انہیں", "ہوئے انھیں", "ہوئے اس کو", "ہوئے ان کو",
)

# Words of scope before a title that leave the office the same: a later bare "وزیر آبی
# وسائل" is the one introduced as "وفاقی وزیر آبی وسائل".
TITLE_SCOPES = ("وفاقی", "صوبائی")

# A generic word for a body as the speaker stands for the latest body of that kind named
# before it: "عدالت نے ریمارکس دیے" after "لاہور ہائیکورٹ نے ...".
BODY_REFERENCES = {
    "عدالت": ("عدالت", "کورٹ", "ہائیکورٹ", "ہائی کورٹ"),
    # A court's bench hearing the case: "بینچ نے ریمارکس دیے" after "سندھ ہائیکورٹ".
    "بینچ": ("عدالت", "کورٹ", "ہائیکورٹ", "ہائی کورٹ"),
    "بنچ": ("عدالت", "کورٹ", "ہائیکورٹ", "ہائی کورٹ"),
    "کمیٹی": ("کمیٹی",),
    "کمیشن": ("کمیشن",),
    "وزارت": ("وزارت",),
    "کابینہ": ("کابینہ",),
    "اسمبلی": ("اسمبلی",),
    "پارٹی": ("پارٹی",),
    "تنظیم": ("تنظیم",),
    "اتحاد": ("اتحاد", "الائنس", "تحریک"),
    "جماعت": ("جماعت", "پارٹی", "لیگ"),
    # "پولیس نے ... حراست میں لے لیا" after "لاہور پولیس": the force named before.
    "پولیس": ("پولیس",),
    "ایوان": ("اسمبلی", "سینیٹ", "ایوان"),
    "کونسل": ("کونسل",),
    "بورڈ": ("بورڈ",),
    "اتھارٹی": ("اتھارٹی",),
    "یونین": ("یونین",),
    "چیمبر": ("چیمبر",),
    "بیورو": ("بیورو",),
    "جرگے": ("جرگہ", "جرگے"),
    "جرگہ": ("جرگہ", "جرگے"),
}

# A group acting through its members speaks as the group: "وزارت ریلوے کے حکام نے بتایا",
# "اتحاد کے قائدین نے مطالبہ کیا" are the ministry's and the alliance's words.
MEMBER_NOUNS = (
    "حکام", "قائدین", "رہنماؤں", "رہنما", "ارکان", "اراکین", "عہدیداروں", "عہدیداران", "افسران",
    "نمائندوں", "نمائندگان", "ذمہ داران", "وفد", "ترجمان",
    # Units of a force: "پشاور پولیس اور سی ٹی ڈی کی مشترکہ ٹیموں نے چھاپے مارے".
    "ٹیموں", "اہلکاروں", "دستوں",
)
GENITIVES = ("کے", "کی", "کا")
# "ایک سینیئر عہدیدار نے بتایا", "اجلاس میں شریک ایک افسر نے": someone left unnamed.
INDEFINITES = ("ایک",)
# "ترجمان نے مزید کہا" after "ایف بی آر کے ترجمان نے کہا": the same body's spokesperson.
SPOKESPERSONS = ("ترجمان",)
# A delegation told again alone ("وفد نے مطالبہ کیا") is the group whose delegation was
# named before ("فیصل آباد چیمبر کے وفد نے ملاقات کی").
DELEGATIONS = ("وفد",)

# After a comma these open someone else's report: "مطالبہ کیا کہ ...، جبکہ اعلان کیا گیا کہ ...".
CONTRAST_LINKS = ("جبکہ", "تاہم", "البتہ")

# A title once held ("سابق وزیراعلیٰ X") is not the holder a bare title ("وزیراعلیٰ نے") refers to.
FORMER = ("سابق", "سابقہ")

# Reports in the passive, with no subject: "آئی ایس پی آر کے بیان میں کہا گیا ہے کہ …",
# "قرارداد میں مطالبہ کیا گیا کہ …". The document speaks for the body that issued it: a body
# or person named before it in the sentence, else the body that spoke last.
PASSIVE_MARKERS = ("گیا", "گئی", "گئے")
# (One word each, the last of the noun: حکم نامے، پریس ریلیز، ہینڈ آؤٹ.)
STATEMENT_NOUNS = (
    "بیان", "اعلامیے", "اعلامیہ", "قرارداد", "خط", "فیصلے", "فیصلہ", "رپورٹ", "نامے", "حکمنامے",
    "ریلیز", "مراسلے", "آؤٹ", "نوٹیفکیشن", "پیغام",
)
DOCUMENT_LOCATIVES = ("میں",)
