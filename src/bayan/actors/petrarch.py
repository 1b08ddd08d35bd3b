"""Importing PETRARCH / Phoenix (TABARI-style) actor dictionaries as bayan actors.

Two steps, each usable alone:

1. ``parse_petrarch(text, source)`` reads the file into ``Entry`` records (a root phrase,
   its synonyms, its CAMEO codes with their date restrictions), exactly as written;
2. ``entries_to_actors(entries, lang=...)`` decides each entry's type, country, names and
   roles and builds ``Actor`` objects that pass the loader's checks.

``import_petrarch(paths, ...)`` does both for one or more files. A line whose shape cannot
be read raises ``DictionaryError(path, line, problem)``; a readable line with an unusable
part (an impossible date, a stray byte, a garbled name) is imported without that part and
reported as a ``Note``: the real Phoenix files have a few dozen of those, and one typo in
54,000 lines should not block the other 18,000 actors. The format and the choices made
here are documented in ``docs/actor-dictionaries.md`` ("Importing PETRARCH dictionaries").
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from anyascii import anyascii

from bayan.actors.loader import ISO3166_ALPHA3
from bayan.actors.model import Actor, Role
from bayan.errors import BayanError, DictionaryError

DEFAULT_ID_PREFIX = {"en": "petrarch-", "ar": "petrarch-ar-"}
LANGS = ("en", "ar")

# --- CAMEO actor codes ----------------------------------------------------------------
# A CAMEO actor code is a run of three-character segments: a country (AFG) or an
# international sector (IGO, NGO, MNC, IMG ...) first, then roles (GOV, MIL, ELI ...),
# then finer ones: AFGGOVAGR is "Afghanistan, government, agriculture". The tables hold
# the segments whose meaning the CAMEO manual (and Phoenix's additions) fix.

ROLE_SEGMENTS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
    "PTY": "political party", "COP": "police", "JUD": "judiciary", "SPY": "intelligence",
    "LEG": "legislature", "ELI": "elites", "BUS": "business", "MED": "media",
    "EDU": "education", "HLH": "health", "DEV": "development", "AGR": "agriculture",
    "LAB": "labour", "ENV": "environment", "HRI": "human rights", "REF": "refugees",
    "CVL": "civilians", "CRM": "criminals", "INS": "insurgents", "SEP": "separatists",
    "UAF": "unaligned armed forces", "MOD": "moderates", "RAD": "radicals", "REL": "religious",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
    "NGM": "non-governmental movement", "MNC": "multinational corporation",
    "IMG": "international militarised group", "UNO": "United Nations",
    "MUS": "Muslim", "SHI": "Shia", "SFI": "Sufi", "CHR": "Christian", "CTH": "Catholic",
    "PRO": "Protestant", "ORT": "Orthodox", "JEW": "Jewish", "HIN": "Hindu", "BUD": "Buddhist",
    "SIK": "Sikh",
}
REGION_SEGMENTS = {
    "AFR": "Africa", "ASA": "Asia", "EUR": "Europe", "MEA": "Middle East", "LAM": "Latin America",
    "SAS": "South Asia", "SEA": "Southeast Asia", "WST": "the West", "EEU": "Eastern Europe",
    "NAF": "North Africa", "WAF": "West Africa", "EAF": "East Africa", "SAF": "Southern Africa",
    "CFR": "Central Africa", "CAS": "Central Asia", "CAU": "Caucasus", "NMR": "North America",
    "SAM": "South America", "CRB": "Caribbean", "BLK": "Balkans", "SCN": "Scandinavia",
    "PGS": "Persian Gulf states", "MDT": "Mediterranean",
}
# Phoenix marks a place's status after its country: IRQOCC (Iraq under occupation,
# 2003-2006), ARMUNR (Armenia between its declaration and recognition).
STATUS_SEGMENTS = {"OCC": "occupied", "UNR": "unrecognised"}
# CAMEO codes of today's countries that differ from ISO 3166-1 alpha-3.
COUNTRY_ALIASES = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# States that no longer exist (ISO 3166-3): places, but with no country code of today.
FORMER_STATES = {"SUN": "Soviet Union", "USR": "Soviet Union", "CSK": "Czechoslovakia",
                 "DDR": "East Germany", "YUG": "Yugoslavia", "SCG": "Serbia and Montenegro",
                 "FRY": "Federal Republic of Yugoslavia", "ANT": "Netherlands Antilles"}
# Segments that make an actor a group whatever its name says.
_ARMED = {"REB", "INS", "SEP", "UAF", "IMG"}
_ORG_KINDS = (  # first matching segment wins
    ("MNC", "company"), ("IGO", "igo"), ("NGO", "ngo"), ("NGM", "movement"), ("IMG", "armed-group"),
    ("REB", "armed-group"), ("INS", "armed-group"), ("SEP", "armed-group"), ("UAF", "armed-group"),
    ("PTY", "party"), ("MIL", "military"), ("COP", "police"), ("SPY", "agency"), ("JUD", "court"),
    ("LEG", "parliament"), ("MED", "media"), ("GOV", "government"),
)

# Head nouns of organisation names, and of titles that name a person.
_ORG_WORDS = frozenset("""
ACADEMY ADMINISTRATION HOUSE INTELLIGENCE MILITARY PALACE RESERVE RIFLES TEAM YARD AGENCY ALLIANCE ARMY ARMIES ASSEMBLY ASSOCIATION AUTHORITY BANK
BATTALION BOARD BRIGADE BRIGADES BUREAU CABINET CENTER CENTRE CHAMBER CHURCH COALITION
COLLEGE COMMAND COMMISSION COMMITTEE COMMUNITY COMPANY CONFERENCE CONFEDERATION CONGRESS
CORP CORPORATION CORPS COUNCIL COURT DEPARTMENT DIRECTORATE DIVISION FACTION FEDERATION
FORCE FORCES FORUM FOUNDATION FRONT FUND GOVERNMENT GROUP GUARD GUARDS INC INITIATIVE
INSTITUTE INSTITUTION LEAGUE LTD MILITIA MINISTRY MISSION MOVEMENT NATIONS NAVY NETWORK OFFICE
ORGANISATION ORGANIZATION PARLIAMENT PARTNERSHIP PARTY POLICE PROGRAM PROGRAMME REGIME SECRETARIAT
SENATE SERVICE SERVICES SOCIETY SYNDICATE TRIBUNAL TRUST UNION UNIVERSITY
BUNDESRAT BUNDESTAG DUMA JIRGA KNESSET MAJLIS RADA SABHA SEJM SHURA
""".split())
_PERSON_WORDS = frozenset("""
AMBASSADOR CHAIRMAN CHAIRWOMAN CHANCELLOR CHIEF COMMANDER DIRECTOR ENVOY GENERAL GOVERNOR
KING LEADER MAYOR MINISTER POPE PREMIER PRESIDENT PRIME PRINCE PRINCESS QUEEN SECRETARY
SECRETARY-GENERAL SHEIKH SPEAKER SPOKESMAN SPOKESWOMAN SULTAN
""".split())
# Titles that open a person's name (COMMANDER_KHATTAB, SHEIKH_AHMED_YASSIN).
_TITLES = _PERSON_WORDS | frozenset("""
ABOU ABU AMIR AYATOLLAH COL COLONEL DR EMIR GEN HAJI IMAM MAJ MAULANA MAULVI MR MRS MS MULLAH SENATOR SIR
""".split())
_PREPOSITIONS = frozenset("OF FOR TO IN ON AT FROM AGAINST WITH".split())
# In Arabic the head noun comes first (وزارة دفاع أميركي: ministry of defence, American).
_AR_ORG_WORDS = frozenset("""
وزارة حزب مجلس حكومة جامعة جيش وكالة شركة محكمة شرطة حركة اتحاد سلطة برلمان صحيفة منظمة
إدارة بنك جهاز قوة هيئة جبهة مخابرات جماعة رئاسة لجنة مؤسسة قيادة سفارة مكتب صندوق تنظيم
جمعية حلف ائتلاف تحالف كتيبة لواء سرايا مركز نقابة مصرف معهد
""".split())
_AR_PERSON_WORDS = frozenset("""
رئيس وزير وزيرة أمير سفير نائب شيخ مسؤول ملك جنرال أمين قائد دكتور جندي متحدث عاهل مستشار
زعيم إمام ناطق ملكة رئيسة سفيرة مدير
""".split())


def _segments(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _iso(segment: str) -> str | None:
    """The ISO 3166-1 alpha-3 code a CAMEO country segment stands for, if any (Kosovo: XKX)."""
    if segment in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[segment]
    return segment if segment in ISO3166_ALPHA3 else None


def _is_place_segment(segment: str) -> bool:
    return _iso(segment) is not None or segment in FORMER_STATES or segment in REGION_SEGMENTS


def is_place_code(code: str) -> bool:
    """Whether a code names a place only: ``AFG``, ``USAASM`` (a territory), ``SUN``, ``IRQOCC``."""
    segments = _segments(code)
    return (len(code) % 3 == 0 and _is_place_segment(segments[0])
            and all(_is_place_segment(s) or s in STATUS_SEGMENTS for s in segments))


def _is_place_like(code: str) -> bool:
    """A place code with segments this module does not know (GBRIMY, PSEGZA), but no role."""
    segments = _segments(code)
    return (len(code) % 3 == 0 and any(_is_place_segment(s) for s in segments)
            and not any(s in ROLE_SEGMENTS for s in segments))


def code_country(code: str) -> str | None:
    """The country a code belongs to: its first segment, or the second after a sector.

    ``AFGGOV`` -> AFG; ``MNCUSA`` and ``NGOGBRCHR`` -> USA, GBR (a company or NGO based
    there); a territory code ``USAASM`` -> ASM, the territory's own ISO code.
    """
    segments = _segments(code)
    if is_place_code(code):
        for segment in reversed(segments):
            if _iso(segment):
                return _iso(segment)
        return None
    if _iso(segments[0]):
        return _iso(segments[0])
    if segments[0] in ("MNC", "NGO", "NGM", "IGO") and len(segments) > 1:
        return _iso(segments[1])
    return None


def describe_code(code: str) -> str:
    """A reading of a CAMEO code for people: ``AFGGOVAGR`` -> ``AFG · government · agriculture``.

    Segments this module does not know are shown as they are.
    """
    if len(code) % 3:
        return code
    parts = []
    for index, segment in enumerate(_segments(code)):
        if index == 0 and segment in FORMER_STATES:  # SUN first is the USSR, later it is Sunni
            parts.append(FORMER_STATES[segment])
        elif _iso(segment):
            parts.append(_iso(segment) or segment)
        else:
            parts.append(ROLE_SEGMENTS.get(segment) or REGION_SEGMENTS.get(segment)
                         or STATUS_SEGMENTS.get(segment) or FORMER_STATES.get(segment) or segment)
    return " · ".join(parts)


# --- reading the file ------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    """One ``[CODE dates]``: ``start`` and ``end`` are ISO dates; ``end`` is the last day covered."""

    code: str
    start: str | None = None
    end: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass
class Entry:
    """A root phrase with its synonyms (``phrases[0]`` is the root) and codes.

    Phrases keep the file's spelling with ``_`` turned into single spaces
    (``HAMID KARZAI``); ``line`` is the root's line.
    """

    phrases: list[str]
    line: int
    codes: list[Code] = field(default_factory=list)
    source: str = ""


@dataclass(frozen=True)
class Note:
    """Something imported without a part, or skipped: ``path:line: problem``."""

    path: str
    line: int | None
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}" if self.line else f"{self.path}: {self.problem}"


@dataclass
class Parsed:
    entries: list[Entry]
    notes: list[Note]
    classes: dict[str, tuple[str, ...]]


_GROUP = re.compile(r"\[([^\[\]]*)\]")
_GROUP_BODY = re.compile(r"\s*(?P<code>[^\s\[\]]+)(?:\s+(?P<dates>.*?))?\s*\Z")
_DATES = re.compile(r"(?P<op>[<>])?\s*(?P<first>\d+)(?:\s*-\s*(?P<second>\d+))?\Z")
_CODE = re.compile(r"[A-Z0-9]{3,}\Z")
_CLASS_LINE = re.compile(r"!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<values>.*)\Z")
_MARKER = re.compile(r"!([A-Za-z0-9_]+)!")
_BAD_IN_PHRASE = re.compile(r"[\]\t|\ufffd]")
SHAPES = "expected PHRASE [CODE], +SYNONYM, a tab-indented [CODE dates], !CLASS! = A, B or a # comment"


def parse_petrarch(text: str, source: str) -> Parsed:
    """Read a PETRARCH actor dictionary; raises ``DictionaryError`` on a line of unknown shape."""
    reader = _Reader(source)
    for number, raw in enumerate(text.split("\n"), start=1):
        reader.line(number, raw)
    return Parsed(reader.entries, reader.notes, reader.classes)


class _Reader:
    def __init__(self, source: str):
        self.source = source
        self.entries: list[Entry] = []
        self.notes: list[Note] = []
        self.classes: dict[str, tuple[str, ...]] = {}
        self.current: Entry | None = None
        self.open_root = False  # the current entry has no codes yet and no gap followed it
        self.in_xml_comment = False

    def fail(self, number: int, problem: str) -> DictionaryError:
        return DictionaryError(self.source, number, problem)

    def note(self, number: int | None, problem: str) -> None:
        self.notes.append(Note(self.source, number, problem))

    def line(self, number: int, raw: str) -> None:
        line = raw.rstrip("\r")
        if self.in_xml_comment:
            self.in_xml_comment = "-->" not in line
            return
        if "\x1a" in line:  # Ctrl-Z, a DOS end-of-file byte, left in two Phoenix names
            self.note(number, "a stray Ctrl-Z (0x1A) byte was removed")
            line = line.replace("\x1a", "")
        stripped = line.strip()
        if stripped.startswith("<!--"):  # PETRARCH also skips XML-style comments
            self.in_xml_comment = "-->" not in stripped
            self.open_root = False
            return
        body = stripped.split("#", 1)[0].rstrip()
        if not body:  # blank, or a comment: ends a run of code-less root lines
            self.open_root = False
            return
        if body.startswith("!"):
            match = _CLASS_LINE.match(body)
            if match:
                self.define_class(number, match["name"], match["values"])
                return
        if "{" in body or "}" in body:
            raise self.fail(number, "braces {...} (an agents-file plural) have no meaning in an actor dictionary")
        if body.startswith("["):
            if self.current is None:
                raise self.fail(number, "a code line before any actor phrase")
            codes, rest = self.groups(number, body)
            if rest:
                raise self.fail(number, f"text after the codes: {rest!r} ({SHAPES})")
            self.current.codes.extend(codes)
            self.open_root = False
        elif body.startswith("+"):
            if self.current is None:
                raise self.fail(number, "a synonym (+) line before any actor phrase")
            phrase = body[1:].strip()
            if "[" in phrase:
                raise self.fail(number, "codes on a synonym (+) line: put them on the root line or on a tab-indented line")
            self.add_phrases(number, phrase, synonym=True)
        else:
            self.root(number, body)

    def root(self, number: int, body: str) -> None:
        cut = body.find("[")
        phrase = body if cut < 0 else body[:cut].strip()
        codes: list[Code] = []
        if cut >= 0:
            codes, rest = self.groups(number, body[cut:])
            if rest:
                # Phoenix.International has company records with revenue figures after the code.
                self.note(number, f"text after the codes was ignored: {rest!r} (a comment starts with '#')")
        if "=" in phrase:
            raise self.fail(number, f"'=' outside a !CLASS! = A, B line ({SHAPES})")
        if self.current is not None and self.open_root and cut < 0:
            # Code-less root lines in a row, codes on the lines below: the file's authors
            # list spellings of one actor this way (IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_).
            self.add_phrases(number, phrase, synonym=True)
        else:
            self.current = Entry([], number, codes, self.source)
            self.entries.append(self.current)
            self.add_phrases(number, phrase, synonym=False)
        # [---] says "no code" on purpose: only a line with no brackets waits for codes.
        self.open_root = cut < 0 and not self.current.codes

    def add_phrases(self, number: int, phrase: str, synonym: bool) -> None:
        assert self.current is not None
        words = phrase.replace("_", " ").split()
        if not any(ch.isalnum() for ch in phrase):
            raise self.fail(number, f"{'a synonym' if synonym else 'an actor phrase'} with no words: {phrase!r} ({SHAPES})")
        text = " ".join(words)
        bad = _BAD_IN_PHRASE.search(text)
        if bad:
            what = "a U+FFFD replacement character" if bad.group() == "\ufffd" else repr(bad.group())
            self.note(number, f"the name {text!r} holds {what} and was left out")
            return
        for expanded in self.expand(number, text):
            if expanded not in self.current.phrases:
                self.current.phrases.append(expanded)

    def expand(self, number: int, text: str) -> list[str]:
        """Substitution classes: ``FOREIGN_!MINIST!`` is one phrase per member of ``!MINIST!``."""
        match = next((m for m in _MARKER.finditer(text) if m.group(1) in self.classes), None)
        if match is None:  # YAHOO! and WATCH_INDONESIA! are names, not markers
            return [text]
        out: list[str] = []
        for value in self.classes[match.group(1)]:
            out.extend(self.expand(number, text[:match.start()] + value + text[match.end():]))
        return out

    def define_class(self, number: int, name: str, values: str) -> None:
        members = tuple(" ".join(v.replace("_", " ").split()) for v in values.split(","))
        if not all(members):
            raise self.fail(number, f"substitution class !{name}! needs a comma-separated list of words")
        self.classes[name] = members

    def groups(self, number: int, text: str) -> tuple[list[Code], str]:
        """The ``[...]`` groups at the start of ``text`` and whatever follows them."""
        codes: list[Code] = []
        pos = 0
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text) or text[pos] != "[":
                break
            match = _GROUP.match(text, pos)
            if not match:
                raise self.fail(number, f"an unclosed or nested '[' in {text[pos:]!r} ({SHAPES})")
            code = self.code(number, match.group(1))
            if code is not None:
                codes.append(code)
            pos = match.end()
        rest = text[pos:].strip()
        if "[" in rest or "]" in rest:
            raise self.fail(number, f"cannot read the codes in {text!r} ({SHAPES})")
        return codes, rest

    def code(self, number: int, body: str) -> Code | None:
        match = _GROUP_BODY.match(body)
        if not match:
            raise self.fail(number, f"an empty code '[{body}]'")
        code, dates = match["code"], match["dates"]
        if "~" in code:
            raise self.fail(number, f"'[{code}]' is an agent code: this looks like a PETRARCH agents "
                                    "dictionary, which holds generic roles (minister, police), not actors")
        if code == "---":  # PETRARCH's "no code"
            return None
        parsed = _DATES.match(dates) if dates else None
        if dates and not parsed:
            raise self.fail(number, f"cannot read the dates {dates!r} in '[{body}]' "
                                    "(expected YYMMDD, >YYMMDD, <YYMMDD or YYMMDD-YYMMDD; or YYYYMMDD)")
        if not _CODE.match(code):
            self.note(number, f"'{code}' is not a CAMEO code (capital letters and digits); the code was left out")
            return None
        if not parsed:
            return Code(code, None, None, number)
        first = self.date(number, parsed["first"])
        second = self.date(number, parsed["second"]) if parsed["second"] else None
        op = parsed["op"]
        if parsed["second"]:
            # [CODE start-end]. PETRARCH's coder tests start <= date < end, but the files'
            # authors write the last day (AFGGOV 050101-050331, TUNGOV 080901-110131) and
            # one-day posts as 040517-040517: the end is kept as written, inclusive.
            start, end = first, second
            if op:
                self.note(number, f"'{op}' before a date range was ignored in '[{body}]'")
        elif op == "<":  # before the date: the day before is the last one covered
            start, end = None, _day_before(first)
        else:  # '>date' (from the date on); a lone date is read the same way
            start, end = first, None
        if start and end and end < start:
            self.note(number, f"'[{body}]' ends before it starts; the end was left out")
            end = None
        return Code(code, start.isoformat() if start else None, end.isoformat() if end else None, number)

    def date(self, number: int, digits: str) -> _dt.date | None:
        """YYMMDD (years 00-30 are 20YY, others 19YY, as in KEDS, TABARI and PETRARCH) or YYYYMMDD."""
        if len(digits) == 6:
            year = int(digits[:2])
            year += 2000 if year <= 30 else 1900
            month, day = int(digits[2:4]), int(digits[4:6])
        elif len(digits) == 8:
            year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
        else:
            self.note(number, f"the date '{digits}' is neither YYMMDD nor YYYYMMDD; it was left out")
            return None
        try:
            return _dt.date(year, month, day)
        except ValueError:
            self.note(number, f"the date '{digits}' is not a real date; it was left out")
            return None


def _day_before(day: _dt.date | None) -> _dt.date | None:
    return day - _dt.timedelta(days=1) if day is not None and day > _dt.date.min else day


def read_petrarch(path: str | os.PathLike[str]) -> Parsed:
    """``parse_petrarch`` on a file (UTF-8; a byte-order mark is accepted)."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise DictionaryError(source, None, f"cannot read: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DictionaryError(source, data.count(b"\n", 0, exc.start) + 1, "not UTF-8 text") from None
    return parse_petrarch(text, source)


