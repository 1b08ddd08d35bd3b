"""Organisation names the dictionary lacks, found by their shape.

An organisation word either opens the name and takes modifiers after it (وزارت خارجہ،
دانشگاه تهران، وزارة الصحة الفلسطينية) or closes it after its modifiers (کیپیٹل ڈویلپمنٹ
اتھارٹی، پنجاب اسمبلی). A place inside such a name belongs to the organisation
(حکومت پنجاب is one ORG). Generic phrases (وفاقی کابینہ، the ministry) are not names: a
modifier must be a place or body, or a word that is not an everyday one, unless the head
is specific enough (a ministry of anything is a ministry).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from bayan.article import Token
from bayan.entities.titles import NameRules
from bayan.lang import data_module
from bayan.phrases import PhraseSet, words

MAX_MODIFIERS = 4
CONJUNCTIONS = frozenset(["و"])


@dataclass(frozen=True)
class OrgRules:
    heads: frozenset[str]
    specific_heads: frozenset[str]
    suffixes: frozenset[str]
    suffixes_specific: bool = False  # whether a suffix takes any modifier
    place_followers: frozenset[str] = frozenset()  # نے، کے: after "X union Punjab", the place is the name's
    quoted_name_leads: PhraseSet = PhraseSet(())  # بدعوة من «...»: a body's name in marks follows
    suffix_tails: frozenset[str] = frozenset()  # the last word of each suffix (اتھارٹی، ایشن)
    construct_heads: frozenset[str] = frozenset()  # مجلس of مجلس الوزراء: one definite noun names it
    definite_heads: frozenset[str] = frozenset()  # المؤسسة of المؤسسة الوطنية للنفط
    construct_holders: frozenset[str] = frozenset()  # رئيس of رئيس مجلس الوزراء
    suffix_links: frozenset[str] = frozenset()  # آف of چیمبر آف کامرس
    acronym_letters: frozenset[str] = frozenset()  # ایچ، آر: the names of Latin letters, spelled out


def _suffix_length(keys: list[str], i: int, suffixes: frozenset[str], tails: frozenset[str]) -> int:
    """How many tokens ending at ``i`` spell an organisation suffix (ایسوسی ایشن is two)."""
    if keys[i] not in tails:
        return 0  # (most tokens: checked first, this runs for every token of every article)
    for length in (2, 1):
        if i - length + 1 >= 0 and "".join(keys[i - length + 1 : i + 1]) in suffixes:
            return length
    return 0


def suffix_after(keys: list[str], end: int, rules: OrgRules) -> int:
    """How many tokens from ``end`` spell an organisation suffix: a place named by its shape
    and followed by one is that body's name ("نیشنل ہائی وے | اتھارٹی")."""
    for length in (2, 1):
        if end + length <= len(keys) and _suffix_length(keys, end + length - 1, rules.suffixes, rules.suffix_tails) == length:
            return length
    return 0


def _single(entries) -> frozenset[str]:
    return frozenset("".join(words(e)) for e in entries)


def _tails(entries) -> frozenset[str]:
    """The last token key of each entry, glued or spaced (ایسوسی ایشن ends in ایشن)."""
    return frozenset(w for e in entries for w in (words(e)[-1], "".join(words(e))))


@lru_cache(maxsize=None)
def org_rules(lang: str) -> OrgRules:
    data = data_module(lang, "organisations")
    return OrgRules(
        _single(data.ORG_HEADS),
        _single(data.SPECIFIC_HEADS),
        _single(data.ORG_SUFFIXES),
        suffix_tails=_tails(data.ORG_SUFFIXES),
        place_followers=_single(getattr(data, "PLACE_FOLLOWERS", ())),
        quoted_name_leads=PhraseSet(getattr(data, "QUOTED_NAME_LEADS", ())),
        construct_heads=_single(getattr(data, "CONSTRUCT_HEADS", ())),
        definite_heads=_single(getattr(data, "DEFINITE_HEADS", ())),
        construct_holders=_single(getattr(data, "CONSTRUCT_HOLDERS", ())),
        suffix_links=_single(getattr(data, "SUFFIX_LINKS", ())),
        acronym_letters=_single(getattr(data, "ACRONYM_LETTERS", ())),
    )


