"""Reading actor dictionaries (our YAML and TSV formats) and layering them.

Every problem in a file raises ``DictionaryError(path, line, problem)``: a user who
edits a dictionary by hand needs the line, not a traceback. The formats are documented
in ``docs/actor-dictionaries.md``.

Layers: the bundled dictionary is one layer, each user file another. A later layer
replaces an earlier one's actor with the same id (whole, not merged, so a user can also
remove a wrong name); the same id twice *inside* one layer is a mistake and is reported
with both places.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import re
from importlib import resources
from typing import Any, Iterable, Iterator, Sequence

import yaml

from bayan.actors.model import ACTOR_TYPES, Actor, Role, date_bound
from bayan.errors import DictionaryError

FIELDS = ("id", "type", "name", "names", "country", "kind", "wikidata", "roles")
ROLE_FIELDS = ("title", "start", "end")
SUFFIXES = (".yaml", ".yml", ".tsv")

_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_LANG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?\Z")  # en, ur, fa, ar ... or ur-Latn
_KIND = re.compile(r"[a-z][a-z0-9-]*\Z")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")
_ALPHA3 = re.compile(r"[A-Z]{3}\Z")
# Characters that would break a name in one of the two formats or in matching.
_BAD_IN_NAME = re.compile(r"[\t\n\r|]")


class _Problem(Exception):
    """A problem found at a line; the caller adds the file name."""

    def __init__(self, line: int | None, problem: str):
        super().__init__(problem)
        self.line = line
        self.problem = problem


# ISO 3166-1 alpha-3, as of CLDR 47 (scripts/build_place_actors.py checks that they agree).
# Written out so that reading a dictionary needs no CLDR at run time.
ISO3166_ALPHA3 = frozenset("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())


def _known_country(code: str) -> bool:
    # X.. is ISO's user-assigned range: XKX (Kosovo) lives there, and users may need more.
    return code in ISO3166_ALPHA3 or code.startswith("X")


# --- YAML with line numbers ------------------------------------------------------------

_NULL = "tag:yaml.org,2002:null"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader whose plain scalars stay strings, and whose containers know their lines.

    YAML 1.1 would read ``NO`` (Norway) as false, ``2013-06-05`` as a date and ``1.0``
    as a float; a dictionary wants the text as written, and checks it itself. Only
    ``null``/``~``/empty resolve, so that ``end: null`` means "open".
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Map(dict):
    """A mapping that remembers its own line and each key's line (1-based)."""

    line: int
    key_lines: dict[str, int]


