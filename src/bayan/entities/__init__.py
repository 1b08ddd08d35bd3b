"""Entity recognition: people, organisations and places, linked to actors where known.

Three recognizers, each covering what the one before misses:

1. the actor dictionary (``dictionary.py``), which also links the mention to its actor;
2. titles that announce a name the dictionary lacks (``titles.py``);
3. short forms of names introduced earlier in the article (``coref.py``).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from functools import cached_property

from bayan.actors import ActorStore
from bayan.article import ActorRef, Article, Entity
from bayan.entities.coref import find_short_forms, short_forms
from bayan.entities.dictionary import DictionaryMatcher
from bayan.entities.titles import find_titled_names, name_rules, token_keys
from bayan.lang import data_module
from bayan.script import fold_text

ARABIC_SCRIPT_LANGS = ("ur", "fa", "ar")


class EntityRecognizer:
    """Pipeline component. Resources load on first use, once per instance."""

    def __init__(self, actor_files: Sequence[str | os.PathLike[str]] = ()):
        self.actor_files = tuple(actor_files)

    @cached_property
    def store(self) -> ActorStore:
        return ActorStore.with_user_files(self.actor_files)

    @cached_property
    def matcher(self) -> DictionaryMatcher:
        return DictionaryMatcher(self.store)

    def __call__(self, article: Article) -> Article:
        lang = article.language if article.language in ARABIC_SCRIPT_LANGS else "ur"
        tokens = article.tokens or []
        text = article.text
        folded = fold_text(text)
        proclitics = tuple(data_module(lang, "clitics").PROCLITICS)
        starts = [t.start for t in tokens]

        entities: list[Entity] = []
        entity_at: dict[int, tuple[int, str]] = {}
        taken: set[int] = set()
        people: list[tuple[int, int, object]] = []
        mention_of: dict[object, Entity] = {}  # referent -> its first full mention

        for match in self.matcher.find(folded, lang, proclitics):
            start, end = folded.span_to_original(match.start, match.end)
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            if first >= len(tokens) or tokens[first].start != start:
                continue  # the match does not start on a token (inside a glued word)
            actor = match.actor
            entities.append(Entity(start, end, text[start:end], actor.type, ActorRef(actor.id, actor.name), "dictionary"))
            entity_at[first] = (last, actor.type)
            taken.update(range(first, last))
            if actor.type == "PER":
                people.append((first, last, actor.id))
                mention_of.setdefault(actor.id, entities[-1])

        keys = token_keys(tokens)
        rules = name_rules(lang)
        for first, end, _title in find_titled_names(tokens, keys, rules, entity_at):
            start, stop = tokens[first].start, tokens[end - 1].end
            entities.append(Entity(start, stop, text[start:stop], "PER", None, "title"))
            entity_at[first] = (end, "PER")
            taken.update(range(first, end))
            referent = ("unlinked", " ".join(keys[first:end]))
            people.append((first, end, referent))
            mention_of.setdefault(referent, entities[-1])

        table = short_forms(people, keys, rules.stops | rules.title_words | rules.prefixes)
        for index, referent in find_short_forms(tokens, keys, table, taken):
            antecedent = mention_of.get(referent)
            token = tokens[index]
            entities.append(Entity(token.start, token.end, token.text, "PER", antecedent.actor if antecedent else None, "coref"))

        entities.sort(key=lambda e: (e.start, -e.end))
        article.entities = entities
        return article