@lru_cache(maxsize=None)
def place_rules(lang: str) -> OrgRules:
    """Landmarks have the same shapes (قذافی اسٹیڈیم، فرودگاه مهرآباد، مطار حمد); a place
    word is specific enough to take any modifier."""
    data = data_module(lang, "places")
    heads = _single(data.PLACE_HEADS)
    return OrgRules(heads, heads, _single(data.PLACE_SUFFIXES), suffixes_specific=True, suffix_tails=_tails(data.PLACE_SUFFIXES))


MAX_ACRONYM_WORDS = 5


def _acronym_follows(tokens: list[Token], end: int) -> bool:
    """Whether a short run of words in brackets comes right after ``end``: a body's
    acronym ("انسانی حقوق کمیشن (ایچ آر سی پی)"), which only a proper name is given."""
    if end >= len(tokens) or tokens[end].text != "(":
        return False
    close = next((j for j in range(end + 2, min(len(tokens), end + 2 + MAX_ACRONYM_WORDS)) if tokens[j].text == ")"), None)
    return close is not None and all(tokens[t].kind == "word" for t in range(end + 1, close))


def _modifier(key: str, token: Token, names: NameRules) -> bool:
    # A new title ends the name; a word that only appears inside titles (تعلیم of وزیر تعلیم) does not.
    return token.kind in ("word", "number") and key not in names.stops and key not in names.titles.first_words


