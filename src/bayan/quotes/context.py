"""What the quote and event extractors need to know about an analysed article.

Built once per article from the tokens, sentences and entities the earlier components
produced: folded token keys, the sentence of each token, which entity covers a token,
and which person each title introduced (so that a later bare title can be resolved).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import cached_property

from bayan.article import Article, Entity, Token
from bayan.entities.titles import NameRules, name_rules
from bayan.quotes.content import orient_single_marks
from bayan.script import fold_text
from bayan.segment import token_keys

MAX_TITLE_GAP = 10  # office words or a place between a title and its name (Maghreb titles run long)
DATELINE_SEPARATORS = ("-", "–", "—", ")", ":", "/")  # "/" of "الدوحة في 11 فبراير /قنا/"
MAX_DATELINE_TOKENS = 10


class Spans(list):
    """Character spans ``(start, end)`` (a list of them) that answer "does one of them
    hold this position?" by bisection instead of a scan of every span."""

    def __init__(self, spans=()):
        super().__init__(spans)
        merged: list[list[int]] = []
        for start, end in sorted(s for s in self if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, position: int) -> bool:
        """``any(start <= position < end for start, end in self)``."""
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]

    def holding(self, position: int) -> tuple[int, int] | None:
        """The span of ``self`` that holds ``position`` (the first such, by start), if any."""
        if not self.covers(position):
            return None
        return next((s, e) for s, e in sorted(self) if s <= position < e)


class _LastBefore:
    """Of items with a position each, the last item (by index) whose position is below a
    bound: a reverse scan of the items, answered by bisection."""

    def __init__(self, positions: list[int]):
        order = sorted(range(len(positions)), key=positions.__getitem__)
        self._positions = [positions[i] for i in order]
        self._latest: list[int] = []
        latest = -1
        for i in order:
            latest = max(latest, i)
            self._latest.append(latest)

    def last_below(self, bound: int) -> int | None:
        k = bisect.bisect_left(self._positions, bound)
        return self._latest[k - 1] if k else None

    def last_at_most(self, bound: int) -> int | None:
        k = bisect.bisect_right(self._positions, bound)
        return self._latest[k - 1] if k else None


def is_adjective_of_origin(lang: str, key: str) -> bool:
    """الصربي، الكازاخستاني: in Arabic, a definite adjective in -ي that describes the person
    it follows (المدرب الصربي), not a name of its own."""
    return lang == "ar" and len(key) > 4 and key.startswith("ال") and key.endswith("ی")


def covers(spans, position: int) -> bool:
    """Whether a span of ``spans`` (a ``Spans`` or any list of pairs) holds ``position``."""
    if isinstance(spans, Spans):
        return spans.covers(position)
    return any(s <= position < e for s, e in spans)


