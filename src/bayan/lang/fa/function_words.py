"""Frequent Persian function words: language identification counts them."""

FUNCTION_WORDS = frozenset(
    """
    است هست بود شد شده کرد کرده کند کنند می‌شود می‌کند را به از در با که این آن
    برای تا هم نیز یک دیگر اما اگر وی او ما آنها ایشان خود شود باید گفت افزود
    پس بر روی میان بین چنین همچنین نمی‌شود هیچ خواهد بودند شدند کردند دارد
    """.split()
)
