"""Who takes part in an event: the actors of the trigger's clause, the subject first.

Entities of the clause outside quoted speech, bare titles resolved to their holders, the
story country's institutions named without the country, the person behind a pronoun
subject, and, for "both sides", the parties of the talks just told.
"""

from __future__ import annotations

from functools import lru_cache

from bayan.actors.loader import load_bundled_actors
from bayan.article import ActorRef, Entity, Event, Participant, Speaker
from bayan.dates import date_rules
from bayan.events.hosts import country_of, host_country
from bayan.events.institutions import home_country, institution
from bayan.events.rules import EventRules, event_rules
from bayan.lang import data_module
from bayan.phrases import words
from bayan.quotes.context import ArticleContext, covers
from bayan.quotes.rules import quote_rules

MAX_PARTICIPANTS = 5


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> dict[str, ActorRef]:
    """Folded country adjective -> the country (بھارتی -> India)."""
    table = getattr(data_module(lang, "places"), "DEMONYMS", {})
    if not table:
        return {}
    actors = {a.id: a for a in load_bundled_actors()}
    return {
        words(adjective)[0]: ActorRef(actors[country].id, actors[country].name)
        for adjective, country in table.items() if country in actors
    }


def by_adjective(ctx: ArticleContext, p: Participant) -> bool:
    """Whether a participant is a country told only by an adjective (بھارتی، الإماراتية)."""
    if p.actor is None or ctx.entity_covering(ctx.token_at(p.start)) is not None:
        return False
    return _demonyms(ctx.lang).get(ctx.keys[ctx.token_at(p.start)]) == p.actor


def countries_by_adjective(ctx: ArticleContext, first: int, end: int, quoted=()) -> list[tuple[int, Participant]]:
    """Countries told by an adjective outside any name ("بھارتی قانون"، "افغان حکام")."""
    table = _demonyms(ctx.lang)
    found = []
    for t in range(first, end):
        country = table.get(ctx.keys[t])
        if country is None or ctx.entity_covering(t) is not None or covers(quoted, ctx.tokens[t].start):
            continue
        token = ctx.tokens[t]
        found.append((t, Participant(token.start, token.end, token.text, country)))
    return found


BOTH_SIDES_REACH = 4  # sentences back to the talks "both sides" refers to
BOTH_SIDES_EVENTS_BACK = 60  # events looked through at most, however far the reach


def both_sides_phrase(ctx: ArticleContext, rules: EventRules, first: int, end: int) -> tuple[int, int] | None:
    """Where the sentence speaks of "both sides" (ووقع الجانبان، دونوں رہنماؤں نے، طرفین):
    its character span."""
    keys = ctx.keys
    for t in rules.both_sides.starts_in(keys, first, end):
        length = rules.both_sides.match_at(keys, t)
        if length:
            return ctx.tokens[t].start, ctx.tokens[t + length - 1].end
    return None


def both_sides(
    ctx: ArticleContext, events: list[Event], s_index: int, reach: int = BOTH_SIDES_REACH, modes: tuple[str, ...] = ()
) -> tuple[list[Participant], list[Participant]] | None:
    """The parties of the talks (a meeting, a visit, a call, or only the ``modes`` given)
    told shortly before."""
    s_start = ctx.article.sentences[max(0, s_index - reach)][0]
    for event in reversed(events[-BOTH_SIDES_EVENTS_BACK:]):  # bounded: a long article has many
        if event.sentence[0] < s_start:
            break
        if event.type == "CONSULT" and event.source and event.target and event.status is None and (not modes or event.mode in modes):
            return list(event.source), list(event.target)
    return None


def hosts(targets: list[Participant], source: list[Participant]) -> list[Participant]:
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


def is_loc(p: Participant, ctx: ArticleContext) -> bool:
    return ctx.is_entity(p.start, p.end, "LOC")


def participant_key(p: Participant) -> str:
    return p.actor.id if p.actor else p.text


