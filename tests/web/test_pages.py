"""The HTML pages: direction per script, highlights, notices, links."""

import re


def test_search_page_results_go_in_their_script_direction(client):
    html = client.get("/search", params={"q": "خامنئي"}).text
    hits = re.findall(r'<li class="hit" lang="(\w+)" dir="(\w+)"', html)
    assert sorted(hits) == [("ar", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("ur", "rtl")]
    marks = re.findall(r"<mark>([^<]*)</mark>", html)
    for spelling in ("خامنئي", "خامنه‌ای", "خامنہ ای"):
        assert any(spelling in m for m in marks), (spelling, marks)
    assert 'value="خامنئي"' in html  # the query stays in the box


def test_search_page_notice_for_a_bad_query(client):
    r = client.get("/search", params={"q": '"Khamenei'})
    assert r.status_code == 400
    assert 'class="notice" role="alert"' in r.text and "unbalanced quote" in r.text
    assert '<form class="filters"' in r.text  # the form is still there to fix the query


def test_article_page_highlights_records_and_shows_them_beside(client, archive_path):
    _, records = archive_path
    html = client.get(f"/articles/{records[0]['id']}").text
    assert '<article class="article" lang="ur" dir="rtl">' in html
    assert 'class="ent ent-PER' in html and 'href="/actors/ali-khamenei"' in html
    assert 'class="quote quote-indirect"' in html and 'class="cue' in html
    assert 'class="trigger trigger-CONSULT"' in html
    assert 'class="legend"' in html and "Quotes" in html and "Events" in html
    copy = client.get(f"/articles/{records[5]['id']}").text
    assert 'id="near-duplicates"' in copy and records[4]["id"] in copy


def test_actor_page(client):
    html = client.get("/actors/ali-khamenei").text
    assert "Ali Khamenei" in html
    assert 'dir="rtl"' in html and "رہبر انقلاب" in html  # names as written, in their direction
    assert 'href="/actors/masoud-pezeshkian"' in html  # met most often
    assert "<svg" in html and "2025-05" in html  # timeline
    assert "دیپلماسی باید فعال باشد" in html  # quotes over time


def test_network_page_is_a_clickable_graph(client):
    html = client.get("/network").text
    nodes = re.findall(r'<a href="/actors/([\w-]+)" class="node"', html)
    assert sorted(nodes) == ["abbas-araghchi", "ali-khamenei", "masoud-pezeshkian", "shehbaz-sharif"]
    assert html.count("<line ") == 3
    assert client.get("/network", params={"since": "nope"}).status_code == 400


def test_other_pages(client):
    for url, text in [("/", "Most mentioned"), ("/quotes?speaker=Sharif", "پاکستان اپنے ہمسایوں"),
                      ("/events?type=PROTEST", "احتجاج"), ("/timeline?q=Khamenei", "<svg"),
                      ("/actors?q=Khamenei", "Ali Khamenei")]:
        r = client.get(url)
        assert r.status_code == 200 and text in r.text, url
    r = client.get("/articles/unknown")
    assert r.status_code == 404 and "no article" in r.text and "<html" in r.text