class _Seq(list):
    """A sequence that remembers its own line and each item's line (1-based)."""

    line: int
    item_lines: list[int]


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    out = _Map()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise _Problem(line, f"a key must be text, not {_describe(key)}")
        if key in out:
            # PyYAML would silently keep the last value: a typo'd file would lose data.
            raise _Problem(line, f"duplicate key '{key}' (first at line {out.key_lines[key]})")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = line
    return out


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def _parse_yaml(text: str) -> list[tuple[Any, int]]:
    """The top-level list as (item, line) pairs."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise _Problem(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise _Problem(None, f"not valid YAML: {exc}") from None
    if data is None:  # an empty file is an empty dictionary
        return []
    if not isinstance(data, _Seq):
        line = getattr(data, "line", 1)
        raise _Problem(line, "a dictionary file must be a YAML list of actors (lines starting with '- ')")
    return list(zip(data, data.item_lines))


# --- TSV -------------------------------------------------------------------------------

_TSV_COLUMNS = ("id", "type", "name", "country", "kind", "wikidata", "roles")
_TSV_NAME = re.compile(r"name:(?P<lang>.+)\Z")
_TSV_ROLE = re.compile(r"(?P<title>.*?)\s*\((?P<start>[^().]*)\.\.(?P<end>[^().]*)\)\Z")


def _parse_tsv(text: str) -> list[tuple[Any, int]]:
    """Rows as (record, line) pairs, each record shaped like a YAML actor."""
    header: list[str] | None = None
    rows: list[tuple[Any, int]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = _tsv_header(cells, number)
            continue
        if len(cells) > len(header):
            raise _Problem(number, f"{len(cells)} cells but the header has {len(header)} columns")
        record: dict[str, Any] = {}
        names: dict[str, list[str]] = {}
        for column, cell in zip(header, cells):
            if cell == "":
                continue
            if column.startswith("name:"):
                names[column[5:]] = cell.split("|")
            elif column == "roles":
                record["roles"] = [_tsv_role(part) for part in cell.split("|")]
            else:
                record[column] = cell
        if names:
            record["names"] = names
        rows.append((record, number))
    return rows


def _tsv_header(cells: list[str], number: int) -> list[str]:
    seen: set[str] = set()
    for cell in cells:
        match = _TSV_NAME.match(cell)
        if cell not in _TSV_COLUMNS and not (match and _LANG.match(match["lang"])):
            raise _Problem(number, f"unknown column '{cell}' (expected {', '.join(_TSV_COLUMNS)} "
                                   "or name:LANG such as name:ur)")
        if cell in seen:
            raise _Problem(number, f"column '{cell}' appears twice")
        seen.add(cell)
    missing = [column for column in ("id", "type", "name") if column not in seen]
    if missing:
        raise _Problem(number, f"the header has no column {', '.join(missing)}")
    return cells


def _tsv_role(text: str) -> dict[str, str]:
    match = _TSV_ROLE.match(text)
    if not match:
        return {"title": text}
    role = {"title": match["title"]}
    if match["start"]:
        role["start"] = match["start"]
    if match["end"]:
        role["end"] = match["end"]
    return role


# --- checking one actor ------------------------------------------------------------------

def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _line_of(container: Any, key: str | int, default: int) -> int:
    if isinstance(container, _Map):
        return container.key_lines.get(key, default)  # type: ignore[arg-type]
    if isinstance(container, _Seq) and isinstance(key, int):
        return container.item_lines[key]
    return default


def _text(value: Any, what: str, line: int) -> str:
    if not isinstance(value, str):
        raise _Problem(line, f"{what} must be text, not {_describe(value)}")
    if not value.strip():
        raise _Problem(line, f"{what} is empty")
    if value != value.strip():
        raise _Problem(line, f"{what} {value!r} has leading or trailing spaces")
    if _BAD_IN_NAME.search(value):
        raise _Problem(line, f"{what} {value!r} contains a tab, a line break or '|'")
    return value


def _date(value: Any, what: str, line: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise _Problem(line, f"{what} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {_describe(value)}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        _dt.date(*parts[:3])
    except ValueError as exc:
        raise _Problem(line, f"{what} {value!r} is not a real date ({exc})") from None
    return value


def _names(value: Any, line: int) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise _Problem(line, f"names must be a mapping of language code to a list of names, not {_describe(value)}")
    out: dict[str, tuple[str, ...]] = {}
    for lang, spellings in value.items():
        where = _line_of(value, lang, line)
        if not _LANG.match(lang):
            raise _Problem(where, f"'{lang}' is not a language code (two or three lowercase letters, as ur, fa, ar, en)")
        if isinstance(spellings, str):  # a single name needs no brackets
            spellings = [spellings]
        if not isinstance(spellings, list) or not spellings:
            raise _Problem(where, f"names.{lang} must be a non-empty list of names, not {_describe(spellings)}")
        checked: list[str] = []
        for index, spelling in enumerate(spellings):
            item_line = _line_of(spellings, index, where)
            name = _text(spelling, f"a name in names.{lang}", item_line)
            if name in checked:
                raise _Problem(item_line, f"{name!r} appears twice in names.{lang}")
            checked.append(name)
        out[lang] = tuple(checked)
    return out


def _roles(value: Any, line: int) -> tuple[Role, ...]:
    if not isinstance(value, list):
        raise _Problem(line, f"roles must be a list, not {_describe(value)}")
    out = []
    for index, item in enumerate(value):
        where = _line_of(value, index, line)
        if not isinstance(item, dict):
            raise _Problem(where, f"a role must be a mapping with title, start, end; not {_describe(item)}")
        for key in item:
            if key not in ROLE_FIELDS:
                raise _Problem(_line_of(item, key, where), f"unknown role field '{key}' (expected title, start, end)")
        if "title" not in item:
            raise _Problem(where, "a role has no title")
        title = _text(item["title"], "a role title", _line_of(item, "title", where))
        start = _date(item.get("start"), "a role start", _line_of(item, "start", where))
        end = _date(item.get("end"), "a role end", _line_of(item, "end", where))
        # Compare widened bounds: a role may end in "2013" yet start on "2013-06-05".
        if start and end and date_bound(end, last=True) < date_bound(start, last=False):
            raise _Problem(where, f"role '{title}' ends ({end}) before it starts ({start})")
        out.append(Role(title, start, end))
    return tuple(out)


def actor_from_record(record: Any, line: int, source: str = "") -> Actor:
    """Check one record (a YAML mapping or a TSV row) and build the ``Actor``."""
    if not isinstance(record, dict):
        raise _Problem(line, f"each actor must be a mapping with id, type and name, not {_describe(record)}")
    for key in record:
        if key not in FIELDS:
            raise _Problem(_line_of(record, key, line), f"unknown field '{key}' (expected one of {', '.join(FIELDS)})")
    for key in ("id", "type", "name"):
        if key not in record:
            raise _Problem(line, f"actor has no '{key}'")

    def at(key: str) -> int:
        return _line_of(record, key, line)

    actor_id = record["id"]
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise _Problem(at("id"), f"id {_describe(actor_id)} must be lowercase ASCII letters, digits and '-'")
    kind_of_actor = record["type"]
    if kind_of_actor not in ACTOR_TYPES:
        raise _Problem(at("type"), f"type must be PER, ORG or LOC, not {_describe(kind_of_actor)}")
    name = _text(record["name"], "name", at("name"))
    names = _names(record["names"], at("names")) if "names" in record else {}

    country = record.get("country")
    if country is not None:
        if not isinstance(country, str) or not _ALPHA3.match(country):
            raise _Problem(at("country"), f"country must be an ISO 3166-1 alpha-3 code such as PAK, not {_describe(country)}")
        if not _known_country(country):
            raise _Problem(at("country"), f"'{country}' is not an ISO 3166-1 alpha-3 country code")
    kind = record.get("kind")
    if kind is not None and (not isinstance(kind, str) or not _KIND.match(kind)):
        raise _Problem(at("kind"), f"kind must be a lowercase word such as country or party, not {_describe(kind)}")
    wikidata = record.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _WIKIDATA.match(wikidata)):
        raise _Problem(at("wikidata"), f"wikidata must be an item id such as Q843, not {_describe(wikidata)}")
    roles = _roles(record["roles"], at("roles")) if record.get("roles") is not None else ()
    return Actor(id=actor_id, type=kind_of_actor, name=name, names=names, country=country,
                 kind=kind, wikidata=wikidata, roles=roles, source=source, line=line)


# --- files --------------------------------------------------------------------------------

def parse_actors(text: str, source: str, fmt: str) -> list[Actor]:
    """Actors from the text of a dictionary; ``fmt`` is ``yaml`` or ``tsv``; ``source`` names it in errors."""
    try:
        records = _parse_yaml(text) if fmt == "yaml" else _parse_tsv(text)
        actors = [actor_from_record(record, line, source) for record, line in records]
    except _Problem as problem:
        raise DictionaryError(source, problem.line, problem.problem) from None
    unique(actors)
    return actors


def _format_of(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith((".yaml", ".yml")):
        return "yaml"
    if lowered.endswith(".tsv"):
        return "tsv"
    raise DictionaryError(name, None, "unknown dictionary format: the name must end in .yaml, .yml or .tsv")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")  # tolerate the BOM spreadsheet programs write
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DictionaryError(source, line, "not UTF-8 text") from None


def load_actor_file(path: str | os.PathLike[str]) -> list[Actor]:
    """Actors from one ``.yaml``/``.yml``/``.tsv`` file, checked; raises ``DictionaryError``."""
    source = os.fspath(path)
    fmt = _format_of(source)
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise DictionaryError(source, None, f"cannot read: {exc.strerror}") from None
    return parse_actors(_decode(data, source), source, fmt)


@functools.lru_cache(maxsize=1)
def load_bundled_actors() -> tuple[Actor, ...]:
    """Every actor shipped in ``bayan/data/actors`` (cached: the files never change in a process).

    Parsing and checking the YAML takes about a second; the checked result is also kept on
    disk (``bayan.actors.cache``), keyed by the files' names, sizes and times, so that a
    command-line run starts fast. A missing or stale cache is simply rebuilt.
    """
    from bayan.actors.cache import cached

    folder = resources.files("bayan") / "data" / "actors"
    entries = sorted(
        (entry for entry in folder.iterdir() if entry.name.lower().endswith(SUFFIXES)), key=lambda item: item.name
    )

    def parse() -> tuple[Actor, ...]:
        actors: list[Actor] = []
        for entry in entries:
            source = f"bayan/data/actors/{entry.name}"
            actors.extend(parse_actors(_decode(entry.read_bytes(), source), source, _format_of(entry.name)))
        unique(actors)  # the bundled files form one layer
        return tuple(actors)

    return cached("bundled-actors", [str(entry) for entry in entries], parse)


@functools.lru_cache(maxsize=None)
def bundled_ids_of_kind(kind: str) -> frozenset[str]:
    """Ids of the bundled actors of one ``kind`` (``media``: outlets; ``seat``: a building
    that stands for an office, such as the Prime Minister's House)."""
    return frozenset(actor.id for actor in load_bundled_actors() if actor.kind == kind)


def unique(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id; the same id twice raises ``DictionaryError`` naming both places."""
    by_id: dict[str, Actor] = {}
    for actor in actors:
        first = by_id.get(actor.id)
        if first is not None:
            raise DictionaryError(actor.source, actor.line,
                                  f"duplicate id '{actor.id}' (first defined at {first.origin})")
        by_id[actor.id] = actor
    return by_id


# --- layers ---------------------------------------------------------------------------------

class ActorStore:
    """Actors from several layers; a later layer replaces an earlier one's actor by id.

    ``replaced`` lists (old, new) pairs, so that a caller can tell a user which bundled
    actors their files override.
    """

    def __init__(self, layers: Iterable[Iterable[Actor]]):
        self._by_id: dict[str, Actor] = {}
        self.replaced: list[tuple[Actor, Actor]] = []
        for layer in layers:
            for actor_id, actor in unique(layer).items():
                old = self._by_id.get(actor_id)
                if old is not None:
                    self.replaced.append((old, actor))
                self._by_id[actor_id] = actor

    @classmethod
    def with_user_files(cls, paths: Sequence[str | os.PathLike[str]] = (),
                        bundled: bool = True) -> "ActorStore":
        """The bundled dictionary, then each user file as its own layer, in order."""
        layers: list[Iterable[Actor]] = [load_bundled_actors()] if bundled else []
        layers.extend(load_actor_file(path) for path in paths)
        return cls(layers)

    def __getitem__(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


# --- writing ---------------------------------------------------------------------------------

def dump_yaml(actors: Iterable[Actor]) -> str:
    """Actors in the YAML format (names as one-line lists), readable by ``parse_actors``."""
    return yaml.safe_dump([actor.to_dict() for actor in actors], allow_unicode=True,
                          sort_keys=False, default_flow_style=None, width=1000)


def dump_tsv(actors: Sequence[Actor]) -> str:
    """Actors in the TSV format, with a ``name:LANG`` column for each language used."""
    first = ["en", "ur", "fa", "ar"]
    used = {lang for actor in actors for lang in actor.names}
    langs = [lang for lang in first if lang in used] + sorted(used - set(first))
    header = ["id", "type", "name"] + [f"name:{lang}" for lang in langs] + ["country", "kind", "wikidata", "roles"]
    lines = ["\t".join(header)]
    for actor in actors:
        roles = "|".join(
            role.title if role.start is None and role.end is None
            else f"{role.title} ({role.start or ''}..{role.end or ''})"
            for role in actor.roles
        )
        cells = [actor.id, actor.type, actor.name]
        cells += ["|".join(actor.names.get(lang, ())) for lang in langs]
        cells += [actor.country or "", actor.kind or "", actor.wikidata or "", roles]
        lines.append("\t".join(cells).rstrip("\t"))
    return "\n".join(lines) + "\n"
