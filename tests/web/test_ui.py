"""The web UI in a real headless Chromium: every page loads, search in Urdu and English,
links lead where they should, and each page is photographed.

Needs Debian's chromium (``apt-get install chromium``) and the ``playwright`` package; it
never downloads a browser. Skipped, with the reason, when either is missing. Screenshots
go to ``$BAYAN_SCREENSHOTS`` if set, else to a pytest temporary folder (printed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.web.chromium import browser  # noqa: F401 (a fixture; importing it skips without Chromium)
from tests.web.live_server import serve


@pytest.fixture(scope="module")
def base_url(archive_path):
    from bayan.web import Settings, create_app

    url, stop = serve(create_app(Settings(db=str(archive_path[0]))))
    yield url
    stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("BAYAN_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    context.close()


def direction(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).direction")


def test_every_page_loads_without_errors(page, archive_path, shots):
    _, records = archive_path
    pages = {
        "index": "/", "search": "/search?q=Khamenei", "article": f"/articles/{records[0]['id']}",
        "actor": "/actors/ali-khamenei", "actors": "/actors", "network": "/network", "quotes": "/quotes",
        "events": "/events", "timeline": "/timeline?actor=Khamenei",
    }
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("header.site").is_visible()
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    assert page.errors == []  # includes Content-Security-Policy violations


def test_search_in_urdu_from_the_start_page(page, shots):
    page.goto("/")
    page.fill("form.big-search input[name=q]", "خامنہ ای")
    page.press("form.big-search input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    hits = page.locator("li.hit")
    assert hits.count() == 4
    for i in range(4):
        assert hits.nth(i).get_attribute("dir") == "rtl"
    assert direction(page, "li.hit .snippet") == "rtl"
    assert page.locator("li.hit mark").count() >= 4
    page.screenshot(path=str(shots / "search-urdu.png"), full_page=True)


def test_search_in_english_then_follow_links(page, shots):
    page.goto("/search")
    page.fill("form.filters input[name=q]", "Khamenei")
    page.select_option("form.filters select[name=lang]", "fa")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() == 1
    assert "lang=fa" in page.url
    page.screenshot(path=str(shots / "search-english.png"), full_page=True)

    page.click("li.hit h2 a")
    page.wait_for_selector("article.article")
    assert "/articles/" in page.url
    assert direction(page, "article.article .text") == "rtl"
    font = page.eval_on_selector("article.article .text", "el => getComputedStyle(el).fontFamily")
    assert "Naskh" in font or "Vazirmatn" in font
    assert page.locator("article .ent").count() >= 2
    assert page.locator("article .quote").count() == 1 and page.locator("article .trigger").count() == 1
    assert page.locator("aside .legend").is_visible()
    page.screenshot(path=str(shots / "article-fa.png"), full_page=True)

    page.click("article a.actor-link[href='/actors/abbas-araghchi']")
    page.wait_for_selector("section.names")
    assert page.url.endswith("/actors/abbas-araghchi")
    assert page.locator("ul.met a").count() >= 1
    page.screenshot(path=str(shots / "actor.png"), full_page=True)


def test_network_nodes_are_clickable(page, shots):
    page.goto("/network")
    page.wait_for_selector("figure.network svg")
    assert page.locator("svg a.node").count() == 4
    page.screenshot(path=str(shots / "network-graph.png"), full_page=True)
    page.click("svg a.node[data-actor='masoud-pezeshkian'] circle")
    page.wait_for_selector("section.names")
    assert page.url.endswith("/actors/masoud-pezeshkian")


def test_a_bad_query_shows_a_notice(page, shots):
    page.goto("/search")
    page.fill("form.filters input[name=q]", '"خامنہ ای')
    page.click("form.filters button[type=submit]")
    notice = page.wait_for_selector(".notice")
    assert "unbalanced quote" in notice.inner_text()
    assert page.locator("li.hit").count() == 0
    page.screenshot(path=str(shots / "bad-query.png"))
