"""Arabic script repair: Persian and Urdu letter forms mapped to Arabic's own."""

LETTER_REPAIRS = {
    "\u06CC": "\u064A",  # FARSI YEH ی -> ARABIC YEH ي
    "\u06A9": "\u0643",  # KEHEH ک -> ARABIC KAF ك
    "\u06C1": "\u0647",  # HEH GOAL ہ -> ه
    "\u06BE": "\u0647",  # HEH DOACHASHMEE ھ -> ه
    "\u06D5": "\u0647",  # AE ە -> ه
    "\u06C3": "\u0629",  # TEH MARBUTA GOAL ۃ -> ة
}
