"""Arabic-script character classes and normalization shared by every language."""

from bayan.script.normalize import NormalizedText, fold, fold_text, normalize

__all__ = ["NormalizedText", "fold", "fold_text", "normalize"]
