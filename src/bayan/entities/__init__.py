"""Entity recognition: people, organisations and places, linked to actors where known.

Three recognizers, each covering what the one before misses:

1. the actor dictionary (``dictionary.py``), which also links the mention to its actor;
2. titles that announce a name the dictionary lacks (``titles.py``);
3. short forms of names introduced earlier in the article (``coref.py``).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from functools import cached_property, lru_cache

from bayan.actors import ActorStore
from bayan.article import ActorRef, Article, Entity
from bayan.entities.acronyms import acronym_table, bracketed_acronyms
from bayan.entities.datelines import DatelineRules, credited_outlet, dateline_credits, dateline_rules, outlet_short_names
from bayan.entities.coref import body_short_forms, find_short_forms, short_forms
from bayan.entities.dictionary import DictionaryMatcher
from bayan.entities.linking import DEFAULT_THRESHOLD, CrossScriptLinker
from bayan.entities.ordinary import name_spelled_keys, ordinary_word, trim_span
from bayan.entities.organisations import find_organisations, find_quoted_organisations, org_rules, place_rules, suffix_after
from bayan.entities.tagger import has_model, tag_spans
from bayan.entities.titles import find_given_names, find_names_before_titles, find_titled_names, name_rules
from bayan.lang import data_module, word_list
from bayan.phrases import words
from bayan.script import fold, fold_text
from bayan.segment import token_keys

ARABIC_SCRIPT_LANGS = ("ur", "fa", "ar")
# Languages whose names are found from a known given name with no title before it.
GIVEN_NAME_LANGS = ("ur", "ar")


class EntityRecognizer:
    """Pipeline component. Resources load on first use, once per instance."""

    def __init__(
        self,
        actor_files: Sequence[str | os.PathLike[str]] = (),
        use_tagger: bool = True,
        link_threshold: float = DEFAULT_THRESHOLD,
    ):
        self.actor_files = tuple(actor_files)
        self.use_tagger = use_tagger
        self.link_threshold = link_threshold
        self._outlets: dict[str, dict[str, tuple[str, str]]] = {}

    @cached_property
    def store(self) -> ActorStore:
        return ActorStore.with_user_files(self.actor_files)

    @cached_property
    def matcher(self) -> DictionaryMatcher:
        return DictionaryMatcher(self.store)

    @cached_property
    def linker(self) -> CrossScriptLinker:
        return CrossScriptLinker(self.store, self.link_threshold)

    def outlets(self, lang: str, rules: DatelineRules) -> dict[str, tuple[str, str]]:
        """Outlets by the short names a dateline credits them with, in ``lang``."""
        if lang not in self._outlets:
            media = ((a.id, a.name, a.names.get(lang, ())) for a in self.store if a.kind == "media")
            self._outlets[lang] = outlet_short_names(media, rules.outlet_affixes)
        return self._outlets[lang]

    def __call__(self, article: Article) -> Article:
        lang = article.language if article.language in ARABIC_SCRIPT_LANGS else "ur"
        tokens = article.tokens or []
        found = _Found(article.text, tokens, self.linker)
        starts = [t.start for t in tokens]

        folded = article.folded if article.folded is not None else fold_text(article.text)
        keys = article.token_keys if article.token_keys is not None else token_keys(tokens, folded)
        # (The language's own lists: وین is a van in Urdu and Vienna in Persian.)
        ordinary = word_list(lang, "common_words") | _everyday_words_of(lang)
        proclitics = tuple(data_module(lang, "clitics").PROCLITICS)
        honorifics = name_rules(lang).honorifics
        given = name_rules(lang).given_names
        times = _time_tokens(keys, lang)
        surnames: set[int] = set()  # tokens taken as a surname of a longer name
        for match in self.matcher.find(folded, lang, proclitics):
            start, end = folded.span_to_original(match.start, match.end)
            # The token holding the start: a match may follow a joined proclitic (بالقاهرة).
            first = bisect.bisect_right(starts, start) - 1
            if first < 0:
                continue
            actor = match.actor
            last = bisect.bisect_left(starts, end)
            if last - first == 1 and tokens[first].start == start and keys[first] in ordinary:
                continue  # مالی "financial", شام "evening": everyday words are not read as places
            if actor.type == "PER" and last - first == 1 and keys[first] in given:
                continue  # سيف alone is anyone's given name, not the one person it is an alias of
            if any(t in times for t in range(first, last)):
                continue  # گزشتہ شام "yesterday evening", not Syria
            if actor.type == "LOC" and last - first == 1 and honorifics.match_ending_at(keys, first):
                continue  # الدكتورة هند: a given name after a courtesy title, not India
            if first in surnames:
                continue  # مہمند in "گلزار احمد مہمند نے": a surname, not the district
            if actor.type == "LOC" and last - first == 1 and first > 0 and keys[first - 1] in given and lang in GIVEN_NAME_LANGS:
                continue  # "عبدالغفار مری", "شاہ محمود ریاض": after a given name, a surname
            if actor.type == "PER":
                extended = _with_lineage(tokens, keys, last, lang)
                if extended > last:
                    last, end = extended, tokens[extended - 1].end
                elif _surname_follows(tokens, keys, last, lang, ordinary):
                    # Someone else's longer name: the known person is not the one meant.
                    surnames.add(last)
                    found.add(first, last + 1, "PER", None, "dictionary", ("unlinked", " ".join(keys[first : last + 1])))
                    continue
            found.add(first, last, actor.type, ActorRef(actor.id, actor.name), "dictionary", actor.id, (start, end))

        credit_rules = dateline_rules(data_module(lang, "organisations"))
        if credit_rules is not None:
            # Before the titles: the correspondent in "(نمائندہ مہران)" is no one's name.
            places = {stop: start for start, (stop, kind) in found.entity_at.items() if kind == "LOC"}
            for first, end in dateline_credits(article.text, tokens, keys, places, credit_rules):
                if any(t in found.taken for t in range(first, end)):
                    continue  # "(دنیا نیوز)", "(اے پی پی)": the dictionary knows the outlet
                outlet = credited_outlet(keys, first, end, self.outlets(lang, credit_rules), credit_rules.outlet_affixes)
                actor = ActorRef(*outlet) if outlet else None
                found.add(first, end, "ORG", actor, "dateline", outlet[0] if outlet else ("unlinked", " ".join(keys[first:end])), link=False)

        rules = name_rules(lang)
        common = _common_words()
        # Name rules read علي (Ali) apart from على (on); the dictionary above matched on the
        # folded text, where they are one.
        keys = name_spelled_keys(tokens, keys, lang, _maksura_words(lang))
        # A speech verb with its conjunction (وحذر، وأضاف) opens a clause, never a name.
        verbs = rules.stops | _speech_verbs(lang)
        everyday = ordinary_word(common, lang, verbs)

        def is_ordinary(key: str) -> bool:
            return key not in rules.given_names and everyday(key)

        is_verb = ordinary_word(frozenset(), lang, verbs)
        for first, end, _title in find_titled_names(tokens, keys, rules, found.entity_at, is_ordinary):
            while end - first > 1 and _calendar_words((keys[end - 1],), lang):
                end -= 1  # "الوزير جمال سالم الأربعاء": the day the words were said
            if _calendar_words((keys[first],), lang) and not (end - first > 1 and keys[first] in rules.time_word_names):
                continue  # "وزیراعظم جمعرات کو ...": the day after the title, not a name (but اللواء صباح النعمان)
            found.add(first, end, "PER", None, "title", ("unlinked", " ".join(keys[first:end])))
        shape_heads = org_rules(lang).heads | place_rules(lang).heads
        for first, end in find_names_before_titles(tokens, keys, rules, found.taken, is_ordinary):
            if _shape_head(keys[first], shape_heads):
                continue  # "بقصر البركة العامر وزير الخارجية": a palace, then whom it received
            found.add(first, end, "PER", None, "title", ("unlinked", " ".join(keys[first:end])))
        for shape_rules, type_ in ((org_rules(lang), "ORG"), (place_rules(lang), "LOC")):
            for first, end in find_organisations(tokens, keys, shape_rules, rules, found.entity_at, common.__contains__):
                kind = type_
                if type_ == "LOC" and (suffix := suffix_after(keys, end, org_rules(lang))):
                    end, kind = end + suffix, "ORG"  # "نیشنل ہائی وے اتھارٹی": the body the road names
                if found.covers_person(first, end) or found.covers_type(first, end, "ORG"):
                    continue
                if kind == "LOC" and found.entity_at.get(first) == (end, "LOC"):
                    continue  # "ضلع باغ" known whole: the dictionary's link stands
                # "ضلع سوات", "استان فارس": the district or province is the place named after it.
                named = found.actor_spanning(first + 1, end) if kind == "LOC" and keys[first] in shape_rules.heads else None
                found.replace_inside(first, end)
                found.add(first, end, kind, named, "shape", named.id if named else ("unlinked", " ".join(keys[first:end])))

        places = {t for start, (stop, kind) in found.entity_at.items() if kind == "LOC" for t in range(start, stop)}
        for first, end in find_quoted_organisations(tokens, keys, org_rules(lang), found.taken, places):
            found.replace_inside(first, end)
            found.add(first, end, "ORG", None, "shape", ("unlinked", " ".join(keys[first:end])))

        # After the shapes: "مطار حمد الدولي" is an airport before حمد can anchor a name.
        if lang in GIVEN_NAME_LANGS:
            # Arabic given names are often words too (سعيد، كريم، أمين): those anchor nothing.
            word_too = everyday if lang == "ar" else (lambda key: False)
            for first, end in find_given_names(tokens, keys, rules, found.taken, is_ordinary, word_too):
                found.add(first, end, "PER", None, "given name", ("unlinked", " ".join(keys[first:end])))

        if self.use_tagger:
            for first, end, type_ in _tagged(article, keys, lang):
                # Urdu and Persian names are often everyday words (ارشد، سردار): only the
                # hand-written list of words that never name anyone trims their edges.
                edge_word = is_ordinary if lang == "ar" else _everyday_words().__contains__
                first, end = trim_span(keys, first, end, type_, lang, edge_word, rules.title_words, is_verb, _everyday_words())
                if first >= end:
                    continue
                if type_ == "PER" and all(k in rules.title_words or k in rules.office_words for k in keys[first:end]):
                    continue  # رهبر انقلاب، حجت‌الاسلام والمسلمین: a title, resolved to its holder later
                if rules.titles.match_at(keys, first) == end - first:
                    continue  # "ڈی پی او" taken for a body: a title whole, resolved to its holder later
                if _calendar_words(tuple(keys[first:end]), lang):
                    continue  # جمعرات (Thursday), ستمبر: days and months are no one
                if type_ == "LOC" and end - first < 2:
                    continue  # the dictionary knows the places; the tagger's lone ones are mostly noise
                if not any(t in found.taken for t in range(first, end)) and not all(k in common for k in keys[first:end]):
                    found.add(first, end, type_, None, "tagger", ("unlinked", " ".join(keys[first:end])))

        # "(سی زیڈ آر بی سی)" after a body's name: its short form here, and wherever it recurs.
        acronyms = bracketed_acronyms(tokens, keys, found.bodies, found.taken, org_rules(lang).acronym_letters)
        for first, end, referent in acronyms:
            antecedent = found.mention_of.get(referent)
            found.add(first, end, "ORG", antecedent.actor if antecedent else None, "acronym", referent, link=False)
        _add_short_forms(found, article.text, tokens, keys, acronym_table(acronyms, keys), "ORG")

        people = short_forms(found.people, keys, rules.stops | rules.title_words | rules.prefixes)
        _add_short_forms(found, article.text, tokens, keys, people, "PER")
        # "کسان اتحاد" after "پاکستان کسان اتحاد": the same body, named without its country.
        orgs = org_rules(lang)
        generic = orgs.heads | orgs.suffixes | orgs.suffix_tails | rules.stops
        _add_short_forms(found, article.text, tokens, keys, body_short_forms(found.bodies, keys, generic), "ORG")

        entities = sorted(found.entities, key=lambda e: (e.start, -e.end))
        article.entities = _surnames_joined(entities, article.text) if lang in GIVEN_NAME_LANGS else entities
        return article


def _add_short_forms(found: _Found, text: str, tokens: list, keys: list[str], table, type_: str) -> None:
    """Add the later short mentions of names in ``table`` as ``type_`` entities of the
    referent of the full mention."""
    for first, end, referent in find_short_forms(tokens, keys, table, found.taken):
        antecedent = found.mention_of.get(referent)
        start, stop = tokens[first].start, tokens[end - 1].end
        found.entities.append(
            Entity(
                start, stop, text[start:stop], type_,
                antecedent.actor if antecedent else None, "coref",
                referent=antecedent.text if antecedent else None,
            )
        )
        if type_ != "PER":
            found.taken.update(range(first, end))


def _surnames_joined(entities: list[Entity], text: str) -> list[Entity]:
    """A one-word place the dictionary found right after an unlinked person's name is that
    person's surname: "عبدالغفار | مری" (Marri, not Murree), "گلزار احمد | مہمند"."""
    out: list[Entity] = []
    for e in entities:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.type == "PER" and prev.actor is None and e.type == "LOC"
            and e.source == "dictionary" and " " not in e.text and text[prev.end : e.start] == " "
        ):
            out[-1] = Entity(prev.start, e.end, text[prev.start : e.end], "PER", None, prev.source, prev.referent)
            continue
        out.append(e)
    return out


