"""Who the subject of a clause is, in the verb-first order of Arabic news.

After a verb comes a noun phrase of titles, offices and names (وقال رئيس الوزراء
الباكستاني محمد شهباز شريف إن); a person in it speaks for the offices around them, a
definite title does not take the body after it (دعا الأمين العام مجلس الأمن), and a person
may be set off by commas (قال عضو هيئة الدفاع، المحامي X، إن). A participle or a
subjectless verb continues its main clause's subject. Persian and the "according to" cues
share some of these helpers.
"""

from __future__ import annotations

from bayan.article import Entity
from bayan.entities.organisations import org_rules
from bayan.lang import word_list
from bayan.quotes.context import ArticleContext, is_adjective_of_origin
from bayan.quotes.gender import mention_gender, verb_gender
from bayan.quotes.rules import QuoteRules
from bayan.quotes.speakers import SpeakerHint


def names_a_person(ctx: ArticleContext, hint: SpeakerHint) -> bool:
    if hint.kind != "entity":
        return False
    entity = ctx.entity_covering(hint.first)
    return entity is not None and entity.type == "PER"


MAX_APPOSITION_TOKENS = 10
MAX_SURNAME_TOKENS = 3


def looks_like_a_name(ctx: ArticleContext, first: int, end: int) -> bool:
    """A short phrase of uncommon words: a surname in a headline (عراقچی: ...), where the
    full name only comes later in the body. Interview labels (سوال:، جواب:) are ordinary words."""
    common = word_list(ctx.lang, "common_words")
    keys = ctx.keys[first:end]
    return 0 < len(keys) <= MAX_SURNAME_TOKENS and all(
        ctx.tokens[t].kind == "word"
        and ctx.keys[t] not in common
        and ctx.keys[t] not in ctx.names.stops
        and not ((e := ctx.entity_covering(t)) is not None and e.type == "LOC")  # الكويت والعراق: a topic
        for t in range(first, end)
    )


def apposition(ctx: ArticleContext, rules: QuoteRules, comma: int, limit: int) -> SpeakerHint | None:
    """The person set off by commas after an office: "وقال عضو هيئة الدفاع، المحامي عبد
    الستار الغربي، إن" (Maghreb and Levant wires name people this way)."""
    tokens, keys = ctx.tokens, ctx.keys
    start = comma + 1
    if start >= limit or tokens[comma].text not in ("،", ","):
        return None
    end = next((t for t in range(start, limit) if tokens[t].text in ("،", ",")), limit)
    if end - start > MAX_APPOSITION_TOKENS or keys[start] in rules.prepositions:
        return None  # "، خلال لقائه بالرئيس X،" is a circumstance, not an apposition
    return person_in(ctx, rules, start, end)


def verb_subject(
    ctx: ArticleContext, rules: QuoteRules, first: int, end: int, verb: int, sentence_first: int, any_phrase: bool = False
) -> SpeakerHint:
    """The speaker of an Arabic speech verb (or of به گفته / بحسب), searched in
    ``[first, end)``; ``any_phrase`` accepts a phrase with no entity or title in it."""
    while first < end - 1 and ctx.keys[first] in rules.verb_adverbs:
        first += 1  # "أكدت فيه مصادر ...": the subject comes after
    if first < end:
        if ctx.keys[first] in rules.pronouns:
            return SpeakerHint("pronoun", first, first + 1)
        if ctx.keys[first] in rules.reporters:
            # "وأفاد مراسلنا بأن ...", "وقال مراسل الجزيرة إن ...": the reporter speaks.
            stop = next((t for t in range(first + 1, end) if ctx.keys[t] in rules.prepositions), end)
            return SpeakerHint("np", first, min(stop, first + 3))
        if _object_of_verb(ctx, first, verb):
            # "وطالبت مجلس الأمن بـ...": a masculine body or man after a feminine verb is
            # whom she (the body or woman speaking before) asks, not the speaker.
            return main_clause_subject(ctx, rules, sentence_first, verb) or SpeakerHint("implicit")
        if _the_statement(ctx, rules, first, end):
            # "وطالب البيان مجلس الأمن ...": the statement told before speaks for the body
            # that issued it; what follows is whom it addresses.
            return SpeakerHint("statement", first, first + 1)
        body = body_named_before(ctx, first) if ctx.entity_covering(first) is None else None
        if body is not None:
            return body  # "وقال المجلس في بيان ... برئاسة الوزير X إن": the council, not its chair
        person = person_in(ctx, rules, first, end)
        if person is not None:
            return person
        # "قال مصدر مطلع للجزيرة نت": a source no one names, not the outlet it spoke to.
        if rules.anonymous.match_at(ctx.keys, first) or (
            ctx.keys[first][:1] == "ل" and (ctx.keys[first][1:],) in rules.anonymous.phrases
        ):
            return SpeakerHint("anonymous")
        hint = _statement_of(ctx, rules, first, end) or subject_of_phrase(ctx, rules, first, end) or body_named_before(ctx, first)
        if hint is not None:
            return hint
        if any_phrase:
            return _first_actor_after_cue(ctx, rules, first, end) or SpeakerHint("np", first, end)
        if end - first <= 2 and looks_like_a_name(ctx, first, end) and not any(
            ctx.keys[t] in rules.prepositions or ctx.keys[t].startswith(("ال", "لل", "بال")) for t in range(first, end)
        ):
            # "قالت برانت إن": a foreign surname the recognizer missed is still the subject
            # (a word with the article is more often the verb's object: وصف المساهمة بأنها).
            return SpeakerHint("np", first, end)
    # No subject after the verb: SVO ("الرئيس X قال إن"), or a participle continuing the
    # main clause ("رحب الرئيس ...، مؤكدا أن"): the main clause's subject speaks, unless
    # the verb's gender rules it out ("تلقى مدبولي اتصالا من جورجيفا ...، أكدت خلاله").
    hint = main_clause_subject(ctx, rules, sentence_first, verb)
    if hint is not None and hint.kind == "entity" and _disagrees_with_verb(ctx, hint.first, verb):
        hint = None
    return hint if hint is not None else SpeakerHint("implicit")


