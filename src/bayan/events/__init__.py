"""Events: who met, praised, accused or threatened whom, when and where (PLOVER).

A trigger phrase (``bayan/lang/<code>/events.py``) names the act; its participants are
the actors of the trigger's sentence outside quoted speech, the speaker behind a pronoun
subject included; the date comes from the sentence or, failing that, the dateline; the
place from the sentence or the dateline. Events that are planned, cancelled or denied
carry a ``status`` instead of counting as done.
"""

from __future__ import annotations

import datetime as dt

from bayan.article import Article, Entity, Event, Participant, Span
from bayan.dates import date_rules, is_vague, resolve_date
from bayan.events.hosts import country_of, host_country
from bayan.events.institutions import home_country, institution
from bayan.events.rules import EventRules, event_rules
from bayan.quotes.context import ArticleContext, Spans, build_context, covers
from bayan.quotes.rules import quote_rules

EVENT_LANGS = ("ur", "fa", "ar")
MAX_PARTICIPANTS = 5
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
    quoted = Spans((q.start, q.end) for q in article.quotes or [])
    # What a statement or an agency reports ("ISPR said the army chief visited ...") is
    # news of the act itself: indirect speech of a body, or of no one in particular.
    reported = Spans((q.start, q.end) for q in article.quotes or [] if _reports_facts(ctx, q))
    events: list[Event] = []
    seen: list[tuple[str, str | None, frozenset[str], int]] = []
    keys = _without_conjunctions(ctx, rules)
    for s_index, (first, end) in enumerate(ctx.sentence_tokens):
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
            if _object_of_next_trigger(keys, rules, trigger_end, end):
                continue  # "حملے کی مذمت": the attack is what was condemned, not a new event
            if rules.kind_of[tuple(keys[trigger_first:trigger_end])][0] == "ASSAULT" and _reacted_to(
                keys, rules, trigger_first, trigger_end, first, end
            ):
                continue  # "محکوم کردن ادامه حملات": an attack someone reacts to is the topic
            start = ctx.tokens[trigger_first].start
            if covers(quoted, start) and not covers(reported, start):
                continue  # an act told in someone's own words is not coded as done
            type_, mode = rules.kind_of[tuple(keys[trigger_first:trigger_end])]
            if type_ in types_here:
                continue
            if type_ == "CONSULT" and any(e.type == "CONSULT" and e.status is None for e in events) and _refers_back(
                ctx, rules, keys, trigger_first, trigger_end
            ):
                continue  # "خلال اللقاء": the talks already coded, told again
            report = reported.holding(start)
            if report is None:
                source, target = _participants(ctx, first, end, trigger_first, quoted, rules, dateline, trigger_end)
            else:
                # The act inside a statement: its actors are those the statement names.
                lo, hi = max(first, ctx.token_at(report[0])), min(end, ctx.token_at(report[1]))
                others = Spans(q for q in quoted if q != report)
                source, target = _participants(ctx, lo, hi, trigger_first, others, rules, dateline, trigger_end)
            if not target and type_ in REACTION_TYPES:
                # "X نے الزام عائد کیا کہ پولیس ...": whom the act is about is named in the
                # words it introduces.
                target = _named_in_introduced_quote(ctx, rules, trigger_first, trigger_end, dateline, source)
            phrase = _both_sides_phrase(ctx, rules, first, end)
            if phrase is not None:
                # A mention that runs into the phrase (ووقع الجانبان) is not a party.
                source = [p for p in source if not (p.start < phrase[1] and phrase[0] < p.end)]
                target = [p for p in target if not (p.start < phrase[1] and phrase[0] < p.end)]
                # Only when the sentence names no parties of its own ("in the presence of
                # both leaders, the two companies signed" is the companies' act), or when the
                # two sides are the trigger's subject (واتفق الرئيسان على ...).
                subject = ctx.token_at(phrase[0]) == trigger_end
                sides = _both_sides(ctx, events, s_index) if subject or len(source) + len(target) < 2 else None
                if sides is not None:
                    source, target = sides
            if (type_, mode) == ("CONSULT", "visit"):
                target = _hosts(target, source)
            elif type_ == "CONSULT":
                # Cities are where talks happen; countries and people hold them.
                source = [p for p in source if host_country(p.actor) is None]
                target = [p for p in target if host_country(p.actor) is None]
            if len(source) + len(target) < MIN_PARTICIPANTS.get((type_, mode), 1):
                continue
            if type_ in ACTOR_REQUIRED and all(_is_loc(p, ctx) for p in source + target):
                continue  # "an attack in Bannu": a place is where it happened, not who did it
            status = _status(ctx, rules, first, end, trigger_first, trigger_end, quoted)
            date = resolve_date(ctx.keys, first, end, published, ctx.lang)
            date_source = "text" if date is not None else None
            if date is None and story_date is not None and status is None and not is_vague(ctx.keys, first, end, ctx.lang):
                date, date_source = story_date, "dateline"
            place = _sentence_place(ctx, rules, first, end, dateline) or (dateline.actor.name if dateline and dateline.actor else dateline.text if dateline else None)
            actors = frozenset(_participant_key(p) for p in source + target)
            reach = SAME_ACT_REACH.get(type_, 0)
            if any(
                t == type_ and st == status and (actors <= k or k <= actors) and s_index - at <= reach
                for t, st, k, at in _recent(seen, s_index - reach)
            ):
                continue  # the same meeting told again ("during the meeting ...")
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
    events.extend(_speech_acts(ctx, rules, events, story_date, dateline))
    events.sort(key=lambda e: e.trigger.start)
    return events


