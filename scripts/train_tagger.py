"""Train a CRF name tagger and write bayan/models/<lang>-ner.crfsuite.

Only corpora whose licence lets a trained model ship are read (../shared/data/README.md):

  ur: IL-NER train+dev (CC BY 4.0): NEP -> PER, NEL -> LOC, NEO -> ORG
  fa: ParsTwiNER train+dev (MIT): PER, LOC, ORG; POG (parties, groups) -> ORG
  ar: NewsFANE Gold (CC BY-SA 3.0; the model stays CC BY-SA): 50 fine classes -> PER/ORG/LOC

Everything else becomes O. Test splits stay out of training.

    python scripts/train_tagger.py --lang ur [--data ../shared/data] [--iterations 150]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bayan.entities.tagger import token_features  # noqa: E402
from bayan.eval.ner_corpora import read_il_ner  # noqa: E402
from bayan.script import fold  # noqa: E402

NEWSFANE_PER = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson", "Lawyer", "Engineer"}
NEWSFANE_LOC = {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body", "Land",
                "County-or-District", "Land-Region-Natural", "Building-Grounds", "Airport", "Path", "Subarea-Facility"}
NEWSFANE_ORG = {"Non-Governmental", "Sports", "Group", "Government", "Media", "Commercial", "Educational", "Police",
                "Medical-Science", "Religious_ORG", "Entertainment"}


def read_conll(path: Path):
    """Sentences of (token, tag) rows separated by blank lines; tab- or space-separated."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) != 2 or not parts[0].strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append((parts[0].strip(), parts[1].strip()))
    if sentence:
        yield sentence


def coarse(tag: str, lang: str) -> str:
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I"):
        return "O"
    if lang == "fa":
        label = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "POG": "ORG"}.get(label, "")
    else:
        label = "PER" if label in NEWSFANE_PER else "LOC" if label in NEWSFANE_LOC else "ORG" if label in NEWSFANE_ORG else ""
    return f"{prefix}-{label}" if label else "O"


def sentences(lang: str, data: Path):
    if lang == "ur":
        for split in ("Urdu-train.txt", "Urdu-dev.txt"):
            for s in read_il_ner(data / "ner/ur/il-ner" / split):
                yield list(s.tokens), list(s.tags)
        return
    files = (
        [data / "ner/fa/parstwiner/train.txt", data / "ner/fa/parstwiner/dev.txt"]
        if lang == "fa"
        else [data / "ner/ar/newsfane-gold/NewsFANE_Gold_2014_170K.txt"]
    )
    for path in files:
        for rows in read_conll(path):
            tags = [coarse(tag, lang) for _, tag in rows]
            # An I- after O (its B- class mapped away) opens a new entity.
            tags = [("B" + t[1:]) if t.startswith("I-") and (i == 0 or tags[i - 1] == "O") else t for i, t in enumerate(tags)]
            yield [token for token, _ in rows], tags


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["ur", "fa", "ar"], default="ur")
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out")
    args = parser.parse_args()
    out = args.out or str(ROOT / "src" / "bayan" / "models" / f"{args.lang}-ner.crfsuite")

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for tokens, tags in sentences(args.lang, Path(args.data)):
        keys = [fold(t.replace("_", " ")).replace(" ", "") for t in tokens]
        trainer.append(token_features(keys, args.lang), tags)
        count += 1
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": args.iterations, "feature.possible_transitions": True})
    started = time.time()
    trainer.train(out)
    size = Path(out).stat().st_size
    print(f"{args.lang}: trained on {count} sentences in {time.time() - started:.0f} s -> {out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
