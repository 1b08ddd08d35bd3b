"""Urdu event triggers, by PLOVER type and mode, and the words that mark an event as
planned, cancelled or denied rather than done.

A trigger is the phrase that names the act (ملاقات کی، دورہ کیا، مذمت کی); participants are
the actors of its clause.
"""

TRIGGERS = {
    ("CONSULT", "meet"): (
        "ملاقات", "ملاقات کی", "ملاقات ہوئی", "ملاقاتیں", "ملاقات کے دوران", "مذاکرات", "مذاکرات کیے",
        "بات چیت", "وفود کی سطح پر مذاکرات", "استقبال کیا", "ملاقات کرتے",
        # A meeting someone chairs (کابینہ کا اجلاس وزیراعلیٰ کی زیر صدارت ہوا).
        "زیر صدارت", "صدارت کی", "صدارت کرتے", "صدارت میں",
        "تبادلہ خیال کیا", "گفتگو کی", "بات چیت کی", "مشاورت کی", "بریفنگ دی",
        # A dialogue round between two sides: "X اور Y کے درمیان اسٹریٹجک ڈائیلاگ کا ساتواں دور".
        "ڈائیلاگ"),
    ("CONSULT", "visit"): (
        "دورہ کیا", "دورے پر", "دورے کے دوران", "پہنچے", "پہنچ گئے", "پہنچیں", "پہنچا", "آمد", "دورہ",
        "روانہ ہوگئے", "روانہ ہو گئے",
        "سرکاری دورے", "دورے", "تشریف لائے", "آمد پر",
    ),
    ("CONSULT", "phone"): (
        "ٹیلی فون", "ٹیلیفون", "ٹیلیفونک", "ٹیلی فونک", "فون پر", "فون کیا", "ٹیلی فونک رابطہ", "ٹیلیفونک رابطہ",
        "ویڈیو لنک",
        "ٹیلیفونک گفتگو", "ٹیلی فونک گفتگو", "فون کال", "ٹیلی فون کال",
    ),
    ("SUPPORT", None): (
        "سراہا", "سراہی", "سراہے", "سراہتے", "تعریف کی", "تعریف", "خراج تحسین", "مبارکباد", "مبارک باد", "شکریہ ادا", "شکریہ",
        "حمایت کی", "حمایت کا اعلان", "حمایت کا اعادہ", "قدردانی", "خیرمقدم کیا", "اظہار تشکر",
        "اظہار یکجہتی", "یکجہتی کا اظہار", "داد دی", "حوصلہ افزائی", "تعزیت", "اظہار تعزیت", "پذیرائی",
        "خراج عقیدت", "تحسین", "مبارکباد پیش", "تہنیتی پیغام", "حمایت کا اظہار", "تائید کی", "تائید",
        "شاباش", "حمایت کرتے",
        # Condolence and goodwill messages, welcomes and honours conferred.
        "تعزیتی پیغام", "تعزیتی", "خیرسگالی", "خیرمقدم کرتے", "خیر مقدم", "سے نوازا", "سے نوازے",
        "سلام پیش", "نقد انعام"),
    ("AGREE", None): (
        "دستخط", "دستخط کیے", "معاہدہ طے", "معاہدہ ہوا", "معاہدے طے", "مفاہمتی یادداشت", "مفاہمتی یادداشتوں", "اتفاق کیا",
        "اتفاق ہوا", "اتفاق کیا گیا", "اتفاق رائے", "وعدہ کیا", "یقین دہانی", "عزم کا اظہار",
        "معاوضے کا اعلان",
        # (Approval as a bare noun, or a resolution passed, is no agreement between sides:
        # "بجٹ کی منظوری", the resolution's own words are what is coded.)
        "دستخط ہوئے", "مفاہمت کی یادداشت", "منظوری دی", "منظوری دے", "منظوری بھی دی", "منظور کر لی", "طے پایا", "طے پا گیا", "طے پائی", "طے پائے", "یقین دلایا", "یقین دلاتے", "یقین دلایا کہ",
        "اتفاق کر لیا", "اتفاق کرلیا", "توثیق",
        # An offer to the other side: "ڈاہا نے پیشکش کی کہ پنجاب مشترکہ معائنے کیلئے تیار ہے".
        "پیشکش کی", "پیشکش کرتے",
        # An invitation or an offer taken up: "دورے کی دعوت قبول کر لی".
        "دعوت قبول", "قبول کر لی", "قبول کرلی", "قبول کر لیا", "قبول کرلیا", "قبول کرتے"),
    # (Not "افسوس کا اظہار": sorrow at a death is condolence, not blame.)
    ("ACCUSE", "disapprove"): (
        "مذمت", "مذمت کی", "تنقید", "تنقید کی", "شدید تنقید", "تشویش کا اظہار",
        "ناراضی", "اعتراض", "ذمہ دار قرار", "نوٹس لیا", "نوٹس لیتے", "نوٹس لے لیا", "نوٹس لے کر",
        "تنقید کا نشانہ", "آڑے ہاتھوں", "احتجاج ریکارڈ", "احتجاجی مراسلہ", "احتجاجی مراسلے", "باضابطہ احتجاج",
        # An envoy summoned and then handed a protest: "ناظم الامور کو طلب کر کے …".
        "طلب کر کے", "طلب کرکے",
        # A reaction to the other side's words is, in political news, a rebuke of them.
        "ردعمل میں", "ردعمل دیتے",
        # A bench's remarks in a hearing are its censure of the side before it.
        "ریمارکس دیے", "ریمارکس دیئے",
        # Displeasure and mockery: "غیر حاضری پر سخت برہمی کا اظہار کیا"، "طنز کیا".
        "برہمی", "برہمی کا اظہار", "برہم", "طنز کیا", "طنز کرتے", "طنزیہ",
    ),
    ("ACCUSE", "allege"): ("الزام", "الزام عائد", "الزام لگایا", "الزامات", "مقدمہ درج", "ریفرنس دائر", "الزامات عائد", "چیلنج کیا", "چیلنج کر دیا",
        "شکوہ کیا", "شکایت کی", "شکوہ کرتے", "فرد جرم عائد",
        # Questions put to the other side: "آپریشن کے طریقہ کار پر سوال اٹھائے"، a bench's
        # pointed "استفسار کیا".
        "سوال اٹھایا", "سوال اٹھائے", "سوالات اٹھائے", "سوالات اٹھاتے", "سوال اٹھاتے", "استفسار کیا",
        "دعوی کیا", "مؤقف اپنایا", "موقف اپنایا", "مؤقف اختیار کیا", "موقف اختیار کیا"),
    ("ACCUSE", "investigate"): ("تحقیقات کا حکم", "انکوائری"),
    ("THREATEN", None): ("دھمکی", "دھمکی دی", "خبردار کیا", "انتباہ", "وارننگ", "الٹی میٹم", "متنبہ کیا", "الٹی میٹم دیا",
        "تنبیہ کی", "تنبیہ کرتے"),
    ("REQUEST", None): ("مطالبہ", "مطالبہ کیا", "اپیل", "اپیل کی", "درخواست کی", "زور دیا", "استدعا", "استدعا کی", "دعوت دی", "دعوت دیتے", "تجویز دی", "تجویز پیش کی", "اصرار",
        # Directives to someone named: "X نے ڈپٹی کمشنر کو ہدایت کی کہ ...".
        "ہدایت کی", "ہدایت کرتے", "ہدایات جاری", "حکم دیا", "حکم دے دیا", "حکم دیتے",
        # A court or a house summoning an official: "سیکرٹری داخلہ کو ذاتی حیثیت میں طلب کر لیا".
        "طلب کر لیا", "طلب کرلیا", "طلب کرتے", "طلب کیا",
        "طلب کر لی", "طلب کرلی", "طلب کر لیے", "طلب کرلیے"),
    ("REJECT", None): ("مسترد", "مسترد کر دیا", "مسترد کیا", "انکار کیا", "مسترد کردیا", "انکار کر دیا", "انکار کردیا", "کالعدم قرار",
        # "اس تاثر کو رد کرتے ہوئے"، "تحریک کی مخالفت کی".
        "رد کرتے", "رد کر دیا", "رد کیا", "مخالفت کی", "مخالفت کرتے",
        # Denying a charge: "الزامات کی تردید کرتے ہوئے"، "پیشکش ٹھکرا دی".
        "تردید کی", "تردید کرتے", "تردید کر دی", "ٹھکرا دی", "ٹھکرا دیا", "ٹھکراتے",
        # A rebuttal: "پولیس کارروائی کا دفاع کرتے ہوئے کہا"، "وضاحتی بیان میں کہا".
        "وضاحت کی", "وضاحتی بیان", "دفاع کرتے", "دفاع کیا"),
    ("PROTEST", None): (
        "مظاہرہ", "مظاہرے", "احتجاجی مظاہرہ", "دھرنا", "ہڑتال", "ریلی", "لانگ مارچ", "احتجاج", "واک آؤٹ",
        "شٹر ڈاؤن",
        "دھرنے", "احتجاجی ریلی", "گھیراؤ", "نعرے بازی", "احتجاج کیا",
        # "'ہمارے بچے واپس کرو' کے نعرے لگائے"
        "نعرے لگائے", "نعرے لگاتے",
    ),
    ("SANCTION", None): ("پابندی عائد", "پابندیاں عائد", "معطل کر دیا", "برطرف", "جرمانہ عائد", "جرمانہ کیا", "معطل کیے", "معطل کر"),
    ("ASSAULT", None): ("حملہ", "حملے", "فائرنگ", "دھماکہ", "دھماکے", "بمباری", "فضائی حملے", "پتھراؤ", "گولہ باری", "پولیس مقابلے", "پولیس مقابلہ", "مبینہ مقابلے",
        # The police or a gang falling on people: "پولیس کی بھاری نفری ان پر ٹوٹ پڑی".
        "ٹوٹ پڑی", "ٹوٹ پڑے", "تشدد کا نشانہ", "گولیاں مار دیں", "گولیاں مار دی", "فائر کھول",
        # Abductions and targeted attacks: "مسلح افراد نے دو انجینیئرز کو اغوا کر لیا".
        "اغوا کر لیا", "اغوا کرلیا", "اغوا کر لیے", "اغوا کرلیے", "اغوا کیا", "اغوا کیے", "نشانہ بنایا",
        # Forces striking back and killing: "جوابی کارروائی میں چار دہشت گرد ہلاک کر دیے".
        "جوابی کارروائی", "ہلاک کر دیا", "ہلاک کر دیے", "ہلاک کردیا", "ہلاک کردیے", "قتل کر دیا", "قتل کردیا"),
    ("COERCE", "arrest"): ("گرفتار", "گرفتاری", "حراست میں", "سزا سنائی", "قید کی سزا", "ریمانڈ", "لاٹھی چارج", "آنسو گیس", "شیلنگ", "حراست میں لے", "گرفتار کر لیا", "دفعہ 144",
        # Marches stopped: "کنٹینر لگا کر راستہ بند کر دیا"، "مظاہرین کو منتشر کر دیا".
        "راستہ بند کر", "راستے بند کر", "منتشر کر"),
    ("AID", None): ("امداد", "امدادی سامان", "عطیہ", "امدادی چیک", "امدادی رقم"),
}

