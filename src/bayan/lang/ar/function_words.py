"""Frequent Arabic function words: language identification counts them."""

FUNCTION_WORDS = frozenset(
    """
    في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد
    مع بين بعد قبل حتى لم لن ما لا كما وفي ومن وقال قال أو او هو هي عند خلال
    إلى وأكد وأضاف التى الى أيضا حيث منذ لدى نحو ضد وهو وهي
    """.split()
)