def _shape_head(key: str, heads: frozenset[str]) -> bool:
    """Whether a word is an organisation or place head, perhaps with a joined preposition
    (بقصر، لوزارة, وفي مطار is two words)."""
    return key in heads or (len(key) > 3 and key[0] in "بلو" and key[1:] in heads)


def _tagged(article: Article, keys: list[str], lang: str) -> list[tuple[int, int, str]]:
    """The statistical tagger's spans, sentence by sentence (its unit of training)."""
    if not has_model(lang):
        return []
    starts = [t.start for t in article.tokens or []]
    spans = []
    for s, e in article.sentences or []:
        first, end = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        spans.extend((first + a, first + b, kind) for a, b, kind in tag_spans(keys[first:end], lang))
    return spans


MAX_LINEAGE_LINKS = 4


def _with_lineage(tokens: list, keys: list[str], end: int, lang: str) -> int:
    """Where a known person's name ends once the lineage written after it is included:
    "الأمير محمد بن سلمان | بن عبدالعزيز آل سعود" is one name (ابن، بنت، آل and a name)."""
    links = _lineage_links(lang)
    stops = name_rules(lang).stops
    links_taken = 0
    while (
        links_taken < MAX_LINEAGE_LINKS and end + 1 < len(keys) and keys[end] in links
        and tokens[end + 1].kind == "word" and keys[end + 1] not in stops
    ):
        end += 2
        links_taken += 1
    return end


