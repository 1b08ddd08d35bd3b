"""A NER check on public annotated Urdu corpora (shared/data/ner/ur, evaluation only).

Each corpus has its own format and tag set; readers turn all of them into sentences of
tokens with BIO tags over PER/ORG/LOC, everything else O. ``score_tagger`` measures any
``tag(tokens) -> BIO tags`` function at token level and entity level (exact span and
type), and ``pipeline_tagger`` makes such a function out of ``bayan.analyze``.

The corpora are not ours and not shipped: they are read from ``../shared/data`` beside
the repository (or a path given by the caller), never copied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bayan.errors import InputError
from bayan.eval.metrics import Counts

TYPES = ("PER", "ORG", "LOC")
Tagger = Callable[[list[str]], list[str]]


@dataclass(frozen=True)
class NerSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over PER/ORG/LOC


# --- tag sets ----------------------------------------------------------------------

IL_NER_TYPES = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
LONG_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

_IL_NER_TAG = re.compile(r"^([BI])-([A-Z]+)$")


def map_il_ner_tag(tag: str) -> str:
    """IL-NER BIO tag → our BIO tag; numbers, times, artefacts and the malformed tags the
    corpus has (``-NEL``, ``B-NET``, ``B-NIMI``) become O."""
    m = _IL_NER_TAG.match(tag.strip())
    if not m or m.group(2) not in IL_NER_TYPES:
        return "O"
    return f"{m.group(1)}-{IL_NER_TYPES[m.group(2)]}"


def io_to_bio(types: Sequence[str]) -> list[str]:
    """IO tags (a bare type or O per token) → BIO: a run of one type is one entity, since
    IO cannot tell two adjacent entities of the same type apart."""
    out, prev = [], "O"
    for t in types:
        out.append("O" if t == "O" else ("I-" if t == prev else "B-") + t)
        prev = t
    return out


# --- readers -----------------------------------------------------------------------


def _conll_rows(path: Path) -> Iterable[list[tuple[int, str, str]]]:
    """Sentences of (line number, token, tag) from ``token<TAB>tag`` lines, blank-line separated."""
    sentence: list[tuple[int, str, str]] = []
    with _open(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\r\n").lstrip("\ufeff")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            cols = line.split("\t")
            if len(cols) != 2 or not cols[0]:
                raise InputError(f"{path}:{lineno}", f"expected 'token<TAB>tag', got {line[:60]!r}")
            sentence.append((lineno, cols[0], cols[1].strip()))
    if sentence:
        yield sentence


def _open(path: Path):  # noqa: ANN202 - a text file handle
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "not found (the shared corpora live in ../shared/data beside the repository)") from None


def read_il_ner(path: str | Path) -> list[NerSentence]:
    """IL-NER (``token<TAB>BIO tag``; NEP/NEL/NEO → PER/LOC/ORG)."""
    return [
        NerSentence(tuple(tok for _, tok, _ in s), tuple(map_il_ner_tag(tag) for _, _, tag in s))
        for s in _conll_rows(Path(path))
    ]


def read_io_tagged(path: str | Path) -> list[NerSentence]:
    """IJCNLP-08 and Jahangir (``token<TAB>TYPE`` with IO tags; PERSON/LOCATION/ORGANIZATION)."""
    return [
        NerSentence(
            tuple(tok for _, tok, _ in s),
            tuple(io_to_bio([LONG_TYPES.get(tag, "O") for _, _, tag in s])),
        )
        for s in _conll_rows(Path(path))
    ]


# ``<TYPE>``, ``</TYPE>``, and ``/<TYPE>``: UNER sometimes types the closing tag that way.
_UNER_TAG = re.compile(r"(/?)<(/?)([A-Z]+)>")
# U+FEFF marks where two sentences were glued into one line; it separates words.
_UNER_SPACE = re.compile(r"[\s\ufeff]+")


def parse_uner_line(line: str) -> NerSentence:
    """One UNER line: running text with inline ``<TYPE>…</TYPE>`` tags.

    Tokens are whitespace-separated words, also split where a tag touches a word. The
    corpus has a few slips, handled as the annotator evidently meant: ``/<TYPE>`` closes
    an open TYPE; a closing tag with nothing open is ignored; a tag opened while another
    is open closes the first; a tag still open at the end of the line ends there.
    """
    tokens: list[str] = []
    types: list[str] = []
    current: str | None = None  # the open tag's type, as written
    entity_start: int | None = None
    starts: list[bool] = []

    def add_text(chunk: str) -> None:
        nonlocal entity_start
        for word in _UNER_SPACE.split(chunk):
            if not word:
                continue
            tokens.append(word)
            mapped = LONG_TYPES.get(current or "", "O")
            types.append(mapped)
            starts.append(mapped != "O" and entity_start is None)
            if mapped != "O" and entity_start is None:
                entity_start = len(tokens) - 1

    pos = 0
    for m in _UNER_TAG.finditer(line):
        add_text(line[pos : m.start()])
        pos = m.end()
        slash_before, slash_inside, name = m.groups()
        closing = bool(slash_inside) or (bool(slash_before) and current == name)
        if slash_before and not closing:
            add_text("/")  # a literal slash before an opening tag
        if closing:
            if current == name:
                current, entity_start = None, None
            continue
        current, entity_start = name, None
    add_text(line[pos:])

    tags = [
        "O" if t == "O" else ("B-" if start else "I-") + t for t, start in zip(types, starts)
    ]
    return NerSentence(tuple(tokens), tuple(tags))


def read_uner(path: str | Path) -> list[NerSentence]:
    """UNER (one sentence a line, inline tags; PERSON/LOCATION/ORGANIZATION)."""
    out = []
    with _open(Path(path)) as fh:
        for line in fh:
            sentence = parse_uner_line(line.lstrip("\ufeff").rstrip("\r\n"))
            if sentence.tokens:
                out.append(sentence)
    return out


@dataclass(frozen=True)
class CorpusSpec:
    path: str  # relative to the shared data directory
    reader: Callable[[str | Path], list[NerSentence]]
    io: bool  # gold tags are IO: adjacent same-type entities are merged
    description: str


CORPORA: dict[str, CorpusSpec] = {
    "il-ner": CorpusSpec("ner/ur/il-ner/Urdu-test.txt", read_il_ner, False, "IL-NER Urdu test split (BIO)"),
    "uner": CorpusSpec("ner/ur/uner/uner.txt", read_uner, False, "UNER Urdu news (inline tags)"),
    "ijcnlp2008": CorpusSpec("ner/ur/ijcnlp2008/ijnlp.txt", read_io_tagged, True, "IJCNLP-08 Urdu (IO tags)"),
    "jahangir": CorpusSpec("ner/ur/jahangir/jahangir.txt", read_io_tagged, True, "Jahangir Urdu news (IO tags)"),
}


def default_data_dir() -> Path:
    """``../shared/data`` beside the repository that holds this source tree."""
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "data"


def read_corpus(name: str, data_dir: str | Path | None = None) -> list[NerSentence]:
    spec = _spec(name)
    return spec.reader(Path(data_dir or default_data_dir()) / spec.path)


def _spec(name: str) -> CorpusSpec:
    if name not in CORPORA:
        raise InputError(name, f"unknown NER corpus; choose one of {', '.join(CORPORA)}")
    return CORPORA[name]


# --- scoring -----------------------------------------------------------------------


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence. An I- tag that does not continue
    an entity of its type starts one (the conlleval reading of broken BIO)."""
    out: list[tuple[int, int, str]] = []
    start, etype = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-") if tag != "O" else ("O", "", "")
        if start is not None and (prefix != "I" or t != etype):
            out.append((start, i, etype))  # type: ignore[arg-type]
            start, etype = None, None
        if prefix in ("B", "I") and start is None:
            start, etype = i, t
    return out


