"""Where the content of a quotation begins and ends.

Quotation marks pair by kind (« », “ ”, " "); a quote inside a quote uses the other
kind, so the outer pair decides. An unpaired mark is not guessed at: the content then
runs to the end of the paragraph.
"""

from __future__ import annotations

OPENERS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'", "‹": "›", "„": "“"}
ALL_MARKS = set(OPENERS) | set(OPENERS.values())
_TRIM = " \t\n\u200c\u200f\u200e،,؛;:"
_FINAL = "۔.؟?!"


_LEFT_SINGLE, _RIGHT_SINGLE = "\u2018", "\u2019"


def orient_single_marks(text: str) -> str:
    """The text with single quotation marks the right way round, same length.

    Urdu writes single marks both ways: ‘…’ and, as BBC Urdu does, ’…‘ (the glyphs that
    look right in a right-to-left line). A paragraph whose first single mark is ’ and that
    has a ‘ after it writes them the second way; its marks are swapped so that ‘ opens and
    ’ closes everywhere. Offsets do not move: one character stands for one character.
    """
    if _LEFT_SINGLE not in text or _RIGHT_SINGLE not in text:
        return text
    chars: list[str] | None = None
    start = 0
    while start <= len(text):
        end = paragraph_end(text, start)
        first_left = text.find(_LEFT_SINGLE, start, end)
        first_right = text.find(_RIGHT_SINGLE, start, end)
        if 0 <= first_right and first_right < first_left and not _inside_word(text, first_right):
            if chars is None:
                chars = list(text)
            for i in range(first_right, end):
                if chars[i] == _LEFT_SINGLE:
                    chars[i] = _RIGHT_SINGLE
                elif chars[i] == _RIGHT_SINGLE and not _inside_word(text, i):
                    chars[i] = _LEFT_SINGLE
        start = end + 1
    return text if chars is None else "".join(chars)


def _inside_word(text: str, index: int) -> bool:
    """An apostrophe between letters (Qur’an) is no quotation mark."""
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def closing_mark(text: str, open_index: int, limit: int) -> int | None:
    """Index of the mark that closes the quote opened at ``open_index`` (before ``limit``)."""
    opener = text[open_index]
    closer = OPENERS.get(opener)
    if closer is None:
        return None
    depth = 0
    for i in range(open_index + 1, limit):
        ch = text[i]
        if ch == closer and (opener == closer or depth == 0):
            return i
        if opener != closer:
            if ch == opener:
                depth += 1
            elif ch == closer:
                depth -= 1
    return None


def paragraph_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def trim(text: str, start: int, end: int, final_punctuation: bool = True) -> tuple[int, int]:
    """Shrink a span past whitespace, separators and (optionally) the final full stop."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or (final_punctuation and text[end - 1] in _FINAL)):
        end -= 1
    return start, end


def unwrap(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The span without surrounding marks and punctuation, and whether it was one quoted passage."""
    start, end = trim(text, start, end)
    if end - start >= 2 and text[start] in OPENERS:
        close = closing_mark(text, start, end + 1)
        if close is not None and close >= end - 1:
            inner_start, inner_end = trim(text, start + 1, close)
            return inner_start, inner_end, True
    start, end = _drop_unpaired_end(text, start, end)
    return start, end, False


_CLOSER_TO_OPENER = {"»": "«", "”": "“", '"': '"', "’": "‘", "'": "'", "›": "‹"}


_MARK_CHARS = frozenset(_CLOSER_TO_OPENER) | frozenset(_CLOSER_TO_OPENER.values())


def _drop_unpaired_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop closing marks at the end whose opener lies before the span (a sentence that
    ends a multi-sentence quote)."""
    if end <= start or text[end - 1] not in _CLOSER_TO_OPENER:
        return start, end
    # Marks are counted once and updated as the span shrinks (trim never drops a mark):
    # counting the whole span again for each dropped mark was quadratic in a run of them.
    counts = {m: text.count(m, start, end) for m in _MARK_CHARS}
    while end > start and text[end - 1] in _CLOSER_TO_OPENER:
        mark = text[end - 1]
        opener = _CLOSER_TO_OPENER[mark]
        counts[mark] -= 1  # the counts now cover text[start : end - 1]
        paired = counts[mark] % 2 == 1 if mark == opener else counts[opener] > counts[mark]
        if paired:
            break
        start, end = trim(text, start, end - 1)
    return start, end
