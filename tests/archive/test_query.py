"""The query syntax: what it accepts, and readable errors for what it cannot parse."""

import re

import pytest

from bayan.archive.errors import QuerySyntaxError
from bayan.archive.query import parse_query


def test_a_word_is_searched_folded_and_as_skeleton():
    q = parse_query("Khamenei")
    assert '"khamenei"' in q.match and '"kmn"' in q.match
    assert q.folded_terms == {"khamenei"} and q.skeleton_terms == {"kmn"}


def test_vowel_only_word_joins_the_word_before_as_a_phrase():
    q = parse_query("خامنہ ای")
    assert len(q.terms) == 1 and q.terms[0].folded == ("خامنه", "ای") and q.terms[0].skeleton == ("kmn",)


def test_operators():
    q = parse_query('"وزیر اعظم" OR Khan -Nawaz (a OR bc*)')
    assert " OR " in q.match and " NOT " in q.match and '"bc"*' in q.match
    assert "nawaz" not in q.folded_terms


def test_user_text_never_reaches_fts_syntax():
    q = parse_query("khamenei OR 1=1 NEAR(x) {body}:y ^z col:w")
    rest = q.match.replace("{title body names} : ", "").replace("{skel names} : ", "")
    # what is left is only our own syntax around quoted words of letters and digits
    assert re.fullmatch(r'(\(|\)|\s|OR|AND|NOT|"[\w ]+"\*?)+', rest), rest
    assert "{body}" not in q.match and "^" not in q.match and "NEAR(" not in q.match


@pytest.mark.parametrize(
    "query, message",
    [
        ('"abc', "unbalanced quote"),
        ("(a", "is never closed"),
        ("a)", "closes nothing"),
        ("-a", "not only words to exclude"),
        ("OR a", "needs a word before it"),
        ("a OR", "needs a word after it"),
        ("*", "must follow a word"),
        ("k*", "at least two letters"),
        ("", "the query is empty"),
        ("!!! ???", "no words"),
        ("x" * 600, "too long"),
    ],
)
def test_syntax_errors_are_readable(query, message):
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert message in str(caught.value)
