"""Quotations: who said what, direct and reported.

Cue patterns (``patterns.py``) find where speech is announced and where its content
lies; speakers (``speakers.py``) are resolved in document order so that a pronoun or a
bare title points at the right person. The cue inventories are data in
``bayan/lang/<code>/quotes.py``.
"""

from __future__ import annotations

from bayan.article import Article, Quote, Span
from bayan.quotes.context import ArticleContext, Spans, build_context
from bayan.quotes.interviews import interview
from bayan.quotes.patterns import Candidate, according_to, framing, headline, relayed, standalone, subject_first, verb_first
from bayan.quotes.rules import quote_rules
from bayan.quotes.speakers import SpeakerState, resolve

QUOTE_LANGS = ("ur", "fa", "ar")


def find_candidates(ctx: ArticleContext) -> list[Candidate]:
    rules = quote_rules(ctx.lang)
    finder = verb_first if rules.word_order == "verb-first" else subject_first
    answers, questions = interview(ctx, rules)
    asked = Spans(questions)
    candidates = [
        c
        for c in headline(ctx, rules) + finder(ctx, rules) + according_to(ctx, rules) + framing(ctx, rules) + relayed(ctx, rules)
        if not asked.covers(ctx.tokens[c.cue_first].start)  # the interviewer's words quote no one
    ]
    candidates += answers
    # Two cues for one passage: the longer passage, then the earlier cue ("وقال مصدر، طلب عدم
    # ذكر اسمه، إن" is the قال's).
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start), c.cue_first))
    kept: list[Candidate] = []
    kept_until = -1  # the furthest end of a kept candidate (all start at or before this one)
    for candidate in candidates:
        # Speech inside speech belongs to the outer quote; two cues for one passage count once.
        if candidate.start < kept_until:
            continue
        kept.append(candidate)
        kept_until = max(kept_until, candidate.end)
    kept += standalone(ctx, Spans((c.start, c.end) for c in kept))
    kept.sort(key=lambda c: c.cue_first)
    return kept


def extract_quotes(ctx: ArticleContext) -> list[Quote]:
    text = ctx.article.text
    candidates = find_candidates(ctx)
    quoted = Spans((c.start, c.end) for c in candidates)
    state = SpeakerState()
    quotes = []
    for c in candidates:
        if c.hint.kind == "anonymous":
            speaker = None
        else:
            speaker = resolve(ctx, c.hint, c.cue_first, state, quoted)
        cue_start, cue_end = ctx.tokens[c.cue_first].start, ctx.tokens[c.cue_end - 1].end
        cue = Span(cue_start, cue_end, text[cue_start:cue_end]) if c.cued else None
        quotes.append(Quote(c.start, c.end, text[c.start : c.end], c.kind, cue, speaker))
    quotes.sort(key=lambda q: q.start)
    return quotes


def quote_component(article: Article) -> Article:
    """Pipeline component: fills ``article.quotes``."""
    if article.language not in QUOTE_LANGS or not article.tokens:
        article.quotes = []
        return article
    ctx = build_context(article, article.language)
    article.quotes = extract_quotes(ctx)
    return article
