"""Run the atheris fuzz targets (``fuzz/targets.py``).

One target, for as long as you like (libFuzzer flags pass through)::

    python fuzz/run.py analyze -max_total_time=3600 fuzz/corpus/analyze fuzz/seeds/analyze

Every target for a fixed budget in all, as CI does; prints inputs tried and crashes, and
exits non-zero on a crash (the input is saved under ``--artifacts``)::

    python fuzz/run.py --all --budget 150

Needs ``pip install -e '.[fuzz]'`` (atheris).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = ("analyze", "text", "html", "jsonl", "stdin")
# A time limit for one input (libFuzzer calls a slower one a crash: a hang to fix), and
# a memory limit for the process.
PER_INPUT_SECONDS = 20
SLOW_SECONDS = 5  # slower inputs are saved as slow-unit-* artifacts and listed
RSS_LIMIT_MB = 3072


def fuzz_one(target: str, argv: list[str]) -> None:
    """Run one target in this process under atheris (never returns)."""
    import atheris

    with atheris.instrument_imports(include=["bayan"]):
        import bayan.entities  # noqa: F401  -- imported here so that they are instrumented
        import bayan.events  # noqa: F401
        import bayan.ingest  # noqa: F401
        import bayan.quotes  # noqa: F401
        import targets
    function = targets.TARGETS[target]
    # Load every language's resources before fuzzing, or the first input of each language
    # pays for it (seconds, under instrumentation) and is reported as slow.
    for seed in sorted((HERE / "seeds").glob("*/*")):
        targets.TARGETS["analyze"](b"\x00\x00\x00" + seed.read_bytes()[:2000])
    for seed in sorted((HERE / "seeds" / target).glob("*")):
        function(seed.read_bytes())
    atheris.Setup([sys.argv[0], *argv], function)
    atheris.Fuzz()


_EXECS = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_DONE = re.compile(r"#(\d+)\s+DONE")
_CORPUS = re.compile(r"#\d+\s+(?:DONE|pulse|NEW|REDUCE).*?corp:\s*(\d+)")
_CRASH = re.compile(r"(Uncaught Python exception|==\d+== ERROR|ERROR: libFuzzer)")
_SLOW = re.compile(r"Slowest unit: (\d+) s")


def run_all(budget: float, artifacts: Path, corpus_root: Path | None, extra: list[str]) -> int:
    """Each target in turn for an equal share of ``budget`` seconds; a summary table."""
    share = max(5, int(budget / len(TARGETS)))
    artifacts.mkdir(parents=True, exist_ok=True)
    temp = None
    if corpus_root is None:
        temp = tempfile.mkdtemp(prefix="bayan-fuzz-")
        corpus_root = Path(temp)
    rows, crashed = [], 0
    try:
        for target in TARGETS:
            corpus = corpus_root / target
            corpus.mkdir(parents=True, exist_ok=True)
            seeds = HERE / "seeds" / target
            command = [
                sys.executable, str(Path(__file__).resolve()), target,
                f"-max_total_time={share}", f"-timeout={PER_INPUT_SECONDS}", f"-rss_limit_mb={RSS_LIMIT_MB}",
                "-print_final_stats=1", f"-report_slow_units={SLOW_SECONDS}", f"-artifact_prefix={artifacts}/{target}-",
                *extra,
                str(corpus), *([str(seeds)] if seeds.is_dir() else []),
            ]
            started = time.monotonic()
            try:
                done = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=share * 3 + 120)
                log = done.stdout + done.stderr
            except subprocess.TimeoutExpired as exc:  # libFuzzer itself hung
                done = subprocess.CompletedProcess(command, -1)
                parts = [p.decode("utf-8", "replace") if isinstance(p, bytes) else p for p in (exc.stdout, exc.stderr) if p]
                log = "".join(parts) + f"\nthe run did not stop within {share * 3 + 120} s"
            execs = _EXECS.findall(log) or _DONE.findall(log)
            corp = _CORPUS.findall(log)
            found = done.returncode != 0 or bool(_CRASH.search(log))
            crashed += found
            slowest = max((int(s) for s in _SLOW.findall(log)), default=0)
            rows.append((target, int(execs[-1]) if execs else 0, corp[-1] if corp else "?", time.monotonic() - started, found, slowest))
            if found:
                (artifacts / f"{target}.log").write_text(log, encoding="utf-8")  # kept only for a crash
                tail = "\n".join(log.strip().splitlines()[-25:])
                print(f"--- {target}: crash or hang (log: {artifacts / (target + '.log')})\n{tail}\n", file=sys.stderr)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
        if artifacts.is_dir() and not any(artifacts.iterdir()):
            artifacts.rmdir()  # a clean run leaves nothing behind
    print(f"{'target':<10} {'inputs tried':>13} {'corpus':>7} {'seconds':>8}  result")
    for target, execs, corp, seconds, found, slowest in rows:
        slow = f" (slowest input {slowest} s: see slow-unit-* in {artifacts})" if slowest else ""
        print(f"{target:<10} {execs:>13,} {corp:>7} {seconds:>8.0f}  {'CRASH' if found else 'ok'}{slow}")
    print(f"{'total':<10} {sum(r[1] for r in rows):>13,} {'':>7} {sum(r[3] for r in rows):>8.0f}  {crashed} crash(es)")
    return 1 if crashed else 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in TARGETS:
        sys.path.insert(0, str(HERE))
        fuzz_one(sys.argv[1], sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="run every target, each for an equal share of --budget")
    parser.add_argument("--budget", type=float, default=150, help="seconds for all targets together (default 150)")
    parser.add_argument("--artifacts", type=Path, default=Path(os.environ.get("BAYAN_FUZZ_ARTIFACTS", HERE / "artifacts")))
    parser.add_argument("--corpus", type=Path, help="keep the corpora here (default: a temporary folder)")
    args, extra = parser.parse_known_args()
    if not args.all:
        parser.error(f"give a target ({', '.join(TARGETS)}) or --all")
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: pip install -e '.[fuzz]'", file=sys.stderr)
        return 2
    return run_all(args.budget, args.artifacts, args.corpus, extra)


if __name__ == "__main__":
    sys.exit(main())