def _the_statement(ctx: ArticleContext, rules: QuoteRules, t: int, end: int) -> bool:
    """A definite statement noun with no issuer after it (البيان، القرار): the one told before."""
    key = ctx.keys[t]
    return key in rules.statement_nouns and key.startswith("ال") and not (t + 1 < end and ctx.keys[t + 1] in rules.statement_links)


def _genders(ctx: ArticleContext, token: int, verb: int) -> tuple[str | None, str | None]:
    """The verb's gender and that of the mention at ``token`` (None where nothing tells)."""
    index = ctx.entity_of[token]
    if index is None:
        return None, None
    return verb_gender(ctx, verb), mention_gender(ctx, ctx.entities[index], *ctx.entity_tokens[index])


def _disagrees_with_verb(ctx: ArticleContext, token: int, verb: int) -> bool:
    wanted, found = _genders(ctx, token, verb)
    return wanted is not None and found is not None and found != wanted


def _object_of_verb(ctx: ArticleContext, first: int, verb: int) -> bool:
    """Whether the entity right after a speech verb disagrees with the verb's gender and
    so is its object (Arabic: قالت/طالبت + a masculine body or a man)."""
    return _genders(ctx, first, verb) == ("f", "m")


STATEMENT_REACH = 5  # tokens from "بيان" to the body that issued it


def _statement_of(ctx: ArticleContext, rules: QuoteRules, first: int, end: int) -> SpeakerHint | None:
    """"وذكر بيان صادر عن إدارة الإعلام الأمني أن …": the body behind the statement speaks."""
    if ctx.keys[first] not in rules.statement_nouns:
        return None
    for t in range(first + 1, min(end, first + 1 + STATEMENT_REACH)):
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type in ("ORG", "PER"):
            if t == first + 1 and ctx.keys[first].startswith("ال"):
                return None  # "وطالب البيان مجلس الأمن": a definite noun governs no name; the object
            return SpeakerHint("entity", t, t + 1)
        if ctx.keys[t] not in rules.statement_links:
            return None  # "القرار الصادر عن الاجتماع ...": issued by a meeting, not a body named
    return None


def person_in(ctx: ArticleContext, rules: QuoteRules, first: int, end: int) -> SpeakerHint | None:
    """A person named between a verb and its إن/أن: "وقال مدير الكرة في النادي سعيد
    المنصوري إن". One governed by a preposition (بنظيره، مع الرئيس) is not the subject."""
    for t in range(first, end):
        entity = ctx.entity_covering(t)
        if entity is None or entity.type != "PER" or _governed(ctx, rules, t, first, entity):
            continue
        return SpeakerHint("entity", t, t + 1)
    return None


def _governed(ctx: ArticleContext, rules: QuoteRules, t: int, first: int, entity: Entity) -> bool:
    """Whether the mention at token ``t`` is the object of a preposition (مع الرئيس), or has
    one joined to it (بنظيره، لسوناطراك): then it is not a subject."""
    if t > first and ctx.keys[t - 1] in rules.prepositions:
        return True
    return _joined_preposition(ctx, t, entity)


