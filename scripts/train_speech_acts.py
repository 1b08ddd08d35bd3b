"""Train the speech-act model and write bayan/models/<lang>-speech-acts.json.

Examples are the quotes bayan finds in our annotated dev articles (corpus/dev, written for
this project), each with the speaker it resolved. A quote is an example of an act (ACCUSE,
REQUEST, THREATEN, SUPPORT, REJECT) when the gold events of its sentence include that act
with the speaker among the participants. One logistic regression per act, trained by
full-batch gradient descent with an L2 penalty, in plain Python so that the same run gives
the same weights anywhere.

Articles from --hold-out on are left out, so that they can measure the model on text it has
not seen; the test split is never read.

    python scripts/train_speech_acts.py --lang ur [--hold-out ur-391] [--threshold 0.6]

The shipped models hold out ur-391.., fa-181.. and ar-231.. (HOLD_OUT).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bayan import analyze  # noqa: E402
from bayan.eval import scoring  # noqa: E402
from bayan.eval.gold import read_gold_dir  # noqa: E402
from bayan.events.speech_model import quote_features  # noqa: E402
from bayan.quotes.context import build_context  # noqa: E402

ACTS = ("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT")
ITERATIONS = 300
LEARNING_RATE = 0.5
L2 = 1e-3
MIN_DOCUMENTS = 2  # a feature seen in fewer training quotes is left out
MIN_WEIGHT = 0.02  # smaller weights are not shipped
# The first article of each language left out of the shipped model: the batches written
# last, kept to measure the model on text it has not seen.
HOLD_OUT = {"ur": "ur-391", "fa": "fa-181", "ar": "ar-231"}


def examples(corpus: Path, lang: str, hold_out: str | None):
    """(features, acts) for each quote with a speaker in the dev articles before ``hold_out``."""
    for gold in read_gold_dir(corpus, lang):
        if hold_out and gold.id >= hold_out:
            continue
        article = analyze(gold.text, published=gold.published)
        ctx = build_context(article, lang)
        golds = [(t, e) for t, e in scoring.scored_gold_events(gold) if t in ACTS and e.evidence]
        for quote in article.quotes:
            if quote.speaker is None or quote.cue is None:
                continue
            first, end = ctx.token_at(quote.start), ctx.token_at(quote.end)
            sentence_first, sentence_end = ctx.sentence_span(first)
            s0, s1 = ctx.tokens[sentence_first].start, ctx.tokens[sentence_end - 1].end
            speaker = {"text": quote.speaker.text, "actor": {"name": quote.speaker.actor.name} if quote.speaker.actor else None}
            acts = set()
            for act, event in golds:
                at = gold.text.find(event.evidence)
                if at >= 0 and at < s1 and s0 < at + len(event.evidence) and scoring.participant_shared(gold, event.participants, speaker):
                    acts.add(act)
            yield quote_features(ctx.keys, first, end, sentence_first), acts


def train(rows: list[tuple[set[str], set[str]]], act: str, vocabulary: list[str]) -> tuple[float, dict[str, float]]:
    index = {f: i for i, f in enumerate(vocabulary)}
    xs = [[index[f] for f in features if f in index] for features, _ in rows]
    ys = [1.0 if act in acts else 0.0 for _, acts in rows]
    w = [0.0] * len(vocabulary)
    b = 0.0
    n = len(rows)
    for _ in range(ITERATIONS):
        grad = [0.0] * len(vocabulary)
        grad_b = 0.0
        for x, y in zip(xs, ys):
            z = b + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            for i in x:
                grad[i] += p - y
            grad_b += p - y
        for i in range(len(w)):
            w[i] -= LEARNING_RATE * (grad[i] / n + L2 * w[i])
        b -= LEARNING_RATE * grad_b / n
    return b, {vocabulary[i]: round(v, 4) for i, v in enumerate(w) if abs(v) >= MIN_WEIGHT}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="ur")
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "dev"))
    parser.add_argument("--hold-out", default=None, help="the first article id left out (ids sort by number); default HOLD_OUT")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    args.hold_out = args.hold_out or HOLD_OUT.get(args.lang)
    started = time.time()
    rows = list(examples(Path(args.corpus), args.lang, args.hold_out))
    counts = Counter(f for features, _ in rows for f in features)
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_DOCUMENTS)
    model = {
        "lang": args.lang,
        "threshold": args.threshold,
        "trained_on": f"{len(rows)} quotes of corpus/dev/{args.lang} before {args.hold_out}",
        "acts": {},
    }
    for act in ACTS:
        bias, weights = train(rows, act, vocabulary)
        positives = sum(act in acts for _, acts in rows)
        model["acts"][act] = {"bias": round(bias, 4), "positives": positives, "weights": dict(sorted(weights.items()))}
        print(f"{act}: {positives} of {len(rows)} quotes, {len(weights)} weights", file=sys.stderr)
    out = Path(args.out) if args.out else ROOT / "src" / "bayan" / "models" / f"{args.lang}-speech-acts.json"
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB) in {time.time() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