def _surname_follows(tokens: list, keys: list[str], end: int, lang: str, ordinary: frozenset[str]) -> bool:
    """Whether the word after a known name is one more part of a longer name: a name word
    right before the agent marker (نے), where nothing but a name can stand."""
    rules = name_rules(lang)
    if not rules.surname_before or end + 1 >= len(keys) or keys[end + 1] not in rules.surname_before:
        return False
    key = keys[end]
    return (
        tokens[end].kind == "word" and key not in ordinary and key not in rules.stops
        and key not in rules.title_words and key not in rules.office_words and not rules.honorifics.match_at(keys, end)
    )


@lru_cache(maxsize=None)
def _lineage_links(lang: str) -> frozenset[str]:
    return frozenset(w for e in getattr(data_module(lang, "names"), "LINEAGE_LINKS", ()) for w in words(e))


def _time_tokens(keys: list[str], lang: str) -> set[int]:
    """Tokens of relative-day phrases and of the words that place a weekday (آج شام،
    گزشتہ شام، اتوار کی شام): a time of day there is no place of the same spelling."""
    from bayan.dates import date_rules

    rules = date_rules(lang)
    found: set[int] = set()
    for phrases in (rules.relative_phrases, rules.weekday_context):
        for t in phrases.starts_in(keys):
            length = phrases.match_at(keys, t)
            found.update(range(t, t + length))
    found.update(_daytime_tokens(keys, lang))
    return found


