from pathlib import Path

import pytest

from bayan.article import Article, Entity
from bayan.errors import InputError
from bayan.eval.ner_corpora import (
    CORPORA,
    default_data_dir,
    io_to_bio,
    map_il_ner_tag,
    parse_uner_line,
    pipeline_tagger,
    project_spans,
    read_corpus,
    read_il_ner,
    read_io_tagged,
    run_ner_check,
    score_tagger,
    score_tags,
    spans,
)

IL_NER = "ریاست\tB-NEL\nگوا\tI-NEL\nنے\tO\n33\tB-NEN\nجسٹن\tB-NEP\nٹروڈو\tI-NEP\nبی\t-NEL\nکمیشن\tB-NET\n\nوزارت\tB-NEO\nخارجہ\tI-NEO\n"
IO = "۱۔\tO\nٹریور\tORGANIZATION\nٹینک\tORGANIZATION\nمیں\tO\nراجستھان\tLOCATION\nاپریل\tTIME\n\nاحمد\tPERSON\nقادروف\tPERSON\n"


def test_il_ner_tags_map_and_malformed_become_o(tmp_path):
    assert map_il_ner_tag("B-NEP") == "B-PER" and map_il_ner_tag("I-NEO") == "I-ORG"
    for bad in ("B-NEN", "I-NETI", "B-NEAR", "-NEL", "B-NET", "I-NIMI", "-", "O"):
        assert map_il_ner_tag(bad) == "O"
    path = tmp_path / "il.txt"
    path.write_text(IL_NER, encoding="utf-8")
    s1, s2 = read_il_ner(path)
    assert s1.tags == ("B-LOC", "I-LOC", "O", "O", "B-PER", "I-PER", "O", "O")
    assert s2.tokens == ("وزارت", "خارجہ") and s2.tags == ("B-ORG", "I-ORG")


def test_io_corpora_become_bio_runs(tmp_path):
    assert io_to_bio(["PER", "PER", "O", "LOC", "ORG"]) == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    path = tmp_path / "io.txt"
    path.write_text(IO, encoding="utf-8")
    s1, s2 = read_io_tagged(path)
    assert s1.tags == ("O", "B-ORG", "I-ORG", "O", "B-LOC", "O")
    assert s2.tags == ("B-PER", "I-PER")


def test_conll_line_without_a_tab_is_an_input_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("ایک\tO\nدو O\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.txt:2"):
        read_il_ner(path)


def test_uner_inline_tags():
    s = parse_uner_line("<ORGANIZATION>بی بی سی</ORGANIZATION> کو <DESIGNATION>جنرل</DESIGNATION> <PERSON>سر پیٹر وال</PERSON> نے <LOCATION>ہلمند</LOCATION>میں")
    assert list(zip(s.tokens, s.tags)) == [
        ("بی", "B-ORG"), ("بی", "I-ORG"), ("سی", "I-ORG"), ("کو", "O"), ("جنرل", "O"),
        ("سر", "B-PER"), ("پیٹر", "I-PER"), ("وال", "I-PER"), ("نے", "O"), ("ہلمند", "B-LOC"), ("میں", "O"),
    ]


def test_uner_slips_are_read_as_meant():
    # "/<TYPE>" closes; a stray closing tag is ignored; U+FEFF glues two sentences.
    s = parse_uner_line("<PERSON>سعید اجمل/<PERSON> کا\ufeff<LOCATION>کارڈف</LOCATION> اور اسحاق خاکوانی</PERSON> گئے")
    assert list(zip(s.tokens, s.tags)) == [
        ("سعید", "B-PER"), ("اجمل", "I-PER"), ("کا", "O"), ("کارڈف", "B-LOC"), ("اور", "O"),
        ("اسحاق", "O"), ("خاکوانی", "O"), ("گئے", "O"),
    ]
    # Adjacent entities of one type stay apart.
    two = parse_uner_line("<LOCATION>کراچی</LOCATION> <LOCATION>لاہور</LOCATION>")
    assert two.tags == ("B-LOC", "B-LOC")


def test_spans_read_broken_bio_like_conlleval():
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]