def find_organisations(
    tokens: list[Token],
    keys: list[str],
    rules: OrgRules,
    names: NameRules,
    entity_at: dict[int, tuple[int, str]],
    is_common_word,
) -> list[tuple[int, int]]:
    """Token spans ``(first, end)`` of organisation names, places inside them included."""
    found: list[tuple[int, int]] = []
    people = {t for start, (end, kind) in entity_at.items() if kind == "PER" for t in range(start, end)}
    places = {t for start, (end, kind) in entity_at.items() if kind in ("LOC", "ORG") for t in range(start, end)}
    n = len(tokens)
    i = 0
    while i < n:
        key = keys[i]
        if (key in rules.heads or key in rules.definite_heads) and i not in people:
            j = i + 1
            # A definite head (الاتحاد) is a whole noun phrase: only definite adjectives and
            # places go on with it ("الاتحاد الأوروبي", not "الاتحاد سيخصص ...").
            definite = bool(names.office_prefixes) and key.startswith(names.office_prefixes)
            while j < n and j - i <= MAX_MODIFIERS and j not in people and (
                _modifier(keys[j], tokens[j], names) or (keys[j] in CONJUNCTIONS and j + 1 < n and j > i + 1)
            ):
                # Arabic: after a definite modifier (الصحة) an indefinite word (تسجيل) starts
                # the rest of the sentence, not more of the name.
                if names.office_prefixes:
                    if keys[j] in names.given_names and j not in places and j > i + 1:
                        break  # "جامعة بيرزيت وليد الصوراني": a person named after the body
                    is_definite = keys[j].startswith(names.office_prefixes)
                    # "لقوى الأمن": ل and a noun in construct with a definite one go on.
                    construct = keys[j][:1] == "ل" and j + 1 < n and keys[j + 1].startswith("ال")
                    if definite and not is_definite and not construct and j not in places:
                        break
                    if keys[j].startswith(("بال", "وبال")) and j not in places:
                        break  # "رحبت نقابة المحامين بالقرار": with the decision, not part of the name
                    definite = definite or is_definite
                j += 1
            while j > i + 1 and keys[j - 1] in CONJUNCTIONS:
                j -= 1
            modifiers = range(i + 1, j)
            if key in rules.definite_heads and key not in rules.heads:
                # "المؤسسة الوطنية للنفط": an adjective, then the ل-complement the name ends in.
                named = len(modifiers) >= 2 and keys[i + 1].startswith("ال") and keys[i + 2][:1] == "ل"
            elif key in rules.construct_heads and modifiers and keys[i + 1].startswith("ال"):
                # "مجلس الوزراء", but not after its head ("رئيس مجلس الوزراء" is a title).
                named = i == 0 or keys[i - 1] not in rules.construct_holders
            else:
                named = bool(modifiers) and (
                    key in rules.specific_heads or _acronym_follows(tokens, j)
                    or any(t in places or not is_common_word(keys[t]) for t in modifiers)
                )
            if named:
                found.append((i, j))
                i = j
                continue
        suffix = _suffix_length(keys, i, rules.suffixes, rules.suffix_tails)
        if suffix and not people.intersection(range(i - suffix + 1, i + 1)):
            head = i - suffix + 1
            k = head
            while k > 0 and head - k < MAX_MODIFIERS and k - 1 not in people and _modifier(keys[k - 1], tokens[k - 1], names):
                k -= 1
            modifiers = range(k, head)
            end = i + 1
            while end + 1 < n and keys[end] in rules.suffix_links and tokens[end + 1].kind == "word" and keys[end + 1] not in names.stops:
                end += 2  # "چیمبر آف کامرس اینڈ انڈسٹری"
            # "ینگ ڈاکٹرز ایسوسی ایشن پنجاب نے": the province the body is of closes its name.
            place = entity_at.get(end)
            trailing = place is not None and place[1] == "LOC" and place[0] < n and (
                keys[place[0]] in rules.place_followers or _acronym_follows(tokens, place[0])
            )
            if modifiers and (
                rules.suffixes_specific or trailing or _acronym_follows(tokens, end)
                or any(t in places or not is_common_word(keys[t]) for t in modifiers)
            ):
                # Start the name at a place or body when one is inside: the words before
                # it (ادھر، گزشتہ روز) are not part of the name.
                inside = [t for t in modifiers if t in places]
                start = min(inside) if inside and not any(not is_common_word(keys[t]) for t in range(k, min(inside))) else k
                found.append((start, place[0] if trailing else end))
        i += 1
    return found


MAX_QUOTED_NAME_WORDS = 4
NAME_MARKS = {"«": "»", '"': '"', "“": "”"}


def find_quoted_organisations(
    tokens: list[Token], keys: list[str], rules: OrgRules, taken: set[int], places: Collection[int] = frozenset()
) -> list[tuple[int, int]]:
    """Token spans of a body's name written in marks after an organisation word or a
    phrase that announces one ("ائتلاف «نهضة الرافدين»"، "بدعوة من «حراك شباب مصراتة»")."""
    found = []
    n = len(tokens)
    for i in range(1, n - 2):
        close = NAME_MARKS.get(tokens[i].text)
        if close is None:
            continue
        end = next((j for j in range(i + 2, min(n, i + 2 + MAX_QUOTED_NAME_WORDS)) if tokens[j].text == close), None)
        # A place may be part of the name ("حراك شباب طرابلس"); nothing else already found may.
        if end is None or any((t in taken and t not in places) or tokens[t].kind != "word" for t in range(i + 1, end)):
            continue
        before = keys[i - 1]
        announced = before in rules.heads or (
            before in rules.quoted_name_leads.last_words and rules.quoted_name_leads.match_ending_at(keys, i)
        )
        # "أما «حراك شباب طرابلس»": the organisation word is inside the marks.
        self_named = end - i > 2 and (keys[i + 1] in rules.heads or keys[i + 1] in rules.quoted_name_leads)
        if announced or self_named:
            found.append((i + 1, end))
    return found