def tag_type(tag: str) -> str:
    return "O" if tag == "O" else tag.partition("-")[2]


def collapse_to_io(tags: Sequence[str]) -> list[str]:
    """Predictions scored against IO gold lose their B/I distinction the same way the gold did."""
    return io_to_bio([tag_type(t) for t in tags])


@dataclass(frozen=True)
class NerScore:
    sentences: int
    tokens: int
    token: dict[str, Counts]  # per type and "overall"
    entity: dict[str, Counts]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "tokens": self.tokens,
            "token": {k: v.to_dict() for k, v in self.token.items()},
            "entity": {k: v.to_dict() for k, v in self.entity.items()},
        }


def _with_overall(table: dict[str, Counts]) -> dict[str, Counts]:
    out = {t: table.get(t, Counts()) for t in TYPES}
    out["overall"] = sum(out.values(), Counts())
    return out


def score_tags(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], io: bool = False) -> NerScore:
    """Token-level and entity-level counts of predicted BIO tags against gold BIO tags."""
    token: dict[str, Counts] = {}
    entity: dict[str, Counts] = {}
    n_tokens = 0

    def add(table: dict[str, Counts], key: str, c: Counts) -> None:
        table[key] = table.get(key, Counts()) + c

    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"tagger returned {len(p)} tags for {len(g)} tokens")
        p = collapse_to_io(p) if io else list(p)
        n_tokens += len(g)
        for gt, pt in zip(map(tag_type, g), map(tag_type, p)):
            if gt in TYPES:
                add(token, gt, Counts(gold=1, gold_found=int(gt == pt)))
            if pt in TYPES:
                add(token, pt, Counts(predicted=1, predicted_correct=int(gt == pt)))
        gold_spans, pred_spans = set(spans(g)), set(spans(p))
        for s in gold_spans:
            if s[2] in TYPES:
                add(entity, s[2], Counts(gold=1, gold_found=int(s in pred_spans)))
        for s in pred_spans:
            if s[2] in TYPES:
                add(entity, s[2], Counts(predicted=1, predicted_correct=int(s in gold_spans)))
    return NerScore(len(gold), n_tokens, _with_overall(token), _with_overall(entity))


