"""One router module per resource; each holds the HTML page and its JSON twin under /api."""

from bayan.web.routes import actors, articles, events, home, network, quotes, search

ROUTERS = (home.router, search.router, articles.router, actors.router, quotes.router, events.router, network.router)