def _daytime_tokens(keys: list[str], lang: str) -> list[int]:
    """Tokens of a time of day spelled like a place (شام: evening, Syria) that a word of time
    next to them makes the time: "شام کو", "شام چار بجے", "صبح شام"."""
    homographs, after, before = _daytime_words(lang)
    return [
        i for i, key in enumerate(keys)
        if key in homographs and ((i + 1 < len(keys) and (keys[i + 1] in after or keys[i + 1].isdigit())) or (i > 0 and keys[i - 1] in before))
    ]


@lru_cache(maxsize=None)
def _daytime_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = data_module(lang, "dates")
    return tuple(frozenset(w for e in getattr(data, name, ()) for w in words(e)) for name in ("DAYTIME_HOMOGRAPHS", "DAYTIME_AFTER", "DAYTIME_BEFORE"))


def _calendar_words(keys: tuple[str, ...], lang: str) -> bool:
    """Whether the words are a weekday, a month name (in any calendar) or a time of day."""
    from bayan.dates import date_rules

    rules = date_rules(lang)
    # A time of day on its own (شامگاه، evening) is no one either.
    return keys in rules.weekdays or keys in rules.months or (len(keys) == 1 and keys in rules.weekday_context.phrases)


@lru_cache(maxsize=None)
def _maksura_words(lang: str) -> frozenset[str]:
    """Folded keys of the function words written with final ى (على، إلى، لدى)."""
    stops = data_module(lang, "names").NAME_STOPS
    return frozenset(fold(w) for w in stops if w.endswith("ى"))


