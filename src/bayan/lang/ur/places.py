"""Urdu place names the dictionary lacks: landmarks named by a place word."""

# The place word comes first: دریائے راوی، سیکٹر ای بارہ، ضلع خیبر.
PLACE_HEADS = ("دریائے", "سیکٹر", "ضلع", "تحصیل", "صوبہ", "قصبہ", "گاؤں", "موضع")
# The place word comes last: مال روڈ، قذافی اسٹیڈیم، اکبری منڈی، مہرآباد ایئرپورٹ.
PLACE_SUFFIXES = (
    "روڈ", "مارکیٹ", "منڈی", "اسٹیڈیم", "سٹیڈیم", "ایئرپورٹ", "ائیرپورٹ", "ایئر پورٹ", "محل", "چوک",
    "بازار", "پل", "ٹاؤن", "کالونی", "پارک", "ہائی وے", "موٹروے", "شاہراہ", "کراسنگ", "بارڈر", "گراؤنڈ",
    "ایئربیس", "ائیربیس", "ایئر بیس", "ہیڈورکس", "بیراج", "ڈیم", "جیل",
)

# Country adjectives: "بھارتی قانون", "افغان حکام" tell the country acting or acted on even
# where the country is not named. Adjective -> the country's actor id.
DEMONYMS = {
    "بھارتی": "india", "ہندوستانی": "india", "افغان": "afghanistan", "ایرانی": "iran",
    "امریکی": "united-states", "چینی": "china", "سعودی": "saudi-arabia", "اسرائیلی": "israel",
    "روسی": "russia", "برطانوی": "united-kingdom", "ترک": "turkey", "قطری": "qatar",
    "اماراتی": "united-arab-emirates", "عراقی": "iraq", "مصری": "egypt", "بنگلادیشی": "bangladesh",
    "تاجک": "tajikistan", "ازبک": "uzbekistan", "قازق": "kazakhstan", "ترکمان": "turkmenistan",
    "آذربائیجانی": "azerbaijan", "جاپانی": "japan", "جرمن": "germany", "فرانسیسی": "france",
    "کویتی": "kuwait", "عمانی": "oman", "بحرینی": "bahrain", "اردنی": "jordan", "لبنانی": "lebanon",
    "شامی": "syria", "یمنی": "yemen", "ملائیشین": "malaysia", "انڈونیشین": "indonesia",
}
