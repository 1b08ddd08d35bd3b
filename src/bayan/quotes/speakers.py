"""Who a quotation's speaker is: a named mention, a title standing for a person named
elsewhere, or a pronoun standing for the last person who spoke.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from bayan.actors.loader import bundled_ids_of_kind
from bayan.article import Entity, Span, Speaker
from bayan.quotes.context import ArticleContext, covers, is_adjective_of_origin
from bayan.quotes.gender import mention_gender, verb_gender
from bayan.quotes.rules import quote_rules

# How far back (in sentences) the last speaker stays the referent of a pronoun.
PRONOUN_REACH = 4


@dataclass(frozen=True)
class SpeakerHint:
    """What the cue pattern found where the speaker should be."""

    kind: str  # entity | np | pronoun | implicit | anonymous | statement | document | resolved (speaker already known)
    first: int = -1  # token range of the words found
    end: int = -1


@dataclass
class SpeakerState:
    """The running memory of who spoke, in document order."""

    last: Speaker | None = None
    last_sentence: int = -1
    last_cue: int = -1  # the cue token of the last attribution (its speaker may be named far before)
    interviewee: Speaker | None = None  # who answers the questions of a Q&A interview
    last_body: Speaker | None = None  # the latest organisation that spoke ("البيان" is its)
    spokesperson_of: Speaker | None = None  # the body whose spokesperson spoke last


MAX_DEMONSTRATIVE_NP = 3  # "این مقام مسئول"


def speaker_from_entity(entity: Entity) -> Speaker:
    return Speaker(entity.start, entity.end, entity.text, entity.actor)


def resolve_title(
    ctx: ArticleContext,
    title: tuple[str, ...],
    before_token: int,
    qualifiers: tuple[str, ...] = (),
    country: str | None = None,
    gender: str | None = None,
) -> Entity | None:
    """The person a bare title refers to: the latest one introduced with it before the
    position, else the first one after it (a headline names the office first). With
    ``qualifiers`` (the office words after the title: وزير *الصحة*), a person introduced
    with all of them is preferred; with ``gender`` (of the verb), no one known to be of
    the other."""
    if not title:
        return None
    found = _resolve_title(ctx, title, before_token, qualifiers, country, gender)
    for other in ctx.names.equivalents.get(tuple(title), ()) if found is None else ():
        found = _resolve_title(ctx, other, before_token, (), country, gender)
        if found is not None:
            break
    if found is None and len(title) > 1 and title[0] in quote_rules(ctx.lang).title_scopes:
        # "صوبائی وزیر" for "سندھ کے وزیر آبپاشی جام خان شورو": the office without its scope,
        # though not someone introduced with the other scope (وفاقی وزیر ...).
        found = _resolve_title(ctx, title[1:], before_token, qualifiers, country, gender, scope=title[0])
    return found


def _resolve_title(
    ctx: ArticleContext,
    title: tuple[str, ...],
    before_token: int,
    qualifiers: tuple[str, ...],
    country: str | None,
    gender: str | None,
    scope: str | None = None,
) -> Entity | None:
    # The title's own words after its head qualify it as well: رئيس *الدولة* is not the
    # Syrian president introduced as الرئيس السوري.
    qualifiers = tuple(title[1:]) + tuple(qualifiers)
    firsts, indexes, words, scopes = _titled_by_head(ctx).get(_head(title[0]), ((), (), (), ()))
    # "سابق وزیراعلیٰ عثمان بزدار" held the office once: "وزیراعلیٰ نے" is the one who holds it.
    former = quote_rules(ctx.lang).former
    current = former and not former & set(qualifiers)
    if gender is not None or scope is not None or current:
        kept = [
            p
            for p, index in enumerate(indexes)
            if (gender is None or not _disagrees(ctx, ctx.entities[index], gender))
            and (scope is None or scopes[p] in (None, scope))
            and not (current and former & words[p])
        ]
        firsts, indexes, words = [firsts[p] for p in kept], [indexes[p] for p in kept], [words[p] for p in kept]
    k = bisect.bisect_left(firsts, before_token)
    if country is not None:
        # "وزیر امور خارجه کشورمان": the holder from the story's own country.
        from bayan.events.hosts import country_of

        order = list(range(k - 1, -1, -1)) + list(range(k, len(indexes)))
        for position in order:
            entity = ctx.entities[indexes[position]]
            if country_of(entity.actor) == country and (not qualifiers or set(qualifiers) <= words[position]):
                return entity
    if qualifiers:
        wanted = set(qualifiers)
        order = list(range(k - 1, -1, -1)) + list(range(k, len(indexes)))
        for position in order:
            if wanted <= words[position]:
                return ctx.entities[indexes[position]]
    chosen = indexes[k - 1] if k > 0 else indexes[k] if k < len(indexes) else None
    return None if chosen is None else ctx.entities[chosen]


def _head(title_word: str) -> str:
    """A title's first word without the Arabic article: الأمير and أمير name one office."""
    return title_word[2:] if title_word.startswith("ال") and len(title_word) > 4 else title_word