BOTH_SIDES_REACH = 4  # sentences back to the talks "both sides" refers to


def _both_sides_phrase(ctx: ArticleContext, rules: EventRules, first: int, end: int) -> tuple[int, int] | None:
    """Where the sentence speaks of "both sides" (ووقع الجانبان، دونوں رہنماؤں نے، طرفین):
    its character span."""
    keys = ctx.keys
    for t in rules.both_sides.starts_in(keys, first, end):
        length = rules.both_sides.match_at(keys, t)
        if length:
            return ctx.tokens[t].start, ctx.tokens[t + length - 1].end
    return None


def _both_sides(ctx: ArticleContext, events: list[Event], s_index: int) -> tuple[list[Participant], list[Participant]] | None:
    """The parties of the talks (a meeting, a visit, a call) told shortly before."""
    s_start = ctx.article.sentences[max(0, s_index - BOTH_SIDES_REACH)][0]
    for event in reversed(events):
        if event.sentence[0] < s_start:
            break
        if event.type == "CONSULT" and event.source and event.target and event.status is None:
            return list(event.source), list(event.target)
    return None


def _refers_back(ctx: ArticleContext, rules: EventRules, keys: list[str], first: int, end: int) -> bool:
    """Whether a meeting word points back at talks already told: a definite or
    demonstrative mention (اللقاء، ملاقات کے دوران، در این دیدار)."""
    if rules.anaphoric.match_at(keys, first) >= end - first > 0:
        return True
    return first > 0 and ctx.keys[first - 1] in rules.anaphoric_determiners


def _reports_facts(ctx: ArticleContext, quote) -> bool:
    """Indirect speech of a body or of no one in particular, or attributed with "according
    to" (X کے مطابق، به گفته X، وفقا لـX): what it tells happened."""
    if quote.kind != "indirect":
        return False
    if quote.speaker is None or ctx.is_entity(quote.speaker.start, quote.speaker.end, "ORG"):
        return True
    cue = quote_rules(ctx.lang).according_to
    first = ctx.token_at(quote.cue.start) if quote.cue is not None else None
    return first is not None and first < len(ctx.keys) and cue.match_at(ctx.keys, first) > 0


def _hosts(targets: list[Participant], source: list[Participant]) -> list[Participant]:
    """A visit's targets with each city standing for its country (وصل إلى مسقط: Oman); a
    city in the visitor's own country is a trip at home, not a visit to anyone."""
    home = {country_of(p.actor) for p in source} - {None}
    hosts: list[Participant] = []
    seen = {p.actor.id for p in targets if p.actor is not None}
    for p in targets:
        country = host_country(p.actor)
        if country is None:
            hosts.append(p)
        elif country.id not in seen and country_of(country) not in home:
            seen.add(country.id)
            hosts.append(Participant(p.start, p.end, p.text, country))
    return hosts


def _recent(seen: list[tuple[str, str | None, frozenset[str], int]], since: int):
    """The entries of ``seen`` (in sentence order) from sentence ``since`` on, newest first:
    only those can be the same act, and scanning them all made long articles quadratic."""
    for entry in reversed(seen):
        if entry[3] < since:
            return
        yield entry


