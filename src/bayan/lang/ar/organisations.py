"""Arabic organisation names the dictionary lacks: a head word and its idafa modifiers."""

ORG_HEADS = (
    "وزارة", "هيئة", "الهيئة", "ديوان", "الديوان", "مجلس", "جامعة", "الإدارة", "إدارة", "نيابة",
    "النيابة", "المحكمة", "محكمة", "لجنة", "اللجنة", "مجموعة", "مؤسسة", "البنك", "بنك", "صندوق",
    "جهاز", "وحدة", "نادي", "اتحاد", "الاتحاد", "المكتب", "مكتب", "حزب", "حركة", "شركة", "مركز",
    "مستشفى", "شرطة", "وكالة", "غرفة", "رابطة", "منظمة", "جمعية", "بلدية", "دائرة", "سفارة",
    # Directorates, unions and coalitions (المديرية العامة لقوى الأمن الداخلي، نقابة
    # المحامين، تنسيقية المعلمين). Definite generic heads (المجلس، الشركة) are left out:
    # alone they refer back, and a name after them is someone else's.
    "المديرية", "مديرية", "نقابة", "تنسيقية", "تحالف", "ائتلاف", "مصرف", "مفوضية",
)
SPECIFIC_HEADS = (
    "وزارة", "هيئة", "الهيئة", "ديوان", "الديوان", "نيابة", "النيابة", "لجنة", "اللجنة", "الإدارة", "إدارة", "سفارة",
    "المديرية", "مديرية", "نقابة", "تنسيقية",
)
# Heads that, in construct with one definite noun, name a body even when that noun is an
# everyday word: مجلس الوزراء، مجلس الإدارة، شركة النفط (not وحدة السودان "Sudan's unity").
CONSTRUCT_HEADS = (
    "مجلس", "مؤسسة", "جامعة", "بنك", "مصرف", "صندوق", "منظمة", "جمعية", "رابطة", "وكالة", "حزب",
    "شركة", "محكمة", "نقابة", "سفارة", "بلدية", "مفوضية",
)
# The head of such a body: "رئيس مجلس الوزراء" is an office, not the council.
CONSTRUCT_HOLDERS = ("رئيس", "لرئيس", "ورئيس", "برئيس", "رئيسة", "لرئيسة")
# Definite generic heads refer back alone (المؤسسة، المركز); with a definite adjective and a
# ل-complement they name a body: المؤسسة الوطنية للنفط، المركز الإعلامي لمجلس الوزراء.
DEFINITE_HEADS = (
    "المؤسسة", "المركز", "المجلس", "المنظمة", "الشركة", "الصندوق", "الجهاز", "الجمعية", "الرابطة",
    "الوكالة", "المفوضية", "الجامعة", "المصرف", "النقابة", "الحزب", "الحركة",
)
ORG_SUFFIXES: tuple[str, ...] = ()

# Words after which a short name in marks is a body's: "بدعوة من «حراك شباب مصراتة»"
# (organisation words such as ائتلاف، تكتل before «...» count too).
QUOTED_NAME_LEADS = ("بدعوة من", "دعوة من", "تكتل", "تيار", "تجمع", "حراك", "كتلة", "جماعة", "ميليشيا", "فصيل", "منصة", "صحيفة", "قناة")

# A dateline credits the outlet after a dash or in brackets: "المنامة - بنا:"، "دبي -
# «الخليج»:"، "تونس (وات) -". Words for who filed the story are not the outlet's name.
DATELINE_ROLES = ("مراسل", "مراسلنا", "مراسلة", "خاص", "وكالات", "الوكالات", "متابعات", "مكتب")
DATELINE_PLACE_SEPARATORS = ("/", "،", ",", "و")
DATELINE_CREDIT_SEPARATORS = ("،", ",", "+", "/", "و")
DATELINE_DASHES = ("-", "–", "—")
# An outlet may be credited without the words that make its full name (صحيفة الخليج).
OUTLET_AFFIXES = ("صحيفة", "جريدة", "وكالة", "قناة", "موقع", "نيوز")