def _titled_by_head(ctx: ArticleContext) -> dict[str, tuple[list, ...]]:
    """For each title's first word, the first tokens, indexes, further title words and
    scope word (وفاقی) of the people introduced with it, in text order (built once per
    article: a scan per bare title was quadratic)."""
    memo = ctx.__dict__.get("_titled_by_head")
    if memo is not None and memo[0] is ctx.titled:
        return memo[1]
    table: dict[str, list[tuple[int, int, frozenset[str], str | None]]] = {}
    scopes = quote_rules(ctx.lang).title_scopes
    for keys, index in ctx.titled:
        # Filed under its first word, and past a word of scope under the next: "وفاقی وزیر
        # آبی وسائل" is found again as "وزیر آبی وسائل" (but نائب وزیراعظم is no وزیراعظم).
        heads = [0, 1] if len(keys) > 1 and keys[0] in scopes else [0]
        scope = next((k for k in keys if k in scopes), None)
        for p in heads:
            table.setdefault(_head(keys[p]), []).append((ctx.entity_tokens[index][0], index, frozenset(keys[p + 1 :]), scope))
    by_head = {}
    for head, entries in table.items():
        entries.sort(key=lambda entry: entry[0])  # stable: text order within a token
        by_head[head] = tuple([entry[field] for entry in entries] for field in range(4))
    ctx.__dict__["_titled_by_head"] = (ctx.titled, by_head)
    return by_head


def is_subject(ctx: ArticleContext, index: int, markers: frozenset[str]) -> bool:
    """Whether an entity mention is its clause's subject: followed (past any titles or
    offices) by a subject marker (نے), or opening its sentence after the dateline."""
    first, end = ctx.entity_tokens[index]
    j = end
    while j < len(ctx.keys) and (ctx.keys[j] in ctx.names.title_words or ctx.keys[j] in ctx.names.office_words):
        j += 1
    if j < len(ctx.keys) and ctx.keys[j] in markers:
        return True
    sentence_first, sentence_end = ctx.sentence_span(first)
    return first == ctx.dateline_end(sentence_first, sentence_end) or first == sentence_first


def last_subject_person(
    ctx: ArticleContext,
    before_token: int,
    after_token: int,
    excluded: list[tuple[int, int]],
    markers: frozenset[str] | None = None,
) -> Entity | None:
    """The latest person mention between two tokens that is not inside quoted content
    (and, when ``markers`` are given, is the subject of its clause)."""
    firsts, indexes = _eligible_people(ctx, excluded, markers)
    k = bisect.bisect_left(firsts, before_token)
    if k > 0 and firsts[k - 1] >= after_token:
        return ctx.entities[indexes[k - 1]]
    return None


def _eligible_people(
    ctx: ArticleContext, excluded: list[tuple[int, int]], markers: frozenset[str] | None
) -> tuple[list[int], list[int]]:
    """First tokens and indexes of the person mentions outside ``excluded`` (and subjects,
    given ``markers``), in text order; computed once per article and list of quotes."""
    memo = ctx.__dict__.setdefault("_eligible_people", {})
    cached = memo.get(markers)
    if cached is not None and cached[0] is excluded and cached[1] is ctx.article.entities:
        return cached[2]
    entries = []
    for index, entity in enumerate(ctx.entities):
        if entity.type != "PER" or covers(excluded, entity.start):
            continue
        if markers is not None and not is_subject(ctx, index, markers):
            continue
        entries.append((ctx.entity_tokens[index][0], index))
    entries.sort(key=lambda entry: entry[0])
    result = ([f for f, _ in entries], [i for _, i in entries])
    memo[markers] = (excluded, ctx.article.entities, result)
    return result


