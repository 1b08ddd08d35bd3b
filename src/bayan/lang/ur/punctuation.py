"""Urdu punctuation: the full stop is ۔ (U+06D4); many sites type a Latin '.' too."""

SENTENCE_TERMINATORS = "۔؟?!."

# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset()