# A meeting one side chairs is coded with the chair alone; so is one a named subject holds
# "with" (سے) people the text does not name: "آرمی چیف نے مقامی عمائدین کے ایک جرگے سے ملاقات کی".
ONE_SIDED_MEETINGS = ("زیر صدارت", "صدارت کی", "صدارت کرتے", "صدارت میں")
MET_WITH = ("سے", "بھی")
BETWEEN = ("درمیان",)

# A sentence opening another strand of the story: the other side's reaction, news from
# elsewhere. Its undated events are the dateline's day, not the day the lead tells
# ("بعد ازاں", afterwards, goes on with the lead's day and is not one).
STRAND_OPENERS = ("دوسری جانب", "ادھر")

# The event has not happened yet.
PLANNED = ("گا", "گی", "گے", "آئندہ", "متوقع", "شیڈول", "جائیں", "کریں", "ہوگی", "ہوگا", "دعوت دی", "دعوت")
CANCELLED = ("منسوخ", "ملتوی", "موخر", "مؤخر")
DENIED = ("تردید", "نہیں ہوئی", "نہیں ہوا")
# "دورہ کر کے …": the act, and then the clause's verb, whose tense (کریں گے) is the act's too.
CONJUNCTIVE_PARTICIPLES = ("کر کے", "کرکے")

