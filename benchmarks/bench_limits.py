"""Time and peak memory of ``analyze`` and the readers on pathological inputs.

Each case runs in a fresh process (so that peak memory is its own) with a time limit,
and prints its input size, seconds, peak resident memory and what came out:

    python benchmarks/bench_limits.py                 # every case
    python benchmarks/bench_limits.py --quick         # the smaller half, under a minute
    python benchmarks/bench_limits.py --case ur_line_1mb --timeout 600

The big-file cases use sparse files (``truncate``), so they take no disk space. To time
another copy of bayan (an older checkout, say), put its ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def _megabyte_line(name: str, size: int = 1_000_000, stops: bool = True) -> str:
    """An example article repeated into one line of ``size`` UTF-8 bytes."""
    base = _example(name).replace("\n", " ")
    if not stops:
        base = base.replace("۔", " ").replace(".", " ")
    text = base * (size // len(base.encode()) + 1)
    return text.encode()[:size].decode("utf-8", "ignore")


# name -> (kind, builder, quick?). "text" cases go to analyze(); "file" cases build a file
# in a temporary folder and read it with bayan.ingest.read_path (and analyze what it yields).
TEXT_CASES = {
    "ur_line_1mb": (lambda: _megabyte_line("ur-wire-islamabad.txt"), False),
    "fa_line_1mb": (lambda: _megabyte_line("fa-irna-tehran.txt"), False),
    "ar_line_1mb": (lambda: _megabyte_line("ar-wam-abudhabi.txt"), False),
    "ur_no_full_stop_1mb": (lambda: _megabyte_line("ur-wire-islamabad.txt", stops=False), False),
    "fa_line_4mb": (lambda: _megabyte_line("fa-irna-tehran.txt", 4_000_000), False),
    "ur_line_200kb": (lambda: _megabyte_line("ur-wire-islamabad.txt", 200_000), True),
    "quote_marks_100k": (lambda: '"' * 100_000, True),
    "guillemets_100k": (lambda: "«" * 100_000, True),
    "cue_then_100k_closers": (lambda: "عمران خان نے کہا: ابھی" + "» " * 100_000, True),
    "cue_then_100k_openers": (lambda: "عمران خان نے کہا: «" + "« ابھی " * 100_000, True),
    "ur_cue_50k_times": (lambda: "وزیر اعظم نے کہا کہ " * 50_000, False),
    "fa_cue_50k_times": (lambda: "وزیر گفت، " * 50_000, False),
    "ar_cue_50k_times": (lambda: "قال الرئيس إن " * 50_000, False),
    "fa_cue_5k_times": (lambda: "وزیر گفت، " * 5_000, True),
}


def _sparse(path: Path, size: int, head: bytes = b"", tail: bytes = b"") -> Path:
    with open(path, "wb") as out:
        out.write(head)
        out.truncate(size - len(tail))
        out.seek(size - len(tail))
        out.write(tail)
    return path


def _nested_html(depth: int) -> bytes:
    body = "<p>وزیر اعظم نے کہا کہ امن ضروری ہے اور سب کو مل کر کام کرنا ہوگا۔</p>"
    return ("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>").encode()


RECORD = json.dumps({"text": "وزیر اعظم نے کہا کہ امن ضروری ہے۔"}, ensure_ascii=False).encode() + b"\n"

FILE_CASES = {
    "html_500mb_sparse": (lambda d: _sparse(d / "big.html", 500 << 20, b"<html><body><p>"), True),
    "txt_500mb_sparse": (lambda d: _sparse(d / "big.txt", 500 << 20, "متن ".encode()), True),
    "jsonl_500mb_one_line": (lambda d: _sparse(d / "big.jsonl", 500 << 20, RECORD, b"\n" + RECORD), True),
    "html_nested_100k": (lambda d: _write(d / "nested.html", _nested_html(100_000)), True),
    "html_200k_tags": (lambda d: _write(d / "tags.html", b"<html><body>" + b"<b>x</b>" * 200_000 + b"</body></html>"), True),
    "html_5mb": (lambda d: _write(d / "five.html", _big_html(5_000_000)), False),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _big_html(size: int) -> bytes:
    lines = _example("ur-wire-islamabad.txt").splitlines()
    paragraphs, total, n = [], 0, 0
    while total < size:
        line = f"<p>{lines[n % len(lines)]} ({n})</p>\n"
        paragraphs.append(line)
        total += len(line.encode())
        n += 1
    return ("<html><head><title>t</title></head><body><article>" + "".join(paragraphs) + "</article></body></html>").encode()


def run_case(name: str) -> dict:
    """Run one case in this process; returns what it measured."""
    import bayan
    from bayan.errors import BayanError, InputError

    bayan.analyze("وزیر اعظم نے کہا کہ امن ضروری ہے۔")  # load the pipeline before timing
    out: dict = {"case": name}
    start = time.perf_counter()
    if name in TEXT_CASES:
        text = TEXT_CASES[name][0]()
        out["input"] = f"{len(text.encode()):,} bytes"
        start = time.perf_counter()
        article = bayan.analyze(text)
        out["result"] = (
            f"{len(article.entities)} entities, {len(article.quotes)} quotes, {len(article.events)} events"
            + (f"; {len(article.warnings)} warning(s)" if article.warnings else "")
        )
    else:
        from bayan.ingest import read_path

        with tempfile.TemporaryDirectory() as folder:
            path = FILE_CASES[name][0](Path(folder))
            out["input"] = f"{path.stat().st_size:,} bytes"
            start = time.perf_counter()
            results = []
            for item in read_path(path):
                if isinstance(item, InputError):
                    results.append(f"error: {item.problem[:70]}")
                else:
                    try:
                        article = bayan.analyze(item.text)
                        results.append(f"article ({len(article.text):,} chars)")
                    except BayanError as exc:
                        results.append(f"error: {exc}")
            out["result"] = "; ".join(results)
    out["seconds"] = round(time.perf_counter() - start, 2)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--quick", action="store_true", help="only the cases that take seconds")
    parser.add_argument("--timeout", type=float, default=300, help="seconds a case may take (default 300)")
    parser.add_argument("--run-case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_case:
        print(json.dumps(run_case(args.run_case), ensure_ascii=False))
        return 0
    cases = {**TEXT_CASES, **FILE_CASES}
    names = args.case or [n for n, (_, quick) in cases.items() if quick or not args.quick]
    print(f"{'case':<24} {'input':>15} {'seconds':>8} {'peak MB':>8}  result")
    failed = 0
    for name in names:
        if name not in cases:
            print(f"{name:<24} unknown case; one of: {', '.join(cases)}")
            failed += 1
            continue
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--run-case", name],
                capture_output=True, text=True, timeout=args.timeout, env=os.environ.copy(),
            )
        except subprocess.TimeoutExpired:
            print(f"{name:<24} {'':>15} {'>' + str(int(args.timeout)):>8} {'':>8}  TIMED OUT")
            failed += 1
            continue
        if done.returncode != 0:
            print(f"{name:<24} CRASHED: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
            failed += 1
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{name:<24} {r['input']:>15} {r['seconds']:>8.2f} {r['peak_mb']:>8}  {r['result'][:90]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
