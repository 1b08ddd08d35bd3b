"""A language's speech cues, folded and ready to match token keys."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bayan.lang import data_module
from bayan.phrases import PhraseSet, words


@dataclass(frozen=True)
class QuoteRules:
    word_order: str  # "subject-first" (ur, fa) or "verb-first" (ar)
    verbs: PhraseSet
    complementizers: frozenset[str]
    subject_markers: frozenset[str]
    possessive_cues: PhraseSet
    according_to: PhraseSet
    anonymous: PhraseSet
    pronouns: frozenset[str]
    verb_tails: frozenset[str]
    prepositions: frozenset[str]
    honorifics: dict[str, tuple[tuple[str, ...], ...]]  # pronoun key -> the titles it stands for
    clause_openers: frozenset[str]
    nominal_verbs: frozenset[str]
    nominal_links: frozenset[str]
    verb_links: dict[str, str]  # أعرب → عن: the preposition its report always follows
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    verdict_cues: PhraseSet  # the judged thing comes before the cue: X نے Y کو Z قرار دیا
    framing_cues: PhraseSet  # a report inside the subject's clause: X با بیان اینکه A، افزود
    relayed_cues: frozenset[str]  # نقلت الوكالة عن X قوله: the speaker after عن
    relay_prepositions: frozenset[str]
    negating_nouns: frozenset[str]  # عدم ذكر: the verb form is a noun
    contrast_links: frozenset[str]  # فيما، بينما: another speaker's report follows
    object_markers: frozenset[str]  # را: a verdict's object without a subject marker
    object_determiners: frozenset[str]  # این، آن: they open the object
    home_markers: frozenset[str]  # کشورمان: the story country's own office holder
    body_references: dict[str, frozenset[str]]  # عدالت -> words of the court names it stands for
    reporters: frozenset[str]  # مراسلنا: the outlet's own reporter as a speaker
    title_scopes: frozenset[str]  # وفاقی، صوبائی: "federal minister" is still a minister
    statement_nouns: frozenset[str]  # بيان: "a statement by X said" is X speaking
    statement_links: frozenset[str]  # صادر عن: between the statement and X
    passive_markers: frozenset[str]  # گیا: "بیان میں کہا گیا" names no subject, the document speaks
    document_locatives: frozenset[str]  # میں: "اعلامیے میں" after the document's noun
    document_prepositions: frozenset[str]  # در: "در این بیانیه" before it
    document_verbs: PhraseSet  # آمده است: a cue only with a document before it
    bare_subject_verbs: PhraseSet  # وہ کہتے ہیں، X بولے: speech verbs whose subject takes no نے
    ambiguous_verbs: frozenset[str]  # بين: a speech verb only before أن
    verdict_objects: frozenset[str]  # کو، را: what a verdict judges ends here
    verdict_openers: PhraseSet  # "اور اسے": a verdict clause after another act of its subject
    say_verbs: frozenset[str]  # قال: takes إن however far its subject runs
    member_nouns: PhraseSet  # حکام، قائدین: "X کے حکام" speak as X
    delegations: frozenset[str]  # وفد: alone, the group whose delegation was named before
    verb_adverbs: frozenset[str]  # فيه، خلاله: between a verb and its subject
    demonstratives: frozenset[str]  # این: "این مقام" refers back like a pronoun
    adjectival_participles: frozenset[str]  # لافتة: a cue only after a comma, else an adjective
    genitives: frozenset[str]  # کے، کی، کا
    spokespersons: frozenset[str]  # ترجمان: alone, the spokesperson of the body that spoke through one
    indefinites: frozenset[str]  # ایک: "ایک سینیئر عہدیدار نے بتایا" is a source no one names
    former: frozenset[str]  # سابق، السابق: a title once held is not the bare title's holder
    say_complementizers: frozenset[str]  # إن as written (folded keys merge it with أن)
    occasion_prepositions: frozenset[str]  # خلال، في: "خلال اللقاء" before what was said
    occasion_nouns: frozenset[str]
    occasion_modifiers: frozenset[str]


def _single(entries) -> frozenset[str]:
    return frozenset(w for e in entries for w in words(e))


@lru_cache(maxsize=None)
def quote_rules(lang: str) -> QuoteRules:
    data = data_module(lang, "quotes")
    return QuoteRules(
        word_order=data.WORD_ORDER,
        verbs=PhraseSet(tuple(data.SPEECH_VERBS) + tuple(getattr(data, "VERDICT_CUES", ()))),
        complementizers=_single(data.COMPLEMENTIZERS),
        subject_markers=_single(data.SUBJECT_MARKERS),
        possessive_cues=PhraseSet(data.POSSESSIVE_CUES),
        according_to=PhraseSet(data.ACCORDING_TO),
        anonymous=PhraseSet(data.ANONYMOUS_SOURCES),
        pronouns=_single(data.PRONOUNS),
        verb_tails=_single(data.VERB_TAILS),
        prepositions=_single(data.PREPOSITIONS),
        clause_openers=_single(getattr(data, "CLAUSE_OPENERS", ())),
        nominal_verbs=_single(getattr(data, "NOMINAL_SPEECH_VERBS", ())),
        nominal_links=_single(getattr(data, "NOMINAL_LINKS", ())),
        verb_links={"".join(words(v)): "".join(words(link)) for v, link in getattr(data, "LINKED_NOMINAL_VERBS", ())},
        question_labels=_single(getattr(data, "INTERVIEW_QUESTION_LABELS", ())),
        answer_labels=_single(getattr(data, "INTERVIEW_ANSWER_LABELS", ())),
        verdict_cues=PhraseSet(getattr(data, "VERDICT_CUES", ())),
        framing_cues=PhraseSet(getattr(data, "FRAMING_CUES", ())),
        relayed_cues=_single(getattr(data, "RELAYED_CUES", ())),
        relay_prepositions=_single(getattr(data, "RELAY_PREPOSITIONS", ())),
        negating_nouns=_single(getattr(data, "NEGATING_NOUNS", ())),
        contrast_links=_single(getattr(data, "CONTRAST_LINKS", ())),
        object_markers=_single(getattr(data, "OBJECT_MARKERS", ())),
        object_determiners=_single(getattr(data, "OBJECT_DETERMINERS", ())),
        home_markers=_single(getattr(data, "HOME_MARKERS", ())),
        body_references={
            "".join(words(k)): _single(v) for k, v in getattr(data, "BODY_REFERENCES", {}).items()
        },
        reporters=_single(getattr(data, "REPORTERS", ())),
        title_scopes=_single(getattr(data, "TITLE_SCOPES", ())),
        statement_nouns=_single(getattr(data, "STATEMENT_NOUNS", ())),
        statement_links=_single(getattr(data, "STATEMENT_LINKS", ())),
        passive_markers=_single(getattr(data, "PASSIVE_MARKERS", ())),
        document_locatives=_single(getattr(data, "DOCUMENT_LOCATIVES", ())),
        document_prepositions=_single(getattr(data, "DOCUMENT_PREPOSITIONS", ())),
        document_verbs=PhraseSet(getattr(data, "DOCUMENT_VERBS", ())),
        bare_subject_verbs=PhraseSet(getattr(data, "BARE_SUBJECT_VERBS", ())),
        ambiguous_verbs=_single(getattr(data, "AMBIGUOUS_SPEECH_VERBS", ())),
        verdict_objects=_single(getattr(data, "VERDICT_OBJECT_MARKERS", ())),
        verdict_openers=PhraseSet(getattr(data, "VERDICT_CLAUSE_OPENERS", ())),
        say_verbs=_single(getattr(data, "SAY_VERBS", ())),
        member_nouns=PhraseSet(getattr(data, "MEMBER_NOUNS", ())),
        delegations=_single(getattr(data, "DELEGATIONS", ())),
        verb_adverbs=_single(getattr(data, "VERB_ADVERBS", ())),
        demonstratives=_single(getattr(data, "DEMONSTRATIVES", ())),
        adjectival_participles=_single(getattr(data, "ADJECTIVAL_PARTICIPLES", ())),
        genitives=_single(getattr(data, "GENITIVES", ())),
        spokespersons=_single(getattr(data, "SPOKESPERSONS", ())),
        indefinites=_single(getattr(data, "INDEFINITES", ())),
        former=_single(getattr(data, "FORMER", ())),
        say_complementizers=frozenset(getattr(data, "SAY_COMPLEMENTIZERS", ())),
        occasion_prepositions=_single(getattr(data, "OCCASION_PREPOSITIONS", ())),
        occasion_nouns=_single(getattr(data, "OCCASION_NOUNS", ())),
        occasion_modifiers=_single(getattr(data, "OCCASION_MODIFIERS", ())),
        honorifics={"".join(words(k)): tuple(words(t) for t in v) for k, v in data.HONORIFIC_PRONOUNS.items()},
    )
