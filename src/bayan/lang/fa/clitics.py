"""Persian writes به and از apart in news copy; the joined form بـ is an old style kept for names."""

PROCLITICS = ("ب",)
