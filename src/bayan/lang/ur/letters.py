"""Urdu script repair: letters typed from Arabic or Persian keyboards, mapped to Urdu's own."""

LETTER_REPAIRS = {
    "\u064A": "\u06CC",  # ARABIC YEH ي -> FARSI YEH ی
    "\u0649": "\u06CC",  # ALEF MAKSURA ى -> ی
    "\u0643": "\u06A9",  # ARABIC KAF ك -> KEHEH ک
    "\u0647": "\u06C1",  # ARABIC HEH ه -> HEH GOAL ہ
    "\u06D5": "\u06C1",  # AE ە -> ہ
    "\u0629": "\u06C3",  # TEH MARBUTA ة -> TEH MARBUTA GOAL ۃ
    "\u06C0": "\u06C2",  # HEH WITH YEH ۀ -> HEH GOAL WITH HAMZA ۂ
}
