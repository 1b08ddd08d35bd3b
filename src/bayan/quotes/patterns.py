"""Cue patterns: where a quotation is announced, where its content lies, and where to
look for its speaker.

Each finder returns ``Candidate`` records in token terms; ``bayan.quotes`` resolves the
speakers in document order and builds the spans.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from bayan.dates import date_rules
from bayan.quotes.content import ALL_MARKS, OPENERS, closing_mark, paragraph_end, trim, unwrap
from bayan.quotes.context import ArticleContext
from bayan.quotes.gender import without_conjunction
from bayan.quotes.rules import QuoteRules, quote_rules
from bayan.quotes.speakers import SpeakerHint
from bayan.quotes.subjects import (
    apposition,
    names_a_person,
    person_in,
    source_named_in,
    subject_of_phrase,
    looks_like_a_name,
    subject_phrase_end,
    verb_subject,
)

MAX_QUOTE_CHARS = 4000  # a quotation longer than this is a mark left open by mistake
# (Single marks are left out: Urdu writes them both ways round, ’جائز ہدف‘ as often as ‘…’.)
_DOUBLE_OPENER = regex.compile("[" + "".join(regex.escape(m) for m in OPENERS if m not in "'’‘") + "]")
MIN_BARE_CONTENT_TOKENS = 4
MAX_SUBJECT_TOKENS = 8
MAX_HEADLINE_TOKENS = 25
HEADLINE_SEPARATORS = ("؛", ";", "|")
MAX_VERB_REACH = 18  # tokens from an Arabic speech verb to its إن/أن
# Past a comma the reach is longer, for the parenthetical of "وأوضح X، في كلمته أمام ...، أن":
# the إن/أن must then follow a comma too.
MAX_PARENTHETICAL_REACH = 45


@dataclass(frozen=True)
class Candidate:
    cue_first: int  # cue token range
    cue_end: int
    start: int  # content, character offsets
    end: int
    kind: str  # direct | indirect
    hint: SpeakerHint
    cued: bool = True  # False: a quotation standing alone, with no reporting words


MIN_STANDALONE_TOKENS = 4


def standalone(ctx: ArticleContext, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Quotations that make up whole sentences with no reporting words of their own
    ("'ہر روز ایک ٹرک کا کرایہ ...'" as a paragraph after the speaker was introduced):
    the words go on from the speaker just before."""
    from bayan.quotes.context import covers

    found = []
    text = ctx.text
    for first, end in ctx.sentence_tokens:
        if first >= end or ctx.tokens[first].text not in OPENERS:
            continue
        start = ctx.tokens[first].start
        if covers(taken, start) or covers(taken, start + 1):
            continue
        close = closing_mark(text, start, paragraph_end(text, start))
        if close is None:
            continue
        after = ctx.token_at(close + 1)
        # The quotation is the whole sentence: only punctuation follows it in its paragraph.
        if after < len(ctx.tokens) and ctx.tokens[after].start < paragraph_end(text, close) and ctx.tokens[after].kind != "punct":
            continue
        s, e = trim(text, start + 1, close, final_punctuation=False)
        if ctx.token_at(e) - ctx.token_at(s) < MIN_STANDALONE_TOKENS or covers(taken, s):
            continue
        found.append(Candidate(first, first + 1, s, e, "direct", SpeakerHint("implicit"), cued=False))
    return found


# --- content -----------------------------------------------------------------------


def _sentence_end_char(ctx: ArticleContext, token: int) -> int:
    _, end = ctx.sentence_span(token)
    return ctx.tokens[end - 1].end if end > 0 else len(ctx.text)


def content_after(ctx: ArticleContext, char: int, token: int, colon: bool) -> tuple[int, int, str] | None:
    """Content starting at ``char``: a quoted passage, the rest of the paragraph after a
    colon, or the rest of the sentence."""
    text = ctx.text
    start = char
    while start < len(text) and text[start] in " \t\u200c\u200f":
        start += 1
    if start >= len(text) or text[start] == "\n":
        return None
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    if text[start] in OPENERS:
        close = closing_mark(text, start, limit)
        if close is not None and _name_in_marks(text, start, close):
            # "أن «القوات» لن تشارك ...": a name in marks opens reported words that go on.
            end = min(_sentence_end_char(ctx, token), limit)
            s, e, _ = unwrap(text, start, end)
            return (s, e, "indirect") if e > close + 1 else None
        if close is not None:
            # Inside the marks the speaker's own punctuation is part of the quote.
            s, e = trim(text, start + 1, close, final_punctuation=False)
            return (s, e, "direct") if e > s else None
        s, e = trim(text, start + 1, paragraph_end(text, start))
        return (s, e, "direct") if e > s else None
    if colon:
        s, e, _ = unwrap(text, start, paragraph_end(text, start))
        return (s, e, "direct") if e > s else None
    end = min(_sentence_end_char(ctx, token), limit)
    # An opening mark inside reported speech closes in a later sentence: keep it whole.
    opener = _DOUBLE_OPENER.search(text, start, end)
    if opener is not None:
        close = closing_mark(text, opener.start(), limit)
        if close is not None and close >= end:
            end = close + 1
    s, e, _ = unwrap(text, start, end)
    return (s, e, "indirect") if e > s else None


def _name_in_marks(text: str, opener: int, close: int) -> bool:
    """A few words in marks with the clause going on right after them («القوات» لن ...)."""
    inside = text[opener + 1 : close].split()
    rest = text[close + 1 : close + 3].lstrip(" \u200c")
    return 0 < len(inside) <= MAX_QUOTED_NAME_TOKENS and rest[:1].isalpha()


