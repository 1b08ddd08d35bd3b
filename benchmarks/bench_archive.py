"""Archive speed: ingest throughput (storage only, analysis excluded) and search latency.

Builds a synthetic archive of ``--articles`` contract records (default 100,000) from a
vocabulary taken from our example and corpus articles: Urdu, Persian and Arabic in equal
parts, ~220 words each, a few entities linked to 300 actors, quotes, CONSULT and other
events, and 5% near-duplicates (a wire story reprinted with another dateline). Then times
``ArchiveReader.search`` (ranked, one hit per near-duplicate group, snippets included, 20
hits) on a mix of queries: common and rare words, names in several scripts, phrases,
prefixes, filters.

    python benchmarks/bench_archive.py [--articles 100000] [--queries 300] [--db PATH]

Target: search p95 under 50 ms at 100,000 articles. Measured on the 2-core development
machine (figures also in docs/archive.md): storage 251 articles/s; search p50 17.8 ms,
p95 37.0 ms over 400 queries; archive 1.05 GB.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = {  # actor id -> spellings by language
    "ali-khamenei": {"ur": "آیت اللہ خامنہ ای", "fa": "آیت‌الله خامنه‌ای", "ar": "علي خامنئي", "en": "Ali Khamenei"},
    "shehbaz-sharif": {"ur": "شہباز شریف", "fa": "شهباز شریف", "ar": "شهباز شريف", "en": "Shehbaz Sharif"},
    "abbas-araghchi": {"ur": "عباس عراقچی", "fa": "عباس عراقچی", "ar": "عباس عراقجي", "en": "Abbas Araghchi"},
    "masoud-pezeshkian": {"ur": "مسعود پزشکیان", "fa": "مسعود پزشکیان", "ar": "مسعود بزشكيان", "en": "Masoud Pezeshkian"},
}


def vocabulary() -> dict[str, list[str]]:
    from bayan.archive.keys import WORD
    from bayan.langid import detect_language

    words: dict[str, list[str]] = defaultdict(list)
    for folder in (ROOT / "corpus", ROOT / "examples"):
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            lang = detect_language(text)
            if lang in ("ur", "fa", "ar"):
                words[lang].extend(WORD.findall(text))
    return {k: v for k, v in words.items() if len(v) > 50}


def make_actors(rng: random.Random, vocab: dict[str, list[str]], count: int) -> dict[str, dict[str, str]]:
    actors = dict(NAMES)
    for i in range(count - len(actors)):
        names = {lang: " ".join(rng.sample(vocab[lang], 2)) for lang in vocab}
        names["en"] = f"Actor {i}"
        actors[f"actor-{i}"] = names
    return actors


def make_record(i: int, rng: random.Random, vocab, actors, actor_ids, previous: list[dict]) -> dict:
    from bayan.article import article_id

    if previous and rng.random() < 0.05:  # a near-duplicate: the same story, another dateline
        base = rng.choice(previous)
        text = f"({rng.choice(['اے پی پی', 'ثناء نیوز', 'آن لائن'])}) " + base["text"] + " " + " ".join(
            rng.sample(vocab[base["language"]], 6))
        rec = dict(base, id=article_id(text), text=text, url=f"https://example.org/copy/{i}")
        return rec
    lang = ("ur", "fa", "ar")[i % 3]
    words = vocab[lang]
    chosen = rng.sample(actor_ids, 4)
    parts: list[str] = []
    entities = []
    pos = 0
    for s in range(8):
        sentence = " ".join(rng.choices(words, k=25))
        if s < 4:
            name = actors[chosen[s]][lang]
            sentence = f"{name} {sentence}"
            entities.append({"text": name, "start": pos, "end": pos + len(name), "type": "PER",
                             "actor": {"id": chosen[s], "name": actors[chosen[s]]["en"]}})
        parts.append(sentence + "۔")
        pos += len(sentence) + 2
    text = " ".join(parts)
    month = 1 + i % 12
    day = 1 + i % 28
    published = f"{2015 + i % 10}-{month:02d}-{day:02d}"
    first, second = entities[0], entities[1]
    quote_start = second["end"] + 1
    quotes = [{"text": text[quote_start:quote_start + 60], "start": quote_start, "end": quote_start + 60,
               "kind": "indirect", "cue": None,
               "speaker": {k: second[k] for k in ("text", "start", "end", "actor")}}]
    events = [{"type": "CONSULT" if i % 2 else rng.choice(["AGREE", "ACCUSE", "SUPPORT"]), "mode": "meet",
               "source": [{k: first[k] for k in ("text", "start", "end", "actor")}],
               "target": [{k: second[k] for k in ("text", "start", "end", "actor")}],
               "date": published, "place": None,
               "trigger": {"text": text[first["end"] + 1:first["end"] + 6], "start": first["end"] + 1,
                           "end": first["end"] + 6}, "sentence": [0, len(text)]}]
    title = " ".join(rng.choices(words, k=8))
    return {"id": article_id(text), "url": f"https://example.org/{lang}/{i}", "path": None, "title": title,
            "published": published, "language": lang, "text": text, "sentences": [[0, len(text)]],
            "entities": entities, "quotes": quotes, "events": events, "warnings": []}


def build(db: Path, n: int, seed: int) -> tuple[float, dict[str, list[str]]]:
    from bayan.archive import ArchiveWriter

    rng = random.Random(seed)
    vocab = vocabulary()
    actors = make_actors(rng, vocab, 300)
    actor_ids = list(actors)
    store = {aid: _Actor(aid, names) for aid, names in actors.items()}
    writer = ArchiveWriter(db, actor_store=store)
    previous: list[dict] = []
    spent = 0.0
    statuses: dict[str, int] = defaultdict(int)
    for i in range(n):
        record = make_record(i, rng, vocab, actors, actor_ids, previous)
        if len(previous) < 2000 and record["url"].count("/copy/") == 0:
            previous.append(record)
        started = time.perf_counter()
        statuses[writer.add(record).status] += 1
        if i % 500 == 499:
            writer.commit()
        spent += time.perf_counter() - started
        if i % 10000 == 9999:
            print(f"  {i + 1} stored, {(i + 1) / spent:.0f} articles/s", file=sys.stderr)
    started = time.perf_counter()
    writer.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    writer.close()
    optimize = time.perf_counter() - started
    print(f"stored {n} articles in {spent:.1f} s: {n / spent:.0f} articles/s (analysis excluded); "
          f"FTS optimize {optimize:.1f} s; statuses {dict(statuses)}")
    return spent, vocab


class _Actor:
    """Just enough of ``bayan.actors.Actor`` for the writer."""

    def __init__(self, aid: str, names: dict[str, str]):
        self.id, self.name, self.type = aid, names["en"], "PER"
        self.names = {lang: (n,) for lang, n in names.items()}
        self.roles, self.country, self.kind, self.wikidata = (), None, None, None

    def all_names(self):
        yield ("en", self.name)
        for lang, spellings in self.names.items():
            for n in spellings:
                yield (lang, n)


def queries(vocab, rng: random.Random, count: int):
    from bayan.archive import Filters

    frequency: dict[str, int] = defaultdict(int)
    for words in vocab.values():
        for w in words:
            frequency[w] += 1
    ranked = sorted(frequency, key=frequency.get, reverse=True)
    common, rare = ranked[:50], ranked[len(ranked) // 2:]
    kinds = [
        ("name, 4 spellings", lambda: (rng.choice(["Khamenei", "خامنہ ای", "خامنه‌ای", "خامنئي", "Araghchi",
                                                   "عراقجي", "Shehbaz Sharif", "شهباز شريف", "Pezeshkian"]), None)),
        ("common word", lambda: (rng.choice(common), None)),
        ("rare word", lambda: (rng.choice(rare), None)),
        ("two words", lambda: (f"{rng.choice(common)} {rng.choice(rare)}", None)),
        ("phrase", lambda: (f'"{rng.choice(common)} {rng.choice(common)}"', None)),
        ("prefix", lambda: (rng.choice(rare)[:3] + "*", None)),
        ("name + filters", lambda: (rng.choice(["Khamenei", "Sharif"]),
                                    Filters(lang=rng.choice(["ur", "fa", "ar"]), since="2018-01-01",
                                            until="2021-12-31"))),
        ("word + actor + type", lambda: (rng.choice(common), Filters(actor="Araghchi", event_type="CONSULT"))),
    ]
    for i in range(count):
        name, make = kinds[i % len(kinds)]
        q, f = make()
        yield name, q, f


def measure(db: Path, vocab, count: int, seed: int) -> None:
    from bayan.archive import ArchiveReader, QuerySyntaxError

    rng = random.Random(seed + 1)
    times: dict[str, list[float]] = defaultdict(list)
    with ArchiveReader.open(db) as reader:
        reader.search("warm up")
        for kind, q, f in queries(vocab, rng, count):
            started = time.perf_counter()
            try:
                reader.search(q, f, limit=20)
            except QuerySyntaxError:
                continue
            times[kind].append((time.perf_counter() - started) * 1000)
    everything = sorted(t for ts in times.values() for t in ts)

    def pct(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

    print(f"\nsearch latency over {len(everything)} queries (ms, 20 hits with snippets):")
    print(f"  {'kind':<22} {'p50':>7} {'p95':>7} {'max':>7}")
    for kind, ts in times.items():
        print(f"  {kind:<22} {pct(ts, 50):7.1f} {pct(ts, 95):7.1f} {max(ts):7.1f}")
    print(f"  {'all':<22} {pct(everything, 50):7.1f} {pct(everything, 95):7.1f} {max(everything):7.1f}")
    print(f"  mean {statistics.mean(everything):.1f} ms; p95 target 50 ms: "
          f"{'met' if pct(everything, 95) < 50 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--db", help="keep the archive here (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--search-only", action="store_true", help="time searches on an existing --db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db or Path(tmp) / "bench.db")
        if args.search_only:
            vocab = vocabulary()
        else:
            if db.exists():
                sys.exit(f"{db} exists: remove it, or pass --search-only")
            _, vocab = build(db, args.articles, args.seed)
        size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
        print(f"archive size {size / 1e6:.0f} MB")
        measure(db, vocab, args.queries, args.seed)


if __name__ == "__main__":
    main()