def resolve(
    ctx: ArticleContext,
    hint: SpeakerHint,
    cue_token: int,
    state: SpeakerState,
    quoted: list[tuple[int, int]],
) -> Speaker | None:
    """Turn a hint into a speaker, updating ``state``."""
    sentence = ctx.sentence_of[cue_token] if ctx.tokens else 0
    speaker: Speaker | None = None
    if hint.kind == "interviewee":
        if state.interviewee is None:
            state.interviewee = state.last or _first_person(ctx)
        speaker = state.interviewee
        if speaker is not None:
            state.last_sentence = sentence
        return speaker
    if hint.kind == "np" and hint.end - hint.first == 1 and ctx.keys[hint.first] in quote_rules(ctx.lang).pronouns:
        # "ورحب سموه ...، مؤكدا أن": the main clause's subject is itself a pronoun.
        hint = SpeakerHint("pronoun", hint.first, hint.end)
    if hint.kind == "np" and 2 <= hint.end - hint.first <= MAX_DEMONSTRATIVE_NP and ctx.keys[hint.first] in quote_rules(ctx.lang).demonstratives:
        # "به گفته این اقتصاددان": whoever holds that title, else the person just named.
        holder = resolve_title(ctx, (ctx.keys[hint.first + 1],), cue_token)
        if holder is not None:
            speaker = speaker_from_entity(holder)
            hint = SpeakerHint("resolved", hint.first, hint.end)
        elif ctx.entity_covering(hint.first + 1) is None:
            hint = SpeakerHint("pronoun", hint.first, hint.end)
    if hint.kind == "statement":
        # "وطالب البيان ...": the statement of the body that spoke last, else as a pronoun.
        hint = SpeakerHint("implicit") if state.last_body is None else hint
        speaker = state.last_body
    if hint.kind == "document":
        speaker = _document_body(ctx, hint, state, sentence)
    if hint.kind == "entity":
        index = ctx.entity_of[hint.first]
        speaker = speaker_from_entity(ctx.entities[index]) if index is not None else None
        holder = _holder_named_before(ctx, index) if index is not None else None
        speaker = holder or _holder_of_office(ctx, hint, speaker) or _spokesperson(ctx, hint, speaker, state)
    elif hint.kind == "np":
        speaker = _from_noun_phrase(ctx, hint.first, hint.end, cue_token)
        speaker = _holder_of_office(ctx, hint, speaker) or _spokesperson(ctx, hint, speaker, state)
    elif hint.kind in ("pronoun", "implicit"):
        pronoun = None
        if hint.kind == "pronoun":
            first, last = ctx.tokens[hint.first], ctx.tokens[hint.end - 1]
            pronoun = Span(first.start, last.end, ctx.text[first.start : last.end])
        antecedent = None
        titles = quote_rules(ctx.lang).honorifics.get(ctx.keys[hint.first], ()) if hint.kind == "pronoun" else ()
        # "وأكدت معاليها": the style's holder of the verb's gender.
        gender = verb_gender(ctx, cue_token) if titles else None
        for title in titles:
            holder = resolve_title(ctx, title, cue_token, gender=gender)
            if holder is not None:
                antecedent = speaker_from_entity(holder)
                break
        if antecedent is None:
            antecedent = _antecedent(ctx, cue_token, sentence, state, quoted)
            antecedent = _agreeing(ctx, antecedent, cue_token, sentence, quoted)
        if antecedent is not None:
            speaker = Speaker(antecedent.start, antecedent.end, antecedent.text, antecedent.actor, pronoun)
    if speaker is not None:
        state.last = speaker
        state.last_sentence = sentence
        state.last_cue = cue_token
        if ctx.is_entity(speaker.start, speaker.end, "ORG"):
            state.last_body = speaker
    return speaker