# --- from entries to actors --------------------------------------------------------------


@dataclass
class Imported:
    """The result of an import: the actors, what was noted, and counts for a summary."""

    actors: list[Actor]
    notes: list[Note]
    entries: int = 0  # root entries read
    merged: int = 0  # entries folded into an earlier entry with the same root phrase
    skipped: int = 0  # entries with no code or no usable name

    def counts(self) -> dict[str, int]:
        out = {"PER": 0, "ORG": 0, "LOC": 0}
        for actor in self.actors:
            out[actor.type] += 1
        return out


def classify(entry: Entry) -> str:
    """PER, ORG or LOC for an entry, from its codes and its root phrase.

    1. Every code a place (``[AFG]``, ``[USAASM]``, ``[SUN]``, ``[IRQOCC]``) -> LOC.
    2. The root's head noun (in English the last word before the first preposition,
       in Arabic the first word) is an organisation word (PARTY, MINISTRY, FORCES;
       وزارة، حزب ...) -> ORG.
    3. A company code (MNC) -> ORG.
    4. The head noun is a title (PRESIDENT, MINISTER, AMBASSADOR ...), or the root
       starts with one or with a kunya (SHEIKH_AHMED_YASSIN, COMMANDER_KHATTAB, ABU_SALEM) -> PER.
    5. Every code a place with segments not in the tables, and no role (``[GBRIMY]``) -> LOC.
    6. Any dated code -> PER: dictionaries date the posts people hold.
    7. An armed-group, NGO or movement code (REB, IMG, NGO ...), or an organisation
       word anywhere in the root -> ORG.
    8. A root of two or more words with no organisation word -> PER; otherwise ORG
       (single words are mostly acronyms: UNICEF, HAMAS).
    """
    codes = [c.code for c in entry.codes]
    if codes and all(is_place_code(code) for code in codes):
        return "LOC"
    words = [w.strip("().,'\"").upper() for w in entry.phrases[0].split()]
    words = [w for w in words if w] or [""]
    if any("\u0600" <= ch <= "\u06ff" for ch in entry.phrases[0]):
        head, org_words, person_words, titled = words[0], _AR_ORG_WORDS, _AR_PERSON_WORDS, False
    else:
        head_words: list[str] = []
        for word in words:
            if word in _PREPOSITIONS and head_words:
                break
            head_words.append(word)
        head, org_words, person_words = head_words[-1], _ORG_WORDS, _PERSON_WORDS
        titled = head_words[-2:] == ["SECRETARY", "GENERAL"] or words[0] in _TITLES
    if head in org_words:
        return "ORG"
    segments = {s for code in codes for s in _segments(code)}
    if "MNC" in segments:
        return "ORG"
    if head in person_words or titled:
        return "PER"
    if codes and all(_is_place_like(code) for code in codes):
        return "LOC"
    if any(c.start or c.end for c in entry.codes):
        return "PER"
    if segments & (_ARMED | {"NGO", "NGM"}) or any(w in org_words for w in words):
        return "ORG"
    return "PER" if len(words) >= 2 else "ORG"


