"""``analyze``: the one function every front end calls.

A pipeline is a sequence of components, each a callable ``Article -> Article``. The
default pipeline is built once per process (its components load their resources
lazily), so the CLI, the web app and Spark workers all share the same steps. It layers the
user's actor dictionaries (``bayan.actors.user``) over the bundled ones; ``make_pipeline``
and ``analyze(..., actor_files=...)`` take the files explicitly instead.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bayan.article import Article
from bayan.errors import BayanError
from bayan.ingest.document import Document
from bayan.lang import SUPPORTED
from bayan.langid import UNDETERMINED, detect_language
from bayan.script import fold_text, normalize
from bayan.segment import token_keys, tokenize
from bayan.segment.sentences import MAX_SENTENCE_CHARS, split_sentences_counted

Component = Callable[[Article], Article]


def identify_language(article: Article) -> Article:
    if article.language in (None, "", UNDETERMINED):
        article.language = detect_language(article.text)
    return article


def normalize_script(article: Article) -> Article:
    lang = article.language if article.language in SUPPORTED else None
    article.normalized = normalize(article.text, lang)
    article.folded = fold_text(article.text)
    return article


def segment(article: Article) -> Article:
    article.sentences, cut = split_sentences_counted(article.text, article.language)
    if cut:
        article.warnings.append(
            f"{cut} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were cut at a space"
        )
    article.tokens = tokenize(article.text)
    article.token_keys = token_keys(article.tokens, article.folded or fold_text(article.text))
    return article


class Pipeline:
    def __init__(self, components: Sequence[Component]):
        self.components = tuple(components)

    def __call__(self, article: Article) -> Article:
        for component in self.components:
            result = component(article)
            if not isinstance(result, Article):
                name = getattr(component, "__name__", type(component).__name__)
                raise TypeError(f"pipeline component {name} returned {type(result).__name__}, not Article")
            article = result
        return article


def make_pipeline(actor_files: Sequence[str | os.PathLike[str]] = ()) -> Pipeline:
    """The standard steps, with ``actor_files`` layered over the bundled actors (and nothing else)."""
    from bayan.entities import EntityRecognizer
    from bayan.events import event_component
    from bayan.quotes import quote_component

    recognizer = EntityRecognizer(actor_files=actor_files)
    return Pipeline([identify_language, normalize_script, segment, recognizer, quote_component, event_component])


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The standard steps with the user's dictionaries (``bayan actors add``), read once per process."""
    from bayan.actors.user import user_actor_files

    return make_pipeline(user_actor_files())


@lru_cache(maxsize=8)
def _pipeline_with(actor_files: tuple[str, ...]) -> Pipeline:
    return make_pipeline(actor_files)


_FULL_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ])")

# Longer texts are analysed up to here (cut at a line break or space before it), with a
# warning: a news article is far shorter, and the limit bounds time and memory (about
# 5 s and 150 MB a million characters). The record keeps the whole text; every span
# lies in the analysed part.
MAX_TEXT_CHARS = 1_000_000


def parse_published(value: str | None) -> tuple[str | None, str | None]:
    """The publication date as YYYY-MM-DD, and a warning when the value is not a full date.

    Partial or approximate dates (``2014-10``, ``~2020-04-27``) are kept out: a relative
    date must not be resolved against a guess. Timestamps keep their date part.
    """
    if value is None or not str(value).strip():
        return None, None
    text = str(value).strip()
    match = _FULL_DATE.match(text)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat(), None
        except ValueError:
            pass
    shown = text if len(text) <= 40 else text[:40] + "..."
    return None, f"published date {shown!r} is not a full YYYY-MM-DD date; relative dates are left unresolved"


def _check_unicode(name: str, value: object) -> None:
    """Refuse a string with a lone surrogate (from a JSON escape or a lossy decoder): it
    is not valid Unicode and cannot be written out as UTF-8."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            raise BayanError(
                f"the {name} holds an unpaired surrogate (\\u{code:04x}) at character {exc.start}: not valid Unicode"
            ) from None


def _cut_point(text: str, limit: int) -> int:
    """Where to cut a text that is too long: the last line break in the last tenth before
    ``limit``, else the last space in the last thousand characters, else ``limit``."""
    line = text.rfind("\n", limit - limit // 10, limit)
    if line > 0:
        return line
    space = max(text.rfind(ch, max(1, limit - 1000), limit) for ch in " \t\u00a0")
    return space if space > 0 else limit


def analyze(
    text: str,
    lang: str | None = None,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    source_id: str | None = None,
    pipeline: Pipeline | None = None,
    actor_files: Sequence[str | os.PathLike[str]] | None = None,
) -> Article:
    """Analyse one article body and return the ``Article`` (see ``Article.to_dict``).

    ``actor_files``: dictionaries to layer over the bundled actors *instead of* the user's
    folder (the pipeline for a set of files is built once per process); ``pipeline`` and
    ``actor_files`` do not go together.
    """
    if pipeline is not None and actor_files is not None:
        raise BayanError("analyze() takes a pipeline or actor_files, not both")
    if actor_files is not None:
        pipeline = _pipeline_with(tuple(os.fspath(path) for path in actor_files))
    if not isinstance(text, str):
        raise BayanError(f"analyze() needs the article text as str, not {type(text).__name__}")
    if lang is not None and lang not in SUPPORTED and lang != UNDETERMINED:
        raise BayanError(f"unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}")
    for name, value in (("text", text), ("title", title), ("url", url), ("path", path), ("source id", source_id)):
        _check_unicode(name, value)
    published_date, warning = parse_published(published)
    article = Article(
        text=text,
        language=lang or UNDETERMINED,
        title=title,
        published=published_date,
        url=url,
        path=path,
        source_id=source_id,
    )
    if warning:
        article.warnings.append(warning)
    if not text.strip():
        article.warnings.append("empty text")
    if len(text) > MAX_TEXT_CHARS:
        article.text = text[: _cut_point(text, MAX_TEXT_CHARS)]
        article.warnings.append(
            f"text too long: analysed the first {len(article.text):,} of {len(text):,} characters "
            f"(the limit is {MAX_TEXT_CHARS:,})"
        )
    result = (pipeline or default_pipeline())(article)
    result.text = text  # a prefix was analysed: every span holds in the whole text too
    return result


def analyze_document(
    document: Document, lang: str | None = None, published: str | None = None, pipeline: Pipeline | None = None
) -> Article:
    """Analyse a document from ``bayan.ingest``; arguments given here override its metadata."""
    return analyze(
        document.text,
        lang=lang or document.lang,
        published=published or document.published,
        title=document.title,
        url=document.url,
        path=document.path,
        source_id=document.source_id,
        pipeline=pipeline,
    )
