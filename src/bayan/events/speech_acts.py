"""Quotes that are acts themselves: blaming, warning or praising in so many words.

A quote whose words carry an accusation, a threat or praise (or an ultimatum: a condition
then a future act) is coded as that act, from the speaker against the actors it names.
"""

from __future__ import annotations

import datetime as dt

from bayan.article import Entity, Event, Participant, Span
from bayan.dates import resolve_date
from bayan.events.participants import MAX_PARTICIPANTS, as_participant, home_institutions, named_in, participant_key, titled_subjects
from bayan.events.rules import EventRules
from bayan.events.speech_model import quote_features, speech_act_model
from bayan.phrases import PhraseSet
from bayan.quotes.context import ArticleContext
from bayan.quotes.rules import quote_rules

SPEECH_ACT_MODES = {"ACCUSE": "disapprove", "THREATEN": None, "SUPPORT": None}


# A warning needs no named target ("terrorists will be crushed"), nor a denial (the charge
# denied is often not in the words); blame does.
TARGETLESS_SPEECH_ACTS = frozenset(["THREATEN", "REJECT"])


def speech_acts(
    ctx: ArticleContext, rules: EventRules, found: list[Event], fallback: list[dt.date | None], dateline: Entity | None
) -> list[Event]:
    """Quotes that are acts themselves: a speaker blaming, warning or praising the actors
    their words name ("آمریکا شریک جنایات غزه است", "قطر شريك موثوق"). The trigger is the
    word that makes it so."""
    acts: list[Event] = []
    coded = {(e.type, e.sentence) for e in found}
    # "آج" in someone's words is the day the story was published, whatever day its lead tells.
    published = dt.date.fromisoformat(ctx.article.published) if ctx.article.published else None
    for quote in ctx.article.quotes or []:
        if quote.speaker is None:
            continue
        first, end = ctx.token_at(quote.start), ctx.token_at(quote.end)
        hits = []
        for type_, phrases in rules.speech_acts.items():
            hit = next((t for t in phrases.starts_in(ctx.keys, first, end) if phrases.match_at(ctx.keys, t)), None)
            length = phrases.match_at(ctx.keys, hit) if hit is not None else 0
            if hit is None and type_ == "THREATEN":
                hit, length = _ultimatum(ctx, rules, first, end) or (None, 0)
            if hit is not None:
                act = type_
                if type_ == "ACCUSE" and (_denies_a_claim(ctx, rules, hit, first, end) or _judges_a_claim(ctx, rules, quote, first, end)):
                    # "X نے الزامات کو بے بنیاد قرار دیا", "تشدد کے الزامات کو ... قرار دیا":
                    # the claim is rejected, whatever words blame in it.
                    act = "REJECT"
                hits.append((act, hit, length))
        if not hits:
            verdict = _verdict_act(ctx, rules, quote, first, end)
            if verdict is not None:
                hits.append(verdict)
        if hits and _judges_words(ctx, rules, quote, first, end):
            hits.extend((act, hits[0][1], hits[0][2]) for act in ("ACCUSE", "REJECT") if act not in {h[0] for h in hits})
        hits.extend(_learned_acts(ctx, quote, first, end, {act for act, _, _ in hits}))
        for act, hit, length in hits:
            sentence = ctx.sentence_of[hit]
            sentence_span = tuple(ctx.article.sentences[sentence])
            if (act, sentence_span) in coded:
                continue  # a trigger in the same sentence already coded this act
            targets = named_in(ctx, rules, first, end, dateline, quote.speaker.actor)
            if not targets:
                # "حکومت نے وعدے توڑے": the story country's government, named without the country.
                targets = [
                    Participant(m.start, m.end, m.text, m.actor)
                    for _, m in home_institutions(ctx, rules, first, end, (), dateline)
                    if m.actor != quote.speaker.actor
                ]
            if not targets:
                # "وزیراعلیٰ کی مہلت کو سیاسی ڈرامہ قرار دیا": an office stands for its holder.
                targets = [
                    as_participant(person) for _, person in titled_subjects(ctx, first, end, ())
                    if person.text != quote.speaker.text and (person.actor is None or person.actor != quote.speaker.actor)
                ]
            if not targets and quote.cue is not None:
                # "X نے عمران خان کا نام لیے بغیر کہا کہ ...": whom the words are about may
                # be named in the reporting clause, between the speaker and the cue (after
                # the dateline: the agency filing the story is not a target).
                cue_token = ctx.token_at(quote.cue.start)
                lo, _ = ctx.sentence_span(min(cue_token, len(ctx.tokens) - 1))
                lo = ctx.dateline_end(lo, cue_token)
                targets = [
                    p for p in named_in(ctx, rules, lo, cue_token, dateline, quote.speaker.actor)
                    if not (p.start < quote.speaker.end and quote.speaker.start < p.end) and p.text != quote.speaker.text
                ]
            if not targets and act not in TARGETLESS_SPEECH_ACTS and not _verdict_length(ctx, quote):
                continue  # blame needs someone blamed; a verdict judges someone's act, named or not
            speaker = Participant(quote.speaker.start, quote.speaker.end, quote.speaker.text, quote.speaker.actor)
            t_start, t_end = ctx.tokens[hit].start, ctx.tokens[hit + length - 1].end
            # The words' own times are what they speak of; the act is dated by the narration.
            said = ctx.sentence_of[ctx.token_at(quote.cue.start)] if quote.cue is not None else sentence
            s_first, s_end = ctx.sentence_tokens[said]
            date = resolve_date(ctx.unquoted_keys, s_first, s_end, published, ctx.lang)
            undated = fallback[sentence] if sentence < len(fallback) else None
            when = date or undated
            acts.append(
                Event(
                    type=act,
                    mode=SPEECH_ACT_MODES.get(act),
                    source=(speaker,),
                    target=tuple(targets[:MAX_PARTICIPANTS]),
                    trigger=Span(t_start, t_end, ctx.text[t_start:t_end]),
                    sentence=sentence_span,
                    date=when.isoformat() if when else None,
                    date_source="text" if date else ("dateline" if undated else None),
                    place=dateline.actor.name if dateline and dateline.actor else None,
                )
            )
            coded.add((act, sentence_span))
    return acts