@dataclass
class ArticleContext:
    article: Article
    lang: str
    tokens: list[Token]
    keys: list[str]
    names: NameRules
    sentence_of: list[int]  # token -> sentence index
    sentence_tokens: list[tuple[int, int]]  # sentence -> (first token, end token)
    entity_of: list[int | None]  # token -> index into entities
    entity_tokens: list[tuple[int, int]]  # entity -> (first token, end token)
    titled: list[tuple[tuple[str, ...], int]] = field(default_factory=list)  # (title keys, entity index)

    # The article's text as the quote rules read it: single marks turned the right way
    # round (``orient_single_marks``), offsets unchanged. Spans given out are sliced from
    # ``article.text``.
    marks_text: str = ""

    @property
    def text(self) -> str:
        return self.marks_text or self.article.text

    @property
    def entities(self) -> list[Entity]:
        return self.article.entities or []

    @cached_property
    def in_quote(self) -> list[bool]:
        """For each token, whether it lies inside quoted content (read after quotes are found)."""
        flags = [False] * len(self.tokens)
        for quote in self.article.quotes or []:
            for t in range(self.token_at(quote.start), self.token_at(quote.end)):
                if t < len(flags) and self.tokens[t].start >= quote.start:
                    flags[t] = True
        return flags

    @cached_property
    def unquoted_keys(self) -> list[str]:
        """The keys with quoted content blanked: what the narration itself says, for the time
        of an act of speech ("X نے کہا کہ 8 فروری کو دھاندلی ہوئی" was said today)."""
        return ["" if quoted else key for key, quoted in zip(self.keys, self.in_quote)]

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def token_at(self, char: int) -> int:
        """Index of the first token that ends after ``char``."""
        return bisect.bisect_right(self._token_ends, char)

    def last_body_before(self, position: int, named_with) -> int | None:
        """Index of the latest organisation mention before a character position whose
        tokens satisfy ``named_with(first, end)``: the body a later "الوزارة"/"عدالت"
        stands for."""
        for index in range(len(self.entities) - 1, -1, -1):
            entity = self.entities[index]
            if entity.type == "ORG" and entity.start < position and named_with(*self.entity_tokens[index]):
                return index
        return None

    def entity_covering(self, token: int) -> Entity | None:
        index = self.entity_of[token] if 0 <= token < len(self.entity_of) else None
        return None if index is None else self.entities[index]

    def sentence_span(self, token: int) -> tuple[int, int]:
        return self.sentence_tokens[self.sentence_of[token]]

    # Lookups that keep per-trigger and per-quote work proportional to the sentence, not
    # the article: scanning every entity for every cue made long articles quadratic.

    @cached_property
    def _entity_firsts(self) -> list[int] | None:
        firsts = [first for first, _ in self.entity_tokens]
        return firsts if all(a <= b for a, b in zip(firsts, firsts[1:])) else None

    def entities_in(self, first: int, end: int) -> range | list[int]:
        """Indexes (in order) of the entities whose first token lies in ``[first, end)``."""
        firsts = self._entity_firsts
        if firsts is None:  # entities not in token order: no shortcut
            return [i for i, (f, _) in enumerate(self.entity_tokens) if first <= f < end]
        return range(bisect.bisect_left(firsts, first), bisect.bisect_left(firsts, end))

    @cached_property
    def _entity_spans(self) -> frozenset[tuple[int, int, str]]:
        return frozenset((e.start, e.end, e.type) for e in self.entities)

    def is_entity(self, start: int, end: int, type_: str) -> bool:
        """Whether an entity of ``type_`` spans exactly ``[start, end)``."""
        return (start, end, type_) in self._entity_spans

    def last_speaker_before(self, position: int):
        """The speaker of the last quote (in order) whose cue starts before ``position``."""
        quotes = self.article.quotes or []
        memo = self.__dict__.get("_speakers_by_cue")
        if memo is None or memo[0] is not quotes:
            with_speaker = [q for q in quotes if q.cue is not None and q.speaker is not None]
            memo = (quotes, with_speaker, _LastBefore([q.cue.start for q in with_speaker]))
            self.__dict__["_speakers_by_cue"] = memo
        index = memo[2].last_below(position)
        return None if index is None else memo[1][index].speaker

    def last_person_ending_by(self, position: int) -> Entity | None:
        """The last person mention (in order) that ends at or before ``position``."""
        entities = self.entities
        memo = self.__dict__.get("_people_by_end")
        if memo is None or memo[0] is not entities:
            people = [e for e in entities if e.type == "PER"]
            memo = (entities, people, _LastBefore([e.end for e in people]))
            self.__dict__["_people_by_end"] = memo
        index = memo[2].last_at_most(position)
        return None if index is None else memo[1][index]

    def dateline_end(self, first: int, limit: int) -> int:
        """The token after a dateline opening a sentence (تهران - ایرنا -، کراچی (اے پی پی)),
        or ``first`` when there is none."""
        end = first
        for t in range(first, min(limit, first + MAX_DATELINE_TOKENS)):
            if self.tokens[t].text in DATELINE_SEPARATORS:
                end = t + 1
        if end > first and any(
            (e := self.entity_covering(t)) is not None and e.type == "LOC" for t in range(first, end)
        ):
            return end
        return first


def build_context(article: Article, lang: str) -> ArticleContext:
    """The context of an article, built once and shared by the quote and event extractors
    (entities no longer change after their component has run)."""
    cached = article.scratch.get("context")
    if cached is not None and cached.lang == lang:
        return cached
    context = _build(article, lang)
    article.scratch["context"] = context
    return context


