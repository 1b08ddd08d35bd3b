"""English needs no letter repair."""

LETTER_REPAIRS: dict[str, str] = {}