# Postposition after a place in the sentence: اسلام آباد میں.
LOCATIVE_AFTER = ("میں",)
LOCATIVE_BEFORE: tuple[str, ...] = ()

# Words in someone's quoted words that make the statement itself an act: blaming someone
# (ACCUSE) or warning them (THREATEN). The actors named in the quote are its targets.
SPEECH_ACTS = {
    "ACCUSE": (
        "الزام", "ذمہ دار", "ناکام", "ناکامی", "جھوٹ", "جھوٹے", "کرپشن", "بدعنوانی", "سازش", "جارحیت",
        "ظلم", "مظالم", "نسل کشی", "خلاف ورزی", "خلاف ورزیوں", "غیر قانونی", "دھاندلی", "انتشار", "مداخلت",
        "جرائم", "قتل عام", "اشتعال انگیز", "پروپیگنڈا", "منافقت", "سرپرستی", "بربریت",
        "بدعہدی", "وعدہ خلافی", "سبوتاژ", "آلہ کار", "ذمہ داری عائد", "ضائع کر", "بدامنی", "کرائے کے",
        "ٹھکانوں", "ٹھکانے", "پولیس اسٹیٹ", "مکر", "مذموم", "گھناؤنی", "بزدلانہ", "لوٹ مار",
        "انتقامی", "فسطائیت", "آمریت",
        # Verdicts that disparage: "X کے بیان کو بوکھلاہٹ کا نتیجہ قرار دیا".
        "بے بنیاد", "من گھڑت", "حقائق کے منافی", "بوکھلاہٹ", "ڈرامہ", "شرمناک", "غیر آئینی", "فوٹو سیشن",
        "نااہلی", "ہٹ دھرمی",
        # Blame in everyday words: mistreatment, neglect, deceit, abuse of power.
        "سوتیلی ماں", "سوتیلا", "توہین", "جبر", "انتقام", "گمراہ کن", "دھول جھونک", "بہانہ", "ناانصافی",
        "زیادتی", "امتیازی", "استحصال", "غفلت", "لاپرواہی", "غیر ذمہ دارانہ", "ملوث", "بے ضابطگی",
        "بے ضابطگیوں", "ناجائز", "چوری", "پوائنٹ اسکورنگ", "گورکھ دھندا", "نظر انداز", "تشدد",
        # A claim set against what was done ("وعدہ کیا مگر …", "… کے بجائے …") and the
        # rulers named as such: how blame is put in Urdu political speech.
        "مگر", "بجائے", "حکمران", "حکمرانوں", "ملبہ", "ناکامیوں", "وعدے توڑ", "توڑنے", "گوارا نہیں",
    ),
    "THREATEN": (
        "منہ توڑ جواب", "بھرپور جواب", "سنگین نتائج", "نتائج بھگتنا", "سخت کارروائی",
        "لانگ مارچ", "دھرنا دیں گے", "خبردار", "پوری قوت سے", "آہنی ہاتھوں", "کیفر کردار",
        "نہیں بخشا جائے گا", "پیچھا کریں گے", "رعایت نہیں برتی", "کوئی رعایت نہیں",
        "پیچھا کیا جائے گا", "انجام تک پہنچا", "نشان عبرت", "چن چن کر", "قلع قمع", "کچل دیا جائے گا",
        # Taking to the streets, said as what the speaker's side will do ("سڑکوں پر" alone
        # is as often where others are: "جو لوگ آج سڑکوں پر ہیں").
        "بائیکاٹ کرے", "تحریک شروع", "مارچ کی تاریخ", "سڑکوں پر نکل", "سڑکوں پر آئیں", "حساب لیا جائے", "خمیازہ",
        "بھاری قیمت", "برداشت نہیں", "معاف نہیں کیا جائے گا", "سختی سے نمٹا",
        # Vows over the dead and to the guilty: "شہداء کا خون رائیگاں نہیں جانے دیں گے"،
        # "ریاست انہیں کسی صورت معاف نہیں کرے گی".
        "رائیگاں نہیں", "معاف نہیں کرے",
        # The diplomatic warning: patience has limits, the right to act is reserved.
        "صبر", "حق محفوظ", "ہر ممکن اقدام", "دفاع کرنا جانتے",
    ),
    # What the speaker wants done, said as their demand or expectation: "ہمارا مطالبہ ہے".
    "REQUEST": ("مطالبہ ہے", "ہمارا مطالبہ", "توقع رکھتے", "توقع کرتے", "توقع ہے"),
    # A denial in so many words: the other side's charge or demand turned down.
    "REJECT": ("کوئی تعلق نہیں", "لینا دینا نہیں", "زیر غور نہیں", "قبول نہیں", "تسلیم نہیں", "غلط ثابت",
        "سراسر غلط", "حقیقت نہیں", "حقیقت سے کوئی تعلق"),

    "SUPPORT": (
        "سراہتے", "سراہا", "قابل تعریف", "قابل ستائش", "قابل تحسین", "قابل فخر", "قابل قدر", "ہیرو", "ہیروز",
        "خراج تحسین", "شکر گزار", "مشکور", "بھائی چارے",
        "آزمودہ دوست", "قابل اعتماد", "مثالی تعلقات", "بھرپور حمایت", "حمایت جاری",
        # (Not "ساتھ کھڑے ہیں"، "شانہ بشانہ": solidarity said in a warning or a rally is coded
        # as praise by our annotators less than half the time.)
        # Verdicts that praise: "X نے دورے کو تعلقات میں سنگ میل قرار دیا".
        "سنگ میل", "اہم قدم", "خوش آئند", "قابل تقلید", "گیم چینجر",
        # Friendship in so many words: "چین اور پاکستان آہنی بھائی ہیں".
        "آہنی بھائی", "دوسرا گھر", "قدر کی نگاہ", "ہمالیہ سے بلند", "سدا بہار",
    ),
}

