"""Persian punctuation: sentences end in '.', '؟', '!'; ۔ shows up in text typed on Urdu keyboards."""

SENTENCE_TERMINATORS = ".؟?!۔"

ABBREVIATIONS = frozenset()
