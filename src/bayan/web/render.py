"""Rendering helpers: templates, highlighted article text, the network layout, timelines.

Everything that reaches HTML goes through Jinja2 with autoescape on, or through
``markupsafe.escape`` here: article text, titles, names and queries are untrusted.
"""

from __future__ import annotations

import math
import random
from typing import Any
from urllib.parse import urlencode

from jinja2 import ChainableUndefined, Environment, PackageLoader
from markupsafe import Markup, escape

RTL_LANGS = ("ur", "fa", "ar", "ps", "sd", "ckb", "ug", "he", "yi")
LANG_NAMES = {"ur": "Urdu", "fa": "Persian", "ar": "Arabic", "en": "English", "und": "undetermined", "seen": "as written"}
TYPE_COLORS = {
    "CONSULT": "#2b6cb0", "AGREE": "#2f855a", "SUPPORT": "#38a169", "COOPERATE": "#319795", "AID": "#00a3c4",
    "REQUEST": "#805ad5", "ACCUSE": "#c05621", "REJECT": "#dd6b20", "THREATEN": "#c53030", "PROTEST": "#b83280",
    "MOBILIZE": "#975a16", "SANCTION": "#9b2c2c", "COERCE": "#742a2a", "ASSAULT": "#63171b", "CONCEDE": "#4a5568",
    "RETREAT": "#718096",
}


def text_dir(lang: str | None, text: str | None = None) -> str:
    if lang in RTL_LANGS:
        return "rtl"
    if lang in (None, "", "und") and text:
        for ch in text:
            if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
                return "rtl"
            if ch.isalpha():
                return "ltr"
    return "ltr" if lang else "auto"


def qs(params: dict[str, Any] | None = None, **more: Any) -> str:
    """A query string from the non-empty values (``?q=...&lang=ur``), or ''."""
    merged = {**(params or {}), **more}
    items = [(k, v) for k, v in merged.items() if v not in (None, "", [])]
    return ("?" + urlencode(items)) if items else ""


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL that is safe to link to, else None."""
    if not value:
        return None
    from urllib.parse import urlsplit

    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def marked(text: str | None, highlights: list[list[int]] | None) -> Markup:
    """``text`` escaped, with the highlighted ranges in ``<mark>``."""
    text = text or ""
    out: list[str] = []
    pos = 0
    for start, end in sorted(highlights or []):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def highlight_article(record: dict[str, Any]) -> Markup:
    """The article text with entities, quotes, cues, speakers and event triggers marked up.

    The text is cut at every span boundary; each piece gets the classes of all the spans
    that cover it, and pieces inside an entity linked to an actor link to the actor page.
    """
    text: str = record.get("text") or ""
    spans: list[tuple[int, int, str, str, str | None]] = []  # start, end, classes, title, actor id

    def add(item: dict[str, Any] | None, classes: str, title: str, actor: str | None = None) -> None:
        if not item:
            return
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end, classes, title, actor))

    for ent in record.get("entities") or []:
        actor = ent.get("actor") or {}
        label = ent.get("type") or "?"
        add(ent, f"ent ent-{label}", f"{label}" + (f": {actor.get('name')}" if actor.get("name") else ""),
            actor.get("id"))
    for quote in record.get("quotes") or []:
        kind = quote.get("kind") or "quote"
        speaker = quote.get("speaker") or {}
        who = (speaker.get("actor") or {}).get("name") or speaker.get("text") or "unknown speaker"
        add(quote, f"quote quote-{kind}", f"{kind} quote by {who}")
        add(quote.get("cue"), "cue", "quote cue")
        add(speaker, "speaker", f"speaker: {who}", (speaker.get("actor") or {}).get("id"))
        add(speaker.get("pronoun"), "speaker pronoun", f"pronoun for {who}")
    for event in record.get("events") or []:
        kind = event.get("type") or "EVENT"
        mode = event.get("mode")
        add(event.get("trigger"), f"trigger trigger-{kind}", f"event {kind}" + (f"/{mode}" if mode else ""))
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        covering = [s for s in spans if s[0] <= a and s[1] >= b]
        if not covering:
            out.append(str(piece))
            continue
        classes = " ".join(dict.fromkeys(c for s in covering for c in s[2].split()))
        title = "; ".join(dict.fromkeys(s[3] for s in covering))
        html = f'<span class="{escape(classes)}" title="{escape(title)}">{piece}</span>'
        actor = next((s[4] for s in covering if s[4]), None)
        if actor:
            html = f'<a class="actor-link" href="/actors/{escape(_path_part(actor))}">{html}</a>'
        out.append(html)
    return Markup("".join(out))


def _path_part(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], width: int = 900, height: int = 600,
           iterations: int = 120) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions, deterministic (seeded), inside the drawing area."""
    n = len(nodes)
    if n == 0:
        return {}
    ids = [node["id"] for node in nodes]
    index = {a: i for i, a in enumerate(ids)}
    rng = random.Random(7)
    pos = [[width / 2 + (width / 3) * math.cos(2 * math.pi * i / n) + rng.uniform(-5, 5),
            height / 2 + (height / 3) * math.sin(2 * math.pi * i / n) + rng.uniform(-5, 5)] for i in range(n)]
    if n == 1:
        return {ids[0]: (width / 2, height / 2)}
    k = math.sqrt(width * height / n) * 0.75
    links = [(index[e["source"]], index[e["target"]], e["weight"]) for e in edges
             if e["source"] in index and e["target"] in index]
    temperature = width / 8
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            xi, yi = pos[i]
            for j in range(i + 1, n):
                dx, dy = xi - pos[j][0], yi - pos[j][1]
                d2 = dx * dx + dy * dy or 0.01
                f = k * k / d2
                disp[i][0] += dx * f
                disp[i][1] += dy * f
                disp[j][0] -= dx * f
                disp[j][1] -= dy * f
        for i, j, w in links:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = math.sqrt(dx * dx + dy * dy) or 0.01
            f = d / k * (1 + math.log(w))
            disp[i][0] -= dx * f
            disp[i][1] -= dy * f
            disp[j][0] += dx * f
            disp[j][1] += dy * f
        for i in range(n):
            # a weak pull to the centre keeps unconnected parts on the page
            disp[i][0] += (width / 2 - pos[i][0]) * 0.02 * k / 10
            disp[i][1] += (height / 2 - pos[i][1]) * 0.02 * k / 10
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 0.01
            step = min(d, temperature)
            pos[i][0] += dx / d * step
            pos[i][1] += dy / d * step
        temperature = max(temperature * 0.95, 1.0)
    # fit into the box with a margin for labels
    margin = 60
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    sx = (width - 2 * margin) / ((max(xs) - min(xs)) or 1)
    sy = (height - 2 * margin) / ((max(ys) - min(ys)) or 1)
    return {ids[i]: (round(margin + (pos[i][0] - min(xs)) * sx, 1), round(margin + (pos[i][1] - min(ys)) * sy, 1))
            for i in range(n)}


