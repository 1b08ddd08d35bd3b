"""The REST API under /api: every route, its errors, and the OpenAPI schema."""

from tests.archive.builders import khamenei_ids

SPELLINGS = ["Khamenei", "خامنہ ای", "خامنه‌ای", "خامنئي"]


def test_search_finds_every_spelling(client, archive_path):
    _, records = archive_path
    for q in SPELLINGS:
        body = client.get("/api/search", params={"q": q}).json()
        assert {h["id"] for h in body["hits"]} == khamenei_ids(records), q
        assert body["total"] == 4
        hit = body["hits"][0]
        assert set(hit) >= {"id", "url", "path", "title", "snippet", "highlights", "score", "duplicates"}


def test_search_filters_and_paging(client):
    body = client.get("/api/search", params={"q": "Khamenei", "lang": "ur", "limit": 1}).json()
    assert body["total"] == 2 and len(body["hits"]) == 1 and body["hits"][0]["language"] == "ur"
    body = client.get("/api/search", params={"actor": "Pezeshkian"}).json()
    assert body["total"] == 2
    body = client.get("/api/search", params={"q": "ملاقات", "type": "consult", "since": "2025-02-09",
                                              "until": "2025-02-28"}).json()
    assert [h["published"] for h in body["hits"]] == ["2025-02-10"] and body["hits"][0]["duplicates"] == 1


def test_search_errors_are_400_with_a_readable_detail(client):
    for q, words in [('"Khamenei', "unbalanced quote"), ("(a OR", "needs a word after it"), ("-x", "exclude")]:
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 400 and words in r.json()["detail"], r.text
    r = client.get("/api/search")
    assert r.status_code == 400 and "empty" in r.json()["detail"]
    r = client.get("/api/search", params={"q": "x", "since": "yesterday"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]
    assert client.get("/api/search", params={"q": "x", "limit": 0}).status_code == 422


def test_article(client, archive_path):
    _, records = archive_path
    body = client.get(f"/api/articles/{records[1]['id']}").json()
    assert body["text"] == records[1]["text"] and body["entities"] == records[1]["entities"]
    assert body["archive"]["group_id"] == records[1]["id"]
    copy = client.get(f"/api/articles/{records[5]['id']}").json()
    assert copy["archive"]["group_id"] == records[4]["id"]
    r = client.get("/api/articles/0000")
    assert r.status_code == 404 and "no article" in r.json()["detail"]


def test_actors(client):
    listed = client.get("/api/actors").json()
    assert listed[0]["mentions"] >= listed[-1]["mentions"]
    found = client.get("/api/actors", params={"q": "خامنئي"}).json()
    assert found[0]["id"] == "ali-khamenei"
    actor = client.get("/api/actors/ali-khamenei").json()
    assert actor["counts"]["quotes"] == 2 and actor["met"][0]["id"] == "masoud-pezeshkian"
    assert client.get("/api/actors/nobody").status_code == 404


def test_quotes_events_timeline_network(client):
    quotes = client.get("/api/quotes", params={"speaker": "شہباز شریف"}).json()
    assert quotes["total"] == 1
    events = client.get("/api/events", params={"type": "CONSULT", "actor": "Khamenei", "since": "2025-03-01"}).json()
    assert [e["day"] for e in events["events"]] == ["2025-03-01", "2025-04-10", "2025-05-20"]
    timeline = client.get("/api/timeline", params={"actor": "Khamenei"}).json()
    assert [p["period"] for p in timeline["periods"]] == ["2025-02", "2025-03", "2025-04", "2025-05"]
    network = client.get("/api/network").json()
    assert len(network["nodes"]) == 4 and len(network["edges"]) == 3
    assert client.get("/api/events", params={"until": "2025-13-01"}).status_code == 400


def test_index_json(client):
    body = client.get("/api").json()
    assert body["stats"]["articles"] == 8 and body["stats"]["groups"] == 7


def test_openapi_schema_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/search", "/api/articles/{article_id}", "/api/actors/{actor_id}", "/api/quotes", "/api/events",
            "/api/network", "/api/timeline", "/api/actors", "/api"} <= paths
    assert not any(p in paths for p in ("/", "/search", "/network"))  # pages are not API
    assert client.get("/docs").status_code == 200


def test_every_page_has_a_json_twin(client):
    for page, api in [("/", "/api"), ("/search?q=Khamenei", "/api/search?q=Khamenei"),
                      ("/actors/ali-khamenei", "/api/actors/ali-khamenei"), ("/actors", "/api/actors"),
                      ("/quotes", "/api/quotes"), ("/events", "/api/events"), ("/timeline", "/api/timeline"),
                      ("/network", "/api/network")]:
        html = client.get(page)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html"), page
        assert client.get(api).status_code == 200, api
