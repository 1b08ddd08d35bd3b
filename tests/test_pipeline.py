"""analyze(): the contract's invariants on any input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bayan import BayanError, analyze
from bayan.article import Article
from bayan.pipeline import Pipeline

ARABIC_SCRIPT_TEXT = st.text(
    alphabet=st.sampled_from(list("اآأبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکكگلمنںوہهھءیيےۓة۔،؟!.:«»\"' \n\u200c\u200f\u064e\u0640۱۲۳0123ab")),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(ARABIC_SCRIPT_TEXT)
def test_spans_point_into_the_text(text):
    article = analyze(text)
    record = article.to_dict()
    assert record["text"] == text
    previous_end = 0
    for start, end in record["sentences"]:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    for token in article.tokens:
        assert text[token.start:token.end] == token.text


def test_id_is_stable_and_depends_on_text():
    assert analyze("وزیر نے کہا").to_dict()["id"] == analyze("وزیر نے کہا", lang="ur").to_dict()["id"]
    assert analyze("وزیر نے کہا").id != analyze("وزیر نے کہا۔").id


def test_rejects_non_text_and_unknown_language():
    with pytest.raises(BayanError):
        analyze(b"bytes")
    with pytest.raises(BayanError, match="unsupported language"):
        analyze("text", lang="de")


def test_contract_fields():
    record = analyze("قال الوزير إن المحادثات مثمرة.", published="2025-02-08", title="عنوان", url="https://x.test").to_dict()
    assert list(record)[:8] == ["id", "url", "path", "title", "published", "language", "text", "sentences"]
    assert record["warnings"] == []


def test_pipeline_checks_components():
    broken = Pipeline([lambda article: None])
    with pytest.raises(TypeError, match="returned NoneType"):
        broken(Article(text="x"))