DOCUMENT_REACH = 3  # sentences back to the body whose statement, resolution or letter it is


def _document_body(ctx: ArticleContext, hint: SpeakerHint, state: SpeakerState, sentence: int) -> Speaker | None:
    """Who speaks in a document named alone ("بیان میں کہا گیا ہے کہ", "قرارداد میں مطالبہ
    کیا گیا"): the body the same document was last named with, else the body that spoke
    last, else the latest organisation named shortly before (the assembly that passed the
    resolution)."""
    issuer = _issuer_named_before(ctx, hint.first)
    if issuer is not None:
        return issuer
    if state.last_body is not None:
        return state.last_body
    index = ctx.last_body_before(ctx.tokens[hint.first].start, lambda first, end: True)
    if index is not None and sentence - ctx.sentence_of[ctx.entity_tokens[index][0]] <= DOCUMENT_REACH:
        return speaker_from_entity(ctx.entities[index])
    return None


ISSUER_REACH = 8  # tokens between a body and its document: "دفتر خارجہ کی جانب سے منگل کو جاری بیان"
DOCUMENT_LOOKBACK = 600  # tokens back to the document's last mention


def _issuer_named_before(ctx: ArticleContext, document: int) -> Speaker | None:
    """The body a document was last named with ("وزیر اعظم ہاؤس سے جاری اعلامیے کے مطابق
    …"), when the same document is told again alone ("اعلامیے میں بتایا گیا"). A person
    there may only have read it out ("X نے مشترکہ اعلامیہ پڑھ کر سنایا")."""
    noun = ctx.keys[document]
    before = next((t for t in range(document - 1, max(-1, document - DOCUMENT_LOOKBACK), -1) if ctx.keys[t] == noun), None)
    if before is None:
        return None
    for u in range(before - 1, max(-1, before - 1 - ISSUER_REACH), -1):
        if ctx.tokens[u].kind == "punct":
            break
        entity = ctx.entity_covering(u)
        if entity is not None and (entity.type == "ORG" or _seat_of_office(entity)):
            return speaker_from_entity(entity)
    return None


def _seat_of_office(entity: Entity) -> bool:
    """A building that stands for its office ("وزیر اعظم ہاؤس سے جاری اعلامیے")."""
    return entity.actor is not None and entity.actor.id in bundled_ids_of_kind("seat")


OFFICE_LOOKBACK = 3000  # tokens back to where the holder of an office was named


def _holder_named_before(ctx: ArticleContext, index: int) -> Speaker | None:
    """The person an office of a body was held by when first named: "امیر جماعت اسلامی نے"
    and "دفتر خارجہ کے ترجمان نے" (or "ترجمان دفتر خارجہ نے") after "دفتر خارجہ کے ترجمان مبشر
    حسن گردیزی". The body alone ("جماعت اسلامی نے") speaks for itself."""
    entity = ctx.entities[index]
    if entity.type != "ORG":
        return None
    keys, titles, genitives = ctx.keys, ctx.names.titles, quote_rules(ctx.lang).genitives
    first, end = ctx.entity_tokens[index]
    body = tuple(keys[first:end])
    title = titles.match_ending_at(keys, first)
    if title:
        office, start = tuple(keys[first - title : first]), first - title  # ترجمان | دفتر خارجہ
    elif end + 1 < len(keys) and keys[end] in genitives and titles.match_at(keys, end + 1):
        office, start = tuple(keys[end + 1 : end + 1 + titles.match_at(keys, end + 1)]), first  # دفتر خارجہ | کے ترجمان
    else:
        return None
    forms = {office + body} | {body + (genitive,) + office for genitive in genitives}
    return _person_named_after(ctx, forms, start)


def _person_named_after(ctx: ArticleContext, forms: set[tuple[str, ...]], before: int) -> Speaker | None:
    """The latest person named right after one of ``forms`` (token keys) before token ``before``."""
    keys = ctx.keys
    starts = {form[0] for form in forms}
    for t in range(before - 1, max(-1, before - OFFICE_LOOKBACK), -1):
        if keys[t] not in starts:
            continue
        for form in forms:
            after = t + len(form)
            if after < len(keys) and tuple(keys[t:after]) == form:
                holder = ctx.entity_covering(after)
                if holder is not None and holder.type == "PER" and ctx.token_at(holder.start) == after:
                    return speaker_from_entity(holder)
    return None