def _learned_acts(ctx: ArticleContext, quote, first: int, end: int, found: set[str]) -> list[tuple[str, int, int]]:
    """Acts the language's speech-act model reads in the words and the lists did not find.
    The trigger is the quote's cue (its words are the act)."""
    model = speech_act_model(ctx.lang)
    if model is None or quote.cue is None or first >= end:
        return []
    sentence_first, _ = ctx.sentence_span(first)
    features = quote_features(ctx.keys, first, end, sentence_first)
    cue = ctx.token_at(quote.cue.start)
    length = max(1, ctx.token_at(quote.cue.end - 1) + 1 - cue)
    return [(act, cue, length) for act in model.acts(features) if act not in found]


def _verdict_act(ctx: ArticleContext, rules: EventRules, quote, first: int, end: int) -> tuple[str, int, int] | None:
    """A verdict (X نے Y کو Z قرار دیا) is itself an act even in words no list holds: praise
    where its words praise, the rejection of an allegation it judges, blame otherwise ("امیت
    شاہ کے بیان کو دیوانے کا خواب قرار دیا"). The trigger is the verdict's cue."""
    if not rules.verdicts_are_acts:
        return None
    length = _verdict_length(ctx, quote)
    if not length:
        return None
    cue_first = ctx.token_at(quote.cue.start)
    if any(rules.verdict_praise.match_at(ctx.keys, t) for t in rules.verdict_praise.starts_in(ctx.keys, first, end)):
        return "SUPPORT", cue_first, length
    if _judges_a_claim(ctx, rules, quote, first, end):
        return "REJECT", cue_first, length
    return "ACCUSE", cue_first, length


def _judges_a_claim(ctx: ArticleContext, rules: EventRules, quote, first: int, end: int) -> bool:
    """Whether a verdict judges an allegation. The judged thing ends at the last object
    marker (الزامات کو | بے بنیاد): an allegation there is rejected; one in the judgement
    ("تکرار ادعاهای نخ‌نما") is blame."""
    return rules.verdicts_are_acts and _judged_names(ctx, rules.allegations, quote, first, end)


