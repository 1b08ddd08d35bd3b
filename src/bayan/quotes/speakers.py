"""Who a quotation's speaker is: a named mention, a title standing for a person named
elsewhere, or a pronoun standing for the last person who spoke.
"""

from __future__ import annotations

from dataclasses import dataclass

from bayan.article import Entity, Span, Speaker
from bayan.quotes.context import ArticleContext
from bayan.quotes.rules import quote_rules

# How far back (in sentences) the last speaker stays the referent of a pronoun.
PRONOUN_REACH = 4


@dataclass(frozen=True)
class SpeakerHint:
    """What the cue pattern found where the speaker should be."""

    kind: str  # entity | np | pronoun | implicit | anonymous
    first: int = -1  # token range of the words found
    end: int = -1


@dataclass
class SpeakerState:
    """The running memory of who spoke, in document order."""

    last: Speaker | None = None
    last_sentence: int = -1


def speaker_from_entity(entity: Entity) -> Speaker:
    return Speaker(entity.start, entity.end, entity.text, entity.actor)


def resolve_title(ctx: ArticleContext, title: tuple[str, ...], before_token: int) -> Entity | None:
    """The person a bare title refers to: the latest one introduced with it before the
    position, else the first one after it (a headline names the office first)."""
    if not title:
        return None
    head = title[0]
    best_before = None
    first_after = None
    for keys, index in ctx.titled:
        if keys != title and keys[0] != head:
            continue
        first, _ = ctx.entity_tokens[index]
        if first < before_token:
            best_before = index
        elif first_after is None:
            first_after = index
    chosen = best_before if best_before is not None else first_after
    return None if chosen is None else ctx.entities[chosen]


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
    for index in range(len(ctx.entities) - 1, -1, -1):
        entity = ctx.entities[index]
        first, end = ctx.entity_tokens[index]
        if entity.type != "PER" or first >= before_token or first < after_token:
            continue
        if any(s <= entity.start < e for s, e in excluded):
            continue
        if markers is not None and not is_subject(ctx, index, markers):
            continue
        return entity
    return None


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
    if hint.kind == "entity":
        index = ctx.entity_of[hint.first]
        speaker = speaker_from_entity(ctx.entities[index]) if index is not None else None
    elif hint.kind == "np":
        speaker = _from_noun_phrase(ctx, hint.first, hint.end, cue_token)
    elif hint.kind in ("pronoun", "implicit"):
        pronoun = None
        if hint.kind == "pronoun":
            first, last = ctx.tokens[hint.first], ctx.tokens[hint.end - 1]
            pronoun = Span(first.start, last.end, ctx.text[first.start : last.end])
        antecedent = _antecedent(ctx, cue_token, sentence, state, quoted)
        if antecedent is not None:
            speaker = Speaker(antecedent.start, antecedent.end, antecedent.text, antecedent.actor, pronoun)
    if speaker is not None:
        state.last = speaker
        state.last_sentence = sentence
    return speaker


def _antecedent(ctx: ArticleContext, cue_token: int, sentence: int, state: SpeakerState, quoted: list[tuple[int, int]]) -> Speaker | None:
    reach_token = ctx.sentence_tokens[max(0, sentence - PRONOUN_REACH)][0]
    since_last = reach_token
    if state.last is not None and sentence - state.last_sentence <= PRONOUN_REACH:
        since_last = ctx.token_at(state.last.end)
    # A person introduced after the last speaker (and outside quoted speech) is the
    # better referent: "X was also present. He said ...".
    markers = quote_rules(ctx.lang).subject_markers
    newer = last_subject_person(ctx, ctx.sentence_tokens[sentence][0], since_last, quoted, markers)
    if newer is not None and (state.last is None or newer.start > state.last.end):
        return speaker_from_entity(newer)
    if state.last is not None and sentence - state.last_sentence <= PRONOUN_REACH:
        return Speaker(state.last.start, state.last.end, state.last.text, state.last.actor)
    older = last_subject_person(ctx, ctx.sentence_tokens[sentence][0], 0, quoted)
    return speaker_from_entity(older) if older is not None else None


def _from_noun_phrase(ctx: ArticleContext, first: int, end: int, cue_token: int) -> Speaker | None:
    if first >= end:
        return None
    # The last entity inside the phrase is its head in these languages' name order.
    for t in range(end - 1, first - 1, -1):
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type in ("PER", "ORG"):
            return speaker_from_entity(entity)
    keys = tuple(ctx.keys[first:end])
    names = ctx.names
    if all(k in names.title_words or k in names.office_words for k in keys):
        title_length = names.titles.match_at(ctx.keys, first)
        person = resolve_title(ctx, tuple(ctx.keys[first : first + title_length]) or keys, cue_token)
        if person is not None:
            return speaker_from_entity(person)
    for t in range(end - 1, first - 1, -1):
        entity = ctx.entity_covering(t)
        if entity is not None:
            return speaker_from_entity(entity)
    start, stop = ctx.tokens[first].start, ctx.tokens[end - 1].end
    return Speaker(start, stop, ctx.text[start:stop], None)