def _kind(entry: Entry, type_: str) -> str | None:
    """A subtype for organisations, from the code sectors; places get none (see the docs)."""
    if type_ != "ORG":
        return None
    segments = [s for c in entry.codes for s in _segments(c.code)]
    for segment, kind in _ORG_KINDS:
        if segment in segments:
            return kind
    return None


def _country(entry: Entry) -> str | None:
    for code in entry.codes:
        country = code_country(code.code)
        if country:
            return country
    return None


_SMALL_WORDS = frozenset("of the and for in on to at by de du des la le del da van von der den y et a an".split())
_ACRONYMS = frozenset("""
UN UNO US USA UK EU NATO OPEC IAEA ICJ ICC IMF WTO UNICEF UNESCO UNHCR UNDP UNEP UNRWA UNIFIL
MONUC AU OAS OIC ASEAN ECOWAS SADC GCC PLO IRA ETA FARC ELN PKK LTTE ISI CIA FBI KGB FSB NSA
BBC CNN AFP TV NGO IGO ISIS ISIL AQAP AQIM SPLM SPLA ANC MDC PPP PML KMT LDP CPC RAF
""".split())
# Abbreviations without a vowel that are not acronyms: MR, DR, ST (Saint).
_ABBREVIATIONS = frozenset("MR MRS MS DR ST JR SR MT FT LT SGT CPL".split())
_ROMAN = re.compile(r"(?=[IVX]+\Z)X{0,3}(IX|IV|V?I{0,3})\Z")
_INITIALS = re.compile(r"([A-Z]\.)+\Z")


