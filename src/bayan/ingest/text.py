"""Decoding bytes of unknown encoding into text.

News in Arabic script still arrives in legacy code pages. The encoding is detected, not
assumed: byte-order marks first, then strict UTF-8, then UTF-16 without a mark, then the
two Arabic code pages, scored by how much of the result is plausible text. Anything else
is refused with a reason rather than decoded into mojibake.
"""

from __future__ import annotations

import unicodedata

from bayan.errors import InputError

_LEGACY_CODEPAGES = ("cp1256", "iso-8859-6")
_MIN_PLAUSIBLE = 0.97


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` to text with LF line endings, or raise ``InputError``."""
    if not data.strip():
        raise InputError(source, "empty file")
    text = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def _decode(data: bytes, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", source, "invalid UTF-8 after a UTF-8 byte-order mark")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source, "invalid UTF-16 after a UTF-16 byte-order mark")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source, f"invalid {utf16.upper()}")
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _refuse_binary(text, source)
        return text
    best, best_score = None, 0.0
    for codepage in _LEGACY_CODEPAGES:
        try:
            candidate = data.decode(codepage)
        except UnicodeDecodeError:
            continue
        score = _plausibility(candidate)
        if score > best_score:
            best, best_score = candidate, score
    if best is not None and best_score >= _MIN_PLAUSIBLE:
        return best
    if _control_ratio(data) > 0.05:
        raise InputError(source, "binary file, not text")
    raise InputError(
        source,
        "cannot decode: the bytes are not valid UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text",
    )


def _strict(data: bytes, encoding: str, source: str, problem: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"{problem} at byte {exc.start}") from None
    return text.lstrip("\ufeff")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text shows NUL bytes at every other position (ASCII, spaces, newlines)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # Arabic-script UTF-16 has no NULs in letters, but spaces and digits give plenty.
    if odd_nuls > 0.2 * half and even_nuls < 0.02 * half:
        return "utf-16-le"
    if even_nuls > 0.2 * half and odd_nuls < 0.02 * half:
        return "utf-16-be"
    return None


def _plausibility(text: str) -> float:
    """Share of characters that belong in Arabic-script or ASCII news text."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            good += ch.isprintable() or ch in "\n\r\t"
        elif 0x0600 <= o <= 0x06FF:
            # Harakat are rare in news; a run of them means the wrong code page.
            good += unicodedata.category(ch) != "Mn"
        elif ch in "\u200c\u200d\u200e\u200f\u00a0«»“”‘’–—…":
            good += 1
    return good / len(text)


def _control_ratio(data: bytes) -> float:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * len(sample):
        raise InputError(source, "binary file, not text")
