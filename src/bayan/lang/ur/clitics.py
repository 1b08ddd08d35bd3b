"""Urdu writes its postpositions apart from the noun, so no proclitic joins a name."""

PROCLITICS: tuple[str, ...] = ()