def display_name(phrase: str) -> str:
    """A PETRARCH phrase in title case: ``AL-QA'IDA_IN_IRAQ`` -> ``Al-Qa'ida in Iraq``.

    Words with no vowel (ANSF), acronyms bayan knows (NATO), initials (U.N.), roman
    numerals after the first word (Elizabeth II) and words in parentheses keep their
    capitals. Text in other scripts is left as it is.
    """
    out = []
    for index, word in enumerate(phrase.split()):
        out.append(_title_word(word, first=index == 0))
    return " ".join(out)


@functools.lru_cache(maxsize=65536)
def _title_word(word: str, first: bool) -> str:
    if not any("A" <= ch <= "Z" for ch in word):  # lower case already, or not Latin
        return word
    bare = word.strip("(),.;:\"'")
    letters = [ch for ch in bare if ch.isalpha()]
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    if (word.startswith("(") and word.endswith(")")) or bare in _ACRONYMS or _INITIALS.match(word) \
            or (not first and bare and _ROMAN.match(bare)) \
            or (letters and len(letters) <= 5 and not any(ch in "AEIOUY" for ch in letters)
                and bare not in _ABBREVIATIONS):
        return word
    parts = re.split(r"([-/])", word.lower())
    return "".join(_capitalize(part) for part in parts)