SPEECH_ACT_MODES = {"ACCUSE": "disapprove", "THREATEN": None, "SUPPORT": None}
# A warning needs no named target ("terrorists will be crushed"); blame does.
TARGETLESS_SPEECH_ACTS = frozenset(["THREATEN"])


def _speech_acts(
    ctx: ArticleContext, rules: EventRules, found: list[Event], story_date: dt.date | None, dateline: Entity | None
) -> list[Event]:
    """Quotes that are acts themselves: a speaker blaming, warning or praising the actors
    their words name ("آمریکا شریک جنایات غزه است", "قطر شريك موثوق"). The trigger is the
    word that makes it so."""
    acts: list[Event] = []
    coded = {(e.type, e.sentence) for e in found}
    for quote in ctx.article.quotes or []:
        if quote.speaker is None:
            continue
        first, end = ctx.token_at(quote.start), ctx.token_at(quote.end)
        for type_, phrases in rules.speech_acts.items():
            hit = next((t for t in phrases.starts_in(ctx.keys, first, end) if phrases.match_at(ctx.keys, t)), None)
            if hit is None and type_ == "THREATEN":
                hit, phrases = _ultimatum(ctx, rules, first, end), rules.conditionals
            if hit is None:
                continue
            sentence = ctx.sentence_of[hit]
            sentence_span = tuple(ctx.article.sentences[sentence])
            if (type_, sentence_span) in coded:
                continue  # a trigger in the same sentence already coded this act
            targets = _named_in(ctx, rules, first, end, dateline, quote.speaker.actor)
            if not targets and quote.cue is not None:
                # "X نے عمران خان کا نام لیے بغیر کہا کہ ...": whom the words are about may
                # be named in the reporting clause, between the speaker and the cue.
                cue_token = ctx.token_at(quote.cue.start)
                lo, _ = ctx.sentence_span(min(cue_token, len(ctx.tokens) - 1))
                targets = [
                    p for p in _named_in(ctx, rules, lo, cue_token, dateline, quote.speaker.actor)
                    if not (p.start < quote.speaker.end and quote.speaker.start < p.end) and p.text != quote.speaker.text
                ]
            if not targets and type_ not in TARGETLESS_SPEECH_ACTS:
                continue
            speaker = Participant(quote.speaker.start, quote.speaker.end, quote.speaker.text, quote.speaker.actor)
            length = phrases.match_at(ctx.keys, hit)
            t_start, t_end = ctx.tokens[hit].start, ctx.tokens[hit + length - 1].end
            s_first, s_end = ctx.sentence_tokens[sentence]
            date = resolve_date(ctx.keys, s_first, s_end, story_date, ctx.lang)
            when = date or story_date
            acts.append(
                Event(
                    type=type_,
                    mode=SPEECH_ACT_MODES.get(type_),
                    source=(speaker,),
                    target=tuple(targets[:MAX_PARTICIPANTS]),
                    trigger=Span(t_start, t_end, ctx.text[t_start:t_end]),
                    sentence=sentence_span,
                    date=when.isoformat() if when else None,
                    date_source="text" if date else ("dateline" if story_date else None),
                    place=dateline.actor.name if dateline and dateline.actor else None,
                )
            )
            coded.add((type_, sentence_span))
    return acts


def _ultimatum(ctx: ArticleContext, rules: EventRules, first: int, end: int) -> int | None:
    """The condition word of an ultimatum in ``[first, end)``: a condition followed, in the
    same sentence, by a future act ("اگر ... نہ کیا گیا تو ... کرے گی")."""
    keys = ctx.keys
    for t in rules.conditionals.starts_in(keys, first, end):
        length = rules.conditionals.match_at(keys, t)
        if not length:
            continue
        _, sentence_end = ctx.sentence_span(t)
        stop = min(end, sentence_end)
        if any(rules.future_markers.match_at(keys, u) for u in rules.future_markers.starts_in(keys, t + length, stop)):
            return t
    return None