# An ultimatum: a condition and then a future act ("اگر ... رہا نہ کیا گیا تو ... بائیکاٹ
# کرے گی"). The condition word, then a future ending later in the same words.
CONDITIONALS = ("اگر", "بصورت دیگر", "ورنہ")
# Urdu often drops اگر: "کوٹہ بحال نہ کیا گیا تو ہم عدالت جائیں گے". A negation and, a few
# words on, "then".
NEGATED_CONDITION = (("نہ",), ("تو",))
FUTURE_MARKERS = ("گا", "گی", "گے", "جائے گا", "جائے گی", "جائیں گے")
# A future that foretells an outcome rather than an act: "اگر یہی صورتحال رہی تو تجارت
# چابہار منتقل ہو جائے گا"، "تو کسی کی نوکری محفوظ نہیں رہے گی" are forecasts, not ultimatums.
OUTCOME_VERBS = ("ہو", "رہے", "رہیں", "رہ", "پڑے", "پڑ")

# Words that introduce the outlet reporting the story (به گزارش ایرنا): the outlet takes no part.
REPORTING_WORDS = ("رپورٹ", "نمائندہ", "نمائندے", "بیورو")

# "Both sides" (the two leaders, the two countries): the parties of the talks just told.
BOTH_SIDES = ("دونوں رہنماؤں", "دونوں رہنما", "دونوں ممالک", "دونوں ملکوں", "فریقین", "دونوں فریقوں", "دونوں وزرائے", "دونوں وزرا", "دونوں جانب", "دونوں اطراف", "دونوں جماعتوں", "دونوں جماعتیں")

