"""Character classes of the Arabic script as Urdu, Persian and Arabic use it.

Kept in one place so that normalization, segmentation and language identification
agree on what a letter, a mark or an invisible control is.
"""

from __future__ import annotations

# Harakat and other combining marks that carry vocalisation, not identity.
# U+0653 (madda) and U+0654/U+0655 (hamza above/below) are not here: they can
# combine with the letter before them into a different letter (ا + ٓ = آ).
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)]  # fathatan .. sukun
    + [chr(c) for c in range(0x0656, 0x0660)]  # subscript alef .. wavy hamza below
    + ["\u0670"]  # superscript alef (Urdu یٰ, عیسیٰ)
    + [chr(c) for c in range(0x0610, 0x061B)]  # honorific signs (ؐ ؑ ؒ ...)
    + [chr(c) for c in range(0x06D6, 0x06DD)]  # Quranic annotation marks
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06E7", "\u06E8", "\u06EA", "\u06EB", "\u06EC", "\u06ED"]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]  # extended Arabic marks
)

TATWEEL = "\u0640"

# Invisible characters that steer display direction; they carry no text.
BIDI_CONTROLS = frozenset(
    ["\u200E", "\u200F", "\u061C"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\uFEFF"]  # a BOM in the middle of text is a zero-width no-break space
)

ZWNJ = "\u200C"
ZWJ = "\u200D"

MADDA_ABOVE = "\u0653"
HAMZA_ABOVE = "\u0654"
HAMZA_BELOW = "\u0655"

# Letter + combining hamza/madda written as two code points, and the one letter they mean.
COMPOSITIONS = {
    ("\u0627", MADDA_ABOVE): "\u0622",  # ا + ٓ = آ
    ("\u0627", HAMZA_ABOVE): "\u0623",  # ا + ٔ = أ
    ("\u0627", HAMZA_BELOW): "\u0625",  # ا + ٕ = إ
    ("\u0648", HAMZA_ABOVE): "\u0624",  # و + ٔ = ؤ
    ("\u064A", HAMZA_ABOVE): "\u0626",  # ي + ٔ = ئ
    ("\u06CC", HAMZA_ABOVE): "\u0626",  # ی + ٔ = ئ
    ("\u06D2", HAMZA_ABOVE): "\u06D3",  # ے + ٔ = ۓ
    ("\u0647", HAMZA_ABOVE): "\u06C0",  # ه + ٔ = ۀ
    ("\u06D5", HAMZA_ABOVE): "\u06C0",
    ("\u06C1", HAMZA_ABOVE): "\u06C2",  # ہ + ٔ = ۂ
}

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # Persian and Urdu
DIGITS_TO_ASCII = {d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)} | {
    d: str(i) for i, d in enumerate(EXTENDED_DIGITS)
}

ARABIC_DECIMAL_SEPARATOR = "\u066B"  # ٫
ARABIC_THOUSANDS_SEPARATOR = "\u066C"  # ٬


def is_arabic_letter(ch: str) -> bool:
    """True for a letter of the Arabic script (any language that writes it)."""
    o = ord(ch)
    return (
        0x0620 <= o <= 0x064A
        or 0x066E <= o <= 0x06D3
        or o == 0x06D5
        or 0x06EE <= o <= 0x06EF
        or 0x06FA <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x08A0 <= o <= 0x08C9
    )


def is_presentation_form(ch: str) -> bool:
    """Arabic presentation forms: legacy glyph code points that NFKC maps to letters."""
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC
