"""Arabic proclitics written joined to the next word (وال، بال، لـ): a name may follow them."""

PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
