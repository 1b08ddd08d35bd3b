"""Persian place names the dictionary lacks: a place word and its ezafe name."""

PLACE_HEADS = (
    "فرودگاه", "ورزشگاه", "کاخ", "میدان", "خیابان", "بندر", "شهرستان", "رود", "دریای", "بزرگراه",
    "گذرگاه", "مرز", "پایانه", "روستای", "جزیره", "تنگه", "بازار", "پارک",
)
PLACE_SUFFIXES: tuple[str, ...] = ()
