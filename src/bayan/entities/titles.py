"""Names the dictionary lacks, found by the title that announces them.

News introduces a person by office: وزیر اعظم شہباز شریف، رئیس‌جمهور مسعود پزشکیان،
وزير الخارجية فيصل بن فرحان. After a title come optional words naming the office
(وزیر *توانائی*، وزیر اعلیٰ *پنجاب*), then the name, which ends at the first
postposition, conjunction, verb or punctuation mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bayan.article import Token
from bayan.lang import data_module, word_list
from bayan.phrases import PhraseSet, words
from bayan.script import fold

MAX_OFFICE_WORDS = 5
MAX_NAME_TOKENS = 6  # محمد بن زايد آل نهيان


@dataclass(frozen=True)
class NameRules:
    titles: PhraseSet
    prefixes: frozenset[str]
    office_words: frozenset[str]
    stops: frozenset[str]
    office_prefixes: tuple[str, ...] = ()
    stop_at_common_word: bool = False
    honorifics: PhraseSet = PhraseSet(())
    office_links: frozenset[str] = frozenset()  # في of وزير الإعلام في الحكومة اليمنية
    place_links: frozenset[str] = frozenset()  # عن of النائب عن محافظة الأنبار (a named place only)
    given_names: frozenset[str] = frozenset()  # سالم، سحر: names, though everyday words too
    time_word_names: frozenset[str] = frozenset()  # صباح: a name, and a time that ends names
    apposition_after_comma: str = "never"  # "always" | "unless a name follows" | "never"
    place_titles: PhraseSet = PhraseSet(())  # استاندار: the word after it is the office's place
    # آرمی چیف -> the other titles of the same office (چیف آف آرمی اسٹاف)
    equivalents: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # نے: a known name, one more name word, then this marker is someone else's longer name
    surname_before: frozenset[str] = frozenset()
    # برائے: the office's portfolio follows, in everyday words, before the holder's name
    portfolio_links: frozenset[str] = frozenset()
    # The hand-written everyday words that are never part of a name (عدالت, کیس): where
    # ordinary words do not end a name (Urdu surnames are often words), these still do.
    never_name_parts: frozenset[str] = frozenset()

    def is_conjoined(self, key: str, is_common_word) -> bool:
        """Arabic: و joined to an ordinary word, a title or an office (وتمنى، والرئيس) is a
        conjunction, not the start of a name like وليد."""
        if not self.office_prefixes or len(key) < 3 or key[0] != "و":
            return False
        rest = key[1:]
        return (
            is_common_word(rest)
            or rest in self.title_words
            or rest in self.stops
            or rest.startswith(self.office_prefixes)
        )

    def is_office_word(self, key: str) -> bool:
        """A word that names an office after a title, not a person."""
        if key in self.office_words or (bool(self.office_prefixes) and key.startswith(self.office_prefixes)):
            return True
        # "وزير الدولة بوزارة الخارجية": an office word with a joined preposition.
        return bool(self.office_prefixes) and len(key) > 3 and key[0] in "بل" and key[1:] in self.office_words

    def is_prefixed_title(self, key: str) -> bool:
        """Arabic: a title with a joined preposition ("التقى بمعالي ..."), which a name
        written before a later title does not reach back across."""
        return bool(self.office_prefixes) and len(key) > 3 and key[0] in "بل" and key[1:] in self.title_words

    @property
    def title_words(self) -> frozenset[str]:
        return self.titles.words


def _single_words(entries) -> frozenset[str]:
    return frozenset(w for p in entries for w in words(p))


@lru_cache(maxsize=None)
def name_rules(lang: str) -> NameRules:
    data = data_module(lang, "names")
    organisations = data_module(lang, "organisations")
    return NameRules(
        titles=PhraseSet(data.PERSON_TITLES),
        prefixes=_single_words(data.NAME_PREFIXES),
        # An organisation after a title is the office (رئیس دانشگاه شیراز), never a name.
        office_words=_single_words(data.OFFICE_WORDS) | _single_words(organisations.ORG_HEADS),
        stops=_single_words(data.NAME_STOPS),
        office_prefixes=tuple(words(p)[0] for p in data.OFFICE_PREFIXES),
        stop_at_common_word=data.STOP_NAME_AT_COMMON_WORD,
        honorifics=PhraseSet(getattr(data, "HONORIFICS", ())),
        office_links=_single_words(getattr(data, "OFFICE_LINKS", ())),
        place_links=_single_words(getattr(data, "PLACE_LINKS", ())),
        given_names=_single_words(getattr(data, "GIVEN_NAMES", ())),
        time_word_names=_single_words(getattr(data, "TIME_WORD_NAMES", ())),
        apposition_after_comma=getattr(data, "APPOSITION_AFTER_COMMA", "never"),
        place_titles=PhraseSet(getattr(data, "PLACE_TITLES", ())),
        equivalents=_equivalents(getattr(data, "TITLE_EQUIVALENTS", ())),
        surname_before=_single_words(getattr(data, "SURNAME_BEFORE", ())),
        portfolio_links=_single_words(getattr(data, "PORTFOLIO_LINKS", ())),
        never_name_parts=frozenset(fold(w) for w in word_list(lang, "everyday_words")),
    )


def _equivalents(groups) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    table: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for group in groups:
        spelled = [words(title) for title in group]
        for title in spelled:
            table[title] = tuple(other for other in spelled if other != title)
    return table


PORTFOLIO_REACH = 8  # words of a portfolio ("برائے سمندر پار پاکستانی و ترقی انسانی وسائل")


def _name_start_after(keys: list[str], j: int, n: int, rules: NameRules, entity_at) -> int | None:
    """Where a name opens after a portfolio's words: the first name prefix, given name or
    known person within reach, before any stop word."""
    for k in range(j, min(n, j + PORTFOLIO_REACH)):
        if keys[k] in rules.stops:
            return None
        if keys[k] in rules.prefixes or keys[k] in rules.given_names or (k in entity_at and entity_at[k][1] == "PER"):
            return k
    return None


def find_titled_names(
    tokens: list[Token],
    keys: list[str],
    rules: NameRules,
    entity_at: dict[int, tuple[int, str]],
    is_common_word=lambda key: False,
) -> list[tuple[int, int, int]]:
    """Names announced by a title: ``(first_token, end_token, title_token)`` triples.

    ``entity_at`` maps a token index where an already found entity starts to
    ``(end_token, type)``; an office may be named by such an entity (a place or a body).
    """
    found = []
    n = len(tokens)
    inside = {t for start, (end, _) in entity_at.items() for t in range(start + 1, end)}
    i = 0
    while i < n:
        if i in entity_at:
            i = entity_at[i][0]
            continue
        length = rules.titles.match_at(keys, i) if keys[i] in rules.titles.first_words else 0
        if not length:
            i += 1
            continue
        j = i + length
        if (
            length == rules.place_titles.match_at(keys, i) and j < n and tokens[j].kind == "word"
            and j not in entity_at and keys[j] not in rules.stops
            and keys[j] not in rules.given_names and keys[j] not in rules.prefixes  # "ڈی پی او اسد عباس"
        ):
            j += 1  # "استاندار گلستان": the province governed, which no dictionary may know
        skipped = 0
        while j < n and skipped < MAX_OFFICE_WORDS:
            if j in inside:
                break  # "صاحب السمو الملكي | الأمير محمد بن سلمان": the title opens a known name
            if j in entity_at and entity_at[j][1] in ("LOC", "ORG"):
                j = entity_at[j][0]
            elif (
                rules.is_office_word(keys[j])
                or (keys[j] in rules.title_words and keys[j] not in rules.prefixes)
                or (j > i + length and rules.is_prefixed_title(keys[j]))  # المستشار الإعلامي لقائد القوات
            ):
                j += 1
            elif (
                (keys[j] in rules.office_links or keys[j] in rules.place_links) and j > i + length - 1 and j + 1 < n
                and (
                    (j + 1 in entity_at and entity_at[j + 1][1] in ("LOC", "ORG"))
                    or (keys[j] in rules.office_links and rules.is_office_word(keys[j + 1]))
                )
            ):
                j += 1  # "وزير الإعلام في الحكومة اليمنية معمر الإرياني": the office's body
            else:
                portfolio = any(keys[t] in rules.portfolio_links for t in range(i + length, j))
                name_at = _name_start_after(keys, j, n, rules, entity_at) if portfolio else None
                if name_at is not None:
                    j = name_at  # "وفاقی وزیر برائے سمندر پار پاکستانی چوہدری سالک حسین"
                break
            skipped += 1
        if (
            j + 1 < n and j > i + length - 1 and tokens[j].text in ("،", ",") and tokens[j + 1].kind == "word"
            and keys[j + 1] not in rules.stops and not is_common_word(keys[j + 1])
        ):
            j += 1  # "محافظ بنك الجزائر، محمد الأمين بوزيدي،": the name set off by a comma
        if j < n and j in entity_at and entity_at[j][1] == "PER":
            i = entity_at[j][0]  # the dictionary already knows this person
            continue
        if j in inside:
            i = j + 1
            continue
        k = j
        while (
            k < n
            and k - j < MAX_NAME_TOKENS
            and tokens[k].kind == "word"
            and k not in entity_at
            and (
                keys[k] not in rules.stops
                # A given name that is a time word too opens a name before a name word
                # (اللواء صباح النعمان, not الوزير صباح اليوم).
                or (k == j and keys[k] in rules.time_word_names and k + 1 < n and tokens[k + 1].kind == "word" and keys[k + 1] not in rules.stops)
            )
            and not rules.is_conjoined(keys[k], is_common_word)
            # A family name may carry the article (البوعينين), but no name part opens with لل
            # (نوفاك للصحافيين: "to the journalists").
            and (
                not rules.is_office_word(keys[k])
                or keys[k] in rules.prefixes
                or (k > j and keys[k] not in rules.office_words and not keys[k].startswith("لل"))
            )
            and (k == j or keys[k] not in rules.never_name_parts)
            # A new title ends the name; a word inside a title (اللہ of آیت اللہ, الأمين of
            # الأمين العام in محمد الأمين بوزيدي) may be part of one.
            and (k == j or not rules.titles.match_at(keys, k) or keys[k] in rules.prefixes)
            and (k == j or tokens[k].start - tokens[k - 1].end <= 1)
            # After three name parts, a noun with the article is the clause going on
            # (عثمان آدم بخيت الجيش بشن ...), unless a lineage (بن، آل) marks a long name.
            and not (
                bool(rules.office_prefixes) and k - j >= 3 and keys[k].startswith("ال")
                and is_common_word(keys[k][2:]) and not any(keys[p] in rules.prefixes for p in range(j, k))
            )
            # An ordinary word ends the name, except right after بن، آل، عبد (بن سالم).
            and (
                k == j
                or not rules.stop_at_common_word
                or not is_common_word(keys[k])
                or keys[k] in rules.prefixes
                or keys[k - 1] in rules.prefixes
                # A family name of origin after a given name and more (عبد الستار الغربي).
                or (bool(rules.office_prefixes) and k - j >= 2 and keys[k].startswith("ال") and keys[k].endswith("ی"))
                # A family name with the article that is a word too (سحر فؤاد الجمال) closes
                # a name of given names, where the clause goes on with something else.
                or (
                    bool(rules.office_prefixes) and k - j >= 2 and keys[k].startswith("ال")
                    and all(keys[p] in rules.given_names for p in range(j, k))
                    and (k + 1 >= n or tokens[k + 1].kind != "word" or keys[k + 1] in rules.stops or is_common_word(keys[k + 1]))
                )
            )
        ):
            k += 1
        if k == j + 1 and keys[j] in rules.prefixes:
            k = j  # an honorific alone is not a name (but ملک in فائزہ ملک is a surname)
        lone_conjunction = k - j == 1 and bool(rules.office_prefixes) and keys[j].startswith("و")
        # اسپیکر ملک X: an honorific part of a name opens it (a title such as ڈاکٹر does not).
        opens_a_name = k > j and (
            not is_common_word(keys[j]) or (keys[j] in rules.prefixes and k - j >= 2 and not rules.titles.match_at(keys, j))
        )
        if k > j and opens_a_name and not (k - j == 1 and len(keys[j]) < 3) and not lone_conjunction:
            found.append((j, k, i))
            i = k
        else:
            i = j if j > i else i + 1
    return found


LINEAGE_OPENERS = frozenset(["ابو", "بن", "بنت", "عبد", "ال"])  # folded: أبو، بن، عبد، آل


def find_given_names(
    tokens: list[Token],
    keys: list[str],
    rules: NameRules,
    taken: set[int],
    is_common_word=lambda key: False,
    is_word_too=lambda key: False,
) -> list[tuple[int, int]]:
    """Names no title announces, anchored on a known given name: "ملک ذیشان اعوان کی
    قیادت میں". The honorific parts before it (ملک، چوہدری، سید) and the name-like words
    after it belong to the name; it takes two words at least and must end where a name
    ends (a postposition, punctuation, a title). A given name that ``is_word_too`` (سعيد
    "happy") anchors nothing."""
    found = []
    n = len(keys)
    i = 0
    while i < n:
        if i in taken or keys[i] not in rules.given_names or tokens[i].kind != "word":
            i += 1
            continue
        if is_word_too(keys[i]) and not (i + 1 < n and keys[i + 1] in LINEAGE_OPENERS):
            # A given name that is a word too anchors a name only before a lineage word:
            # "نبيل أبو زهرة", "سعيد بن علي".
            i += 1
            continue
        first = i
        while (
            first > 0 and keys[first - 1] in rules.prefixes and first - 1 not in taken
            and tokens[first - 1].kind == "word" and not rules.titles.match_at(keys, first - 1)
        ):
            first -= 1  # ملک، چوہدری، سید are the name's; ڈاکٹر، مولانا are titles before it
        end = i + 1
        while (
            end < n
            and end - first < MAX_NAME_TOKENS
            and tokens[end].kind == "word"
            and end not in taken
            and keys[end] not in rules.stops
            and not rules.titles.match_at(keys, end)
            and (
                keys[end] in rules.given_names
                or keys[end] in rules.prefixes
                or keys[end - 1] in LINEAGE_OPENERS  # "أبو زهرة": after أبو any word is a name
                or not is_common_word(keys[end])
            )
            and tokens[end].start - tokens[end - 1].end <= 1
        ):
            end += 1
        closed = end >= n or tokens[end].kind != "word" or keys[end] in rules.stops or rules.titles.match_at(keys, end) > 0
        if end - first >= 2 and closed:
            found.append((first, end))
        i = end
    return found


def find_names_before_titles(
    tokens: list[Token],
    keys: list[str],
    rules: NameRules,
    taken: set[int],
    is_common_word=lambda key: False,
) -> list[tuple[int, int]]:
    """Names followed by their office (مسعود پزشکیان رئیس‌جمهور، هاکان فیدان وزیر امور خارجه).

    Persian and Arabic put the title after a name as often as before it. Without a title
    in front to anchor it, the name must be at least two words, none of them ordinary
    words, and must begin after punctuation or a word that cannot be part of a name.
    """
    found = []
    n = len(tokens)
    i = 1
    while i < n:
        length = rules.titles.match_at(keys, i) if keys[i] in rules.titles.first_words else 0
        if not length or i - 1 in taken:
            i += 1
            continue
        k = i
        while (
            k > 0
            and i - k < MAX_NAME_TOKENS
            and tokens[k - 1].kind == "word"
            and k - 1 not in taken
            and keys[k - 1] not in rules.stops
            and keys[k - 1] not in rules.title_words
            and keys[k - 1] not in rules.office_words
            and not rules.is_prefixed_title(keys[k - 1])
            and (not is_common_word(keys[k - 1]) or keys[k - 1] in rules.prefixes)
        ):
            k -= 1
        while k < i and keys[k] in rules.prefixes and keys[k] not in ("عبد", "ابو"):
            k += 1
        # A name may end in the article (البوعينين) but does not begin with it: in المدرب
        # الصربي نيناد ماركوفيتش the first word describes him.
        while k < i and rules.office_prefixes and keys[k].startswith(rules.office_prefixes):
            k += 1
        if i - k >= 2:
            found.append((k, i))
        i += length
    return found