MAX_OFFICE_TOKENS = 4  # "کرغز سفیر", "دفتر خارجہ کے ترجمان"


def _holder_of_office(ctx: ArticleContext, hint, speaker: Speaker | None) -> Speaker | None:
    """The person named right after the same office words earlier: "کرغز سفیر نے" after "کرغز
    سفیر آئیبیک تولوبائیف". The office words end the subject and open or close on a title."""
    keys, titles = ctx.keys, ctx.names.titles
    end = hint.end
    if speaker is not None and ctx.is_entity(speaker.start, speaker.end, "PER") and not titles.match_ending_at(keys, end):
        return None  # a person named as the subject (but "کرغز سفیر": an office, a word mistaken)
    for length in range(min(MAX_OFFICE_TOKENS, end), 1, -1):
        first = end - length
        if titles.match_ending_at(keys, end) or titles.match_at(keys, first):
            holder = _person_named_after(ctx, {tuple(keys[first:end])}, first)
            if holder is not None:
                return holder
    return None


def _spokesperson(ctx: ArticleContext, hint: SpeakerHint, speaker: Speaker | None, state: SpeakerState) -> Speaker | None:
    """A spokesperson speaks for a body: "ایف بی آر کے ترجمان" is the FBR's, and "ترجمان"
    alone, named no further, is the body whose spokesperson spoke last."""
    rules = quote_rules(ctx.lang)
    spokespersons = rules.spokespersons
    # The body named before its spokesperson: "ایف بی آر | کے ترجمان".
    after = ctx.keys[hint.end : hint.end + 2]
    named_before = len(after) == 2 and after[0] in rules.genitives and after[1] in spokespersons
    if not spokespersons or not (named_before or any(ctx.keys[t] in spokespersons for t in range(hint.first, hint.end))):
        return speaker
    if speaker is not None and ctx.is_entity(speaker.start, speaker.end, "ORG"):
        state.spokesperson_of = speaker
        return speaker
    alone = hint.end - hint.first == 1 and (speaker is None or ctx.entity_covering(hint.first) is None)
    if alone and (speaker is None or speaker.actor is None) and state.spokesperson_of is not None:
        body = state.spokesperson_of
        return Speaker(body.start, body.end, body.text, body.actor)
    return speaker


def _home_country(ctx: ArticleContext) -> str | None:
    from bayan.events.institutions import home_country

    dateline = next((e for e in ctx.entities[:3] if e.type == "LOC" and e.actor is not None), None)
    return home_country(dateline, ctx.entities)


def _first_person(ctx: ArticleContext) -> Speaker | None:
    person = next((e for e in ctx.entities if e.type == "PER"), None)
    return speaker_from_entity(person) if person is not None else None


def _antecedent(ctx: ArticleContext, cue_token: int, sentence: int, state: SpeakerState, quoted: list[tuple[int, int]]) -> Speaker | None:
    reach_token = ctx.sentence_tokens[max(0, sentence - PRONOUN_REACH)][0]
    since_last = reach_token
    if state.last is not None and sentence - state.last_sentence <= PRONOUN_REACH:
        # Since the last attribution: a speaker found through a bare title ("وفاقی وزیر نے")
        # was named long before, and people named in between were not newer than that.
        since_last = max(ctx.token_at(state.last.end), state.last_cue)
    # A person introduced after the last speaker (and outside quoted speech) is the
    # better referent: "X was also present. He said ...".
    markers = quote_rules(ctx.lang).subject_markers
    # Where subjects are marked (نے), one earlier in the same sentence counts too: "X نے ...
    # سراہا، تاہم ان کا کہنا تھا کہ" is X's.
    bound = cue_token if markers else ctx.sentence_tokens[sentence][0]
    newer = last_subject_person(ctx, bound, since_last, quoted, markers)
    if quote_rules(ctx.lang).word_order == "verb-first" and sentence > 0 and sentence - 1 > state.last_sentence:
        # Verb-first: the subject of the sentence just before ("رفع الشيخ علي ... الشكر.
        # وأوضح أن ...") is the newer referent.
        from bayan.quotes.subjects import clause_subject_person

        newer = clause_subject_person(ctx, sentence - 1, quoted) or newer
    if newer is not None and (state.last is None or newer.start > state.last.end):
        return speaker_from_entity(newer)
    if state.last is not None and sentence - state.last_sentence <= PRONOUN_REACH:
        return Speaker(state.last.start, state.last.end, state.last.text, state.last.actor)
    older = last_subject_person(ctx, ctx.sentence_tokens[sentence][0], 0, quoted)
    return speaker_from_entity(older) if older is not None else None


