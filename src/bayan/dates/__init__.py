"""Dates in news text, resolved to YYYY-MM-DD against the publication date.

Explicit dates in the Gregorian, Jalali and Hijri calendars (any digit set, since token
keys are folded to ASCII digits), relative days (آج، گزشتہ روز، دیروز، أمس), Urdu کل
decided by tense, and weekday names taken as the nearest such day before publication
(or after it, in the future tense).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bayan.lang import data_module
from bayan.phrases import PhraseSet, glued_variants, words


@dataclass(frozen=True)
class DateRules:
    months: dict[tuple[str, ...], tuple[str, int]]  # phrase -> (calendar, month)
    month_phrases: PhraseSet
    weekdays: dict[tuple[str, ...], int]
    weekday_phrases: PhraseSet
    weekday_context: PhraseSet
    relative: dict[tuple[str, ...], int]
    relative_phrases: PhraseSet
    yesterday_or_tomorrow: frozenset[str]
    future: PhraseSet
    vague: PhraseSet
    # Words that open another clause: a future verb past them is not the dated act's tense
    # ("جمعرات کو ہونے والی ملاقات میں … اتفاق کیا ہے جو … پیش کرے گا").
    clause_breaks: frozenset[str] = frozenset()
    # Words after a date that make it a deadline, not the day of the act ("27 نومبر تک").
    until: frozenset[str] = frozenset()
    # "The same day" (اسی روز، في اليوم نفسه): the day told before, no day of its own; skipped
    # whole so that اليوم in it is not today.
    same_day: PhraseSet = PhraseSet(())

    @cached_property
    def openers(self) -> frozenset[str]:
        """Words a relative date expression begins with (آج، گزشتہ، دیروز، أمس، weekdays)."""
        return (
            self.relative_phrases.first_words | self.yesterday_or_tomorrow | self.weekday_phrases.first_words
            | self.same_day.first_words
        )


def _table(entries: dict[str, int], value) -> dict[tuple[str, ...], object]:
    return {words(k): value(v) for k, v in entries.items()}


@lru_cache(maxsize=None)
def date_rules(lang: str) -> DateRules:
    data = data_module(lang, "dates")
    months: dict[tuple[str, ...], tuple[str, int]] = {}
    for calendar, table in (("gregorian", data.GREGORIAN_MONTHS), ("jalali", data.JALALI_MONTHS), ("hijri", data.HIJRI_MONTHS)):
        for name, month in table.items():
            for variant in glued_variants(words(name)):  # جمادی الاول and جمادی‌الاول alike
                months.setdefault(variant, (calendar, month))
    # Keyed by every glued spelling the phrase set matches too (پس فردا، پس‌فردا).
    relative = {variant: v for k, v in data.RELATIVE_DAYS.items() for variant in glued_variants(words(k))}
    return DateRules(
        months=months,
        month_phrases=PhraseSet([" ".join(k) for k in months]),
        weekdays=_weekday_table(data.WEEKDAYS),
        weekday_phrases=PhraseSet(data.WEEKDAYS),
        weekday_context=PhraseSet(data.WEEKDAY_CONTEXT),
        relative=relative,
        relative_phrases=PhraseSet([" ".join(k) for k in relative]),
        yesterday_or_tomorrow=frozenset(w for e in data.YESTERDAY_OR_TOMORROW for w in words(e)),
        future=PhraseSet(data.FUTURE_MARKERS),
        vague=PhraseSet(data.VAGUE_TIMES),
        clause_breaks=frozenset(w for e in getattr(data, "CLAUSE_BREAKS", ()) for w in words(e)),
        until=frozenset(w for e in getattr(data, "UNTIL", ()) for w in words(e)),
        same_day=PhraseSet(getattr(data, "SAME_DAY", ())),
    )


def may_hold_a_date(keys: list[str], lang: str) -> list[int]:
    """Token indexes where a date expression may start (a number or a relative word), for
    callers that test many spans of one text: a span without any holds no date."""
    openers = date_rules(lang).openers
    return [i for i, key in enumerate(keys) if key[:1].isdigit() or key in openers]


def _weekday_table(entries: dict[str, int]) -> dict[tuple[str, ...], int]:
    table = {}
    for name, weekday in entries.items():
        for variant in PhraseSet([name]).phrases:  # سه شنبه and سه‌شنبه alike
            table[variant] = weekday
    return table


MAX_NUMBER_DIGITS = 8  # a day or a year; longer runs are no date (and int() refuses 4,300+)


def _number(key: str) -> int | None:
    digits = ""
    for ch in key:
        # isdecimal, not isdigit: superscripts and circled digits (¹ ①) are digits int() refuses.
        if ch.isdecimal():
            digits += ch
        else:
            break
    return int(digits) if digits and len(digits) <= MAX_NUMBER_DIGITS else None


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if calendar == "gregorian":
            return dt.date(year, month, day)
        if calendar == "jalali":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        if calendar == "hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return None


def _guess_year(calendar: str, published: dt.date | None) -> int | None:
    if published is None:
        return None
    if calendar == "gregorian":
        return published.year
    if calendar == "jalali":
        import jdatetime

        return jdatetime.date.fromgregorian(date=published).year
    from hijridate import Gregorian

    return Gregorian(published.year, published.month, published.day).to_hijri().year


def resolve_date(keys: list[str], first: int, end: int, published: dt.date | None, lang: str) -> dt.date | None:
    """The first date expressed in tokens ``[first, end)``, or None."""
    rules = date_rules(lang)
    i = first
    interesting = rules.openers
    while i < end:
        key = keys[i]
        if not (key[:1].isdigit() or key in interesting):
            i += 1
            continue
        skipped = rules.vague.match_at(keys, i) or rules.same_day.match_at(keys, i)
        if skipped:
            i += skipped  # "گزشتہ ہفتے" is last week, not last Saturday
            continue
        found = _explicit(keys, i, end, rules, published)
        if found is not None:
            return found
        length = rules.relative_phrases.match_at(keys, i)
        if length and i + length <= end and published is not None:
            return published + dt.timedelta(days=rules.relative[tuple(keys[i : i + length])])
        if keys[i] in rules.yesterday_or_tomorrow and published is not None:
            return published + dt.timedelta(days=1 if _future(keys, i, first, end, rules) else -1)
        length = rules.weekday_phrases.match_at(keys, i)
        if length and published is not None and _weekday_in_context(keys, i, i + length, rules):
            future = _future(keys, i, first, end, rules)
            return _nearest_weekday(published, rules.weekdays[tuple(keys[i : i + length])], future)
        i += 1
    return None


def is_vague(keys: list[str], first: int, end: int, lang: str) -> bool:
    """Whether the tokens speak of a time too vague for a day (گزشتہ ہفتے، پیش از این)."""
    return date_rules(lang).vague.occurs_in(keys, first, end)


def _explicit(keys: list[str], i: int, end: int, rules: DateRules, published: dt.date | None) -> dt.date | None:
    day = _number(keys[i])
    if day is None or not 1 <= day <= 31:
        return None
    length = rules.month_phrases.match_at(keys, i + 1)
    if not length or i + 1 + length > end + 2:
        return None
    calendar, month = rules.months[tuple(keys[i + 1 : i + 1 + length])]
    after = i + 1 + length
    year = _number(keys[after]) if after < len(keys) else None
    closing = after + 1 if year is not None and year >= 100 else after
    if closing < len(keys) and keys[closing] in rules.until:
        return None  # "ضمانت میں 27 نومبر تک توسیع": a deadline, not the day anything happened
    if year is not None and year >= 100:
        return to_gregorian(calendar, year, month, day)
    guess = _guess_year(calendar, published)
    if guess is None:
        return None
    # No year: the one that puts the day nearest the publication date ("31 December" in a
    # story of 5 January is last year's).
    candidates = [d for y in (guess - 1, guess, guess + 1) if (d := to_gregorian(calendar, y, month, day)) is not None]
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def _future(keys: list[str], at: int, first: int, end: int, rules: DateRules) -> bool:
    """Whether the clause of the date word at ``at`` is in the future tense: a future marker
    in the sentence, or, where clause openers are known, before the next one after the word."""
    if rules.clause_breaks:
        end = next((t for t in range(at + 1, end) if keys[t] in rules.clause_breaks), end)
    return rules.future.occurs_in(keys, first, end)


def _weekday_in_context(keys: list[str], i: int, end: int, rules: DateRules) -> bool:
    if rules.weekday_context.match_at(keys, end):
        return True
    return bool(rules.weekday_context.match_ending_at(keys, i))


def _nearest_weekday(published: dt.date, weekday: int, future: bool) -> dt.date:
    if future:
        delta = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=delta)