def _named_in(ctx: ArticleContext, rules: EventRules, first: int, end: int, dateline: Entity | None, speaker_actor) -> list[Participant]:
    """The actors named between two tokens, places where something happens left out."""
    named = []
    seen = set()
    for index in ctx.entities_in(first, end):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if not (first <= e_first < end) or entity.key in seen:
            continue
        if entity.type == "LOC" and _is_place(ctx, rules, e_first, e_end, dateline, entity):
            continue
        if speaker_actor is not None and entity.actor == speaker_actor:
            continue
        seen.add(entity.key)
        named.append(Participant(entity.start, entity.end, entity.text, entity.actor))
    return named


CUE_REACH = 3  # tokens between a trigger and the cue of the quote it introduces


def _named_in_introduced_quote(
    ctx: ArticleContext, rules: EventRules, trigger_first: int, trigger_end: int, dateline: Entity | None, source: list[Participant]
) -> list[Participant]:
    """The actors named in the quote whose cue is (or stands next to) the trigger."""
    t_start, t_end = ctx.tokens[trigger_first].start, ctx.tokens[trigger_end - 1].end
    for quote in ctx.article.quotes or []:
        if quote.cue is None:
            continue
        cue_first, cue_end = ctx.token_at(quote.cue.start), ctx.token_at(quote.cue.end)
        if cue_first - CUE_REACH <= trigger_first and trigger_end <= cue_end + CUE_REACH or quote.cue.start <= t_start < quote.cue.end or t_start <= quote.cue.start < t_end:
            first, end = ctx.token_at(quote.start), ctx.token_at(quote.end)
            speaker_actor = source[0].actor if source else None
            named = _named_in(ctx, rules, first, end, dateline, speaker_actor)
            keys = {_participant_key(p) for p in source}
            return [p for p in named if _participant_key(p) not in keys][:MAX_PARTICIPANTS]
    return []


OBJECT_LINKS = frozenset(["کی", "کے", "کا", "را", "از", "به", "علی"])


def _object_of_next_trigger(keys: list[str], rules: EventRules, after: int, end: int) -> bool:
    """Whether a trigger noun is the object of the trigger right after it."""
    j = after
    while j < end and j - after < 2 and keys[j] in OBJECT_LINKS:
        j += 1
    return j > after and j < end and rules.triggers.match_at(keys, j) > 0


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


LEAD_SENTENCES = 3
# A meeting or a call takes two; a visit, a protest or a threat can be one actor's act.
MIN_PARTICIPANTS = {("CONSULT", "meet"): 2, ("CONSULT", "phone"): 2}
# Acts that need a person or a body among their participants, not places alone.
ACTOR_REQUIRED = frozenset(["ASSAULT", "PROTEST", "REQUEST", "REJECT"])
# How many sentences on a mention of the same kind of act with the same actors is the same
# act: a meeting is retold for several sentences; each accusation is an act of its own.
SAME_ACT_REACH = {"CONSULT": 3, "AGREE": 2, "SUPPORT": 0, "ACCUSE": 0, "THREATEN": 0, "REQUEST": 0}


def _story_date(ctx: ArticleContext, published: dt.date | None) -> dt.date | None:
    """The day the story is about: a date in its lead (گزشتہ روز in the first sentence of a
    wire filed the next morning), else the publication date. Undated events take it."""
    for first, end in ctx.sentence_tokens[:LEAD_SENTENCES]:
        found = resolve_date(ctx.keys, first, end, published, ctx.lang)
        if found is not None:
            return found
    return published


def _is_loc(p: Participant, ctx: ArticleContext) -> bool:
    return ctx.is_entity(p.start, p.end, "LOC")


def _participant_key(p: Participant) -> str:
    return p.actor.id if p.actor else p.text



def _as_participant(entity: Entity) -> Participant:
    return Participant(entity.start, entity.end, entity.text, entity.actor)


