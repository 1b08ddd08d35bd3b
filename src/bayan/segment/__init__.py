"""Sentence and token segmentation with character offsets into the original text."""

from bayan.segment.sentences import split_sentences
from bayan.segment.tokens import token_keys, tokenize

__all__ = ["split_sentences", "token_keys", "tokenize"]
