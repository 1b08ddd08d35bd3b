"""Interviews set out as questions and answers.

A Q&A interview labels its paragraphs (س: … / ج: …, سوال: … / جواب: …, پرسش: … / پاسخ: …).
Each answer is a direct quote of the interviewee, whom the introduction names; the
questions are the interviewer's and carry no quotes of their own. When only the questions
are labelled, the unlabelled paragraphs after a question are its answer.
"""

from __future__ import annotations

from bayan.quotes.content import paragraph_end, unwrap
from bayan.quotes.context import ArticleContext
from bayan.quotes.patterns import Candidate
from bayan.quotes.rules import QuoteRules
from bayan.quotes.speakers import SpeakerHint

LABEL_SEPARATORS = (":", "：", "-", "–", "—")
MIN_QUESTIONS = 2  # one labelled line is not an interview


def interview(ctx: ArticleContext, rules: QuoteRules) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The answers of a Q&A interview as candidates, and the character spans of its
    questions."""
    if not rules.question_labels:
        return [], []
    paragraphs = _labelled_paragraphs(ctx, rules)
    questions = [(s, e) for label, _, s, e in paragraphs if label == "question"]
    if len(questions) < MIN_QUESTIONS:
        return [], []
    answers_labelled = any(label == "answer" for label, _, _, _ in paragraphs)
    answers = []
    after_question = False
    for label, cue, start, end in paragraphs:
        if label == "question":
            after_question = True
            continue
        if label == "answer" or (label is None and after_question and not answers_labelled):
            s, e, _ = unwrap(ctx.text, start, end)
            if e > s:
                cue_first, cue_end = cue if cue is not None else (ctx.token_at(s), ctx.token_at(s) + 1)
                answers.append(Candidate(cue_first, cue_end, s, e, "direct", SpeakerHint("interviewee")))
    return answers, questions


def _labelled_paragraphs(ctx: ArticleContext, rules: QuoteRules) -> list[tuple[str | None, tuple[int, int] | None, int, int]]:
    """Each non-empty paragraph as (question | answer | None, label token range, content
    start, paragraph end)."""
    text, tokens, keys = ctx.text, ctx.tokens, ctx.keys
    found = []
    position = 0
    while position < len(text):
        end = paragraph_end(text, position)
        first = ctx.token_at(position)
        if first < len(tokens) and tokens[first].start < end:
            label = None
            cue = None
            content = tokens[first].start
            if keys[first] in rules.question_labels or keys[first] in rules.answer_labels:
                separator = first + 1
                if separator < len(tokens) and tokens[separator].text in LABEL_SEPARATORS and tokens[separator].start < end:
                    label = "question" if keys[first] in rules.question_labels else "answer"
                    cue = (first, first + 1)
                    content = tokens[separator].end
            found.append((label, cue, content, end))
        position = end + 1
    return found