def score_tagger(sentences: Sequence[NerSentence], tag: Tagger, io: bool = False) -> NerScore:
    predicted = []
    for s in sentences:
        tags = list(tag(list(s.tokens)))
        if len(tags) != len(s.tokens):
            raise ValueError(f"tagger returned {len(tags)} tags for {len(s.tokens)} tokens")
        predicted.append(tags)
    return score_tags([s.tags for s in sentences], predicted, io=io)


# --- the pipeline as a tagger ------------------------------------------------------


def token_offsets(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The tokens joined by single spaces, and each token's span in that text."""
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def project_spans(offsets: Sequence[tuple[int, int]], entities: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags for tokens from character spans: a token belongs to an entity it overlaps.
    Where entities overlap, the earlier (then longer) one wins, whole."""
    tags = ["O"] * len(offsets)
    for start, end, etype in sorted(entities, key=lambda e: (e[0], -(e[1] - e[0]))):
        if etype not in TYPES:
            continue
        covered = [i for i, (ts, te) in enumerate(offsets) if ts < end and te > start]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + etype
    return tags


def pipeline_tagger(analyze: Callable[..., Any], lang: str = "ur") -> Tagger:
    """A tagger that runs ``analyze`` on the tokens joined by spaces and projects the
    entities it finds back onto the tokens."""

    def tag(tokens: list[str]) -> list[str]:
        # IL-NER writes multiword units as قانون_سازی; a space of the same length keeps
        # the offsets and gives the pipeline ordinary text.
        text, offsets = token_offsets([t.replace("_", " ") for t in tokens])
        result = analyze(text, lang=lang)
        record = result.to_dict() if hasattr(result, "to_dict") else result
        ents = [(e["start"], e["end"], e["type"]) for e in record.get("entities") or []]
        return project_spans(offsets, ents)

    return tag


def statistical_tagger(lang: str = "ur") -> Tagger:
    """The shipped CRF tagger alone, on the corpus's own tokens."""
    from bayan.entities.tagger import tag_spans
    from bayan.script import fold

    def tag(tokens: list[str]) -> list[str]:
        keys = [fold(t.replace("_", " ")).replace(" ", "") for t in tokens]
        tags = ["O"] * len(tokens)
        for first, end, kind in tag_spans(keys, lang):
            tags[first] = "B-" + kind
            for i in range(first + 1, end):
                tags[i] = "I-" + kind
        return tags

    return tag


@dataclass(frozen=True)
class NerReport:
    corpus: str
    description: str
    path: str
    score: NerScore

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "description": self.description, "path": self.path, **self.score.to_dict()}

    def format_text(self) -> str:
        s = self.score
        lines = [
            f"NER check on {self.corpus} ({self.description}): {s.sentences} sentences, {s.tokens} tokens",
            f"  {'':<10}{'level':<8}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}",
        ]
        for level, table in (("token", s.token), ("entity", s.entity)):
            for t, c in table.items():
                lines.append(
                    f"  {t:<10}{level:<8}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.predicted:>7}{c.gold:>7}"
                )
        return "\n".join(lines)


def run_ner_check(
    corpus_name: str,
    limit: int | None = None,
    data_dir: str | Path | None = None,
    analyze: Callable[..., Any] | None = None,
    tagger_only: bool = False,
) -> NerReport:
    """Score the pipeline's entities (or, with ``tagger_only``, the statistical tagger
    alone) on one shared corpus (its first ``limit`` sentences)."""
    spec = _spec(corpus_name)
    path = Path(data_dir or default_data_dir()) / spec.path
    sentences = spec.reader(path)
    if limit is not None:
        sentences = sentences[:limit]
    if tagger_only:
        tagger = statistical_tagger()
    else:
        if analyze is None:
            from bayan import analyze  # lazily: reading corpora needs no pipeline
        tagger = pipeline_tagger(analyze)
    score = score_tagger(sentences, tagger, io=spec.io)
    return NerReport(corpus_name, spec.description, str(path), score)