def _participants(
    ctx: ArticleContext,
    first: int,
    end: int,
    trigger: int,
    quoted: list[tuple[int, int]],
    rules: EventRules,
    dateline: Entity | None,
    trigger_end: int | None = None,
) -> tuple[list[Participant], list[Participant]]:
    """Actors of the trigger's sentence: the subject is the source, the others targets."""
    qrules = quote_rules(ctx.lang)
    found: list[tuple[int, Entity]] = []
    subject: Entity | None = None
    seen_keys: set[str] = set()
    body = ctx.dateline_end(first, end)  # the agency in "اسلام آباد (اے پی پی)" takes no part
    for index in ctx.entities_in(body, end):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if e_first < body or e_first >= end:
            continue
        if covers(quoted, entity.start):
            continue
        if entity.type == "LOC" and _is_place(ctx, rules, e_first, e_end, dateline, entity):
            continue
        if any(ctx.keys[t] in rules.reporting_words for t in range(max(first, e_first - 3), e_first)):
            continue  # the outlet that reports the story
        key = entity.key
        if key in seen_keys:
            continue
        seen_keys.add(key)
        found.append((e_first, entity))
        if subject is None and e_end < len(ctx.keys) and ctx.keys[e_end] in qrules.subject_markers:
            subject = entity
    for t_first, person in _titled_subjects(ctx, first, end, quoted):
        if person.key not in seen_keys:
            seen_keys.add(person.key)
            found.append((t_first, person))
            if subject is None and _followed_by_subject_marker(ctx, t_first, qrules):
                subject = person
    for t_first, institution_mention in _home_institutions(ctx, rules, body, end, quoted, dateline):
        # Only as the acting subject (حکومت نے، أدان مجلس الوزراء): as an object or in
        # passing the word may mean a province's government or another country's.
        length = ctx.token_at(institution_mention.end - 1) + 1 - t_first
        acting = _followed_by_subject_marker(ctx, t_first + length, qrules) if qrules.subject_markers else t_first == trigger_end
        if not acting:
            continue
        if institution_mention.actor.id not in seen_keys:
            seen_keys.add(institution_mention.actor.id)
            found.append((t_first, institution_mention))
            if subject is None and _followed_by_subject_marker(ctx, t_first + 1, qrules):
                subject = institution_mention
    if trigger_end is not None and trigger_end < end and ctx.entity_covering(trigger_end) is None:
        # "وطالبت الوزارة ...": the ministry named before with that head acts.
        from bayan.quotes.patterns import body_named_before

        hint = body_named_before(ctx, trigger_end)
        body_entity = ctx.entity_covering(hint.first) if hint is not None else None
        if body_entity is not None and body_entity.key not in seen_keys:
            # The earlier, full mention stands for it (as a pronoun's antecedent does).
            seen_keys.add(body_entity.key)
            found.append((trigger_end, body_entity))
            subject = subject or body_entity
    antecedent = _pronoun_subject(ctx, first, end, qrules)
    if antecedent is not None and (antecedent.actor is None or antecedent.actor.id not in seen_keys) and antecedent.text not in seen_keys:
        subject = subject or antecedent
        found.insert(0, (first, antecedent))
    # The actors nearest the trigger matter most in a long sentence.
    found.sort(key=lambda item: abs(item[0] - trigger))
    chosen = [entity for _, entity in found[:MAX_PARTICIPANTS]]
    if subject is None and chosen:
        subject = min(chosen, key=lambda e: e.start)
    source = [_as_participant(subject)] if subject is not None else []
    target = [_as_participant(e) for e in sorted(chosen, key=lambda e: e.start) if e is not subject]
    return source, target


def _home_institutions(
    ctx: ArticleContext, rules: EventRules, first: int, end: int, quoted, dateline: Entity | None
) -> list[tuple[int, Entity]]:
    """The story country's institutions named without the country (حکومت نے، الحكومة)."""
    found = []
    keys = ctx.keys
    for t in rules.generic_bodies.starts_in(keys, first, end):
        length = rules.generic_bodies.match_at(keys, t)
        if not length or ctx.entity_covering(t) is not None or covers(quoted, ctx.tokens[t].start):
            continue
        role = rules.body_role.get("".join(keys[t : t + length]))
        if "home_country" not in ctx.__dict__:
            ctx.__dict__["home_country"] = home_country(dateline, ctx.entities)
        actor = institution(role, ctx.__dict__["home_country"]) if role else None
        if actor is None:
            continue
        start, stop = ctx.tokens[t].start, ctx.tokens[t + length - 1].end
        found.append((t, Entity(start, stop, ctx.text[start:stop], "ORG", actor, "institution")))
    return found