# Postpositions after an actor that takes part (X نے، Y سے ملاقات، Z کو دھمکی): an office
# nobody is named for counts only when so marked.
PARTICIPANT_MARKERS = ("نے", "سے", "کو")

# A meeting told again: "during the meeting" (خلال اللقاء، ملاقات میں، در این دیدار) refers to
# talks already coded, not to new ones.
ANAPHORIC_TRIGGERS = ("ملاقات کے دوران", "دورے کے دوران", "ملاقات میں", "دوران ملاقات",
    # The talks as a time: "ملاقات کے بعد مفاہمتی یادداشتوں پر دستخط ہوئے".
    "ملاقات کے بعد", "مذاکرات کے بعد", "ملاقات سے قبل", "ملاقات سے پہلے")
ANAPHORIC_DETERMINERS = ("اس", "اسی")
# "with" right before: "یونانی سفیر سے ملاقات میں" is talks with someone just named, new talks.
NEW_TALKS_BEFORE = ("سے",)

# The country's own institutions named without the country (حکومت نے، الحكومة، دولت): in an
# event they are the institution of the story's country.
GENERIC_BODIES = {
    "government": ("حکومت", "وفاقی حکومت", "حکومت پاکستان"),
    "cabinet": ("کابینہ", "وفاقی کابینہ"),
    "senate": ("سینیٹ", "ایوان بالا"),
    "national assembly": ("قومی اسمبلی", "ایوان زیریں"),
    "foreign ministry": ("دفتر خارجہ", "وزارت خارجہ"),
}

