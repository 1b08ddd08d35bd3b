"""A language's event triggers and status markers, folded and ready to match."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bayan.lang import data_module
from bayan.phrases import PhraseSet, words


@dataclass(frozen=True)
class EventRules:
    triggers: PhraseSet
    kind_of: dict[tuple[str, ...], tuple[str, str | None]]  # phrase -> (PLOVER type, mode)
    planned: PhraseSet
    cancelled: PhraseSet
    denied: PhraseSet
    locative_after: frozenset[str]
    locative_before: frozenset[str]
    speech_acts: dict[str, PhraseSet]  # PLOVER type -> words that make a quote that act
    reporting_words: frozenset[str]
    conditionals: PhraseSet  # an ultimatum's condition (اگر، إذا لم، در صورتی که)
    future_markers: PhraseSet  # and the future act it threatens
    both_sides: PhraseSet  # الجانبان، دونوں رہنماؤں، طرفین
    participant_markers: frozenset[str]  # postpositions after an actor taking part: نے، سے، کو
    anaphoric: PhraseSet  # a meeting told again: خلال اللقاء، ملاقات کے دوران
    anaphoric_determiners: frozenset[str]  # this/that before a trigger: در این دیدار
    generic_bodies: PhraseSet  # حکومت، الحكومة، دولت: the home country's institutions
    body_role: dict[str, str]  # joined folded phrase -> government | cabinet | senate | ...
    performative_triggers: PhraseSet  # نرفض، ندين: first-person present, the saying is the act
    performative_after: PhraseSet  # کرتے ہیں، می‌کنیم: after a trigger, the same
    spokesperson_titles: frozenset[str]  # المتحدث، ترجمان، سخنگو
    orders: PhraseSet  # أمرت، حکم دیا: an order whose object is a coercion is that coercion
    falsity: PhraseSet  # بے بنیاد، لا أساس لها: said of a claim, a rejection
    claims: PhraseSet  # الزامات، مزاعم، ادعاها
    condemned_attacks: bool = False  # Arabic news codes the attack a statement condemns too
    condemned_only: PhraseSet = PhraseSet(())  # الهجوم: an attack trigger only when condemned
    needs: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # حمل -> مسؤولية
    # trigger -> words that, right after it (within two tokens), make it no act: دھرنے سے خطاب
    spoiled_after: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # trigger -> words that, right before it, make it no act: تحمل کا مظاہرہ ("a display")
    spoiled_before: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    light_verb_genitives: frozenset[str] = frozenset()  # کی: "did", and "of" (درخواست کی سماعت)
    after_light_verb: frozenset[str] = frozenset()  # words that go on a clause after the verb
    # (negations, then-words): a negated clause closed by "then" is a condition (نہ ... تو)
    negated_condition: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # ہو، رہے: before a future marker, an outcome foretold ("منتقل ہو جائے گا"), not a threatened act
    outcome_verbs: frozenset[str] = frozenset()
    # Whether an act told again may name more parties than the first telling (وحضر اللقاء …)
    retold_with_more_parties: bool = False
    # کر کے: the act is done "and then" the clause's verb, whose tense is the act's
    conjunctive_participles: PhraseSet = PhraseSet(())
    bare_subject_pronouns: frozenset[str] = frozenset()  # وہ: a subject with no نے (وہ واک آؤٹ کر گئے)
    verdicts_are_acts: bool = False  # X نے Y کو Z قرار دیا: blame, praise or rejection
    verdict_praise: PhraseSet = PhraseSet(())  # a verdict in these words praises
    allegations: PhraseSet = PhraseSet(())  # a verdict on these rejects them
    new_talks_before: frozenset[str] = frozenset()  # "with" before "in the meeting": X سے ملاقات میں
    informing_cues: PhraseSet = PhraseSet(())  # words that inform of facts: "X نے بتایا کہ"
    statements: PhraseSet = PhraseSet(())  # a verdict on these rejects them and blames who said them
    # Meetings coded with one side named: one chaired (زیر صدارت), and one held "with" people
    # the text leaves unnamed (عمائدین کے ایک جرگے سے ملاقات کی) when a word of ``met_with``
    # comes right before the meeting word and a subject acts.
    one_sided_meetings: frozenset[tuple[str, ...]] = frozenset()
    # Sentence openers of another strand of the story (دوسری جانب، ادھر): its undated
    # events are the dateline's, not the lead's day.
    strand_openers: PhraseSet = PhraseSet(())
    met_with: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()  # درمیان: talks "between" sides, one of them maybe unnamed


def _with_particles(phrases, particles: list[str]):
    """Each phrase, and each two-or-more-word phrase with a particle after its first word
    ("دعوت بھی دی", "ملاقات بھی کی": Urdu puts بھی inside the light verb)."""
    for phrase in phrases:
        yield phrase
        parts = phrase.split()
        if len(parts) >= 2:
            for particle in particles:
                yield " ".join([parts[0], particle, *parts[1:]])


@lru_cache(maxsize=None)
def event_rules(lang: str) -> EventRules:
    data = data_module(lang, "events")
    particles = [p for e in getattr(data, "INSERTED_PARTICLES", ()) for p in words(e)]
    table = {kind: tuple(_with_particles(phrases, particles)) for kind, phrases in data.TRIGGERS.items()}
    triggers = PhraseSet(p for phrases in table.values() for p in phrases)
    # Phrases are matched in every spacing (وزیراعظم، وزیر اعظم): each spelling the set holds
    # takes the kind of the entry it came from, looked up by its letters without spaces.
    spellings: dict[str, list[tuple[str, ...]]] = {}
    for variant in triggers.phrases:
        spellings.setdefault("".join(variant), []).append(variant)
    kind_of: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for kind, phrases in table.items():
        for phrase in phrases:
            for variant in spellings.get("".join(words(phrase)), ()):
                kind_of.setdefault(variant, kind)
    return EventRules(
        triggers=triggers,
        kind_of=kind_of,
        planned=PhraseSet(data.PLANNED),
        cancelled=PhraseSet(data.CANCELLED),
        denied=PhraseSet(data.DENIED),
        locative_after=frozenset(w for e in data.LOCATIVE_AFTER for w in words(e)),
        locative_before=frozenset(w for e in data.LOCATIVE_BEFORE for w in words(e)),
        speech_acts={kind: PhraseSet(phrases) for kind, phrases in data.SPEECH_ACTS.items()},
        reporting_words=frozenset(w for e in data.REPORTING_WORDS for w in words(e)),
        conditionals=PhraseSet(getattr(data, "CONDITIONALS", ())),
        future_markers=PhraseSet(getattr(data, "FUTURE_MARKERS", ())),
        both_sides=PhraseSet(getattr(data, "BOTH_SIDES", ())),
        participant_markers=frozenset(w for e in getattr(data, "PARTICIPANT_MARKERS", ()) for w in words(e)),
        anaphoric=PhraseSet(getattr(data, "ANAPHORIC_TRIGGERS", ())),
        anaphoric_determiners=frozenset(w for e in getattr(data, "ANAPHORIC_DETERMINERS", ()) for w in words(e)),
        generic_bodies=PhraseSet(p for phrases in getattr(data, "GENERIC_BODIES", {}).values() for p in phrases),
        spokesperson_titles=frozenset(w for e in getattr(data, "SPOKESPERSON_TITLES", ()) for w in words(e)),
        orders=PhraseSet(getattr(data, "ORDERS", ())),
        falsity=PhraseSet(getattr(data, "FALSITY", ())),
        claims=PhraseSet(getattr(data, "CLAIMS", ())),
        condemned_attacks=getattr(data, "CONDEMNED_ATTACKS_ARE_EVENTS", False),
        condemned_only=PhraseSet(getattr(data, "CONDEMNED_ATTACK_NOUNS", ())),
        needs={
            words(trigger): frozenset(w for e in wanted for w in words(e))
            for triggers, wanted in getattr(data, "TRIGGERS_NEEDING", {}).items()
            for trigger in triggers
        },
        performative_triggers=PhraseSet(getattr(data, "PERFORMATIVE_TRIGGERS", ())),
        performative_after=PhraseSet(getattr(data, "PERFORMATIVE_ENDINGS", ())),
        body_role={"".join(words(p)): role for role, phrases in getattr(data, "GENERIC_BODIES", {}).items() for p in phrases},
        negated_condition=tuple(
            frozenset(w for e in part for w in words(e)) for part in getattr(data, "NEGATED_CONDITION", ((), ()))
        ),
        bare_subject_pronouns=frozenset(w for e in getattr(data, "BARE_SUBJECT_PRONOUNS", ()) for w in words(e)),
        outcome_verbs=frozenset(w for e in getattr(data, "OUTCOME_VERBS", ()) for w in words(e)),
        retold_with_more_parties=getattr(data, "RETOLD_WITH_MORE_PARTIES", False),
        conjunctive_participles=PhraseSet(getattr(data, "CONJUNCTIVE_PARTICIPLES", ())),
        verdicts_are_acts=getattr(data, "VERDICTS_ARE_ACTS", False),
        verdict_praise=PhraseSet(getattr(data, "VERDICT_PRAISE", ())),
        allegations=PhraseSet(getattr(data, "ALLEGATIONS", ())),
        statements=PhraseSet(getattr(data, "STATEMENTS", ())),
        informing_cues=PhraseSet(getattr(data, "INFORMING_CUES", ())),
        new_talks_before=frozenset(w for e in getattr(data, "NEW_TALKS_BEFORE", ()) for w in words(e)),
        one_sided_meetings=frozenset(words(p) for p in getattr(data, "ONE_SIDED_MEETINGS", ())),
        strand_openers=PhraseSet(getattr(data, "STRAND_OPENERS", ())),
        met_with=frozenset(w for e in getattr(data, "MET_WITH", ()) for w in words(e)),
        between=frozenset(w for e in getattr(data, "BETWEEN", ()) for w in words(e)),
        spoiled_after={
            words(trigger): frozenset(w for e in spoilers for w in words(e))
            for triggers, spoilers in getattr(data, "TRIGGERS_SPOILED_BY_NEXT", {}).items()
            for trigger in triggers
        },
        spoiled_before={
            words(trigger): frozenset(w for e in spoilers for w in words(e))
            for triggers, spoilers in getattr(data, "TRIGGERS_SPOILED_BY_PREVIOUS", {}).items()
            for trigger in triggers
        },
        light_verb_genitives=frozenset(w for e in getattr(data, "LIGHT_VERB_GENITIVES", ()) for w in words(e)),
        after_light_verb=frozenset(w for e in getattr(data, "AFTER_LIGHT_VERB", ()) for w in words(e)),
    )