def _build(article: Article, lang: str) -> ArticleContext:
    tokens = article.tokens or []
    keys = article.token_keys if article.token_keys is not None else token_keys(tokens, fold_text(article.text))
    marks_text = orient_single_marks(article.text)
    if marks_text is not article.text:
        tokens, keys = _with_marks_of(marks_text, tokens, keys)
    starts = [t.start for t in tokens]

    sentence_of = [0] * len(tokens)
    sentence_tokens: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(article.sentences or [(0, len(article.text))]):
        first = bisect.bisect_left(starts, s)
        end = bisect.bisect_left(starts, e)
        sentence_tokens.append((first, end))
        for t in range(first, end):
            sentence_of[t] = index

    entity_of: list[int | None] = [None] * len(tokens)
    entity_tokens: list[tuple[int, int]] = []
    for index, entity in enumerate(article.entities or []):
        first = bisect.bisect_right(starts, entity.start) - 1
        end = bisect.bisect_left(starts, entity.end)
        first = max(first, 0)
        entity_tokens.append((first, end))
        for t in range(first, end):
            if entity_of[t] is None:
                entity_of[t] = index

    context = ArticleContext(
        article=article,
        lang=lang,
        tokens=tokens,
        keys=keys,
        names=name_rules(lang),
        sentence_of=sentence_of,
        sentence_tokens=sentence_tokens,
        entity_of=entity_of,
        entity_tokens=entity_tokens,
        marks_text="" if marks_text is article.text else marks_text,
    )
    context.titled = _titled_people(context)
    return context


def _with_marks_of(marks_text: str, tokens: list[Token], keys: list[str]) -> tuple[list[Token], list[str]]:
    """Tokens and keys with their single quotation marks as ``marks_text`` has them."""
    tokens, keys = list(tokens), list(keys)
    for t, token in enumerate(tokens):
        if "\u2018" in token.text or "\u2019" in token.text:
            turned = marks_text[token.start : token.end]
            if turned != token.text:
                tokens[t] = replace(token, text=turned)
                keys[t] = keys[t].translate(_TURN_SINGLE)
    return tokens, keys


_TURN_SINGLE = str.maketrans("\u2018\u2019", "\u2019\u2018")


def _person_after(ctx: ArticleContext, t: int) -> bool:
    """Whether a person is named at token ``t``, past the office's place if one stands there."""
    place = ctx.entity_covering(t) if t < len(ctx.keys) else None
    if place is not None and place.type == "LOC":
        t = ctx.token_at(place.end - 1) + 1
    holder = ctx.entity_covering(t) if t < len(ctx.keys) else None
    return holder is not None and holder.type == "PER"