def _joined_preposition(ctx: ArticleContext, t: int, entity: Entity) -> bool:
    """Whether the mention starting at token ``t`` carries a joined ب or ل (لسوناطراك،
    للجزيرة نت): whom something was said to or done for, not a subject."""
    if ctx.text[entity.start : entity.start + 1] not in ("ب", "ل") or ctx.tokens[t].start != entity.start or len(ctx.keys[t]) <= 1:
        return False
    # A joined preposition leaves a word the article knows without it (لسوناطراك، بالرئيس);
    # names that begin with the letter (بدر، بوح، لبنى) leave none.
    rest = ctx.keys[t][1:]
    return rest.startswith(("ال", "ل")) or rest in _first_words(ctx)  # لل is ل + ال


def _first_words(ctx: ArticleContext) -> frozenset[str]:
    """The first word keys of the article's entity mentions (built once per article)."""
    memo = ctx.__dict__.get("_first_words")
    if memo is None:
        memo = frozenset(ctx.keys[first] for first, _ in ctx.entity_tokens if first < len(ctx.keys))
        ctx.__dict__["_first_words"] = memo
    return memo


def body_named_before(ctx: ArticleContext, t: int) -> SpeakerHint | None:
    """"وأكدت الوزارة أن": a definite organisation word stands for the latest organisation
    named with that head before it (وزارة الخارجية والمغتربين)."""
    key = ctx.keys[t]
    if ctx.lang != "ar" or not key.startswith("ال"):
        return None
    heads = org_rules(ctx.lang).heads
    stem = key[2:]
    if stem not in heads:
        return None
    index = ctx.last_body_before(ctx.tokens[t].start, lambda lo, hi: ctx.keys[lo] in (stem, key))
    return None if index is None else SpeakerHint("entity", ctx.entity_tokens[index][0], ctx.entity_tokens[index][0] + 1)


def _first_actor_after_cue(ctx: ArticleContext, rules: QuoteRules, first: int, end: int) -> SpeakerHint | None:
    """After به گفته / بحسب: the first person (else body) not governed by a preposition."""
    body = None
    for t in range(first, end):
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type in ("PER", "ORG") and (t == first or ctx.keys[t - 1] not in rules.prepositions):
            if entity.type == "PER":
                return SpeakerHint("entity", t, t + 1)
            if body is None:
                body = t
    return SpeakerHint("entity", body, body + 1) if body is not None else None


def subject_phrase_end(ctx: ArticleContext, rules: QuoteRules, first: int, limit: int) -> int:
    """Where the noun phrase of titles, offices and names that starts at ``first`` ends:
    in "رئيس الوزراء الباكستاني في تصريح لوكالة ..." it ends before في."""
    keys, names = ctx.keys, ctx.names
    t = first
    definite_title = False
    after_title = False  # a title has been read: the words of its office may follow
    while t < limit:
        if keys[t] in rules.prepositions or keys[t] in rules.complementizers or ctx.tokens[t].kind != "word":
            break
        entity = ctx.entity_covering(t)
        if entity is not None:
            if definite_title and entity.type != "PER" and keys[t][:1] != "ل":
                # A definite title is not in construct with the noun after it: in "دعا
                # الأمين العام مجلس الأمن" the council is the object.
                break
            t = max(t + 1, ctx.token_at(entity.end - 1) + 1)
            definite_title = False
            continue
        title = names.titles.match_at(keys, t)
        if title:
            definite_title = keys[t + title - 1].startswith("ال")
            t += title
            after_title = True
            continue
        if keys[t] in names.office_words or keys[t] in names.title_words or is_adjective_of_origin(ctx.lang, keys[t]):
            t += 1
            continue
        if after_title and names.office_prefixes and keys[t][:1] == "ل" and len(keys[t]) > 3:
            # What the office is of: "المدير العام لصندوق قطر للتنمية".
            t += 1
            definite_title = False  # the name in construct after لصندوق is the fund's
            continue
        break
    return min(t, limit)


