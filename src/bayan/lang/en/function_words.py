"""Frequent English function words: language identification counts them."""

FUNCTION_WORDS = frozenset(
    """
    the of and to in a is that for on with as was by at from he it his are be has
    have said not this which were an its will but they who their been had also
    """.split()
)