def _after_cue(ctx: ArticleContext, rules: QuoteRules, j: int, allow_bare: bool) -> tuple[int, int, str] | None:
    """The content that follows a cue whose last token is ``j - 1``."""
    tokens, keys, n = ctx.tokens, ctx.keys, len(ctx.tokens)
    tail = j
    while tail < n and keys[tail] in rules.verb_tails:
        tail += 1  # "خبردار کیا ہے کہ": an auxiliary between the cue and کہ
    if tail > j and tail < n and (keys[tail] in rules.complementizers or tokens[tail].text in (":", "：")):
        j = tail
    if j >= n:
        return None
    if keys[j] in rules.complementizers:
        return content_after(ctx, tokens[j].end, j, colon=False)
    if tokens[j].text in (":", "："):
        return content_after(ctx, tokens[j].end, j, colon=True)
    if tokens[j].text in OPENERS:
        return content_after(ctx, tokens[j].start, j, colon=False)
    if tokens[j].text in ("،", ","):
        return _after_cue(ctx, rules, j + 1, allow_bare)
    if allow_bare and tokens[j].kind in ("word", "number") and keys[j] not in rules.verb_tails:
        _, sentence_end = ctx.sentence_span(j)
        if sentence_end - j >= MIN_BARE_CONTENT_TOKENS and ctx.sentence_of[j] == ctx.sentence_of[j - 1]:
            found = content_after(ctx, tokens[j].start, j, colon=False)
            return found
    return None


# --- subject-first languages (Urdu, Persian) -----------------------------------------


