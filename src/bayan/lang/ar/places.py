"""Arabic place names the dictionary lacks: a place word and its idafa name."""

PLACE_HEADS = (
    "مطار", "ستاد", "استاد", "قصر", "ميدان", "شارع", "معبر", "ميناء", "نهر", "مدينة", "بلدة", "قرية",
    "مخيم", "جزيرة", "مضيق", "منفذ", "حي",
)
PLACE_SUFFIXES: tuple[str, ...] = ()

# Country adjectives: "القوات الأمريكية", "الجانب الإيراني" tell the country acting or acted
# on even where the country is not named. Adjective -> the country's actor id.
_ADJECTIVES = {
    "الإيراني": "iran", "الأمريكي": "united-states", "الأميركي": "united-states", "الإسرائيلي": "israel",
    "الروسي": "russia", "الصيني": "china", "السعودي": "saudi-arabia", "التركي": "turkey",
    "القطري": "qatar", "الإماراتي": "united-arab-emirates", "العراقي": "iraq", "المصري": "egypt",
    "السوري": "syria", "اللبناني": "lebanon", "اليمني": "yemen", "الأردني": "jordan",
    "الكويتي": "kuwait", "العماني": "oman", "البحريني": "bahrain", "الباكستاني": "pakistan",
    "الهندي": "india", "الفرنسي": "france", "البريطاني": "united-kingdom", "الألماني": "germany",
    "السوداني": "sudan", "الليبي": "libya", "التونسي": "tunisia", "الجزائري": "algeria",
    "المغربي": "morocco", "الفلسطيني": "palestine",
}
# Each with its feminine (الإيرانية) too.
DEMONYMS = {**_ADJECTIVES, **{adjective + "ة": country for adjective, country in _ADJECTIVES.items()}}