def _capitalize(part: str) -> str:
    for index, ch in enumerate(part):
        if ch.isalpha():
            head = part[:index] + ch.upper() + part[index + 1:]
            # O'NEILL -> O'Neill, D'ESTAING -> D'Estaing; QA'IDA stays Qa'ida
            if len(head) > index + 2 and head[index + 1] == "'" and head[index + 2].isalpha():
                head = head[:index + 2] + head[index + 2].upper() + head[index + 3:]
            return head
    return part


def _slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
    if len(text) > 60:
        text = text[:60].rsplit("-", 1)[0]
    return text


def entries_to_actors(entries: Iterable[Entry], lang: str = "en", id_prefix: str | None = None,
                      notes: list[Note] | None = None) -> Imported:
    """Actors from parsed entries; entries with the same root phrase are merged first.

    Merging follows PETRARCH, which files every entry under its phrase and so adds up
    the codes of a phrase listed twice (Phoenix.International lists many twice).
    """
    if lang not in LANGS:
        raise BayanError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    prefix = DEFAULT_ID_PREFIX[lang] if id_prefix is None else id_prefix
    if prefix and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", prefix):
        raise BayanError(f"the id prefix {prefix!r} must be lowercase ASCII letters, digits and '-'")
    notes = [] if notes is None else notes
    merged: dict[str, Entry] = {}
    result = Imported([], notes)
    for entry in entries:
        result.entries += 1
        if not entry.phrases:
            result.skipped += 1
            continue  # its only name was unusable, and noted
        key = entry.phrases[0].casefold()
        earlier = merged.get(key)
        if earlier is None:
            merged[key] = Entry(list(entry.phrases), entry.line, list(entry.codes), entry.source)
            continue
        result.merged += 1
        earlier.phrases.extend(p for p in entry.phrases if p not in earlier.phrases)
        earlier.codes.extend(c for c in entry.codes if c not in earlier.codes)

    used: set[str] = set()
    for entry in merged.values():
        if not entry.codes:
            result.skipped += 1
            notes.append(Note(entry.source, entry.line, f"{entry.phrases[0]!r} has no code and was left out"))
            continue
        actor = _actor(entry, lang, prefix, used)
        result.actors.append(actor)
    return result