def _agreeing(
    ctx: ArticleContext, antecedent: Speaker | None, cue_token: int, sentence: int, quoted: list[tuple[int, int]]
) -> Speaker | None:
    """The antecedent, or, when the verb's gender rules it out ("وأضافت" after a man's
    words), the latest mention before the cue that agrees with the verb."""
    wanted = verb_gender(ctx, cue_token)
    if wanted is None:
        return antecedent
    index = _entity_index_at(ctx, antecedent.start) if antecedent is not None else None
    if index is not None:
        first, end = ctx.entity_tokens[index]
        found = mention_gender(ctx, ctx.entities[index], first, end)
        if found == wanted or (found is None and wanted == "m"):
            return antecedent
    reach = ctx.sentence_tokens[max(0, sentence - PRONOUN_REACH)][0]
    for index in range(len(ctx.entities) - 1, -1, -1):
        entity = ctx.entities[index]
        first, end = ctx.entity_tokens[index]
        if first >= cue_token or entity.type == "LOC" or covers(quoted, entity.start):
            continue
        if first < reach:
            break
        s_first, s_end = ctx.sentence_span(first)
        if first < ctx.dateline_end(s_first, s_end) or (first > 0 and ctx.keys[first - 1] in ("ل", "لـ")):
            continue  # the agency filing the story, or whom the words were said to
        if ctx.tokens[first].start < entity.start:
            continue  # a joined preposition before it (لصندوق النقد): not a subject
        if mention_gender(ctx, entity, first, end) == wanted:
            return Speaker(entity.start, entity.end, entity.text, entity.actor)
    return antecedent


def _entity_index_at(ctx: ArticleContext, char: int) -> int | None:
    token = ctx.token_at(char)
    return ctx.entity_of[token] if 0 <= token < len(ctx.entity_of) else None


def body_referred_to(ctx: ArticleContext, first: int, end: int) -> Entity | None:
    """"عدالت نے ریمارکس دیے": a generic word for a body (the court, the committee) is the
    latest body of that kind named before it (لاہور ہائیکورٹ)."""
    references = quote_rules(ctx.lang).body_references
    keys = [k for k in ctx.keys[first:end] if k not in quote_rules(ctx.lang).pronouns]
    if len(keys) != 1 or keys[0] not in references:
        return None
    heads = references[keys[0]]
    index = ctx.last_body_before(ctx.tokens[first].start, lambda lo, hi: any(k in heads for k in ctx.keys[lo:hi]))
    return None if index is None else ctx.entities[index]


MAX_DELEGATION_LOOKBACK = 2000  # tokens back to the delegation's first mention


def delegation_group(ctx: ArticleContext, first: int, end: int) -> Entity | None:
    """"وفد نے مطالبہ کیا": the group of the latest delegation named with its group before
    ("X کے وفد")."""
    rules = quote_rules(ctx.lang)
    if end - first != 1 or ctx.keys[first] not in rules.delegations:
        return None
    for t in range(first - 1, max(0, first - MAX_DELEGATION_LOOKBACK) - 1, -1):
        if ctx.keys[t] not in rules.delegations:
            continue
        before = t - 1 if t > 0 and ctx.keys[t - 1] in rules.genitives else t
        group = ctx.entity_covering(before - 1) if before > 0 else None
        if group is not None and group.type in ("ORG", "LOC"):
            return group
    return None


