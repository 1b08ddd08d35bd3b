"""English punctuation and the abbreviations that do not end a sentence."""

SENTENCE_TERMINATORS = ".?!"

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col maj capt lt sgt gov sen rep st jr sr inc ltd co corp
    no vs etc e.g i.e u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
