"""Arabic punctuation: sentences end in '.', '؟', '!'."""

SENTENCE_TERMINATORS = ".؟?!۔"

ABBREVIATIONS = frozenset()
