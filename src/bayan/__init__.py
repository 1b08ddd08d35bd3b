"""bayan: who said what, who met whom, in Urdu, Persian and Arabic news."""

from bayan.article import Article
from bayan.errors import BayanError, InputError
from bayan.pipeline import analyze, analyze_document

__version__ = "0.1.0"
__all__ = ["Article", "BayanError", "InputError", "analyze", "analyze_document", "__version__"]