def subject_first(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    found = []
    keys = ctx.keys
    lasts = rules.verbs.last_words
    covered_until = -1  # cues inside a quote already found belong to that quote
    for i in range(len(ctx.tokens)):
        if keys[i] not in lasts or ctx.tokens[i].start < covered_until:
            continue
        length = rules.verbs.match_ending_at(keys, i + 1)
        if not length:
            continue
        first = i + 1 - length
        if i + 1 < len(keys) and rules.verbs.match_ending_at(keys, i + 2) > length:
            continue  # a longer cue ends on the next token (کہا | ہے کہ)
        # A verdict's content comes before it ("X نے Y کو Z قرار دیا اور کہا کہ ..." has two).
        verdict = rules.verdict_cues.match_at(ctx.keys, first) == length
        content = _verdict(ctx, rules, first) if verdict else None
        if content is None and (not verdict or (i + 1 < len(keys) and keys[i + 1] in rules.complementizers)):
            # A verdict whose object was not found says nothing after it, unless a
            # complementizer follows ("عدالت نے قرار دیا کہ ...").
            content = _after_cue(ctx, rules, i + 1, allow_bare=True)
        cue_first, hint = _subject_hint(ctx, rules, first)
        if content is None and hint is not None and hint.first >= 0 and _ends_sentence(ctx, i + 1):
            # '"...،" انہوں نے کہا۔': the speaker after the words, title and office and all
            # ('"…،" وزیر داخلہ محسن نقوی نے کہا').
            content = _quoted_before(ctx, _before_titles(ctx, hint.first))
        if content is None or hint is None:
            continue
        if _report_follows_bare_cue(ctx, rules, i + 1, content):
            continue  # "X نے رولنگ دیتے ہوئے Y کو ہدایت کی کہ ...": the later verb reports
        if content[2] == "indirect":
            content = _before_contrasted_report(ctx, rules, content)
        found.append(Candidate(cue_first, i + 1, content[0], content[1], content[2], hint))
        covered_until = content[1]
    return found


def _report_follows_bare_cue(ctx: ArticleContext, rules: QuoteRules, after: int, content: tuple[int, int, str]) -> bool:
    """Whether words taken straight after a cue (no کہ, no colon) hold a speech verb with
    its own complementizer: then the cue was a circumstance of that report."""
    keys = ctx.keys
    while after < len(keys) and keys[after] in rules.verb_tails:
        after += 1  # "زور دیا ہے کہ"
    if after >= len(keys) or keys[after] in rules.complementizers or ctx.tokens[after].kind == "punct":
        return False
    first, last = ctx.token_at(content[0]), ctx.token_at(content[1])
    return any(keys[c] in rules.complementizers and _verb_before(ctx, rules, c, first) for c in range(first + 1, min(last + 1, len(keys))))


def _before_contrasted_report(ctx: ArticleContext, rules: QuoteRules, content: tuple[int, int, str]) -> tuple[int, int, str]:
    """Verb-final languages: reported words end before "، جبکہ" when a report of its own
    (a speech verb and its کہ) follows in the sentence."""
    start, end, kind = content
    first, last = ctx.token_at(start), ctx.token_at(end)
    for t in range(first + 1, min(last, len(ctx.tokens) - 1)):
        if ctx.tokens[t].text not in ("،", ",") or ctx.keys[t + 1] not in rules.contrast_links:
            continue
        if any(ctx.keys[c] in rules.complementizers and _verb_before(ctx, rules, c, t + 2) for c in range(t + 2, last)):
            s, e, _ = unwrap(ctx.text, start, ctx.tokens[t].start)
            return (s, e, kind) if e > s else content
    return content


def _verb_before(ctx: ArticleContext, rules: QuoteRules, c: int, floor: int) -> bool:
    """Whether a speech verb ends before token ``c``, past its auxiliaries (اعلان کیا گیا)."""
    k = c
    while k - 1 > floor and ctx.keys[k - 1] in rules.verb_tails:
        k -= 1
    return rules.verbs.match_ending_at(ctx.keys, k) > 0


def _ends_sentence(ctx: ArticleContext, token: int) -> bool:
    return token >= len(ctx.tokens) or ctx.sentence_of[token] != ctx.sentence_of[token - 1] or ctx.tokens[token].kind == "punct"


def _verdict(ctx: ArticleContext, rules: QuoteRules, cue_first: int) -> tuple[int, int, str] | None:
    """What a verdict cue judges, between the subject's نے and the cue: "X نے الزامات کو
    بے بنیاد قرار دیا"."""
    sentence_first, _ = ctx.sentence_span(cue_first)
    for m in range(cue_first - 1, sentence_first - 1, -1):
        # "X نے بل کی حمایت کی اور اسے اہم قدم قرار دیا": the verdict starts after "and".
        if ctx.keys[m] in rules.subject_markers or rules.verdict_openers.match_at(ctx.keys, m):
            if cue_first - (m + 1) < 2:
                return None
            s, e, _ = unwrap(ctx.text, ctx.tokens[m + 1].start, ctx.tokens[cue_first - 1].end)
            return (s, e, "indirect") if e > s else None
        if ctx.keys[m] in rules.object_markers:
            start = _object_start(ctx, rules, m, sentence_first)
            if start is None or start == m - MAX_OBJECT_TOKENS or _object_goes_on(ctx, start, sentence_first):
                # A long object set off by a comma: "لاوروف در این تماس، توقیف اخیر یک نفتکش
                # ... را «راهزنی» خواند".
                start = _after_comma(ctx, m, sentence_first, rules.object_markers) or start
            if start is None or cue_first - start < 3:
                return None
            s, e, _ = unwrap(ctx.text, ctx.tokens[start].start, ctx.tokens[cue_first - 1].end)
            return (s, e, "indirect") if e > s else None
    return None


MAX_OBJECT_TOKENS = 6


MAX_OBJECT_REACH = 25  # tokens from را back to the comma that opens a long object


def _after_comma(ctx: ArticleContext, marker: int, floor: int, markers: frozenset[str] = frozenset()) -> int | None:
    for t in range(marker - 1, max(floor, marker - MAX_OBJECT_REACH) - 1, -1):
        if ctx.tokens[t].text in ("،", ","):
            return t + 1 if t + 1 < marker else None
        if ctx.keys[t] in markers:
            return None  # another object, of another clause ("X را رد کرد و Y را ... خواند")
    return None


def _object_start(ctx: ArticleContext, rules: QuoteRules, marker: int, floor: int) -> int | None:
    """The first token of the object a را closes: back to the subject, a comma or a
    prepositional phrase ("سپاه در بیانیه‌ای | این تحریم‌ها را")."""
    t = marker
    while t - 1 >= floor and marker - (t - 1) <= MAX_OBJECT_TOKENS:
        previous = t - 1
        entity = ctx.entity_covering(previous)
        if entity is not None:
            # "تحریم‌های یکجانبه آمریکا را": a name that modifies a noun of the object is
            # inside it; one with nothing of the object before it is the subject.
            first = ctx.token_at(entity.start)
            if first - 1 < floor or first - 1 < marker - MAX_OBJECT_TOKENS or not _object_word(ctx, rules, first - 1):
                break
            t = first
            continue
        if ctx.tokens[previous].kind != "word":
            break
        if ctx.keys[previous] in rules.object_determiners:
            t = previous
            break
        if ctx.keys[previous] in rules.pronouns or ctx.keys[previous] in ctx.names.stops:
            break
        if previous - 1 >= floor and ctx.keys[previous - 1] in rules.prepositions | {"در"}:
            break  # the word closes a prepositional phrase (در بیانیه‌ای)
        t = previous
    return t if t < marker else None


def _object_goes_on(ctx: ArticleContext, start: int, floor: int) -> bool:
    """Whether the words before an object's first token still belong to it: a plain word
    there ("از سوی | نیروی دریایی آمریکا را") rather than a subject, a pause or the start."""
    before = start - 1
    return before >= floor and ctx.tokens[before].kind == "word" and ctx.entity_covering(before) is None


def _object_word(ctx: ArticleContext, rules: QuoteRules, t: int) -> bool:
    """Whether token ``t`` can be a noun of a verdict's object, before a name it governs."""
    key = ctx.keys[t]
    return (
        ctx.tokens[t].kind == "word"
        and ctx.entity_covering(t) is None
        and key not in rules.pronouns
        and key not in ctx.names.stops
        and key not in rules.prepositions
    )


def _subject_hint(ctx: ArticleContext, rules: QuoteRules, verb_first: int) -> tuple[int, SpeakerHint | None]:
    keys = ctx.keys
    sentence_first, _ = ctx.sentence_span(verb_first)
    # X کا کہنا تھا کہ: the phrase before the possessive is the speaker.
    possessive = rules.possessive_cues.match_ending_at(keys, verb_first + 1) or rules.possessive_cues.match_ending_at(keys, verb_first + 2)
    if possessive and verb_first > sentence_first and keys[verb_first - 1] in ("کا", "کی", "کے"):
        return verb_first - 1, _noun_phrase_before(ctx, rules, verb_first - 1, sentence_first)
    if rules.subject_markers:
        for m in range(verb_first - 1, sentence_first - 1, -1):
            if keys[m] in rules.subject_markers:
                cue_first = m if m == verb_first - 1 else verb_first
                return cue_first, _noun_phrase_before(ctx, rules, m, sentence_first)
        if rules.bare_subject_verbs.match_at(keys, verb_first):
            # "وہ کہتے ہیں کہ …", "X بولے …": the present and بولنا take their subject bare.
            return verb_first, _clause_subject(ctx, rules, sentence_first, verb_first)
        return verb_first, _document_owner(ctx, rules, sentence_first, verb_first)
    if rules.document_verbs.match_at(keys, verb_first):
        # "در این بیانیه آمده است:": only a document says so; "به تهران آمده است" is no cue.
        return verb_first, _document_before(ctx, rules, sentence_first, verb_first)
    return verb_first, _clause_subject(ctx, rules, sentence_first, verb_first)


def _document_before(ctx: ArticleContext, rules: QuoteRules, floor: int, verb_first: int) -> SpeakerHint | None:
    """Persian: the speaker of "در بیانیه X آمده است": X, a body named after the document,
    else the body that spoke last (the document was named before)."""
    keys = ctx.keys
    start = ctx.dateline_end(floor, verb_first)
    document = next(
        (t for t in range(start + 1, verb_first) if keys[t] in rules.statement_nouns
         and any(keys[p] in rules.document_prepositions for p in range(max(start, t - 5), t))),
        None,
    )
    if document is None:
        return None
    for t in range(document + 1, verb_first):
        if keys[t] in rules.complementizers or ctx.tokens[t].kind == "punct":
            break  # "در این بیانیه که به امضای شورای مرکزی رسیده": the signers, not the issuer
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type in ("ORG", "PER"):
            return SpeakerHint("entity", t, t + 1)
    return SpeakerHint("document", document, document + 1)


MAX_PASSIVE_REACH = 4  # tokens from a speech verb to its passive auxiliary (مطالبہ کیا | گیا)


def _document_owner(ctx: ArticleContext, rules: QuoteRules, floor: int, verb_first: int) -> SpeakerHint | None:
    """The speaker of a passive report in a document ("X کے بیان میں کہا گیا ہے کہ …"): the
    body or person named before the document in the sentence, else the body that spoke last."""
    keys = ctx.keys
    passive = False
    for t in range(verb_first, min(len(keys), verb_first + MAX_PASSIVE_REACH)):
        if keys[t] in rules.complementizers or ctx.tokens[t].kind == "punct":
            break
        passive = passive or keys[t] in rules.passive_markers
    if not passive:
        return None
    document = next(
        (t for t in range(verb_first - 2, floor - 1, -1) if keys[t] in rules.statement_nouns and keys[t + 1] in rules.document_locatives),
        None,
    )
    if document is None:
        return None
    for t in range(ctx.dateline_end(floor, document), document):
        entity = ctx.entity_covering(t)
        if entity is None or entity.type not in ("ORG", "PER"):
            continue
        after = ctx.token_at(entity.end - 1) + 1
        if after < document and keys[after] in rules.verdict_objects:
            continue  # "وزیراعظم کو لکھے گئے خط میں": whom the letter is to
        return SpeakerHint("entity", t, t + 1)
    # "جرگے کے متفقہ اعلامیے میں": the body the document is of, named by a common noun.
    genitive = next((t for t in range(document - 1, max(floor, document - 3) - 1, -1) if keys[t] in rules.genitives), None)
    if genitive is not None:
        owner = _noun_phrase_before(ctx, rules, genitive, floor)
        if owner is not None and owner.kind in ("entity", "np"):
            return owner
    return SpeakerHint("document", document, document + 1)


def _noun_phrase_before(ctx: ArticleContext, rules: QuoteRules, end: int, floor: int) -> SpeakerHint | None:
    """The noun phrase that ends just before token ``end`` (the subject before نے)."""
    if end <= floor:
        return None
    p = end - 1
    if ctx.tokens[p].text == ")":
        # "شعبہ تعلقات عامہ (آئی ایس پی آر) کے مطابق": the name in the brackets, else before them.
        opening = next((t for t in range(p - 1, max(floor, p - MAX_SUBJECT_TOKENS) - 1, -1) if ctx.tokens[t].text == "("), None)
        if opening is None:
            return None
        inner = next((t for t in range(opening + 1, p) if ctx.entity_covering(t) is not None), None)
        if inner is not None:
            return SpeakerHint("entity", inner, inner + 1)
        return _noun_phrase_before(ctx, rules, opening, floor)
    if ctx.keys[p] in rules.pronouns:
        return SpeakerHint("pronoun", p, p + 1)
    entity = ctx.entity_covering(p)
    if entity is not None and not _office_place(ctx, entity):
        return SpeakerHint("entity", p, p + 1)
    q = p
    stops = ctx.names.stops
    while q >= floor and p - q < MAX_SUBJECT_TOKENS and ctx.tokens[q].kind == "word" and ctx.keys[q] not in stops:
        q -= 1
    if q == p:
        return None
    if rules.anonymous.match_ending_at(ctx.keys, end) and not ctx.names.titles.match_ending_at(ctx.keys, end):
        return SpeakerHint("anonymous")  # "اطلاعات کے مطابق", but "وزیر اطلاعات نے" is a minister
    if any(ctx.keys[t] in rules.indefinites for t in range(max(q, floor), end)):
        return SpeakerHint("anonymous")  # "ایک سینیئر عہدیدار نے": someone the text does not name
    members = rules.member_nouns.match_ending_at(ctx.keys, end)
    if members and end - members == q + 1 and q > floor and ctx.keys[q] in rules.genitives:
        # "وزارت ریلوے کے حکام نے": the group its members speak for.
        group = _noun_phrase_before(ctx, rules, q, floor)
        if group is not None and group.kind in ("entity", "np"):
            return group
    return SpeakerHint("np", q + 1, end)


def _office_place(ctx: ArticleContext, entity) -> bool:
    """A place right after a title names the office (گورنر پنجاب، وزیر خارجہ پاکستان): the
    holder speaks, not the place."""
    first = ctx.token_at(entity.start)
    return entity.type == "LOC" and first > 0 and ctx.names.titles.match_ending_at(ctx.keys, first) > 0


def _clause_subject(ctx: ArticleContext, rules: QuoteRules, floor: int, verb_first: int) -> SpeakerHint:
    """The subject of a verb-final clause without a subject marker (Persian)."""
    keys = ctx.keys
    start = ctx.dateline_end(floor, verb_first)
    # "به گزارش ایرنا، X گفت": the reporting agency is not the speaker.
    report_seen = False  # a گزارش since ``start`` (a running flag: rescanning was cubic)
    for t in range(start, verb_first):
        if ctx.tokens[t].text in ("،", ",") and report_seen:
            start = t + 1
            report_seen = False
        elif keys[t] == "گزارش":
            report_seen = True
    opening = _opening_office(ctx, start, verb_first)
    if opening is not None:
        return opening
    for t in range(start, verb_first):
        if keys[t] in rules.pronouns:
            return SpeakerHint("pronoun", t, t + 1)
        entity = ctx.entity_covering(t)
        if entity is not None and entity.type in ("PER", "ORG"):
            after = ctx.token_at(entity.end - 1) + 1
            if after < verb_first and keys[after] in rules.genitives:
                continue  # "جمعیت کے پارلیمانی لیڈر X بولے": the possessor is not the subject
            title = ctx.names.titles.match_ending_at(keys, t)
            if entity.type == "ORG" and title and t - title >= start:
                # رئیس کل بانک مرکزی محمدرضا فرزین: the holder named after the office speaks;
                # سخنگوی وزارت امور خارجه alone: the body names the office of a person.
                after = ctx.token_at(entity.end - 1) + 1
                holder = ctx.entity_covering(after) if after < verb_first else None
                if holder is not None and holder.type == "PER":
                    return SpeakerHint("entity", after, after + 1)
                return SpeakerHint("np", t - title, t)
            if t == start or keys[t - 1] not in rules.prepositions:
                return SpeakerHint("entity", t, t + 1)
    if ctx.names.titles.match_at(keys, start):
        return SpeakerHint("np", start, _office_end(ctx, start, verb_first))  # نخست‌وزیر پاکستان
    return SpeakerHint("implicit")


def _office_end(ctx: ArticleContext, start: int, limit: int) -> int:
    """The token after a title at ``start`` and its office: نخست‌وزیر پاکستان, وزیر امور خارجه."""
    end = start + ctx.names.titles.match_at(ctx.keys, start)
    while end < limit and (
        ctx.keys[end] in ctx.names.office_words
        or ((e := ctx.entity_covering(end)) is not None and e.type == "LOC")
    ):
        end += 1
    return end


def _opening_office(ctx: ArticleContext, start: int, verb_first: int) -> SpeakerHint | None:
    """A clause opening with an office and no name after it is that office's holder
    speaking, whatever actors its words name before the verb ("وزیر امور خارجه در این
    تماس، تصمیم شورای اتحادیه اروپا را ... خواند")."""
    if start >= verb_first or not ctx.names.titles.match_at(ctx.keys, start) or ctx.entity_covering(start) is not None:
        return None
    end = _office_end(ctx, start, verb_first)
    if end >= verb_first or ctx.entity_covering(end) is not None or ctx.tokens[end].kind != "word":
        return None  # the holder (or the body the office heads) is named next
    return SpeakerHint("np", start, end)


def framing(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    """"X با بیان اینکه A، افزود: B": A is reported too, up to the comma before the main
    speech verb; X, the subject before the cue, said it."""
    found = []
    keys, tokens = ctx.keys, ctx.tokens
    for i in rules.framing_cues.starts_in(keys):
        length = rules.framing_cues.match_at(keys, i)
        if not length:
            continue
        sentence_first, sentence_end = ctx.sentence_span(i)
        start = i + length
        hint = _clause_subject(ctx, rules, sentence_first, i)
        if start < len(tokens) and tokens[start].text in OPENERS:
            # "با بیان اینکه «…»، از نمایندگان خواست …": the words in marks are the quote.
            close = closing_mark(ctx.text, tokens[start].start, paragraph_end(ctx.text, tokens[start].start))
            if close is not None:
                s, e = trim(ctx.text, tokens[start].start + 1, close, final_punctuation=False)
                if ctx.token_at(e) - ctx.token_at(s) >= MIN_BARE_CONTENT_TOKENS - 1:
                    found.append(Candidate(i, start, s, e, "direct", hint))
                continue
        end = sentence_end
        for t in range(start + 1, sentence_end - 1):
            if tokens[t].text in ("،", ",") and rules.verbs.match_at(keys, t + 1):
                end = t
                break
        if end - start < MIN_BARE_CONTENT_TOKENS:
            continue
        s, e, _ = unwrap(ctx.text, tokens[start].start, tokens[end - 1].end)
        if e > s:
            found.append(Candidate(i, start, s, e, "indirect", hint))
    return found


MAX_RELAY_REACH = 10  # tokens from عن to the verbal noun قوله


def relayed(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    """"ونقلت الوكالة عن وزير الخارجية قوله إن ...": the person after عن said it."""
    found = []
    keys = ctx.keys
    if not rules.relayed_cues:
        return found
    for i, key in enumerate(keys):
        if key not in rules.relayed_cues:
            continue
        sentence_first, _ = ctx.sentence_span(i)
        relay = next((t for t in range(i - 1, max(sentence_first, i - MAX_RELAY_REACH) - 1, -1) if keys[t] in rules.relay_prepositions), None)
        if relay is None or relay + 1 >= i:
            continue
        content = _after_cue(ctx, rules, i + 1, allow_bare=True)
        if content is None:
            continue
        if rules.anonymous.match_at(ctx.keys, relay + 1):
            hint = SpeakerHint("anonymous")  # "عن مسؤول إسرائيلي لم تسمه قوله"
        else:
            hint = person_in(ctx, rules, relay + 1, i) or subject_of_phrase(ctx, rules, relay + 1, i) or SpeakerHint("np", relay + 1, i)
        found.append(Candidate(i, i + 1, content[0], content[1], content[2], hint))
    return found


# --- verb-first language (Arabic) ----------------------------------------------------


def verb_length(ctx: ArticleContext, rules: QuoteRules, i: int) -> int:
    if ctx.keys[i] in rules.adjectival_participles and i > 0 and ctx.tokens[i - 1].kind == "word":
        return 0  # "مداخلات لافتة": after a noun it describes it; the cue follows a comma
    length = rules.verbs.match_at(ctx.keys, i)
    if length:
        return length
    key = ctx.keys[i]
    if len(key) > 2 and key[0] in "وف" and (key[1:],) in rules.verbs.phrases:
        return 1
    return 0


def _reach(subject_end: int | None) -> int:
    return MAX_VERB_REACH if subject_end is None else MAX_PARENTHETICAL_REACH


def verb_first(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    found = []
    keys, tokens = ctx.keys, ctx.tokens
    n = len(tokens)
    i = 0
    while i < n:
        length = verb_length(ctx, rules, i) if tokens[i].kind == "word" else 0
        if not length or (i > 0 and keys[i - 1] in rules.negating_nouns):
            i += 1  # "طلب عدم ذكر اسمه": a verbal noun, not a report
            continue
        subject_first = i + length
        j = subject_first
        subject_end = None  # the subject ends at the first comma: "وقال X، خلال ...، إن"
        sentence_first, sentence_end = ctx.sentence_span(i)
        # قال takes إن and nothing else: its إن may come after a long subject with no comma
        # ("وقال المجلس في بيان صدر في ختام اجتماعه ... برئاسة ... إن").
        says = without_conjunction(keys[i], rules.say_verbs) in rules.say_verbs
        while j < min(sentence_end, subject_first + (MAX_PARENTHETICAL_REACH if says else _reach(subject_end))):
            far = j >= subject_first + MAX_VERB_REACH
            if far and not (tokens[j - 1].text in ("،", ",") and keys[j] in rules.complementizers) and not (
                says and tokens[j].text in rules.say_complementizers
            ):
                j += 1
                continue
            if tokens[j].text in OPENERS and j > subject_first and _quoted_name(ctx, j):
                j = ctx.token_at(_quoted_name(ctx, j)) + 1  # في حوار مع «الاتحاد»: a name in marks
                continue
            if keys[j] in rules.complementizers or tokens[j].text == ":" or tokens[j].text in OPENERS:
                break
            if keys[j] in ("الی", "عن", "علی") and j + 1 < n and keys[j + 1] in rules.complementizers:
                break
            if tokens[j].text in ("،", ",") and subject_end is None:
                subject_end = j
            if tokens[j].kind == "word" and verb_length(ctx, rules, j) and keys[j - 1] not in rules.negating_nouns:
                break  # "وحذر X من ...، مشددا على أن": the nearer verb owns the أن
            j += 1
        if subject_end is None:
            subject_end = j
        while j < n and keys[j] in ("الی", "عن", "علی"):
            j += 1
        if keys[i] in rules.ambiguous_verbs and not (j < sentence_end and keys[j] in rules.complementizers):
            i += 1  # "آمنة بين البلدين": بين is "between" unless a أن follows
            continue
        # Content starts in the verb's own sentence: a quotation opening the next one is not it.
        content = _after_cue(ctx, rules, j, allow_bare=False) if j < sentence_end else None
        if content is not None and content[2] == "direct" and _takes_a_noun(ctx, rules, i) and _embedded_marks(ctx, rules, subject_first, j):
            # "جددت التأكيد على رفض دولة قطر القاطع استهداف المدنيين «مهما كانت الدوافع»":
            # the marks close a noun phrase the verb reports; the report is the whole phrase.
            content = _nominal_content(ctx, rules, subject_first, sentence_end) or content
        if content is None:
            content = _quoted_before(ctx, i)  # '"..."، أكد الوزير' reports what came before
        if content is None and _takes_a_noun(ctx, rules, i):
            content = _nominal_content(ctx, rules, subject_first, min(j, sentence_end), _verb_link(ctx, rules, i))
        if content is None:
            i += 1
            continue
        if content[2] == "indirect":
            content = _before_next_report(ctx, rules, content)
        hint = verb_subject(ctx, rules, subject_first, subject_end, i, sentence_first)
        if subject_end < j and not names_a_person(ctx, hint):
            hint = apposition(ctx, rules, subject_end, j) or hint
        found.append(Candidate(i, i + length, content[0], content[1], content[2], hint))
        i = max(i + 1, ctx.token_at(content[1]))
    return found


MAX_QUOTED_NAME_TOKENS = 3
MAX_QUOTED_NAME_LOOKAHEAD = 4  # tokens after "«إكس»،" within which the words must begin


def _before_next_report(ctx: ArticleContext, rules: QuoteRules, content: tuple[int, int, str]) -> tuple[int, int, str]:
    """Reported speech ends where a reporting act of direct speech begins: in "قال X إن
    ...، مضيفا: "..."" the second clause is a quote of its own (reported speech that goes
    on with "، مشيرا إلى أن" stays one)."""
    start, end, kind = content
    first, last = ctx.token_at(start), ctx.token_at(end)
    tokens = ctx.tokens
    for t in range(first + 1, min(last, len(tokens) - 2)):
        if tokens[t].text not in ("،", ",") or tokens[t + 1].kind != "word":
            continue
        if ctx.keys[t + 1] in rules.contrast_links and t + 2 < len(tokens) and verb_length(ctx, rules, t + 2):
            # "…، فيما دعت مندوبة الدنمارك إلى …": someone else's report begins.
            s, e, _ = unwrap(ctx.text, start, tokens[t].start)
            return (s, e, kind) if e > s else content
        length = verb_length(ctx, rules, t + 1)
        after = t + 1 + length
        if length and after < len(tokens) and (tokens[after].text in (":", "：") or tokens[after].text in OPENERS):
            s, e, _ = unwrap(ctx.text, start, ctx.tokens[t].start)
            return (s, e, kind) if e > s else content
    return content


def _quoted_name(ctx: ArticleContext, opener: int) -> int | None:
    """The closing mark's index when the mark at token ``opener`` encloses a short name
    in the middle of a clause (لوكالة الأنباء القطرية "قنا" عقب ...), not speech."""
    tokens = ctx.tokens
    start = tokens[opener].start
    close = closing_mark(ctx.text, start, min(len(ctx.text), start + 80))
    if close is None:
        return None
    inside = ctx.token_at(close) - opener - 1
    after = ctx.token_at(close) + 1
    if not 0 < inside <= MAX_QUOTED_NAME_TOKENS or ctx.keys[opener - 1] in (":",):
        return None
    # The name of whom the words were said to (لـ«الشرق الأوسط»: "..."), or a name with the
    # clause going on after it.
    to_whom = (
        ctx.keys[opener - 1] in ("ل", "لـ")
        or ctx.tokens[opener - 1].text.endswith("ـ")
        or ctx.keys[opener - 1] in quote_rules(ctx.lang).prepositions  # في حديث إلى «النهار»:
    )
    if to_whom or (after < len(tokens) and tokens[after].kind == "word"):
        return close
    if after < len(tokens) and tokens[after].text in ("،", ","):
        # "في بيان نشرته على منصة «إكس»، من أن ...": the clause goes on after the comma
        # to the words themselves.
        _, sentence_end = ctx.sentence_span(after)
        for t in range(after + 1, min(sentence_end, after + 1 + MAX_QUOTED_NAME_LOOKAHEAD)):
            if ctx.keys[t] in quote_rules(ctx.lang).complementizers or tokens[t].text in OPENERS or tokens[t].text == ":":
                return close
    return None


MAX_TITLE_TOKENS = 6  # a title and its office before a name: وزیر اعلیٰ پنجاب، وزیر داخلہ


def _before_titles(ctx: ArticleContext, first: int) -> int:
    """The first token of the name at ``first`` with the title and office words right
    before it, if any."""
    names, keys = ctx.names, ctx.keys
    entity = ctx.entity_covering(first)
    if entity is not None:
        first = min(first, ctx.token_at(entity.start))
    floor = max(0, first - MAX_TITLE_TOKENS)
    while first > floor:
        length = names.titles.match_ending_at(keys, first)
        if length:
            first -= length
        elif keys[first - 1] in names.office_words:
            first -= 1
        else:
            break
    return first


def _quoted_before(ctx: ArticleContext, verb: int) -> tuple[int, int, str] | None:
    """A quotation the verb follows: ""...."، قال الوزير" (the speaker after the words)."""
    tokens, text = ctx.tokens, ctx.text
    t = verb - 1
    if t >= 0 and tokens[t].text in ("،", ","):
        t -= 1  # '"..."، قال الوزير'; Urdu keeps the comma inside: '"...،" انہوں نے کہا'
    if t < 0 or tokens[t].text not in ALL_MARKS or t + 1 == verb and ctx.lang == "ar":
        return None
    close = tokens[t].start
    closer = text[close]
    opener = next((o for o, c in OPENERS.items() if c == closer), None)
    if opener is None:
        return None
    start = text.rfind(opener, max(0, close - MAX_QUOTE_CHARS), close)
    if start < 0 or paragraph_end(text, start) < close:
        return None
    s, e = trim(text, start + 1, close, final_punctuation=False)
    return (s, e, "direct") if e > s else None


def _embedded_marks(ctx: ArticleContext, rules: QuoteRules, subject_first: int, opener: int) -> bool:
    """Whether quotation marks at ``opener`` come inside a clause after the subject (words
    of the reported phrase stand before them), rather than opening the words themselves."""
    if opener >= len(ctx.tokens) or ctx.tokens[opener].text not in OPENERS:
        return False  # the words follow an إن/أن or a colon: no phrase before them
    if ctx.tokens[opener - 1].kind != "word" or ctx.keys[opener - 1] in rules.complementizers:
        return False
    return opener - subject_phrase_end(ctx, rules, subject_first, opener) >= MIN_BARE_CONTENT_TOKENS


def _takes_a_noun(ctx: ArticleContext, rules: QuoteRules, verb: int) -> bool:
    """Whether the speech verb at ``verb`` reports with a verbal noun as well as with أن:
    "وأكد الرئيس *ضرورة* وقف إطلاق النار"."""
    key = ctx.keys[verb]
    return key in rules.nominal_verbs or (len(key) > 2 and key[0] in "وف" and key[1:] in rules.nominal_verbs)


MAX_SUBJECT_BEFORE_LINK = 10  # tokens between a verb and the preposition its report follows


def _verb_link(ctx: ArticleContext, rules: QuoteRules, verb: int) -> str | None:
    key = ctx.keys[verb]
    return rules.verb_links.get(key) or (rules.verb_links.get(key[1:]) if key[:1] in ("و", "ف") else None)


def _nominal_content(
    ctx: ArticleContext, rules: QuoteRules, first: int, end: int, link: str | None = None
) -> tuple[int, int, str] | None:
    """What a speech verb with a verbal noun reports: after its subject (and a
    parenthetical "، خلال اللقاء ...،" or على/من), to the end of the clause. A verb whose
    report always follows ``link`` (أعرب … عن) reports what follows the first one."""
    keys, tokens = ctx.keys, ctx.tokens
    t = first
    linked = next((k for k in range(first, min(end, first + MAX_SUBJECT_BEFORE_LINK)) if keys[k] == link), None) if link else None
    if linked is not None:
        t = linked
    elif t < end and keys[t] in rules.pronouns:
        t += 1
    elif t < end and (ctx.names.titles.match_at(keys, t) or ctx.entity_covering(t) is not None):
        t = subject_phrase_end(ctx, rules, t, end)
    while t < end and keys[t] in rules.clause_openers:
        t += 1  # "وأعرب سموه كذلك عن ...": an adverb before what is said
    if t < end and tokens[t].text in ("،", ","):
        close = next((c for c in range(t + 1, end) if tokens[c].text in ("،", ",")), None)
        if close is None:
            return None
        t = close + 1
    t = _past_setting(ctx, rules, t, end)
    while t < end and keys[t] in rules.nominal_links:
        t += 1
    if end - t < MIN_BARE_CONTENT_TOKENS or tokens[t].kind != "word" or keys[t] in ctx.names.stops:
        return None
    s, e, _ = unwrap(ctx.text, tokens[t].start, tokens[end - 1].end)
    return (s, e, "indirect") if e > s else None


def _past_setting(ctx: ArticleContext, rules: QuoteRules, t: int, end: int) -> int:
    """The first token after the time and occasion that may stand between a speech verb's
    subject and its verbal noun: "أعلنت الوزارة *اليوم الثلاثاء* إحباط ...", "وأكد شكري
    *خلال اللقاء* رفض ..."."""
    keys, dates = ctx.keys, date_rules(ctx.lang)
    while t < end:
        length = (
            dates.relative_phrases.match_at(keys, t)
            or dates.weekday_phrases.match_at(keys, t)
            or dates.weekday_context.match_at(keys, t)
        )
        if length:
            t += length
            continue
        if keys[t] in rules.occasion_prepositions and t + 1 < end and keys[t + 1] in rules.occasion_nouns:
            t += 2
            while t < end and keys[t] in rules.occasion_modifiers:
                t += 1
            continue
        return t
    return t


# --- "according to" ------------------------------------------------------------------


def according_to(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    found = []
    keys, tokens = ctx.keys, ctx.tokens
    for i in rules.according_to.starts_in(keys):
        length = rules.according_to.match_at(keys, i)
        if not length:
            continue
        sentence_first, sentence_end = ctx.sentence_span(i)
        if rules.word_order == "subject-first" and rules.subject_markers:
            # X کے مطابق …: speaker before, content after.
            hint = _noun_phrase_before(ctx, rules, i, sentence_first)
            if hint is None or hint.kind == "np" and not _names_someone(ctx, hint):
                continue
            content = content_after(ctx, tokens[i + length - 1].end, i + length - 1, colon=False)
            if content is not None:
                found.append(Candidate(i, i + length, content[0], content[1], "indirect", hint))
            continue
        # به گفته X، … / بحسب X، …: speaker after the cue, up to the comma.
        j = i + length
        while j < sentence_end and tokens[j].text not in ("،", ",") and j - i <= MAX_SUBJECT_TOKENS:
            j += 1
        if j >= sentence_end or tokens[j].text not in ("،", ","):
            # "… ، وفقا لـX" at the end: the content is what came before (unless someone
            # already says it there: "وأشار X إلى أن …، وفقا لأحدث مسح" is X's).
            spoken = any(verb_length(ctx, rules, t) for t in range(sentence_first, i) if tokens[t].kind == "word")
            if i > sentence_first and tokens[i - 1].text in ("،", ",") and not spoken:
                s, e, _ = unwrap(ctx.text, tokens[sentence_first].start, tokens[i - 1].start)
                hint = source_named_in(ctx, rules, i + length, sentence_end)
                if e > s:
                    found.append(Candidate(i, i + length, s, e, "indirect", hint))
            continue
        if j + 1 < sentence_end and tokens[j + 1].kind == "word" and verb_length(ctx, rules, j + 1):
            continue  # "بحسب الدفاع المدني، أوضح المتحدث أن …": the report that follows has its own speaker
        hint = verb_subject(ctx, rules, i + length, j, i, i + length, any_phrase=True)
        if hint.kind == "np" and not _names_someone(ctx, hint):
            continue  # طبق برنامه اعلام‌شده: "according to the announced schedule" quotes no one
        content = content_after(ctx, tokens[j].end, j, colon=False)
        if content is not None and hint.kind != "implicit":
            found.append(Candidate(i, i + length, content[0], content[1], "indirect", hint))
    return found


MAX_HEADLINE_NAME_TOKENS = 3


def _names_someone(ctx: ArticleContext, hint: SpeakerHint, places: bool = True) -> bool:
    """Whether a noun phrase names a speaker (an entity, or a title at its head), not a
    document or a law (قانون is a word of the title وزیر قانون, not a title)."""
    for t in range(hint.first, hint.end):
        entity = ctx.entity_covering(t)
        if entity is not None and (places or entity.type != "LOC"):
            return True
        if ctx.names.titles.match_at(ctx.keys, t):
            return True
    return False


# --- headline attribution ------------------------------------------------------------


def headline(ctx: ArticleContext, rules: QuoteRules) -> list[Candidate]:
    """``X: content`` on the first line (a headline attributing words to X)."""
    text = ctx.text
    line_end = paragraph_end(text, 0)
    colon = text.find(":", 0, line_end)
    # A headline is a short line of its own; "الرياض - واس:" opening a body is a dateline.
    if colon < 0 or line_end >= len(text) or ctx.token_at(line_end) > MAX_HEADLINE_TOKENS:
        return []
    if text[:line_end].rstrip().endswith((".", "۔")):
        return []  # a short first paragraph ending in a full stop is body, its colon a dateline's
    first_token = 0
    colon_token = ctx.token_at(colon)
    # "امضای سه سند همکاری …؛ مدنی‌زاده: …": a headline of two parts, the second attributed.
    separator = next((t for t in range(colon_token - 1, 0, -1) if ctx.tokens[t].text in HEADLINE_SEPARATORS), None)
    if separator is not None:
        first_token = separator + 1
    if not 0 < colon_token - first_token <= 6:
        return []
    label_end = colon_token
    for t in range(first_token + 1, colon_token):
        if ctx.keys[t] in ("ل", "لـ") or ctx.tokens[t].text.endswith("ـ"):
            label_end = t  # "الزعبي لـ"الرأي": ...": the outlet the words were said to
            break
    hint = SpeakerHint("np", first_token, label_end)
    if rules.anonymous.match_at(ctx.keys, first_token):
        hint = SpeakerHint("anonymous")  # "مصادر للجزيرة نت: ...": sources no one names
    elif not (_names_someone(ctx, hint, places=False) or looks_like_a_name(ctx, first_token, label_end)):
        return []
    s, e, _ = unwrap(text, colon + 1, line_end)
    if e <= s:
        return []
    return [Candidate(colon_token, colon_token + 1, s, e, "direct", hint)]
