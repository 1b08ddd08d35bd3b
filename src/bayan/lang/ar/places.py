"""Arabic place names the dictionary lacks: a place word and its idafa name."""

PLACE_HEADS = (
    "مطار", "ستاد", "استاد", "قصر", "ميدان", "شارع", "معبر", "ميناء", "نهر", "مدينة", "بلدة", "قرية",
    "مخيم", "جزيرة", "مضيق", "منفذ", "حي",
)
PLACE_SUFFIXES: tuple[str, ...] = ()
