"""Search under load while the archive is being written: requests/s, p50/p95 latency, errors.

Builds an archive of ``--articles`` short fictional articles (``bayan ingest``), starts
``bayan serve`` on a free loopback port as a subprocess, starts a second ``bayan ingest``
that adds ``--writer-articles`` more articles to the same archive (the pipeline runs, and
it commits every ``--commit-every`` articles so the readers see the archive change under
them), and once the writer has committed its first articles fires ``--requests`` requests
at ``/api/search`` from ``--threads`` client threads (one HTTP connection each): words,
names in several scripts, phrases, prefixes, reference codes, filters by language and
date. Prints requests/s, latency percentiles, errors (anything but a 200, or no answer)
and how many articles the writer committed while the requests ran.

    python benchmarks/bench_load.py [--articles 2000] [--writer-articles 6000] [--requests 3000]
                                    [--threads 8] [--commit-every 20]

``tests/web/test_load.py`` runs a small version on every test run (300 requests, zero
errors, p95 under 2 s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import kill_ingest as articles  # noqa: E402  (the same generated articles)

QUERIES = [
    "تجارت", "توانائی", "شہباز شریف", "Sharif", "Araghchi", "عراقچی", "مسعود پزشکیان", "Pezeshkian", "بزشكيان",
    "انرژی", "التجارة", "energy", "trade", '"بات چیت"', '"Talks on"', "تجا*", "ملاقات", "دیدار", "التقى",
    "Islamabad", "تهران", "الرياض", "اسلام آباد", "Sharif OR Dar", "energy -trade", "(trade OR energy) Doha",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request_paths(count: int, seed: int, codes: int) -> list[str]:
    """``count`` search requests: a query, sometimes a filter, sometimes a second page."""
    rng = random.Random(seed)
    paths = []
    for _ in range(count):
        roll = rng.random()
        params: dict[str, str | int] = {}
        if roll < 0.15:
            params["q"] = articles.code_of(rng.randrange(codes))
        else:
            params["q"] = rng.choice(QUERIES)
        if rng.random() < 0.25:
            params["lang"] = rng.choice(["ur", "fa", "ar", "en"])
        if rng.random() < 0.15:
            params["since"] = f"2025-{rng.randint(1, 6):02d}-01"
        if rng.random() < 0.1:
            params["offset"] = 20
        paths.append("/api/search?" + urlencode(params))
    return paths


def start_server(db: Path, port: int, env: dict[str, str]) -> subprocess.Popen:
    """``bayan serve`` (the CLI) on 127.0.0.1:port; returns once it answers."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from bayan.cli import main; main(prog_name='bayan')", "serve", "--db", str(db),
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bayan serve exited ({proc.returncode}): {proc.stderr.read()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("bayan serve did not answer within 60 s")


@dataclass
class Load:
    latencies: list[float] = field(default_factory=list)  # seconds, answered requests
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    written_during: int = 0  # articles the writer committed while the requests ran
    writer_running_at_end: bool = False

    def percentile(self, p: float) -> float:
        data = sorted(self.latencies)
        if not data:
            return float("nan")
        return data[min(len(data) - 1, max(0, round(p / 100 * len(data)) - 1))]

    @property
    def requests(self) -> int:
        return len(self.latencies) + len(self.errors)

    def lines(self) -> list[str]:
        return [
            f"{self.requests} requests in {self.seconds:.2f} s: {self.requests / self.seconds:.0f} requests/s",
            f"latency p50 {self.percentile(50) * 1000:.1f} ms, p95 {self.percentile(95) * 1000:.1f} ms, "
            f"p99 {self.percentile(99) * 1000:.1f} ms, max {max(self.latencies, default=0) * 1000:.1f} ms",
            f"errors {len(self.errors)}" + (f" (first: {self.errors[0]})" if self.errors else ""),
            f"articles written while the requests ran: {self.written_during}"
            f"{' (the writer was still writing at the end)' if self.writer_running_at_end else ''}",
        ]


def fire(port: int, paths: list[str], threads: int) -> tuple[list[float], list[str], float]:
    """Send ``paths`` from ``threads`` threads (one keep-alive connection each)."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    chunks = [paths[i::threads] for i in range(threads)]

    def client(chunk: list[str]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for path in chunk:
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - started
                if response.status != 200:
                    problem = f"HTTP {response.status} for {path}: {body[:200]!r}"
                else:
                    json.loads(body)["hits"]  # a whole, valid answer
                    problem = None
            except Exception as exc:  # noqa: BLE001 - every failure is an error to count
                elapsed, problem = time.perf_counter() - started, f"{type(exc).__name__} for {path}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                if problem:
                    errors.append(problem)
                else:
                    latencies.append(elapsed)
        conn.close()

    workers = [threading.Thread(target=client, args=(chunk,)) for chunk in chunks]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return latencies, errors, time.perf_counter() - started


def run(folder: Path, base_articles: int, writer_articles: int, requests: int, threads: int,
        commit_every: int = 20, seed: int = 1) -> Load:
    """The whole experiment in ``folder``; the server and writer are stopped before returning."""
    env = articles.ingest_env(folder / "home")
    db = folder / "load.db"
    base = articles.write_jsonl(folder / "base.jsonl", articles.make_articles(base_articles, seed))
    articles.run_to_end(db, base, False, env)
    more = articles.write_jsonl(folder / "more.jsonl", articles.make_articles(writer_articles, seed + 1,
                                                                             first=base_articles))
    port = free_port()
    server = start_server(db, port, env)
    writer = None
    try:
        fire(port, request_paths(threads * 2, seed + 2, base_articles), threads)  # warm up
        before = articles.stored_count(db)
        if writer_articles:
            writer = subprocess.Popen(articles.ingest_command(db, more, False, commit_every), env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            deadline = time.monotonic() + 60
            while articles.stored_count(db) == before and writer.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)  # the writer has started committing
        at_start = articles.stored_count(db)
        latencies, errors, seconds = fire(port, request_paths(requests, seed + 3, base_articles), threads)
        load = Load(latencies, errors, seconds, articles.stored_count(db) - at_start,
                    writer is not None and writer.poll() is None)
        if writer is not None:
            if writer.poll() is None:
                writer.terminate()  # SIGTERM: the ingest stops; what it stored is kept
            writer.wait(timeout=60)
            if writer.returncode not in (0, -15):
                load.errors.append(f"the writer failed ({writer.returncode}): {writer.stderr.read()[-500:]}")
        return load
    finally:
        if writer is not None and writer.poll() is None:
            writer.kill()
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the archive before the load")
    parser.add_argument("--writer-articles", type=int, default=6000,
                        help="articles the concurrent ingest adds (0: no writer, for comparison)")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--commit-every", type=int, default=20, help="COMMIT_EVERY of the concurrent ingest")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bayan-load-") as tmp:
        load = run(Path(tmp), args.articles, args.writer_articles, args.requests, args.threads, args.commit_every,
                   args.seed)
    writer = (f"a concurrent ingest of {args.writer_articles} articles committing every {args.commit_every}"
              if args.writer_articles else "no concurrent ingest")
    print(f"archive of {args.articles} articles, {args.threads} client threads, {writer}")
    print("\n".join(load.lines()))
    if load.errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
