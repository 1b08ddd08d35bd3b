"""Interviews set out as questions and answers.

A Q&A interview labels its paragraphs (س: … / ج: …, سوال: … / جواب: …, پرسش: … / پاسخ: …),
or names the two sides (الرأي: … / الزعبي: …: the paper asks, the person answers). Each
answer is a direct quote of the interviewee, whom the introduction or the label names; the
questions are the interviewer's and carry no quotes of their own. When only the questions
are labelled, the unlabelled paragraphs after a question are its answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from bayan.quotes.content import paragraph_end, unwrap
from bayan.quotes.context import ArticleContext
from bayan.quotes.patterns import Candidate
from bayan.quotes.rules import QuoteRules
from bayan.quotes.speakers import SpeakerHint

LABEL_SEPARATORS = (":", "：", "-", "–", "—")
MIN_QUESTIONS = 2  # one labelled line is not an interview


MAX_LABEL_TOKENS = 3


def interview(ctx: ArticleContext, rules: QuoteRules) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The answers of a Q&A interview as candidates, and the character spans of its
    questions."""
    if not rules.question_labels:
        return [], []
    paragraphs = _roles(ctx, rules, _labelled_paragraphs(ctx))
    questions = [(p.start, p.end) for p in paragraphs if p.role == "question"]
    if len(questions) < MIN_QUESTIONS:
        return [], []
    answers_labelled = any(p.role == "answer" for p in paragraphs)
    answers = []
    after_question = False
    for p in paragraphs:
        if p.role == "question":
            after_question = True
            continue
        if p.role == "answer" or (p.role is None and after_question and not answers_labelled):
            s, e, _ = unwrap(ctx.text, p.start, p.end)
            if e > s:
                cue_first, cue_end = p.label if p.label is not None else (ctx.token_at(s), ctx.token_at(s) + 1)
                named = p.label is not None and _person_at(ctx, p.label[0]) is not None
                hint = SpeakerHint("entity", p.label[0], p.label[0] + 1) if named else SpeakerHint("interviewee")
                answers.append(Candidate(cue_first, cue_end, s, e, "direct", hint))
    return answers, questions


@dataclass
class _Paragraph:
    label: tuple[int, int] | None  # token range of "X" in a paragraph opening "X:"
    start: int  # content start (after the label), characters
    end: int  # paragraph end
    role: str | None = None  # question | answer | None


def _labelled_paragraphs(ctx: ArticleContext) -> list[_Paragraph]:
    """Each non-empty paragraph, with the short label (one to three words and a colon or
    dash) that opens it, if any."""
    text, tokens = ctx.text, ctx.tokens
    found = []
    position = 0
    while position < len(text):
        end = paragraph_end(text, position)
        first = ctx.token_at(position)
        if first < len(tokens) and tokens[first].start < end:
            label = None
            content = tokens[first].start
            t = first
            while t < len(tokens) and t - first < MAX_LABEL_TOKENS and tokens[t].kind == "word" and tokens[t].start < end:
                t += 1
            if t > first and t < len(tokens) and tokens[t].text in LABEL_SEPARATORS and tokens[t].start < end:
                label = (first, t)
                content = tokens[t].end
            found.append(_Paragraph(label, content, end))
        position = end + 1
    return found


def _person_at(ctx: ArticleContext, token: int):
    entity = ctx.entity_covering(token)
    return entity if entity is not None and entity.type == "PER" else None


def _roles(ctx: ArticleContext, rules: QuoteRules, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Which labels ask and which answer: the language's own labels (س، ج، پرسش، پاسخ),
    else a label naming a person answers and another label used as often asks."""
    counts: dict[tuple[str, ...], int] = {}
    for p in paragraphs:
        if p.label is not None:
            key = tuple(ctx.keys[p.label[0] : p.label[1]])
            counts[key] = counts.get(key, 0) + 1
    for p in paragraphs:
        if p.label is None:
            continue
        keys = tuple(ctx.keys[p.label[0] : p.label[1]])
        if len(keys) == 1 and keys[0] in rules.question_labels:
            p.role = "question"
        elif len(keys) == 1 and keys[0] in rules.answer_labels:
            p.role = "answer"
        elif counts[keys] >= MIN_QUESTIONS:
            p.role = "answer" if _person_at(ctx, p.label[0]) is not None else "question"
        else:
            p.label = None  # "X: ..." once is a colon in a sentence, not an interview label
    # Labels that name no one (الرأي:) ask only when a named label answers them.
    if not any(p.role == "answer" for p in paragraphs):
        for p in paragraphs:
            if p.role == "question" and not (p.label[1] - p.label[0] == 1 and ctx.keys[p.label[0]] in rules.question_labels):
                p.role = None
    return paragraphs