def _judges_words(ctx: ArticleContext, rules: EventRules, quote, first: int, end: int) -> bool:
    """Whether a verdict that does not praise judges someone's words (بیان، رپورٹ،
    اعتراضات کو …): they are rejected and their speaker blamed."""
    if not rules.statements.phrases or any(
        rules.verdict_praise.match_at(ctx.keys, t) for t in rules.verdict_praise.starts_in(ctx.keys, first, end)
    ):
        return False
    return _judged_names(ctx, rules.statements, quote, first, end)


def _judged_names(ctx: ArticleContext, phrases: PhraseSet, quote, first: int, end: int) -> bool:
    """Whether the thing a verdict judges, up to its last object marker, holds one of ``phrases``."""
    if not _verdict_length(ctx, quote):
        return False
    objects = quote_rules(ctx.lang).verdict_objects
    judged_end = next((t for t in range(end - 1, first - 1, -1) if ctx.keys[t] in objects), first)
    return any(phrases.match_at(ctx.keys, t) for t in phrases.starts_in(ctx.keys, first, judged_end))


def _verdict_length(ctx: ArticleContext, quote) -> int:
    """The length in tokens of the verdict cue (قرار دیا، خواند) a quote has, or 0."""
    if quote.cue is None:
        return 0
    return quote_rules(ctx.lang).verdict_cues.match_at(ctx.keys, ctx.token_at(quote.cue.start))


def _denies_a_claim(ctx: ArticleContext, rules: EventRules, hit: int, first: int, end: int) -> bool:
    """Whether words calling something false (بے بنیاد، لا أساس لها) are said of a claim
    (الزامات، مزاعم، ادعاها) in the same words: a rejection, not an accusation."""
    if not rules.falsity.match_at(ctx.keys, hit):
        return False
    return any(rules.claims.match_at(ctx.keys, t) for t in rules.claims.starts_in(ctx.keys, first, end))


def _ultimatum(ctx: ArticleContext, rules: EventRules, first: int, end: int) -> tuple[int, int] | None:
    """The condition of an ultimatum in ``[first, end)`` as (token, length): a condition
    followed, in the same sentence, by a future act ("اگر ... نہ کیا گیا تو ... کرے گی"). The
    condition may be a negated clause closed by "then" alone ("کوٹہ بحال نہ کیا گیا تو ...")."""
    keys = ctx.keys
    conditions = [(t, rules.conditionals.match_at(keys, t)) for t in rules.conditionals.starts_in(keys, first, end)]
    negation, then = rules.negated_condition
    if negation:
        conditions += [
            (t, u + 1 - t)
            for t in range(first, end) if keys[t] in negation
            for u in range(t + 1, min(end, t + 1 + NEGATED_CONDITION_REACH)) if keys[u] in then
        ]
    for t, length in sorted(conditions):
        if not length:
            continue
        _, sentence_end = ctx.sentence_span(t)
        stop = min(end, sentence_end)
        if any(
            rules.future_markers.match_at(keys, u) and not _foretold(keys, rules, u, t)
            for u in rules.future_markers.starts_in(keys, t + length, stop)
        ):
            return t, length
    return None


def _foretold(keys: list[str], rules: EventRules, marker: int, floor: int) -> bool:
    """Whether the future at ``marker`` is an outcome ("ہو جائے گا", "رہے گی"), past the
    other future words before it."""
    k = marker - 1
    while k > floor and rules.future_markers.match_at(keys, k):
        k -= 1  # "ہو | جائے گا | گا"
    return keys[k] in rules.outcome_verbs


NEGATED_CONDITION_REACH = 4  # tokens from the negation to "then": "نہ لی گئی تو"


CUE_REACH = 3  # tokens between a trigger and the cue of the quote it introduces


def named_in_introduced_quote(
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
            named = named_in(ctx, rules, first, end, dateline, speaker_actor)
            keys = {participant_key(p) for p in source}
            return [p for p in named if participant_key(p) not in keys][:MAX_PARTICIPANTS]
    return []