def _titled_subjects(ctx: ArticleContext, first: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, Entity]]:
    """Bare titles in the sentence (وزیراعظم نے ...، سمو الأمير) resolved to the person
    holding them; a chain of titles is one person."""
    from bayan.quotes.speakers import resolve_title

    found = []
    titles = ctx.names.titles
    weekdays = date_rules(ctx.lang).weekdays
    t = ctx.dateline_end(first, end)  # (نمائندہ خصوصی) in a dateline is the reporter
    while t < end:
        length = titles.match_at(ctx.keys, t) if ctx.keys[t] in titles.first_words else 0
        if not length or (length == 1 and (ctx.keys[t],) in weekdays):
            t += 1  # پیر کو is Monday, not a pir
            continue
        chain = [(t, length)]
        after = t + length
        while after < end:
            more = titles.match_at(ctx.keys, after) if ctx.keys[after] in titles.first_words else 0
            if more:
                chain.append((after, more))
                after += more
            elif ctx.keys[after] in ctx.names.office_words:
                after += 1
            else:
                break
        named = after < end and ctx.entity_covering(after) is not None
        inside_quote = covers(quoted, ctx.tokens[t].start)
        if not named and not inside_quote:
            person = None
            for at, size in chain:
                person = resolve_title(ctx, tuple(ctx.keys[at : at + size]), t)
                if person is not None:
                    break
            if person is None and _acts(ctx, after, end):
                # An office nobody in the article is named for (چینی صدر نے) still takes part.
                start, stop = ctx.tokens[t].start, ctx.tokens[after - 1].end
                person = Entity(start, stop, ctx.text[start:stop], "PER", None, "title")
            if person is not None:
                found.append((t, person))
        t = after
    return found


def _acts(ctx: ArticleContext, after: int, end: int) -> bool:
    """Whether an office with no holder named in the article takes part: in a language
    that marks who acts and with whom (نے، سے، کو) it must be so marked (صدر میں is the
    Saddar quarter); elsewhere any mention takes part."""
    markers = event_rules(ctx.lang).participant_markers
    return not markers or (after < end and ctx.keys[after] in markers)


def _followed_by_subject_marker(ctx: ArticleContext, t: int, qrules) -> bool:
    j = t
    while j < len(ctx.keys) and (ctx.keys[j] in ctx.names.title_words or ctx.keys[j] in ctx.names.office_words):
        j += 1
    return j < len(ctx.keys) and ctx.keys[j] in qrules.subject_markers


def _pronoun_subject(ctx: ArticleContext, first: int, end: int, qrules) -> Entity | None:
    """The person behind a pronoun subject (انہوں نے، وی، وأضاف ...) of the sentence."""
    pronoun_at = None
    for t in range(first, min(end, first + 6)):
        if ctx.keys[t] in qrules.pronouns and (
            not qrules.subject_markers or (t + 1 < end and ctx.keys[t + 1] in qrules.subject_markers)
        ):
            pronoun_at = t
            break
    if pronoun_at is None:
        return None
    position = ctx.tokens[pronoun_at].start
    from bayan.quotes.speakers import resolve_title

    # An honorific pronoun (جلالته، سموه) stands for whoever holds that style.
    for title in qrules.honorifics.get(ctx.keys[pronoun_at], ()):
        holder = resolve_title(ctx, title, pronoun_at)
        if holder is not None:
            return holder
    s = ctx.last_speaker_before(position)
    if s is not None:
        return Entity(s.start, s.end, s.text, "PER", s.actor, "speaker")
    return ctx.last_person_ending_by(position)


def _is_place(ctx: ArticleContext, rules: EventRules, e_first: int, e_end: int, dateline: Entity | None, entity: Entity) -> bool:
    """A place where something happens, not an actor taking part."""
    if dateline is not None and entity.start == dateline.start:
        return True
    if e_end < len(ctx.keys) and ctx.keys[e_end] in rules.locative_after:
        return True
    if e_first > 0 and ctx.keys[e_first - 1] in rules.locative_before:
        return True
    return False


STATUS_REACH = 4  # tokens around a trigger where its tense and negation show


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
    threat itself a plan."""
    inside = ctx.in_quote

    def unquoted(lo: int, hi: int) -> list[int]:
        return [t for t in range(lo, hi) if not inside[t]]

    # Cancelling or denying words are rare and strong: anywhere in the sentence. The future
    # tense is everywhere: only next to the trigger.
    sentence = unquoted(first, end)
    window = unquoted(max(first, trigger_first - STATUS_REACH), min(end, trigger_end + STATUS_REACH))
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
