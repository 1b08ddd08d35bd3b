"""The web front end: a REST API under ``/api/`` and HTML pages, from one FastAPI app.

``create_app(settings)`` builds the app (nothing is built at import time). Every HTML page
has a JSON twin under ``/api`` that returns the same data.
"""

from bayan.web.app import create_app
from bayan.web.settings import Settings

__all__ = ["Settings", "create_app"]
