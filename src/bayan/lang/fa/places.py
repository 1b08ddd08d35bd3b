"""Persian place names the dictionary lacks: a place word and its ezafe name."""

PLACE_HEADS = (
    "فرودگاه", "ورزشگاه", "کاخ", "میدان", "خیابان", "بندر", "شهرستان", "رود", "دریای", "بزرگراه",
    "گذرگاه", "مرز", "پایانه", "روستای", "جزیره", "تنگه", "بازار", "پارک",
)
PLACE_SUFFIXES: tuple[str, ...] = ()

# Country adjectives: "نیروهای آمریکایی", "رژیم صهیونیستی" tell the country acting or acted on
# even where the country is not named. Adjective -> the country's actor id.
DEMONYMS = {
    "آمریکایی": "united-states", "امریکایی": "united-states", "صهیونیستی": "israel", "اسرائیلی": "israel",
    "چینی": "china", "روسی": "russia", "سعودی": "saudi-arabia", "عربستانی": "saudi-arabia",
    "پاکستانی": "pakistan", "افغان": "afghanistan", "افغانستانی": "afghanistan", "عراقی": "iraq",
    "ترکیه‌ای": "turkey", "قطری": "qatar", "اماراتی": "united-arab-emirates", "مصری": "egypt",
    "لبنانی": "lebanon", "سوری": "syria", "یمنی": "yemen", "اردنی": "jordan", "کویتی": "kuwait",
    "عمانی": "oman", "بحرینی": "bahrain", "انگلیسی": "united-kingdom", "بریتانیایی": "united-kingdom",
    "فرانسوی": "france", "آلمانی": "germany", "ژاپنی": "japan", "تاجیک": "tajikistan",
    "ازبک": "uzbekistan", "ترکمن": "turkmenistan", "قزاق": "kazakhstan", "آذربایجانی": "azerbaijan",
    "ارمنی": "armenia",
}