def _actor(entry: Entry, lang: str, prefix: str, used: set[str]) -> Actor:
    type_ = classify(entry)
    if lang == "en":
        spellings = list(dict.fromkeys(display_name(p) for p in entry.phrases))
    else:
        spellings = list(entry.phrases)
    name = spellings[0]
    base = prefix + (_slug(name) or f"line-{entry.line}")
    actor_id, number = base, 1
    while actor_id in used:
        number += 1
        actor_id = f"{base}-{number}"
    used.add(actor_id)
    roles: list[Role] = []
    for code in entry.codes:
        if type_ == "LOC" and not (code.start or code.end):
            continue  # a place's own code is its country, not a post it holds
        role = Role(code.code, code.start, code.end)
        if role not in roles:
            roles.append(role)
    return Actor(id=actor_id, type=type_, name=name, names={lang: tuple(spellings)},
                 country=_country(entry), kind=_kind(entry, type_), roles=tuple(roles),
                 source=entry.source, line=entry.line)


def import_petrarch(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], lang: str = "en",
                    id_prefix: str | None = None) -> Imported:
    """Read one or more PETRARCH actor files (as PETRARCH does: one dictionary) into actors."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    entries: list[Entry] = []
    notes: list[Note] = []
    for path in paths:
        parsed = read_petrarch(path)
        entries.extend(parsed.entries)
        notes.extend(parsed.notes)
    return entries_to_actors(entries, lang=lang, id_prefix=id_prefix, notes=notes)