def _styles(lang: str) -> frozenset[str]:
    """Styles of address (سمو، معالي، سعادة): the titles an honorific pronoun stands for."""
    return frozenset(t[0] for titles in quote_rules(lang).honorifics.values() for t in titles)


def _disagrees(ctx: ArticleContext, person: Entity, wanted: str | None) -> bool:
    if wanted is None:
        return False
    index = _entity_index_at(ctx, person.start)
    if index is None:
        return False
    first, end = ctx.entity_tokens[index]
    found = mention_gender(ctx, ctx.entities[index], first, end)
    return found is not None and found != wanted


def _describes(ctx: ArticleContext, token: int) -> bool:
    """A word that describes a title's holder without naming anyone else: a place
    (وزیر خارجہ پاکستان) or, in Arabic, an adjective of origin (المدرب الصربي)."""
    entity = ctx.entity_covering(token)
    if entity is not None:
        return entity.type == "LOC"
    return is_adjective_of_origin(ctx.lang, ctx.keys[token])


def _from_noun_phrase(ctx: ArticleContext, first: int, end: int, cue_token: int) -> Speaker | None:
    if first >= end:
        return None
    body = body_referred_to(ctx, first, end) or delegation_group(ctx, first, end)
    if body is not None:
        return speaker_from_entity(body)
    if ctx.keys[first] in quote_rules(ctx.lang).reporters:
        start, stop = ctx.tokens[first].start, ctx.tokens[end - 1].end
        return Speaker(start, stop, ctx.text[start:stop], None)  # مراسل الجزيرة, not الجزيرة
    names = ctx.names
    # Urdu puts the head last (دفتر خارجہ کے ترجمان); Persian and Arabic put the title first
    # and the body it heads after it (رئیس کل بانک مرکزی): there the office's holder speaks,
    # not the body.
    head_first = quote_rules(ctx.lang).word_order == "verb-first" or not quote_rules(ctx.lang).subject_markers
    titled = head_first and names.titles.match_at(ctx.keys, first) > 0
    for t in range(end - 1, first - 1, -1):
        entity = ctx.entity_covering(t)
        if entity is not None and (entity.type == "PER" or (entity.type == "ORG" and not titled)):
            return speaker_from_entity(entity)
    keys = tuple(ctx.keys[first:end])
    seen_offices = {k for keys_, _ in ctx.titled for k in keys_}  # "آبی وسائل" of an earlier title
    body_words = all(
        k in names.title_words or k in names.office_words or k in seen_offices or _describes(ctx, first + i)
        or (titled and (e := ctx.entity_covering(first + i)) is not None and e.type == "ORG")
        for i, k in enumerate(keys)
    )
    if body_words:
        # Each title of a chain may be the one the holder was introduced with: in "سمو وزير
        # الخارجية", سمو may have come with no name and وزير with one. An office says more
        # than a style of address (سعادة، معالي are given to many): offices are tried first.
        chain = []
        t = first
        while t < end:
            title_length = names.titles.match_at(ctx.keys, t)
            if not title_length:
                t += 1
                continue
            chain.append((t, title_length))
            t += title_length
        styles = _styles(ctx.lang)
        chain.sort(key=lambda item: ctx.keys[item[0]] in styles)
        wanted_gender = verb_gender(ctx, cue_token)
        for t, title_length in chain:
            title = tuple(ctx.keys[t : t + title_length])
            home_markers = quote_rules(ctx.lang).home_markers
            qualifiers = tuple(k for k in ctx.keys[t + title_length : end] if k in names.office_words and k not in home_markers)
            home_marked = any(k in home_markers for k in ctx.keys[first : end + 1])
            home = _home_country(ctx) if home_marked else None
            # The holder was introduced before this bare mention of the title.
            person = resolve_title(ctx, title, first, qualifiers, home, wanted_gender)
            if person is not None:
                return speaker_from_entity(person)
    # A title with a place (نخست‌وزیر پاکستان) describes the speaker better than the place.
    start, stop = ctx.tokens[first].start, ctx.tokens[end - 1].end
    return Speaker(start, stop, ctx.text[start:stop], None)