def _titled_people(ctx: ArticleContext) -> list[tuple[tuple[str, ...], int]]:
    """For each person mention, the titles right before it, if any (وزیر اعظم | شہباز شریف).
    Each entry's title keys are followed by the office words of the chain it opens
    (لوزير الصحة الدكتور يوسف البناي: وزير, الصحة), so that a later "وزير الصحة" finds
    the health minister rather than the last minister named."""
    titled = []
    names = ctx.names
    for index, entity in enumerate(ctx.entities):
        if entity.type != "PER":
            continue
        first, _ = ctx.entity_tokens[index]
        j = first
        gap = 0
        chain: list[tuple[str, ...]] = []
        offices: list[str] = []
        # Walk back over the whole chain: آرمی چیف جنرل | طارق سلیم is both titles' holder.
        while j > 0 and gap <= MAX_TITLE_GAP:
            length = names.titles.match_ending_at(ctx.keys, j) or _joined_title(ctx, j)
            before = ctx.entity_covering(j - length - 1) if j - length > 0 else None
            if length and ctx.lang == "ar" and before is not None and before.type == "PER" and before is not entity:
                break  # "الخليفي وزير الدولة ... السيدة X": the title after a name is that name's
            if length:
                title = tuple(ctx.keys[j - length : j])
                if length == 1 and (title[0],) not in names.titles.phrases:
                    title = (title[0][1:],)  # لوزير: the title without its preposition
                chain.append(title)
                j -= length
                gap += 1
                continue
            previous = ctx.entity_covering(j - 1)
            if previous is not None and previous.type == "PER":
                break  # another person's name: his titles are his (الخليفي وزير الدولة، السيدة X)
            # "نائب وزیراعظم و وزیر خارجہ ...": two offices joined by و are one holder's.
            joined = ctx.keys[j - 1] == "و" and j > 1 and names.titles.match_ending_at(ctx.keys, j - 1) > 0
            # "وزير الشؤون الخارجية، السيد ناصر بوريطة": the office set off by a comma.
            set_off = (
                ctx.tokens[j - 1].text in ("،", ",")
                and j > 1
                and not offices  # "وزير الطاقة، ووزير الكهرباء العراقي X": X's office came after
                and (names.is_office_word(ctx.keys[j - 2]) or names.titles.match_ending_at(ctx.keys, j - 1) > 0)
            )
            if joined or set_off or names.is_office_word(ctx.keys[j - 1]) or (previous is not None and previous.type in ("LOC", "ORG")):
                offices.append(ctx.keys[j - 1])
                j -= 1
                gap += 1
                continue
            portfolio = _portfolio_before(ctx, j)
            if portfolio and not chain:
                # "وفاقی وزیر آبی وسائل | میاں محمد معین وٹو": the portfolio's own words
                # are not all office words the rules know, but a title opens them.
                offices.extend(ctx.keys[j - portfolio : j])
                j -= portfolio
                gap += portfolio
                continue
            break
        for title in chain:
            titled.append((title + tuple(offices), index))
        # A name the dictionary knows with its title (الملك حمد بن عيسى، الأمير محمد بن سلمان).
        own = names.titles.match_at(ctx.keys, first)
        if own and own < ctx.entity_tokens[index][1] - first:
            titled.append((tuple(ctx.keys[first : first + own]), index))
        # Apposition: the office after the name (محمدرضا فرزین رئیس کل بانک مرکزی، or set off
        # by a comma: هشام رضوان، المتحدث الرسمي باسم الرئاسة).
        _, end = ctx.entity_tokens[index]
        comma = end < len(ctx.keys) and ctx.tokens[end].text in ("،", ",")
        if comma:
            end += 1
        length = names.titles.match_at(ctx.keys, end) if end < len(ctx.keys) else 0
        if length:
            # With the office words after it: "عبدالعزيز بن سلمان وزير الطاقة" is found again
            # as "وزير الطاقة", not as any minister.
            k = end + length
            while k < len(ctx.keys) and k - end - length < MAX_APPOSITION_OFFICES and names.is_office_word(ctx.keys[k]):
                k += 1
            # Lists of names run on with commas: there a title after a comma may open the next
            # person ("X، وزیر خارجه Y"). Each language says when it is the name's own office
            # (Persian: when no name follows it, "محمدجواد بهبهانی‌پور، استاندار خوزستان که").
            rule = names.apposition_after_comma
            if not comma or rule == "always" or (rule == "unless a name follows" and not _person_after(ctx, k)):
                titled.append((tuple(ctx.keys[end : end + length]) + tuple(ctx.keys[end + length : k]), index))
    return titled


MAX_APPOSITION_OFFICES = 3


MAX_PORTFOLIO_WORDS = 3


def _portfolio_before(ctx: ArticleContext, end: int) -> int:
    """How many plain words before ``end`` (at most three, no function words, names or
    punctuation) lie between a title and a name: 0 when no title opens them."""
    names = ctx.names
    for size in range(1, MAX_PORTFOLIO_WORDS + 1):
        t = end - size
        if t <= 0 or ctx.tokens[t].kind != "word" or ctx.keys[t] in names.stops or ctx.entity_covering(t) is not None:
            break
        if names.titles.match_ending_at(ctx.keys, t) or _joined_title(ctx, t):
            return size
    # A portfolio announced by its link runs longer and may hold و: "وفاقی وزیر برائے سمندر
    # پار پاکستانی و ترقی انسانی وسائل | چوہدری سالک حسین".
    for size in range(1, LINKED_PORTFOLIO_WORDS + 1):
        t = end - size
        if t <= 0 or ctx.tokens[t].kind != "word" or ctx.entity_covering(t) is not None:
            return 0
        if ctx.keys[t] in names.portfolio_links:
            return size if names.titles.match_ending_at(ctx.keys, t) else 0
        if ctx.keys[t] in names.stops and ctx.keys[t] not in ("و",):
            return 0
    return 0


LINKED_PORTFOLIO_WORDS = 9  # "برائے" and up to eight words of a portfolio after it


def _joined_title(ctx: ArticleContext, end: int) -> int:
    """1 when the token before ``end`` is a one-word title with a preposition or و joined
    to it (لوزير، والرئيس), else 0."""
    key = ctx.keys[end - 1]
    if ctx.lang == "ar" and len(key) > 3 and key[0] in "وبلف" and (key[1:],) in ctx.names.titles.phrases:
        return 1
    return 0
