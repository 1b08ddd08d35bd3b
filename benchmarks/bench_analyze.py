"""Speed of ``analyze`` against spaCy's blank tokenizer on the same texts, and peak memory.

Machines are noisy, so the figure that matters is the ratio: bayan's full pipeline
versus spaCy's tokenizer alone, timed in the same run, one core, on our own articles.

    python benchmarks/bench_analyze.py [--rounds 5] [PATH ...]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(paths: list[str]) -> dict[str, list[str]]:
    from bayan.langid import detect_language

    files: list[Path] = []
    for given in paths or [str(ROOT / "corpus"), str(ROOT / "examples")]:
        p = Path(given)
        files.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    by_lang: dict[str, list[str]] = defaultdict(list)
    for f in files:
        text = f.read_text(encoding="utf-8")
        by_lang[detect_language(text)].append(text)
    return {k: v for k, v in by_lang.items() if k in ("ur", "fa", "ar")}


def time_per_article(fn, texts: list[str], rounds: int, fresh=None) -> float:
    """Best seconds per article over ``rounds``; ``fresh()`` makes a new ``fn`` each round,
    so that a tokenizer's cache of seen words does not carry over from the round before."""
    best = float("inf")
    for _ in range(rounds):
        if fresh is not None:
            fn = fresh()
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import bayan

    texts = load_texts(args.paths)
    if not texts:
        print("no Urdu, Persian or Arabic .txt articles found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    bayan.analyze(next(iter(texts.values()))[0])  # load lazy resources once
    load_seconds = time.perf_counter() - started

    results = {}
    for lang, items in texts.items():
        seconds = time_per_article(lambda t, lang=lang: bayan.analyze(t, lang=lang), items, args.rounds)
        words = sum(len(t.split()) for t in items) / len(items)
        results[lang] = (len(items), words, seconds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    try:
        import spacy
    except ImportError:
        spacy = None
        print("spaCy is not installed (pip install -e '.[bench]'): no reference figures", file=sys.stderr)

    print(f"bayan {bayan.__version__}: first call (resource loading) {load_seconds * 1000:.0f} ms; "
          f"peak RSS after analysing {peak_mb:.0f} MB")
    print(f"{'lang':<5}{'articles':>9}{'words/art':>10}{'bayan art/s':>13}{'spaCy art/s':>13}{'ratio':>8}")
    for lang, (count, words, seconds) in sorted(results.items()):
        ref = ""
        ratio = ""
        if spacy is not None:
            ref_seconds = time_per_article(None, texts[lang], args.rounds, fresh=lambda lang=lang: spacy.blank(lang).tokenizer)
            ref = f"{1 / ref_seconds:13.0f}"
            ratio = f"{ref_seconds / seconds:8.2f}"
        print(f"{lang:<5}{count:>9}{words:>10.0f}{1 / seconds:>13.0f}{ref}{ratio}")
    print("ratio = bayan speed / spaCy blank tokenizer speed (one core, best of rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
