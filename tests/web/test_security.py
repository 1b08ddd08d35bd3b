"""Untrusted text is escaped everywhere, queries stay parameters, static files stay in their folder."""

from tests.web.conftest import EVIL


def test_article_text_title_and_names_are_escaped(client, archive_path):
    _, records = archive_path
    evil = records[-1]
    for url in (f"/articles/{evil['id']}", "/actors/evil-actor", "/search?q=کراچی", "/quotes", "/actors", "/"):
        html = client.get(url).text
        assert EVIL not in html, url
        assert "<img src=x" not in html and "<b>bold</b>" not in html, url
    html = client.get(f"/articles/{evil['id']}").text
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html  # an unsafe URL is shown as text, not linked
    assert "javascript:alert(1)" in html


def test_reflected_query_is_escaped(client):
    r = client.get("/search", params={"q": '"><script>alert(1)</script>'})
    assert "<script>alert(1)</script>" not in r.text
    r = client.get("/search", params={"q": "x", "actor": '"><img src=x onerror=alert(1)>'})
    assert "<img src=x" not in r.text


def test_sql_in_parameters_is_inert(client):
    for params in ({"q": "x'; DROP TABLE articles; --"}, {"actor": "' OR 1=1 --"}, {"lang": "ur' OR '1'='1"}):
        assert client.get("/api/search", params=params).status_code in (200, 400)
    assert client.get("/api").json()["stats"]["articles"] == 8


def test_static_files_stay_in_their_folder(client):
    assert client.get("/static/style.css").status_code == 200
    for path in ("/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/archive/schema.py",
                 "/static//etc/passwd", "/static/..%5c..%5capp.py"):
        r = client.get(path)
        assert r.status_code in (400, 404), path
        assert "create_app" not in r.text and "root:" not in r.text


def test_security_headers(client):
    r = client.get("/")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