@lru_cache(maxsize=None)
def _speech_verbs(lang: str) -> frozenset[str]:
    from bayan.quotes.rules import quote_rules

    return frozenset(w for phrase in quote_rules(lang).verbs.phrases for w in phrase if len(phrase) == 1)


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """The hand-written lists of all three languages."""
    return frozenset().union(*(_everyday_words_of(lang) for lang in ("ur", "fa", "ar")))


@lru_cache(maxsize=None)
def _everyday_words_of(lang: str) -> frozenset[str]:
    """One language's hand-written list, folded as token keys spell words: a word joined by
    ZWNJ (حمل‌ونقل) is one key, with no space."""
    return frozenset(fold(w).replace(" ", "") for w in word_list(lang, "everyday_words"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    # Ordinary words of any Arabic-script language: the Persian list (from tweets) is thin,
    # and a word common in Urdu or Arabic news is rarely a Persian given name.
    found = word_list("ur", "common_words") | word_list("fa", "common_words") | word_list("ar", "common_words")
    return found | _everyday_words()


class _Found:
    """Entities found so far in one article, and the token bookkeeping the recognizers share."""

    def __init__(self, text: str, tokens: list, linker: CrossScriptLinker | None = None):
        self.text = text
        self.tokens = tokens
        self.linker = linker
        self.entities: list[Entity] = []
        self.entity_at: dict[int, tuple[int, str]] = {}  # first token -> (end token, type)
        # For lookups that stay local (a scan of every entity per candidate was quadratic):
        self._starting: dict[int, list[Entity]] = {}  # first token -> entities added there
        self._dropped: set[int] = set()  # ids of entities replaced, not yet removed from the list
        self._longest = 0  # the most tokens any entity in entity_at spans
        self.taken: set[int] = set()
        self.people: list[tuple[int, int, object]] = []  # (first, end, referent)
        self.bodies: list[tuple[int, int, object]] = []  # the same, for organisations
        self.mention_of: dict[object, Entity] = {}  # referent -> its first full mention

    def covers_person(self, first: int, end: int) -> bool:
        return self.covers_type(first, end, "PER")

    @property
    def entities(self) -> list[Entity]:
        if self._dropped:
            self._entities = [e for e in self._entities if id(e) not in self._dropped]
            self._dropped = set()
        return self._entities

    @entities.setter
    def entities(self, value: list[Entity]) -> None:
        self._entities = value
        self._dropped = set()

    def actor_spanning(self, first: int, end: int) -> ActorRef | None:
        """The actor of the place found exactly over tokens ``[first, end)``, if linked."""
        if self.entity_at.get(first) != (end, "LOC"):
            return None
        stop = self.tokens[end - 1].end
        return next((e.actor for e in self._starting.get(first, ()) if e.end == stop and e.actor is not None), None)

    def covers_type(self, first: int, end: int, type_: str) -> bool:
        """Whether an entity of ``type_`` in ``entity_at`` overlaps tokens ``[first, end)``."""
        for start in range(max(0, first - self._longest + 1), end):
            found = self.entity_at.get(start)
            if found is not None and found[1] == type_ and first < found[0]:
                return True
        return False

    def replace_inside(self, first: int, end: int) -> None:
        """Drop the entities a longer name swallows (the place in حکومت پنجاب)."""
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        # An entity inside the characters starts in one of the tokens (its first token).
        for token in range(first, end):
            kept = []
            for e in self._starting.get(token, ()):
                if start <= e.start and e.end <= stop:
                    self._dropped.add(id(e))
                else:
                    kept.append(e)
            if token in self._starting:
                self._starting[token] = kept
            self.entity_at.pop(token, None)

    def add(
        self,
        first: int,
        end: int,
        type_: str,
        actor: ActorRef | None,
        source: str,
        referent: object,
        chars: tuple[int, int] | None = None,
        link: bool = True,
    ) -> None:
        start, stop = chars if chars is not None else (self.tokens[first].start, self.tokens[end - 1].end)
        if actor is None and link and self.linker is not None and type_ in ("PER", "ORG"):
            # A name the dictionary missed may be an actor it knows in another script.
            actor = self.linker.link(self.text[start:stop], type_)
            if actor is not None:
                referent = actor.id
        entity = Entity(start, stop, self.text[start:stop], type_, actor, source)
        self.entities.append(entity)
        self.entity_at[first] = (end, type_)
        self._starting.setdefault(first, []).append(entity)
        self._longest = max(self._longest, end - first)
        self.taken.update(range(first, end))
        if type_ == "PER":
            self.people.append((first, end, referent))
            self.mention_of.setdefault(referent, entity)
        elif type_ == "ORG":
            self.bodies.append((first, end, referent))
            self.mention_of.setdefault(referent, entity)