def subject_of_phrase(ctx: ArticleContext, rules: QuoteRules, first: int, limit: int) -> SpeakerHint | None:
    """The speaker named by the noun phrase at ``first``: a person in it, else its title
    (resolved later to the person who holds it), else a body in it."""
    end = subject_phrase_end(ctx, rules, first, limit)
    if end <= first:
        return None
    body = None
    for t in range(first, end):
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type == "PER" and not _governed(ctx, rules, t, first, entity):
            return SpeakerHint("entity", t, t + 1)
        if entity is not None and entity.type == "ORG" and body is None and not _joined_preposition(ctx, ctx.token_at(entity.start), entity):
            body = t  # (not "وأضافت للجزيرة نت": whom the words were said to)
    if ctx.names.titles.match_at(ctx.keys, first):
        return SpeakerHint("np", first, end)
    if body is not None:
        return SpeakerHint("entity", body, body + 1)
    return None


def clause_subject_person(ctx: ArticleContext, sentence: int, quoted) -> Entity | None:
    """The person who is the subject of a sentence's main clause (verb-first), if any."""
    from bayan.quotes.context import covers
    from bayan.quotes.rules import quote_rules

    first, end = ctx.sentence_tokens[sentence]
    if first >= end:
        return None
    hint = main_clause_subject(ctx, quote_rules(ctx.lang), first, end)
    if hint is None or hint.kind != "entity":
        return None
    entity = ctx.entity_covering(hint.first)
    if entity is None or entity.type != "PER" or covers(quoted, entity.start):
        return None
    return entity


def main_clause_subject(ctx: ArticleContext, rules: QuoteRules, sentence_first: int, verb: int) -> SpeakerHint | None:
    """The subject of the clause a participle or a subjectless verb continues: the noun
    phrase right after the clause's verb (VSO), or opening the clause (SVO). Clauses start
    at the sentence and after each comma; adverbial openers (من جانبه، وفي بداية الجلسة،)
    have none and are passed over."""
    # "…، فيما أكد Y …، معربا": after a contrast link another speaker's clause begins.
    contrast = next((t for t in range(verb - 1, sentence_first - 1, -1) if ctx.keys[t] in rules.contrast_links), None)
    if contrast is not None:
        sentence_first = contrast + 1
    starts = [sentence_first] + [t + 1 for t in range(sentence_first, verb) if ctx.tokens[t].text in ("،", ",")]
    for start in starts:
        c = start
        while c < verb and ctx.keys[c] in rules.clause_openers:
            c += 1
        if c >= verb:
            continue
        if ctx.keys[c] in rules.pronouns:
            return SpeakerHint("pronoun", c, c + 1)
        clause_end = next((t for t in range(c, verb) if ctx.tokens[t].text in ("،", ",")), verb)
        for position in (c, c + 1):  # SVO, then VSO
            if position >= clause_end:
                break
            statement = _statement_of(ctx, rules, position, clause_end)
            if statement is not None:
                return statement  # "وطالب القرار الصادر عن الاجتماع ...، مؤكدا": the body behind it
            if _the_statement(ctx, rules, position, clause_end):
                return SpeakerHint("statement", position, position + 1)
            if ctx.names.titles.match_at(ctx.keys, position):
                # A long chain of offices before the name: "وكان النائب الأول لرئيس مجلس
                # الوزراء وزير الداخلية الشيخ فهد ... قد أشاد".
                person = person_in(ctx, rules, position, clause_end)
                if person is not None:
                    return person
            hint = subject_of_phrase(ctx, rules, position, clause_end)
            if hint is not None and not names_a_person(ctx, hint) and clause_end < verb:
                hint = apposition(ctx, rules, clause_end, verb) or hint
            if hint is not None:
                return hint
        # "وفي كلمة خلال الاجتماع حمّل الوزير X ...، مؤكدا": past an adverbial opener, the
        # clause's one person not governed by a preposition is its subject.
        person = person_in(ctx, rules, c, clause_end)
        if person is not None:
            return person
    return None


def source_named_in(ctx: ArticleContext, rules: QuoteRules, first: int, end: int) -> SpeakerHint:
    """Who "…، بحسب X" names: a person in X, else a body (بيان صادر عن وزارة الخارجية),
    else no one in particular (بحسب ناشطين)."""
    body = None
    for t in range(first, end):
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type == "PER":
            return SpeakerHint("entity", t, t + 1)
        if entity is not None and entity.type == "ORG" and body is None and not _joined_preposition(ctx, ctx.token_at(entity.start), entity):
            body = t  # (not "وأضافت للجزيرة نت": whom the words were said to)
    if body is not None:
        return SpeakerHint("entity", body, body + 1)
    if first < end and ctx.names.titles.match_at(ctx.keys, first):
        return SpeakerHint("np", first, subject_phrase_end(ctx, rules, first, end))
    return SpeakerHint("anonymous")