# A spokesperson's reported words tell what their principal did: the acts inside are coded.
SPOKESPERSON_TITLES = ("ترجمان",)
# Informing, not opining: what someone "told" or "briefed" (X نے بتایا کہ دونوں حکومتوں نے
# اتفاق کیا) is news of the acts it names, as a spokesperson's words are.
INFORMING_CUES = ("بتایا", "آگاہ کیا", "اطلاع دی", "آگاہ کرتے", "بریفنگ دیتے")

# Particles that stand inside a light-verb trigger without changing it: "دعوت بھی دی".
INSERTED_PARTICLES = ("بھی",)

# Words that call something false; said of a claim (an allegation, a report) in the same
# words, the act is rejecting the claim (REJECT), not accusing (ACCUSE).
FALSITY = ("بے بنیاد", "من گھڑت", "حقائق کے منافی", "جھوٹ", "جھوٹے", "غلط")
CLAIMS = ("الزام", "الزامات", "دعوی", "دعوے", "دعووں", "خبر", "خبروں", "خبریں", "اطلاعات", "رپورٹ", "رپورٹس", "بیان", "پروپیگنڈا",
    "قیاس آرائی", "قیاس آرائیوں", "قیاس آرائیاں", "افواہ", "افواہوں", "افواہیں", "تاثر")

# Acts performed by saying them, in the present and first person, inside someone's words:
# "ہم اس فیصلے کو مسترد کرتے ہیں", "ہم مطالبہ کرتے ہیں". After the trigger.
PERFORMATIVE_ENDINGS = ("کرتے ہیں", "کرتا ہوں", "کرتی ہوں")