def network_drawing(net: dict[str, Any], width: int = 900, height: int = 600) -> dict[str, Any]:
    """Nodes and edges with coordinates and sizes, for the SVG in ``network.html``."""
    positions = layout(net["nodes"], net["edges"], width, height)
    top = max((n["weight"] for n in net["nodes"]), default=1) or 1
    heaviest = max((e["weight"] for e in net["edges"]), default=1) or 1
    nodes = [{**n, "x": positions[n["id"]][0], "y": positions[n["id"]][1],
              "r": round(5 + 13 * math.sqrt(n["weight"] / top), 1)} for n in net["nodes"]]
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = []
    for e in net["edges"]:
        if e["source"] in positions and e["target"] in positions:
            (x1, y1), (x2, y2) = positions[e["source"]], positions[e["target"]]
            edges.append({**e, "source_name": names.get(e["source"]), "target_name": names.get(e["target"]), "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                          "stroke": round(1 + 5 * e["weight"] / heaviest, 1)})
    return {"width": width, "height": height, "nodes": nodes, "edges": edges}


def timeline_drawing(periods: list[dict[str, Any]], width: int = 900, height: int = 180) -> dict[str, Any]:
    """Stacked bars per month (one colour per event type), for the SVG in ``_timeline.html``."""
    dated = [p for p in periods if p["period"] != "undated"]
    if not dated:
        return {"width": width, "height": height, "bars": [], "types": []}
    top = max(p["count"] for p in dated) or 1
    slot = (width - 40) / len(dated)
    bar_w = max(4.0, min(40.0, slot * 0.7))
    plot_h = height - 40
    bars = []
    types: dict[str, str] = {}
    for i, p in enumerate(dated):
        x = 30 + i * slot + (slot - bar_w) / 2
        y = height - 25
        segments = []
        for t, c in sorted(p["types"].items()):
            h = plot_h * c / top
            y -= h
            color = TYPE_COLORS.get(t, "#4a5568")
            types[t] = color
            segments.append({"type": t, "count": c, "y": round(y, 1), "h": round(h, 1), "color": color})
        bars.append({"period": p["period"], "count": p["count"], "x": round(x, 1), "w": round(bar_w, 1),
                     "segments": segments, "label_x": round(x + bar_w / 2, 1), "show_label": len(dated) <= 24 or i % max(1, len(dated) // 12) == 0})
    return {"width": width, "height": height, "bars": bars, "types": sorted(types.items())}


def make_templates() -> Environment:
    env = Environment(
        loader=PackageLoader("bayan.web", "templates"),
        autoescape=True,
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dir"] = text_dir
    env.filters["marked"] = marked
    env.filters["pathpart"] = _path_part
    env.filters["web_url"] = web_url
    env.filters["langname"] = lambda code: LANG_NAMES.get(code or "und", code)
    env.globals["qs"] = qs
    env.globals["highlight_article"] = highlight_article
    env.globals["text_dir"] = text_dir
    env.globals["TYPE_COLORS"] = TYPE_COLORS
    return env
