"""Search queries: a small, forgiving syntax turned into a safe FTS5 expression.

Syntax: words (all must occur), ``"a phrase"``, ``word*`` for a prefix, ``OR``,
``-word`` or ``NOT word`` to exclude, and parentheses. Every word is looked for in two
forms at once (see ``bayan.archive.keys``): its folded spelling in the title, body and
actor-name columns, and its romanized skeleton in the skeleton and actor-name columns.
So ``Khamenei``, ``خامنہ ای``, ``خامنه‌ای`` and ``خامنئي`` find the same articles.

The FTS5 string is built from words that contain only letters and digits: nothing the
user typed reaches SQLite's query syntax as syntax, and the string itself is passed as
a parameter. A query that cannot be parsed raises ``QuerySyntaxError`` with a readable
message (the API answers 400, the UI shows a notice).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bayan.archive.errors import QuerySyntaxError
from bayan.archive.keys import folded_words, is_arabic_script, word_skeleton

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
_KEYWORDS = ("OR", "AND", "NOT")


@dataclass(frozen=True)
class Term:
    text: str
    folded: tuple[str, ...]
    skeleton: tuple[str, ...]
    prefix: bool = False


@dataclass
class Query:
    """A parsed query: the FTS5 MATCH string and the positive terms (for highlighting)."""

    text: str
    match: str
    terms: list[Term] = field(default_factory=list)

    @property
    def folded_terms(self) -> set[str]:
        return {w for t in self.terms for w in t.folded}

    @property
    def skeleton_terms(self) -> set[str]:
        return {w for t in self.terms for w in t.skeleton}

    @property
    def prefixes(self) -> tuple[set[str], set[str]]:
        folded = {t.folded[-1] for t in self.terms if t.prefix and t.folded}
        skel = {t.skeleton[-1] for t in self.terms if t.prefix and t.skeleton}
        return folded, skel


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, value, position): kind is word, phrase, lparen, rparen, minus, star."""
    out: list[tuple[str, str, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == '"' or ch == "\u201c" or ch == "\u201d":
            close = [j for j in (text.find('"', i + 1), text.find("\u201d", i + 1), text.find("\u201c", i + 1)) if j >= 0]
            if not close:
                raise QuerySyntaxError(
                    f"unbalanced quote: the phrase opened at character {i + 1} is never closed", text, i
                )
            j = min(close)
            out.append(("phrase", text[i + 1 : j], i))
            i = j + 1
        elif ch == "(":
            out.append(("lparen", ch, i))
            i += 1
        elif ch == ")":
            out.append(("rparen", ch, i))
            i += 1
        elif ch == "*":
            out.append(("star", ch, i))
            i += 1
        elif ch == "-" and (i + 1 < n and not text[i + 1].isspace()) and (not out or i == 0 or text[i - 1].isspace() or text[i - 1] == "("):
            out.append(("minus", ch, i))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '"()*\u201c\u201d':
                j += 1
            out.append(("word", text[i:j], i))
            i = j
    return out


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0
        self.terms: list[Term] = []

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def is_keyword(self, token, word: str) -> bool:
        return token is not None and token[0] == "word" and token[1] == word

    def parse(self) -> str | None:
        expr = self.or_expr()
        token = self.peek()
        if token is not None:
            if token[0] == "rparen":
                raise QuerySyntaxError(f"unbalanced parenthesis: ')' at character {token[2] + 1} closes nothing",
                                       self.text, token[2])
            raise QuerySyntaxError(f"unexpected {token[1]!r} at character {token[2] + 1}", self.text, token[2])
        return expr

    def or_expr(self) -> str | None:
        parts = [self.and_expr()]
        while self.is_keyword(self.peek(), "OR"):
            token = self.tokens[self.pos]
            self.pos += 1
            right = self.and_expr()
            if right is None:
                raise QuerySyntaxError(f"'OR' at character {token[2] + 1} needs a word after it", self.text, token[2])
            if parts[-1] is None:
                raise QuerySyntaxError(f"'OR' at character {token[2] + 1} needs a word before it", self.text, token[2])
            parts.append(right)
        if len(parts) == 1:
            return parts[0]
        return "(" + " OR ".join(parts) + ")"  # type: ignore[arg-type]

    def and_expr(self) -> str | None:
        positive: list[str] = []
        negative: list[str] = []
        first_neg: int | None = None
        while True:
            token = self.peek()
            if token is None or token[0] == "rparen" or self.is_keyword(token, "OR"):
                break
            if self.is_keyword(token, "AND"):
                self.pos += 1
                continue
            negate = False
            if token[0] == "minus" or self.is_keyword(token, "NOT"):
                negate = True
                first_neg = token[2] if first_neg is None else first_neg
                self.pos += 1
                if self.peek() is None or self.peek()[0] == "rparen":
                    raise QuerySyntaxError(f"{token[1]!r} at character {token[2] + 1} needs a word after it",
                                           self.text, token[2])
            expr = self.primary(collect=not negate)
            if expr is None:
                continue
            (negative if negate else positive).append(expr)
        if negative and not positive:
            raise QuerySyntaxError("a query needs a word to look for, not only words to exclude", self.text, first_neg)
        if not positive:
            return None
        expr = positive[0] if len(positive) == 1 else "(" + " AND ".join(positive) + ")"
        for neg in negative:
            expr = f"({expr} NOT {neg})"
        return expr

    def primary(self, collect: bool) -> str | None:
        token = self.tokens[self.pos]
        kind, value, at = token
        if kind == "lparen":
            self.pos += 1
            expr = self.or_expr()
            close = self.peek()
            if close is None or close[0] != "rparen":
                raise QuerySyntaxError(f"unbalanced parenthesis: '(' at character {at + 1} is never closed",
                                       self.text, at)
            self.pos += 1
            return f"({expr})" if expr else None
        if kind == "star":
            raise QuerySyntaxError(f"'*' at character {at + 1} must follow a word (as in khamen*)", self.text, at)
        if kind == "rparen":
            raise QuerySyntaxError(f"unbalanced parenthesis: ')' at character {at + 1} closes nothing", self.text, at)
        if kind == "minus":
            raise QuerySyntaxError(f"'-' at character {at + 1} must be followed by a word", self.text, at)
        self.pos += 1
        if kind == "word":
            value = self.absorb_particles(value)
        prefix = False
        nxt = self.peek()
        if nxt is not None and nxt[0] == "star" and nxt[2] == at + len(value) + (2 if kind == "phrase" else 0):
            prefix = True
            self.pos += 1
        return self.term(value, prefix, collect)

    def absorb_particles(self, value: str) -> str:
        """Join following Arabic-script words that leave no skeleton to this word, as a phrase.

        ``خامنہ ای`` is one name typed as two words; ``ای`` alone has no consonant key, so
        searching it as a separate required word would miss ``خامنئي``. As part of the
        phrase it still matches the folded spelling, while the skeleton stands for both.
        """
        while True:
            nxt = self.peek()
            if nxt is None or nxt[0] != "word" or nxt[1] in _KEYWORDS:
                return value
            words = folded_words(nxt[1])
            if not words or not is_arabic_script(nxt[1]) or any(word_skeleton(w) for w in words):
                return value
            after = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
            if after is not None and after[0] == "star" and after[2] == nxt[2] + len(nxt[1]):
                return value
            value = f"{value} {nxt[1]}"
            self.pos += 1

    def term(self, value: str, prefix: bool, collect: bool) -> str | None:
        folded = tuple(folded_words(value))
        if not folded:
            return None
        skel = tuple(s for s in (word_skeleton(w) for w in folded) if s)
        if len(self.terms) >= MAX_TERMS:
            raise QuerySyntaxError(f"too many words in the query (the limit is {MAX_TERMS})", self.text)
        star = "*" if prefix else ""
        if prefix and len(folded[-1]) < 2:
            raise QuerySyntaxError(f"a prefix needs at least two letters: {value}*", self.text)
        parts = ['{title body names} : "' + " ".join(folded) + '"' + star]
        # a skeleton prefix shorter than three consonants matches far too much to be useful
        if skel and not (prefix and len(skel[-1]) < 3):
            parts.append('{skel names} : "' + " ".join(skel) + '"' + star)
        elif prefix:
            skel = ()
        term = Term(value, folded, skel, prefix)
        if collect:
            self.terms.append(term)
        return "(" + " OR ".join(parts) + ")"


def parse_query(text: str) -> Query:
    """Parse a user's query; raises ``QuerySyntaxError`` with a message meant for people."""
    if text is None or not text.strip():
        raise QuerySyntaxError("the query is empty: type a word to search for", text or "")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"the query is too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})", text)
    parser = _Parser(text)
    match = parser.parse()
    if match is None:
        raise QuerySyntaxError("the query has no words to search for (only punctuation or operators)", text)
    return Query(text=text, match=match, terms=parser.terms)