def test_token_and_entity_scores():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-ORG"]]
    s = score_tags(gold, pred)
    assert (s.token["PER"].predicted, s.token["PER"].predicted_correct, s.token["PER"].gold) == (1, 1, 2)
    assert s.token["LOC"].gold_found == 0 and s.token["ORG"].predicted_correct == 0
    assert s.token["overall"].precision == 0.5 and s.token["overall"].recall == 1 / 3
    # The person's span is cut short: wrong at entity level.
    assert s.entity["overall"].predicted_correct == 0 and s.entity["overall"].gold == 2
    perfect = score_tags(gold, gold)
    assert perfect.entity["overall"].f1 == 1.0 and perfect.token["overall"].f1 == 1.0


def test_io_gold_merges_predicted_adjacent_entities_the_same_way():
    gold = [["B-LOC", "I-LOC"]]  # IO could not tell کراچی and لاہور apart
    pred = [["B-LOC", "B-LOC"]]
    assert score_tags(gold, pred).entity["overall"].f1 == 0.0
    assert score_tags(gold, pred, io=True).entity["overall"].f1 == 1.0


def test_project_spans_and_pipeline_tagger():
    offsets = [(0, 3), (4, 8), (9, 12)]
    assert project_spans(offsets, [(4, 12, "PER"), (0, 3, "DATE")]) == ["O", "B-PER", "I-PER"]
    # A span inside a token tags the token; overlapping spans: the first, longest wins.
    assert project_spans(offsets, [(1, 2, "LOC"), (0, 8, "ORG")]) == ["B-ORG", "I-ORG", "O"]

    seen = []

    def analyze(text, lang=None):
        seen.append((text, lang))
        start = text.index("شہباز")
        return Article(text=text, language="ur", entities=[Entity(start, start + 10, text[start:start + 10], "PER")])

    tag = pipeline_tagger(analyze)
    assert tag(["وزیر_اعظم", "شہباز", "شریف", "نے"]) == ["O", "B-PER", "I-PER", "O"]
    assert seen == [("وزیر اعظم شہباز شریف نے", "ur")]


def test_score_tagger_checks_tag_count():
    from bayan.eval.ner_corpora import NerSentence

    with pytest.raises(ValueError, match="1 tags for 2 tokens"):
        score_tagger([NerSentence(("a", "b"), ("O", "O"))], lambda toks: ["O"])


def test_unknown_corpus_and_missing_data(tmp_path):
    with pytest.raises(InputError, match="unknown NER corpus"):
        read_corpus("conll2003")
    with pytest.raises(InputError, match="not found"):
        read_corpus("uner", data_dir=tmp_path)


SHARED = default_data_dir()


@pytest.mark.skipif(not (SHARED / "ner" / "ur").is_dir(),
                    reason=f"the shared NER corpora are not at {SHARED} (../shared/data beside the repository)")
@pytest.mark.parametrize("name", sorted(CORPORA))
def test_real_shared_corpora(name):
    sentences = read_corpus(name)
    assert len(sentences) > 1000
    for s in sentences:
        assert len(s.tokens) == len(s.tags) > 0
        assert all(t == "O" or t[:2] in ("B-", "I-") and t[2:] in ("PER", "ORG", "LOC") for t in s.tags)
    types = {e[2] for s in sentences for e in spans(s.tags)}
    assert types == {"PER", "ORG", "LOC"}
    # With an oracle tagger the scorer must give 1.0 on the real files.
    # (by position: a corpus may repeat a sentence with other tags)
    answers = iter([list(s.tags) for s in sentences[:200]])
    score = score_tagger(sentences[:200], lambda toks: next(answers), io=CORPORA[name].io)
    assert score.entity["overall"].f1 == 1.0 and score.token["overall"].f1 == 1.0


@pytest.mark.skipif(not (SHARED / "ner" / "ur").is_dir(), reason=f"the shared NER corpora are not at {SHARED}")
def test_run_ner_check_with_an_injected_analyzer():
    report = run_ner_check("jahangir", limit=50, analyze=lambda text, lang=None: Article(text=text, entities=[]))
    assert report.score.sentences == 50 and report.score.entity["overall"].predicted == 0
    assert "NER check on jahangir" in report.format_text()
    assert report.to_dict()["entity"]["overall"]["recall"] == 0.0
    assert Path(report.path).name == "jahangir.txt"
