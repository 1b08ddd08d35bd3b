"""Every gold article under corpus/ follows corpus/GUIDELINES.md.

One test per gold file, so a broken file names itself; each collects all its problems
rather than stopping at the first.
"""

from pathlib import Path

import pytest

from bayan.errors import InputError
from bayan.eval.gold import full_date, read_gold_article

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
GOLD_FILES = sorted(CORPUS.glob("*/*/*.gold.json"))
MIN_WORDS, MAX_WORDS = 150, 800


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def problems_of(gold_path: Path) -> list[str]:
    lang = gold_path.parent.name
    try:
        article = read_gold_article(gold_path, lang)
    except InputError as exc:
        return [str(exc)]
    text = article.text
    out = []

    def substring(label: str, value: str | None) -> None:
        if value is not None and value not in text:
            out.append(f"{label} {value!r} is not an exact substring of {article.id}.txt")

    published = article.source.get("published")
    if full_date(published) is None:
        out.append(f"{article.id}.source.json: published {published!r} is not a YYYY-MM-DD date")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        out.append(f"{article.id}.txt has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    if "\r" in text:
        out.append(f"{article.id}.txt has CR line endings (LF expected)")

    canonicals = {e.canonical for e in article.entities}
    seen = {}
    for i, e in enumerate(article.entities):
        substring(f"entities[{i}].text", e.text)
        for alias in e.aliases:
            substring(f"entities[{i}].aliases", alias)
        if e.canonical in seen:
            out.append(f"entities[{i}]: canonical {e.canonical!r} repeats entities[{seen[e.canonical]}] (list each entity once)")
        seen.setdefault(e.canonical, i)
    for i, q in enumerate(article.quotes):
        substring(f"quotes[{i}].speaker", q.speaker)
        substring(f"quotes[{i}].text", q.text)
        substring(f"quotes[{i}].cue", q.cue)
        if q.speaker_canonical is not None and q.speaker_canonical not in canonicals:
            out.append(f"quotes[{i}].speaker_canonical {q.speaker_canonical!r} is not an entity canonical")
    for i, ev in enumerate(article.events):
        substring(f"events[{i}].evidence", ev.evidence)
        for p in ev.participants:
            if p not in canonicals:
                out.append(f"events[{i}].participants: {p!r} is not an entity canonical")
    return out


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_id)
def test_gold_file(gold_path):
    problems = problems_of(gold_path)
    assert not problems, f"{_id(gold_path)}:\n  " + "\n  ".join(problems)


def test_no_orphan_gold():
    # A gold file must live in corpus/<split>/<lang>/ to be read at all.
    stray = [p for p in CORPUS.rglob("*.gold.json") if len(p.relative_to(CORPUS).parts) != 3]
    assert not stray, f"gold files outside corpus/<split>/<lang>/: {stray}"
