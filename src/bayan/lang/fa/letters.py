"""Persian script repair: Arabic and Urdu letter forms mapped to Persian's own."""

LETTER_REPAIRS = {
    "\u064A": "\u06CC",  # ARABIC YEH ي -> FARSI YEH ی
    "\u0649": "\u06CC",  # ALEF MAKSURA ى -> ی
    "\u0643": "\u06A9",  # ARABIC KAF ك -> KEHEH ک
    "\u06C1": "\u0647",  # HEH GOAL ہ -> ه
    "\u06BE": "\u0647",  # HEH DOACHASHMEE ھ -> ه
    "\u06D5": "\u0647",  # AE ە -> ه
    "\u06C3": "\u0629",  # TEH MARBUTA GOAL ۃ -> ة
    "\u06C2": "\u06C0",  # ۂ -> ۀ
}
