"""Train the Urdu CRF name tagger on IL-NER (CC BY 4.0) and write bayan/models/ur-ner.crfsuite.

IL-NER tags are mapped NEP -> PER, NEL -> LOC, NEO -> ORG; numbers, times, artefacts and
malformed tags become O. Only the train and dev splits are read; the test split stays for
`bayan eval-ner il-ner`.

    python scripts/train_tagger.py [--data ../shared/data] [--iterations 150]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--out", default=str(ROOT / "src" / "bayan" / "models" / "ur-ner.crfsuite"))
    args = parser.parse_args()

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for split in ("Urdu-train.txt", "Urdu-dev.txt"):
        for sentence in read_il_ner(Path(args.data) / "ner/ur/il-ner" / split):
            keys = [fold(t).replace(" ", "") for t in sentence.tokens]
            trainer.append(token_features(keys, "ur"), list(sentence.tags))
            count += 1
    trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": args.iterations, "feature.possible_transitions": True})
    started = time.time()
    trainer.train(args.out)
    size = Path(args.out).stat().st_size
    print(f"trained on {count} sentences in {time.time() - started:.0f} s -> {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