# کی is both "did" (درخواست کی، ملاقات کی) and "of" (درخواست کی سماعت "the petition's
# hearing", ملاقات کی اجازت "leave for a meeting"). A trigger ending in it is the act only
# where what follows goes on as after a verb: an auxiliary, a conjunction, a relative, کہ, or
# punctuation. A noun after it makes the trigger a possessor.
LIGHT_VERB_GENITIVES = ("کی",)
AFTER_LIGHT_VERB = (
    "کہ", "اور", "جس", "جبکہ", "تاہم", "لیکن", "مگر", "نیز", "بلکہ", "تو", "جو", "جن", "جہاں",
    "ہے", "ہیں", "تھی", "تھیں", "تھے", "تھا", "گئی", "گئیں", "گئے", "گیا", "جائے", "جائیں", "جا", "ہو",
    "اس", "ان", "انہوں", "بھی", "تھیں",
)

# A verdict (X نے Y کو Z قرار دیا) judges someone's act or words: in political news it is
# blame unless its words praise, and a verdict on an allegation rejects it.
VERDICTS_ARE_ACTS = True
VERDICT_PRAISE = (
    "سنگ میل", "اہم قدم", "خوش آئند", "قابل تقلید", "گیم چینجر", "جیت", "قابل تعریف", "قابل ستائش",
    "تاریخی", "انقلابی", "اثاثہ", "روڈ میپ", "حوصلہ افزا", "مثبت", "احسن", "قابل قدر", "قابل فخر",
    "روشن مثال", "بہتر", "بہترین", "کامیاب", "سنہری", "نیک شگون", "دوست", "مثالی", "جائز",
)
ALLEGATIONS = ("الزام", "الزامات", "دعوی", "دعوے", "دعووں", "دعوؤں", "پروپیگنڈا", "تنقید",
    # Speculation, rumours and "the impression" a story gave: "اس تاثر کو غلط قرار دیا".
    "قیاس آرائی", "قیاس آرائیوں", "قیاس آرائیاں", "افواہ", "افواہوں", "افواہیں", "تاثر", "الزام تراشی",
    # The other side's demands, proposals and worries judged: "مطالبات کو غیر حقیقت پسندانہ
    # قرار دیا"، "ملازمین کی تشویش کو بلاجواز قرار دیا" (unless the verdict praises: جائز).
    "مطالبات", "مطالبے", "مطالبہ", "تجاویز", "تجویز", "تشویش", "خدشات", "تحفظات")
# Someone's words judged ("بھارتی وزیر کے بیان کو بوکھلاہٹ قرار دیا"، "اعتراضات کو پوائنٹ
# سکورنگ قرار دیا"): the words are rejected and their speaker blamed, two acts.
STATEMENTS = ("بیان", "بیانات", "رپورٹ", "اعتراض", "اعتراضات", "موقف", "مؤقف")

# A pronoun that is the subject without نے: intransitive verbs take none ("بعد ازاں وہ
# احتجاجاً اجلاس سے واک آؤٹ کر گئے").
BARE_SUBJECT_PRONOUNS = ("وہ",)

# A protest named as the place of a speech is no new protest ("دھرنے سے خطاب کرتے ہوئے"): it
# was told already, or is the setting.
TRIGGERS_SPOILED_BY_NEXT = {
    ("دھرنے", "دھرنا", "ریلی", "جلسے", "جلسہ", "مظاہرے", "احتجاجی ریلی", "احتجاجی مظاہرے"): ("خطاب",),
    # "حملہ آور" is the attacker, named, not an attack told: "حملہ آوروں کی تلاش جاری ہے".
    ("حملہ",): ("آور", "آوروں"),
}
# "تحمل کا مظاہرہ", "یکجہتی کا مظاہرہ": مظاہرہ after کا is a display, not a demonstration.
TRIGGERS_SPOILED_BY_PREVIOUS = {
    ("مظاہرہ",): ("کا",),
}
