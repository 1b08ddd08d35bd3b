"""Events: who met, praised, accused or threatened whom, when and where (PLOVER).

A trigger phrase (``bayan/lang/<code>/events.py``) names the act; its participants are
the actors of the trigger's sentence outside quoted speech, the speaker behind a pronoun
subject included; the date comes from the sentence or, failing that, the dateline; the
place from the sentence or the dateline. Events that are planned, cancelled or denied
carry a ``status`` instead of counting as done.

``participants.py`` finds who takes part, ``speech_acts.py`` codes quotes that are acts
themselves, ``hosts.py`` and ``institutions.py`` map cities and bare institutions to the
actors they stand for.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from bayan.article import Article, Entity, Event, Participant, Quote, Span
from bayan.dates import is_vague, may_hold_a_date, resolve_date
from bayan.events.hosts import host_country
from bayan.events.outlets import is_outlet
from bayan.events.participants import (
    BOTH_SIDES_REACH,
    as_participant,
    both_sides,
    both_sides_phrase,
    by_adjective,
    hosts,
    is_loc,
    named_in,
    participant_key,
    participants,
)
from bayan.events.rules import EventRules, event_rules
from bayan.events.speech_acts import named_in_introduced_quote, speech_acts
from bayan.quotes.context import ArticleContext, Spans, build_context, covers
from bayan.quotes.gender import without_conjunction
from bayan.quotes.patterns import verb_length
from bayan.quotes.rules import quote_rules

EVENT_LANGS = ("ur", "fa", "ar")
DATELINE_SENTENCES = 2


def event_component(article: Article) -> Article:
    """Pipeline component: fills ``article.events`` (after entities and quotes)."""
    if article.language not in EVENT_LANGS or not article.tokens:
        article.events = []
        return article
    ctx = build_context(article, article.language)
    article.events = extract_events(ctx)
    return article


def extract_events(ctx: ArticleContext) -> list[Event]:
    rules = event_rules(ctx.lang)
    article = ctx.article
    published = dt.date.fromisoformat(article.published) if article.published else None
    dateline = _dateline_place(ctx)
    story_date = _story_date(ctx, published)
    fallback = _fallback_dates(ctx, rules, story_date, published)
    quoted = Spans((q.start, q.end) for q in article.quotes or [])
    # What a statement or an agency reports ("ISPR said the army chief visited ...") is
    # news of the act itself: indirect speech of a body, or of no one in particular.
    spokespeople = _spokespeople(ctx)
    reporting_body = {(q.start, q.end): q.speaker for q in article.quotes or [] if _reports_facts(ctx, q, spokespeople)}
    reported = Spans(reporting_body)
    quotes_holding = QuoteIndex([q for q in article.quotes or [] if q.speaker is not None])
    cued = QuoteIndex([q for q in article.quotes or [] if q.cue is not None], by_cue=True)
    events: list[Event] = []
    seen: list[tuple[str, str | None, frozenset[str], int]] = []
    keys = _without_conjunctions(ctx, rules)
    paragraphs = _paragraph_starts(ctx.text)
    told = (-1, None)  # (paragraph, date) of the last date the text itself gave
    date_starts = may_hold_a_date(ctx.keys, ctx.lang)
    for s_index, (first, end) in enumerate(ctx.sentence_tokens):
        # A time once told holds for the rest of its paragraph: "گزشتہ روز X نے دورہ کیا۔ اس
        # موقع پر Y نے بریفنگ دی" happened that day too, not on the dateline's.
        paragraph = bisect.bisect_right(paragraphs, ctx.tokens[first].start) if first < end else told[0]
        k = bisect.bisect_left(date_starts, first)
        dated = k < len(date_starts) and date_starts[k] < end
        sentence_date = resolve_date(ctx.keys, first, end, published, ctx.lang) if dated else None
        # The times inside someone's words are what they speak of ("X نے مطالبہ کیا کہ کل تک
        # …"); the narration's own time dates the acts it tells and holds for the paragraph.
        narrated_date = resolve_date(ctx.unquoted_keys, first, end, published, ctx.lang) if sentence_date else None
        context_date = told[1] if told[0] == paragraph else None
        if _already(narrated_date, published):
            told = (paragraph, narrated_date)  # a day to come holds for nothing else
        types_here: set[str] = set()
        next_free = first
        for i in rules.triggers.starts_in(keys, first, end):
            if i < next_free:
                continue
            length = rules.triggers.match_at(keys, i)
            if not length or i + length > end:
                continue
            trigger_first, trigger_end = i, i + length
            next_free = trigger_end
            named = ctx.entity_covering(trigger_first)
            if named is not None and named.type == "PER":
                continue  # ہدایت of مولانا ہدایت الرحمان, a word inside a person's name
            if _object_of_next_trigger(keys, rules, trigger_end, end):
                continue  # "حملے کی مذمت": the attack is what was condemned, not a new event
            if _judged(ctx, trigger_end, end):
                continue  # "ن لیگ کے الزامات کو بے بنیاد قرار دیا": the verdict is the act
            condemned = rules.kind_of[tuple(keys[trigger_first:trigger_end])][0] == "ASSAULT" and _reacted_to(
                keys, rules, trigger_first, trigger_end, first, end
            )
            if condemned and not rules.condemned_attacks:
                continue  # "محکوم کردن ادامه حملات": an attack someone reacts to is the topic
            if not condemned and tuple(keys[trigger_first:trigger_end]) in rules.condemned_only.phrases:
                continue  # "الهجوم" told again, not condemned: no new attack
            if _possessor(ctx, rules, keys, trigger_end, end):
                # "درخواست کی سماعت": the petition's hearing, no one petitioned; but "بات چیت
                # کی تفصیلات" still tells of talks, by the noun alone.
                if tuple(keys[trigger_first : trigger_end - 1]) not in rules.kind_of:
                    continue
                trigger_end -= 1
            phrase = tuple(keys[trigger_first:trigger_end])
            spoilers = rules.spoiled_after.get(phrase)
            if spoilers and any(k in spoilers for k in keys[trigger_end : min(end, trigger_end + SPOILER_REACH)]):
                continue  # "دھرنے سے خطاب کرتے ہوئے": the sit-in is where words were said
            spoilers = rules.spoiled_before.get(phrase)
            if spoilers and trigger_first > first and keys[trigger_first - 1] in spoilers:
                continue  # "تحمل کا مظاہرہ": a display of restraint, no demonstration
            needed = rules.needs.get(phrase)
            if needed and not any(k in needed for k in keys[trigger_end : min(end, trigger_end + NEEDED_REACH)]):
                continue  # "حمل رسالة": the word that makes it the act is missing
            start = ctx.tokens[trigger_first].start
            continued = None
            if covers(quoted, start):
                # "…، محذرا من …": a participle after the words is the speaker's own act,
                # even where the words report facts.
                continued = (
                    _continued_by_participle(ctx, trigger_first, quotes_holding)
                    or _named_act(ctx, trigger_first, quotes_holding)
                    or _performed(ctx, rules, keys, trigger_first, trigger_end, quotes_holding)
                )
                if continued is None and not covers(reported, start):
                    continue  # an act told in someone's own words is not coded as done
            type_, mode = rules.kind_of[tuple(keys[trigger_first:trigger_end])]
            if type_ in types_here:
                continue
            if type_ == "REQUEST" and rules.orders.match_at(keys, trigger_first) and _coercion_after(rules, keys, trigger_end, end):
                continue  # "أمرت النيابة بحبس ...": the order is the detention, coded there
            if type_ == "CONSULT" and any(e.type == "CONSULT" and e.status is None for e in events) and _refers_back(
                ctx, rules, keys, trigger_first, trigger_end
            ):
                continue  # "خلال اللقاء": the talks already coded, told again
            report = reported.holding(start)
            if continued is not None:
                # "قال X إن …، داعيا إلى …": the participle is X's own act.
                speaker = continued.speaker
                source = [as_participant(speaker)]
                stop = min(end, ctx.token_at(continued.end))
                target = [p for p in named_in(ctx, rules, trigger_end, stop, dateline, speaker.actor) if p.text != speaker.text]
            elif report is None:
                source, target = participants(ctx, first, end, trigger_first, quoted, rules, dateline, trigger_end)
            else:
                # The act inside a statement: its actors are those the statement names.
                lo, hi = max(first, ctx.token_at(report[0])), min(end, ctx.token_at(report[1]))
                others = Spans(q for q in quoted if q != report)
                source, target = participants(ctx, lo, hi, trigger_first, others, rules, dateline, trigger_end)
                speaker = reporting_body.get(report)
                if not source and speaker is not None and ctx.is_entity(speaker.start, speaker.end, "ORG"):
                    # "أعلنت الوزارة إحباط محاولة …": a body announcing its own act did it.
                    source = [as_participant(speaker)]
            if condemned:
                # "أدانت الوزارة الهجوم الذي شنته X على Y": the attack's actors are the others.
                source = []
            if type_ in REACTION_TYPES and continued is None:
                # "انہوں نے مطالبہ کیا کہ ...", "ان کا مطالبہ تھا کہ": the trigger is the cue of
                # words whose speaker was resolved (a pronoun, a name the recogniser missed).
                # That resolution beats the nearest name: "X کی زیر صدارت اجلاس میں انہوں نے
                # مطالبہ کیا" is not X's demand.
                cue_of = cued.holding(ctx.tokens[trigger_first].start, ctx.tokens[trigger_end - 1].end)
                if cue_of is not None and cue_of.speaker is not None and not (source and source[0].text == cue_of.speaker.text):
                    speaker = cue_of.speaker
                    target = [p for p in source + target if p.text != speaker.text and (speaker.actor is None or p.actor != speaker.actor)]
                    source = [as_participant(speaker)]
            if not target and type_ in REACTION_TYPES:
                # "X نے الزام عائد کیا کہ پولیس ...": whom the act is about is named in the
                # words it introduces.
                target = named_in_introduced_quote(ctx, rules, trigger_first, trigger_end, dateline, source)
            phrase = both_sides_phrase(ctx, rules, first, end)
            if phrase is not None:
                # A mention that runs into the phrase (ووقع الجانبان) is not a party.
                source = [p for p in source if not (p.start < phrase[1] and phrase[0] < p.end)]
                target = [p for p in target if not (p.start < phrase[1] and phrase[0] < p.end)]
                # Only when the sentence names no parties of its own ("in the presence of
                # both leaders, the two companies signed" is the companies' act), or when the
                # two sides are the trigger's subject (واتفق الرئيسان على ...).
                # ... or, where the subject comes first, "دونوں رہنماؤں نے اتفاق کیا".
                phrase_end = ctx.token_at(phrase[1] - 1) + 1
                markers = quote_rules(ctx.lang).subject_markers
                subject = ctx.token_at(phrase[0]) == trigger_end or _subject_of(ctx.keys, markers, phrase_end, trigger_first)
                # As the subject the phrase can only mean the talks' parties, however far back.
                reach = s_index if subject else BOTH_SIDES_REACH
                sides = both_sides(ctx, events, s_index, reach) if subject or len(source) + len(target) < 2 else None
                if sides is not None:
                    source, target = sides
            if (type_, mode) == ("CONSULT", "visit"):
                target = hosts(target, source)
            elif type_ == "CONSULT":
                # Cities are where talks happen; countries and people hold them. A news outlet
                # spoken to is an interview, not talks ("X نے بی بی سی سے بات چیت میں کہا").
                source = [p for p in source if host_country(p.actor) is None and not is_outlet(p.actor)]
                target = [p for p in target if host_country(p.actor) is None and not is_outlet(p.actor)]
            if not source and not target and type_ != "CONSULT" and _in_talks_told(rules, keys, first, trigger_first):
                # "ملاقات میں … پر اتفاق کیا گیا": agreed (or condemned) at the talks just
                # told, by their parties, who go unnamed.
                source, target = both_sides(ctx, events, s_index, s_index, TALKS) or both_sides(ctx, events, s_index, s_index) or ([], [])
            needed = MIN_PARTICIPANTS.get((type_, mode), 1)
            if needed > 1 and _one_sided_meeting(rules, keys, first, trigger_first, trigger_end, source):
                needed = 1
            if len(source) + len(target) < needed:
                continue
            if type_ in ACTOR_REQUIRED and all(is_loc(p, ctx) for p in source + target):
                continue  # "an attack in Bannu": a place is where it happened, not who did it
            if all(_mere_place(ctx, p) or by_adjective(ctx, p) for p in source + target):
                # "وصلت إلى ميناء العريش سفينة المساعدات الإماراتية": no one acts, a ship
                # arrives (the country's adjective describes the ship).
                continue
            status = _status(ctx, rules, first, end, trigger_first, trigger_end, quoted)
            date = sentence_date if covers(quoted, start) else narrated_date
            to_come = status is None and date is not None and not _already(date, published)
            if to_come:
                # An act done is not dated by a day still to come: that day is what the act
                # is about ("اجلاس آئندہ ہفتے ہوگا" agreed today, "14 اکتوبر کو جلسہ" warned of).
                date = None
            date_source = "text" if date is not None else None
            if date is None and status is None and (to_come or not is_vague(ctx.keys, first, end, ctx.lang)):
                # A time told earlier in the paragraph holds, unless a strand of the story
                # opened since with a day of its own (the dateline's).
                if context_date is not None and fallback[s_index] == story_date:
                    date, date_source = context_date, "context"
                elif fallback[s_index] is not None:
                    date, date_source = fallback[s_index], "dateline"
            place = _sentence_place(ctx, rules, first, end, dateline) or (dateline.actor.name if dateline and dateline.actor else dateline.text if dateline else None)
            actors = frozenset(participant_key(p) for p in source + target)
            if type_ == "PROTEST" and trigger_end - trigger_first == 1 and _protest_told_again(ctx, events, actors, source + target):
                continue
            reach = SAME_ACT_REACH.get(type_, 0)
            # The same meeting told again ("during the meeting ...") names no one new, except
            # where the language retells it with its attendees (وحضر اللقاء ...); in Urdu a
            # reception with a new host after a visit is another act.
            if any(
                t == type_ and st == status and (actors <= k or (rules.retold_with_more_parties and k <= actors))
                and s_index - at <= reach
                for t, st, k, at in _recent(seen, s_index - reach)
            ):
                continue
            seen.append((type_, status, actors, s_index))
            types_here.add(type_)
            t_start, t_end = ctx.tokens[trigger_first].start, ctx.tokens[trigger_end - 1].end
            s_start, s_end = ctx.article.sentences[s_index]
            events.append(
                Event(
                    type=type_,
                    mode=mode,
                    source=tuple(source),
                    target=tuple(target),
                    trigger=Span(t_start, t_end, ctx.text[t_start:t_end]),
                    sentence=(s_start, s_end),
                    date=date.isoformat() if date else None,
                    date_source=date_source,
                    place=place,
                    status=status,
                )
            )
    headline_end = _headline_chars(ctx)
    events.extend(e for e in speech_acts(ctx, rules, events, fallback, dateline) if e.trigger.start >= headline_end)
    events.sort(key=lambda e: e.trigger.start)
    return events


HEADLINE_ENDINGS = frozenset("۔.؟?!")


def _headline_chars(ctx: ArticleContext) -> int:
    """Where a headline on its own first line ends (0 when there is none): a short line
    without a full stop, with the body after it. Its words ("محسن نقوی: … کیفر کردار تک
    پہنچائیں گے") are the body's told in brief: an act in them is coded where the body tells it."""
    from bayan.quotes.content import paragraph_end
    from bayan.quotes.patterns import MAX_HEADLINE_TOKENS

    line_end = paragraph_end(ctx.text, 0)
    line = ctx.text[:line_end].rstrip()
    if not line or line_end >= len(ctx.text.rstrip()) or line[-1] in HEADLINE_ENDINGS:
        return 0
    return line_end if ctx.token_at(line_end) <= MAX_HEADLINE_TOKENS else 0


def _one_sided_meeting(
    rules: EventRules, keys: list[str], first: int, trigger_first: int, trigger_end: int, source: list[Participant]
) -> bool:
    """Whether a meeting is coded with one side: one chaired ("کابینہ کا اجلاس وزیراعظم کی
    زیر صدارت ہوا"), or one a named subject held with people left unnamed ("آرمی چیف نے مقامی
    عمائدین کے ایک جرگے سے بھی ملاقات کی")."""
    phrase = tuple(keys[trigger_first:trigger_end])
    if phrase in rules.one_sided_meetings:
        return True
    met = trigger_first > first and keys[trigger_first - 1] in rules.met_with
    # "X اور تاجر رہنماؤں کے درمیان (سول سیکرٹریٹ میں) مذاکرات ہوئے": talks between a named
    # side and one left unnamed.
    between = any(keys[t] in rules.between for t in range(max(first, trigger_first - BETWEEN_REACH), trigger_first))
    return (met or between) and bool(source) and rules.kind_of.get(phrase, ("", ""))[1] == "meet"


def _protest_told_again(ctx: ArticleContext, events: list[Event], actors: frozenset[str], participants: list[Participant]) -> bool:
    """Whether a protest named by its noun alone (دھرنا، ہڑتال، المحتجين) is one already
    coded, told again: it shares an actor with it, or names no organisation that could be
    a new protest's ("دھرنے کے شرکا سے خطاب", "ہڑتال کے دوران")."""
    earlier = [e for e in events if e.type == "PROTEST" and e.status is None]
    if not earlier:
        return False
    if any(actors & frozenset(participant_key(p) for p in e.source + e.target) for e in earlier):
        return True
    return not any(ctx.is_entity(p.start, p.end, "ORG") for p in participants)


TALKS = ("meet", "phone")  # what "the meeting" (ملاقات میں، خلال اللقاء) refers back to first


def _in_talks_told(rules: EventRules, keys: list[str], first: int, trigger_first: int) -> bool:
    """Whether the sentence sets its act in talks already told (ملاقات میں، خلال اللقاء)
    before the trigger."""
    return any(rules.anaphoric.match_at(keys, t) for t in rules.anaphoric.starts_in(keys, first, trigger_first))


def _refers_back(ctx: ArticleContext, rules: EventRules, keys: list[str], first: int, end: int) -> bool:
    """Whether a meeting word points back at talks already told: a definite or
    demonstrative mention (اللقاء، ملاقات کے دوران، در این دیدار)."""
    if rules.anaphoric.match_at(keys, first) >= end - first > 0:
        # "یونانی سفیر سے ملاقات میں": talks with someone named just now are new talks.
        return not (first > 0 and keys[first - 1] in rules.new_talks_before)
    return first > 0 and ctx.keys[first - 1] in rules.anaphoric_determiners


def _reports_facts(ctx: ArticleContext, quote, spokespeople: frozenset[str]) -> bool:
    """Indirect speech of a body, of no one in particular, of a spokesperson, or attributed
    with "according to" (X کے مطابق، به گفته X، وفقا لـX): what it tells happened."""
    if quote.kind != "indirect":
        return False
    if quote.speaker is None or ctx.is_entity(quote.speaker.start, quote.speaker.end, "ORG"):
        return True
    cue = quote_rules(ctx.lang).according_to
    first = ctx.token_at(quote.cue.start) if quote.cue is not None else None
    if first is None or first >= len(ctx.keys):
        return False
    if cue.match_at(ctx.keys, first) > 0:
        return True
    informing = event_rules(ctx.lang).informing_cues
    cue_end = ctx.token_at(quote.cue.end - 1) + 1
    if any(informing.match_at(ctx.keys, t) for t in range(first, min(cue_end, first + 3))):
        return True
    # A spokesperson's words are the news of what their principal did ("صرح المتحدث باسم
    # الرئاسة بأن الرئيس استقبل ..."): the office named in the reporting clause says so.
    # The office may come after the verb (صرح المتحدث باسم ...): look up to the words.
    sentence_first, _ = ctx.sentence_span(first)
    spokes = event_rules(ctx.lang).spokesperson_titles
    if any(ctx.keys[t] in spokes for t in range(sentence_first, max(first, ctx.token_at(quote.start)))):
        return True
    # "وأضاف الأنصاري أن ...": a spokesperson introduced earlier, now named alone.
    speaker = quote.speaker
    if speaker.text in spokespeople or (speaker.actor is not None and speaker.actor.id in spokespeople):
        return True
    return _third_party_acts(ctx, quote)


def _third_party_acts(ctx: ArticleContext, quote) -> bool:
    """Whether indirect words tell someone else acting, marked as the subject ("تارڑ نے
    بتایا کہ وزیراعظم شہباز شریف نے ہدایت کی ہے"): news of that act, not the speaker's view."""
    qrules = quote_rules(ctx.lang)
    markers = qrules.subject_markers
    if not markers:
        return False
    first, end = ctx.token_at(quote.start), ctx.token_at(quote.end)
    # "انہوں نے بتایا کہ انہوں نے … سے ملاقات کی": the speaker's own act, told as news.
    if any(ctx.keys[t] in qrules.pronouns and ctx.keys[t + 1] in markers for t in range(first, min(end, len(ctx.keys) - 1))):
        return True
    for index in ctx.entities_in(first, end):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if entity.type not in ("PER", "ORG") or not first <= e_first < end or e_end >= len(ctx.keys):
            continue
        if _subject_through_members(ctx, e_end, end, markers) and entity.text != quote.speaker.text and (
            entity.actor is None or entity.actor != quote.speaker.actor
        ):
            return True
    return False


MEMBERS_REACH = 3  # tokens from a body's genitive to the subject marker: "X کی مشترکہ ٹیموں نے"


def _subject_through_members(ctx: ArticleContext, after: int, end: int, markers: frozenset[str]) -> bool:
    """Whether the mention ending before token ``after`` is the subject: the marker right
    after it, or after its genitive and a few words naming its members or units."""
    keys = ctx.keys
    if keys[after] in markers:
        return True
    qrules = quote_rules(ctx.lang)
    if keys[after] not in qrules.genitives:
        return False
    members = qrules.member_nouns
    for t in range(after + 1, min(end, after + 1 + MEMBERS_REACH)):
        if keys[t] in markers:
            return members.match_ending_at(keys, t) > 0
        if ctx.tokens[t].kind != "word" or ctx.entity_covering(t) is not None:
            return False
    return False


def _spokespeople(ctx: ArticleContext) -> frozenset[str]:
    """The names (texts, referents, actor ids) of the people introduced with a
    spokesperson's title (المتحدث، ترجمان، سخنگو): once per article."""
    spokes = event_rules(ctx.lang).spokesperson_titles
    names: set[str] = set()
    for title, index in ctx.titled:
        if any(k in spokes or k[1:] in spokes for k in title[:2]):
            entity = ctx.entities[index]
            names.update(n for n in (entity.text, entity.referent, entity.actor.id if entity.actor else None) if n)
    return frozenset(names)


def _recent(seen: list[tuple[str, str | None, frozenset[str], int]], since: int):
    """The entries of ``seen`` (in sentence order) from sentence ``since`` on, newest first:
    only those can be the same act, and scanning them all made long articles quadratic."""
    for entry in reversed(seen):
        if entry[3] < since:
            return
        yield entry


OBJECT_LINKS = frozenset(["کی", "کے", "کا", "را", "از", "به", "علی"])


def _object_of_next_trigger(keys: list[str], rules: EventRules, after: int, end: int) -> bool:
    """Whether a trigger noun is the object of the trigger right after it."""
    j = after
    while j < end and j - after < 2 and keys[j] in OBJECT_LINKS:
        j += 1
    return j > after and j < end and rules.triggers.match_at(keys, j) > 0


def _possessor(ctx: ArticleContext, rules: EventRules, keys: list[str], trigger_end: int, end: int) -> bool:
    """Whether a trigger ending in a word that is also the genitive (کی) is followed by a
    noun it possesses rather than by what goes on after a verb."""
    if not rules.light_verb_genitives or keys[trigger_end - 1] not in rules.light_verb_genitives:
        return False
    return trigger_end < end and ctx.tokens[trigger_end].kind == "word" and keys[trigger_end] not in rules.after_light_verb


def _judged(ctx: ArticleContext, after: int, end: int) -> bool:
    """Whether the trigger noun ending before ``after`` is the object of a verdict later
    in its sentence (X کو ... قرار دیا، X را ... خواند)."""
    qrules = quote_rules(ctx.lang)
    if after >= end or not qrules.verdict_cues.phrases or ctx.keys[after] not in qrules.verdict_objects:
        return False
    return any(qrules.verdict_cues.match_at(ctx.keys, t) for t in qrules.verdict_cues.starts_in(ctx.keys, after + 1, end))


BOTH_SIDES_MARKER_REACH = 2  # "دونوں وزرائے خارجہ نے": a word of the phrase's own before نے


def _subject_of(keys: list[str], markers: frozenset[str], phrase_end: int, trigger_first: int) -> bool:
    """Whether the phrase ending before ``phrase_end`` is the subject (marked with نے) of the
    trigger: the marker comes soon after it and no other subject stands before the trigger
    ("دونوں وزرائے خارجہ نے گزشتہ ہفتے ... حملے کی شدید مذمت کی")."""
    marker = next(
        (t for t in range(phrase_end, min(trigger_first, phrase_end + BOTH_SIDES_MARKER_REACH + 1)) if keys[t] in markers),
        None,
    )
    return marker is not None and not any(keys[t] in markers for t in range(marker + 1, trigger_first))


PARTICIPLE_AFTER = frozenset(("،", ",", '"', "”", "»"))


def _continued_by_participle(ctx: ArticleContext, trigger: int, quotes: QuoteIndex) -> Quote | None:
    """The quote whose content the trigger continues as a participle of its speaker
    ("…، محذرا من …", "…، داعيا إلى …"): a speech verb right after a comma, or right after
    the words quoted ('أن الوزير "وعد …" مطالبا بإحالة …')."""
    if trigger == 0 or ctx.tokens[trigger - 1].text not in PARTICIPLE_AFTER:
        return None
    if not verb_length(ctx, quote_rules(ctx.lang), trigger):
        return None
    start = ctx.tokens[trigger].start
    return quotes.holding(start, start + 1)


class QuoteIndex:
    """Quotes by position, so that each trigger's lookup is a bisection, not a scan (a long
    article has thousands of both). By the quote's content, or by its cue."""

    def __init__(self, quotes: list[Quote], by_cue: bool = False):
        spans = [((q.cue.start, q.cue.end) if by_cue else (q.start, q.end), q) for q in quotes]
        spans.sort(key=lambda item: item[0])
        self._starts = [span[0] for span, _ in spans]
        self._spans = spans

    def holding(self, start: int, end: int) -> Quote | None:
        """The quote whose span holds ``[start, end)`` (the latest to start, if nested)."""
        k = bisect.bisect_right(self._starts, start)
        for (s, e), quote in reversed(self._spans[max(0, k - NESTED_REACH) : k]):
            if s <= start and end <= e:
                return quote
        return None

    def starting_at(self, start: int) -> list[Quote]:
        k = bisect.bisect_left(self._starts, start)
        found = []
        while k < len(self._spans) and self._starts[k] == start:
            found.append(self._spans[k][1])
            k += 1
        return found


NESTED_REACH = 4  # quotes to look back through for one that holds a position


def _performed(
    ctx: ArticleContext, rules: EventRules, keys: list[str], trigger_first: int, trigger_end: int, quotes: QuoteIndex
) -> Quote | None:
    """The quote in which the speaker performs the act by saying it, in the present and
    first person ("ہم اس فیصلے کو مسترد کرتے ہیں"، "نرفض"، "محکوم می‌کنیم")."""
    if not (rules.performative_triggers.match_at(keys, trigger_first) or rules.performative_after.match_at(keys, trigger_end)):
        return None
    start = ctx.tokens[trigger_first].start
    return quotes.holding(start, start + 1)


def _named_act(ctx: ArticleContext, trigger: int, quotes: QuoteIndex) -> Quote | None:
    """The indirect quote that opens with the trigger: the verbal noun a speech verb
    reports is the speaker's own act ("أعرب X عن إدانته للهجوم", "أكد X دعم بلاده ...")."""
    start = ctx.tokens[trigger].start
    nominal = quote_rules(ctx.lang).nominal_verbs
    for q in quotes.starting_at(start):
        if q.kind == "indirect" and q.cue is not None:
            if without_conjunction(ctx.keys[ctx.token_at(q.cue.start)], nominal) in nominal:  # وأعرب
                return q
    return None


def _coercion_after(rules: EventRules, keys: list[str], after: int, end: int) -> bool:
    return any(
        rules.kind_of[tuple(keys[t : t + length])][0] == "COERCE"
        for t in rules.triggers.starts_in(keys, after, end)
        if (length := rules.triggers.match_at(keys, t))
    )


def _mere_place(ctx: ArticleContext, p: Participant) -> bool:
    """A city, a port, an airport: somewhere, not an actor (a country may act)."""
    return is_loc(p, ctx) and (p.actor is None or host_country(p.actor) is not None)


REACTION_TYPES = frozenset(["ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"])
REACTION_REACH = 5


def _reacted_to(keys: list[str], rules: EventRules, t_first: int, t_end: int, first: int, end: int) -> bool:
    """Whether a condemnation, demand or threat stands next to this trigger."""
    for j in range(max(first, t_first - REACTION_REACH), min(end, t_end + REACTION_REACH)):
        if t_first <= j < t_end:
            continue
        length = rules.triggers.match_at(keys, j)
        if length and rules.kind_of[tuple(keys[j : j + length])][0] in REACTION_TYPES:
            return True
    return False


def _without_conjunctions(ctx: ArticleContext, rules: EventRules) -> list[str]:
    """Token keys with a joined و or ف dropped where that uncovers a trigger (وأشاد، ووصل)."""
    if ctx.lang != "ar":
        return ctx.keys
    firsts = rules.triggers.first_words
    return [k[1:] if len(k) > 3 and k[0] in "وف" and k not in firsts and k[1:] in firsts else k for k in ctx.keys]


SPOILER_REACH = 2  # tokens after a trigger where a word that unmakes it may stand
NEEDED_REACH = 10  # tokens after a trigger within which the word it needs must come (past subject and object)
LEAD_SENTENCES = 3
# A meeting or a call takes two; a visit, a protest or a threat can be one actor's act.
BETWEEN_REACH = 8  # tokens from "between" to the talks it frames
MIN_PARTICIPANTS = {("CONSULT", "meet"): 2, ("CONSULT", "phone"): 2}
# Acts that need a person or a body among their participants, not places alone.
ACTOR_REQUIRED = frozenset(["ASSAULT", "PROTEST", "REQUEST", "REJECT"])
# How many sentences on a mention of the same kind of act with the same actors is the same
# act: a meeting is retold for several sentences; each accusation is an act of its own.
SAME_ACT_REACH = {"CONSULT": 3, "AGREE": 2, "SUPPORT": 0, "ACCUSE": 0, "THREATEN": 0, "REQUEST": 0}


def _paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph after the first begins (after a blank line)."""
    return [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _already(day: dt.date | None, published: dt.date | None) -> bool:
    """Whether a day was found and has come by publication: a day to come dates nothing done."""
    return day is not None and (published is None or day <= published)


def _story_date(ctx: ArticleContext, published: dt.date | None) -> dt.date | None:
    """The day the story is about: a date in its lead (گزشتہ روز in the first sentence of a
    wire filed the next morning), else the publication date. Undated events take it."""
    for first, end in ctx.sentence_tokens[:LEAD_SENTENCES]:
        found = resolve_date(ctx.unquoted_keys, first, end, published, ctx.lang)
        if _already(found, published):
            return found  # (a day to come is what the lead announces, not the story's day)
    return published


def _fallback_dates(ctx: ArticleContext, rules: EventRules, story_date: dt.date | None, published: dt.date | None) -> list[dt.date | None]:
    """For each sentence, the day its undated events take: the story's day, except in a
    strand of the story opened by "دوسری جانب" or "ادھر" (the other side's reaction, news
    from elsewhere), which runs to the end of its paragraph and is dated by the dateline."""
    paragraphs = _paragraph_starts(ctx.text)
    dates: list[dt.date | None] = []
    strand = -1  # the paragraph of the open strand
    for first, end in ctx.sentence_tokens:
        paragraph = bisect.bisect_right(paragraphs, ctx.tokens[first].start) if first < end else strand
        if first < end and rules.strand_openers.match_at(ctx.keys, first):
            strand = paragraph
        dates.append(published if paragraph == strand and published is not None else story_date)
    return dates


STATUS_REACH = 4  # tokens around a trigger where its tense and negation show


CLAUSE_ENDS = frozenset("،,؛;")


def _status(
    ctx: ArticleContext,
    rules: EventRules,
    first: int,
    end: int,
    trigger_first: int,
    trigger_end: int,
    quoted: list[tuple[int, int]],
) -> str | None:
    """planned / cancelled / denied, read from the trigger's own clause: a future verb in
    the words someone is quoted saying ("... تو لانگ مارچ کریں گے") does not make the
    threat itself a plan. A trigger inside reported words (ترجمان نے بتایا کہ دورہ ملتوی کر
    دیا گیا ہے) takes its status from those words."""
    inside = ctx.in_quote
    own_side = inside[trigger_first] if trigger_first < len(inside) else False

    def unquoted(lo: int, hi: int) -> list[int]:
        return [t for t in range(lo, hi) if inside[t] == own_side]

    # Cancelling or denying words are rare and strong: anywhere in the sentence. The future
    # tense is everywhere: only next to the trigger.
    # The trigger's own words are the act, not a word about it: a denial (تردید کی) is
    # itself a rejection that happened.
    sentence = [t for t in unquoted(first, end) if not trigger_first <= t < trigger_end]
    reach = min(end, trigger_end + STATUS_REACH)
    if any(rules.conjunctive_participles.match_at(ctx.keys, t) for t in range(trigger_end, min(end, trigger_end + 2))):
        # "جمعرات کو ٹانک کا دورہ کر کے امدادی چیک تقسیم کریں گے": the tense comes with the
        # clause's own verb, at its end.
        reach = next((t for t in range(trigger_end, end) if ctx.tokens[t].text in CLAUSE_ENDS), end)
    window = [t for t in unquoted(max(first, trigger_first - STATUS_REACH), reach) if not trigger_first <= t < trigger_end]
    for phrases, status, where in (
        (rules.cancelled, "cancelled", sentence),
        (rules.denied, "denied", sentence),
        (rules.planned, "planned", window),
    ):
        if any(ctx.keys[t] in phrases.first_words and phrases.match_at(ctx.keys, t) for t in where):
            return status
    return None


def _dateline_place(ctx: ArticleContext) -> Entity | None:
    """The place a wire story is filed from: اسلام آباد (اے پی پی)، تهران - ایرنا، الرياض - واس."""
    for s_first, s_end in ctx.sentence_tokens[:DATELINE_SENTENCES]:
        for index in ctx.entities_in(s_first, s_first + 1):
            entity = ctx.entities[index]
            e_first, e_end = ctx.entity_tokens[index]
            if entity.type == "LOC" and e_first == s_first and e_end < s_end:
                if ctx.tokens[e_end].text in ("(", "-", "–", ":", "،", "/", "؛"):
                    return entity
    return None


def _sentence_place(ctx: ArticleContext, rules: EventRules, first: int, end: int, dateline: Entity | None) -> str | None:
    for index in ctx.entities_in(first, end):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if entity.type != "LOC" or e_first < first or e_first >= end:
            continue
        if dateline is not None and entity.start == dateline.start:
            continue
        if (e_end < len(ctx.keys) and ctx.keys[e_end] in rules.locative_after) or (
            e_first > 0 and ctx.keys[e_first - 1] in rules.locative_before
        ):
            return entity.actor.name if entity.actor else entity.text
    return None