def as_participant(mention: Entity | Speaker) -> Participant:
    """A participant for an entity or a quote's speaker (both have span, text and actor)."""
    return Participant(mention.start, mention.end, mention.text, mention.actor)


def participants(
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
        if entity.type == "LOC" and is_place(ctx, rules, e_first, e_end, dateline, entity):
            continue
        if any(ctx.keys[t] in rules.reporting_words for t in range(max(body, e_first - 3), e_first)):
            continue  # the outlet that reports the story (not the actor after "(نمائندہ خصوصی)")
        key = entity.key
        if key in seen_keys:
            continue
        seen_keys.add(key)
        found.append((e_first, entity))
        if subject is None and e_end < len(ctx.keys) and ctx.keys[e_end] in qrules.subject_markers:
            subject = entity
    for t_first, person in titled_subjects(ctx, first, end, quoted):
        if person.key not in seen_keys:
            seen_keys.add(person.key)
            found.append((t_first, person))
            if subject is None and _followed_by_subject_marker(ctx, t_first, qrules):
                subject = person
    for t_first, referent in _bodies_referred_to(ctx, body, end, quoted, qrules):
        if referent.key not in seen_keys:
            seen_keys.add(referent.key)
            found.append((t_first, referent))
            subject = subject or referent
    for t_first, institution_mention in home_institutions(ctx, rules, body, end, quoted, dateline):
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
    for t_first, country in countries_by_adjective(ctx, body, end, quoted):
        if country.actor.id not in seen_keys and country.actor.name not in seen_keys:
            seen_keys.add(country.actor.id)
            found.append((t_first, country))
    if trigger_end is not None and trigger_end < end and ctx.entity_covering(trigger_end) is None:
        # "وطالبت الوزارة ...": the ministry named before with that head acts.
        from bayan.quotes.subjects import body_named_before

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
    source = [as_participant(subject)] if subject is not None else []
    target = [as_participant(e) for e in sorted(chosen, key=lambda e: e.start) if e is not subject]
    return source, target


def home_institutions(
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


def titled_subjects(ctx: ArticleContext, first: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, Entity]]:
    """Bare titles in the sentence (وزیراعظم نے ...، سمو الأمير) resolved to the person
    holding them; a chain of titles is one person."""
    from bayan.quotes.speakers import resolve_title

    found = []
    titles = ctx.names.titles
    weekdays = date_rules(ctx.lang).weekdays
    pronouns = quote_rules(ctx.lang).pronouns
    t = ctx.dateline_end(first, end)  # (نمائندہ خصوصی) in a dateline is the reporter
    while t < end:
        length = titles.match_at(ctx.keys, t) if ctx.keys[t] in titles.first_words else 0
        if not length or (length == 1 and (ctx.keys[t],) in weekdays):
            t += 1  # پیر کو is Monday, not a pir
            continue
        if length == 1 and ctx.keys[t] in pronouns:
            t += 1  # سموه is a pronoun: the pronoun subject stands for the person
            continue
        chain = [(t, length)]
        after = t + length
        while after < end:
            more = titles.match_at(ctx.keys, after) if ctx.keys[after] in titles.first_words else 0
            if more:
                chain.append((after, more))
                after += more
            elif ctx.names.is_office_word(ctx.keys[after]):
                after += 1
            elif (
                (ctx.keys[after] in ctx.names.office_links or ctx.keys[after] in ctx.names.place_links)
                and (body := ctx.entity_covering(after + 1)) is not None and body.type in ("LOC", "ORG")
            ):
                after = ctx.token_at(body.end - 1) + 1  # "النائب عن محافظة الأنبار محمد ..."
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


def _bodies_referred_to(ctx: ArticleContext, first: int, end: int, quoted, qrules) -> list[tuple[int, Entity]]:
    """A generic word for a body acting (عدالت نے): the latest body of that kind named
    before it (اسلام آباد ہائیکورٹ); a delegation (وفد نے), the group whose delegation it is."""
    from bayan.quotes.speakers import body_referred_to, delegation_group

    if not (qrules.body_references or qrules.delegations) or not qrules.subject_markers:
        return []
    found = []
    for t in range(first, end - 1):
        if (
            (ctx.keys[t] in qrules.body_references or ctx.keys[t] in qrules.delegations)
            and ctx.keys[t + 1] in qrules.subject_markers
            and ctx.entity_covering(t) is None and not covers(quoted, ctx.tokens[t].start)
        ):
            referent = body_referred_to(ctx, t, t + 1) or delegation_group(ctx, t, t + 1)
            if referent is not None:
                found.append((t, referent))
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
    bare = event_rules(ctx.lang).bare_subject_pronouns
    for t in range(first, min(end, first + 6)):
        if ctx.keys[t] in bare or ctx.keys[t] in qrules.pronouns and (
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
    newer = _newer_subject(ctx, pronoun_at, s.end if s is not None else -1, qrules)
    if newer is not None:
        return newer
    if s is not None:
        return Entity(s.start, s.end, s.text, "PER", s.actor, "speaker")
    return ctx.last_person_ending_by(position)


NEWER_SUBJECT_REACH = 2  # sentences back to a person made the subject since the last speaker


def _newer_subject(ctx: ArticleContext, pronoun_at: int, since: int, qrules) -> Entity | None:
    """A person made the subject (X نے، آرمی چیف نے) after the last speaker and before the
    pronoun, within a sentence or two: "آئی ایس پی آر کے مطابق آرمی چیف نے دورہ کیا۔
    انہوں نے … سراہا" is the army chief's praise."""
    if not qrules.subject_markers:
        return None
    sentence = ctx.sentence_of[pronoun_at]
    lo = ctx.sentence_tokens[max(0, sentence - NEWER_SUBJECT_REACH)][0]
    found: list[tuple[int, Entity]] = []
    for index in ctx.entities_in(lo, pronoun_at):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if entity.type == "PER" and lo <= e_first and e_end < pronoun_at and ctx.keys[e_end] in qrules.subject_markers:
            found.append((e_first, entity))
    for s_index in range(max(0, sentence - NEWER_SUBJECT_REACH), sentence + 1):
        first, end = ctx.sentence_tokens[s_index]
        for t, person in titled_subjects(ctx, first, min(end, pronoun_at), ()):
            if _followed_by_subject_marker(ctx, t, qrules):
                found.append((t, person))
    found = [(t, e) for t, e in found if ctx.tokens[t].start >= since]
    return max(found, key=lambda item: item[0])[1] if found else None


def is_place(ctx: ArticleContext, rules: EventRules, e_first: int, e_end: int, dateline: Entity | None, entity: Entity) -> bool:
    """A place where something happens, not an actor taking part."""
    if dateline is not None and entity.start == dateline.start:
        return True
    if e_end < len(ctx.keys) and ctx.keys[e_end] in rules.locative_after:
        return True
    if e_first > 0 and ctx.keys[e_first - 1] in rules.locative_before:
        return True
    return False


def named_in(ctx: ArticleContext, rules: EventRules, first: int, end: int, dateline: Entity | None, speaker_actor) -> list[Participant]:
    """The actors named between two tokens, places where something happens left out."""
    named = []
    seen = set()
    for index in ctx.entities_in(first, end):
        entity = ctx.entities[index]
        e_first, e_end = ctx.entity_tokens[index]
        if not (first <= e_first < end) or entity.key in seen:
            continue
        if entity.type == "LOC" and is_place(ctx, rules, e_first, e_end, dateline, entity):
            continue
        if speaker_actor is not None and entity.actor == speaker_actor:
            continue
        seen.add(entity.key)
        named.append(Participant(entity.start, entity.end, entity.text, entity.actor))
    for _, country in countries_by_adjective(ctx, first, end):
        if country.actor.id not in seen and country.actor != speaker_actor and country.actor.name not in seen:
            seen.add(country.actor.id)
            named.append(country)
    return named
