import json

from bayan.article import ActorRef, Article, Entity, Quote, Span, Speaker
from bayan.eval import evaluate

from tests.eval.test_gold_reader import GOLD, TEXT, write_article


def fake_analyze(calls):
    """An analyzer that finds Shehbaz Sharif, a spurious entity, and the quote."""

    def analyze(text, lang=None, published=None, title=None):
        calls.append({"lang": lang, "published": published, "title": title})
        s = text.index("شہباز شریف")
        q = text.index("پاکستان امن")
        t = text.index("وزیر اعظم")
        return Article(
            text=text, language="ur", published=published, title=title,
            entities=[Entity(s, s + 10, "شہباز شریف", "PER", ActorRef("q1", "Shehbaz Sharif")),
                      Entity(t, t + 9, text[t:t + 9], "PER")],
            quotes=[Quote(q, q + 20, text[q:q + 20], "indirect", Span(0, 0, "نے کہا"),
                          Speaker(s, s + 10, "شہباز شریف"))],
            events=[],
        )

    return analyze


def test_evaluate_passes_published_and_title_but_not_lang(tmp_path):
    write_article(tmp_path / "ur")
    write_article(tmp_path / "ur", id="ur-002", source={"published": "2014-10", "title": None})
    calls, seen = [], []
    report = evaluate(tmp_path, analyze=fake_analyze(calls), progress=lambda i, n, id: seen.append((i, n, id)))
    assert calls == [{"lang": None, "published": "2025-03-14", "title": "سرخی"},
                     {"lang": None, "published": None, "title": None}]
    assert seen == [(1, 2, "ur-001"), (2, 2, "ur-002")]
    ur = report.languages["ur"]
    assert ur.articles == 2
    # Micro average: two articles, each 1 of 2 predictions right, 1 of 2 gold entities found.
    assert (ur.entities.predicted, ur.entities.predicted_correct, ur.entities.gold, ur.entities.gold_found) == (4, 2, 4, 2)
    assert ur.quotes.f1 == 1.0 and ur.attribution.f1 == 1.0
    assert (ur.events.gold, ur.events.predicted, ur.events.f1) == (2, 0, 0.0)  # OTHER + plover REQUEST
    assert ur.events_by_type == {"REQUEST": ur.events}
    assert report.f1("ur", "quotes") == 1.0 and report.f1("fa", "quotes") is None


def test_report_json_and_text(tmp_path):
    write_article(tmp_path / "ur")
    write_article(tmp_path / "fa", id="fa-001")
    report = evaluate(tmp_path, analyze=fake_analyze([]))
    data = report.to_dict()
    json.dumps(data)  # JSON-ready
    assert set(data["languages"]) == {"fa", "ur"} and "articles" not in data
    assert data["languages"]["ur"]["entities"]["by_type"]["PER"]["predicted"] == 2
    assert data["overall"]["articles"] == 2
    # The fake says "ur" for the Persian folder too: that is reported.
    assert data["languages"]["fa"]["language_mismatches"] == 1
    detailed = report.to_dict(details=True)
    ur = next(a for a in detailed["articles"] if a["id"] == "ur-001")
    assert ur["entities"]["missed"] == [{"text": "اسلام آباد", "type": "LOC", "canonical": "Islamabad"}]
    assert ur["entities"]["spurious"] == [{"text": "وزیر اعظم", "type": "PER"}]

    text = report.format_text()
    assert "ur: 1 articles" in text and "all: 2 articles" in text and "attribution" in text
    assert "errors by article" not in text
    details = report.format_text(details=True)
    assert "entity missed:     اسلام آباد (LOC, Islamabad)" in details
    assert "language detected as ur" in details


def test_lang_filter(tmp_path):
    write_article(tmp_path / "ur")
    write_article(tmp_path / "fa", id="fa-001")
    report = evaluate(tmp_path, lang="fa", analyze=fake_analyze([]))
    assert list(report.languages) == ["fa"]


def test_gold_used_by_the_tests_is_itself_valid():
    # The sample gold of these tests follows the corpus rules it is meant to stand for.
    for e in GOLD["entities"]:
        assert e["text"] in TEXT
