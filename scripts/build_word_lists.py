"""Build the common-word lists that keep ordinary words out of person names.

A word that the annotated corpora tag outside any entity far more often than inside one
is an ordinary word (دفتر، صبر، هفته); a name candidate may not start with one. Only
corpora whose licence allows shipping what is derived from them are read (see
../shared/data/README.md and NOTICE.md):

  ur: IL-NER train+dev (CC BY 4.0)
  fa: ParsTwiNER train+dev (MIT)
  ar: NewsFANE Gold (CC BY-SA 3.0; the derived list stays CC BY-SA)

    python scripts/build_word_lists.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bayan.script import fold  # noqa: E402

SOURCES = {
    "ur": ["ner/ur/il-ner/Urdu-train.txt", "ner/ur/il-ner/Urdu-dev.txt"],
    "fa": ["ner/fa/parstwiner/train.txt", "ner/fa/parstwiner/dev.txt"],
    "ar": ["ner/ar/newsfane-gold/NewsFANE_Gold_2014_170K.txt"],
}
MIN_OUTSIDE = 3
MAX_INSIDE_SHARE = 0.1
# Place names the corpora leave untagged whose everyday sense is rare in news: قطر is
# Qatar far more often than "diameter", کنڑ the Afghan province. Kept out of the lists.
NAMES_NOT_WORDS = {"ur": ("قطر", "کنڑ")}


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) == 2 and parts[0].strip():
            yield parts[0].strip(), parts[1].strip()


def is_entity(tag: str, lang: str) -> bool:
    if tag == "O" or not tag:
        return False
    if lang == "ur":
        return tag.split("-")[-1] in ("NEP", "NEL", "NEO")
    return True


def build(lang: str, data: Path) -> list[str]:
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for rel in SOURCES[lang]:
        for token, tag in rows(data / rel):
            key = fold(token).replace(" ", "")
            if not key or not any(ch.isalpha() for ch in key):
                continue
            (inside if is_entity(tag, lang) else outside)[key] += 1
    names = {fold(w).replace(" ", "") for w in NAMES_NOT_WORDS.get(lang, ())}
    words = [
        w for w, n in outside.items()
        if n >= MIN_OUTSIDE and inside[w] <= MAX_INSIDE_SHARE * (n + inside[w]) and w not in names
    ]
    return sorted(words)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    data = Path(args.data)
    for lang in SOURCES:
        words = build(lang, data)
        out = ROOT / "src" / "bayan" / "lang" / lang / "common_words.txt"
        header = f"# Common {lang} words (folded), derived by scripts/build_word_lists.py; see NOTICE.md.\n"
        out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
        print(f"{lang}: {len(words)} words -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
