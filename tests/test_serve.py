"""The web app through FastAPI's test client: pages, JSON API, writes, limits and errors.

The Port Maren corpus and the Lake Orrin articles below are fictional.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from newsline.ingest import read_paths
from newsline.serve import create_app
from newsline.store import Story, add_items, add_story, open_store, refresh

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "port-maren"
PAYLOAD = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">'


def orrin(n: int, day: int, extra: str = "") -> dict:
    """A fictional JSONL-style article about the Lake Orrin ferry strike."""
    return {
        "id": f"orrin-{n}",
        "title": f"Orrin ferry strike enters day {n}",
        "source": "The Orrin Gazette",
        "url": f"https://gazette.orrin.example/ferry/{n}",
        "published": f"2024-05-{day:02d}",
        "text": (
            f"Ferry crews on Lake Orrin stayed off work on Friday, May {day}, 2024, union says. "
            "Crossings to Vell Island were cancelled for a further day. "
            f'"We will not sail until the company talks to us," said organiser Petra Lund. {extra}'
        ),
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with open_store(path, create=True) as store:
        add_items(store, read_paths([DEMO]))
        add_story(store, Story("port-strike", "port strike"))
        add_story(store, Story("ferry", "ferry Orrin"))
        refresh(store, "port-strike")
        refresh(store, "ferry")
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def doc(response):
    return lxml_html.document_fromstring(response.text)


def test_index_lists_stories(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    page = doc(r)
    names = [a.text_content() for a in page.xpath('//li[@class="story-card"]//h2/a')]
    assert set(names) == {"port-strike", "ferry"}
    assert page.xpath('//a[@href="/stories/port-strike"]')


def test_story_page_renders_every_event_with_its_date(client: TestClient) -> None:
    timeline = client.get("/api/stories/port-strike/timeline").json()
    assert timeline["schema"] == "newsline.timeline/1" and timeline["events"]
    r = client.get("/stories/port-strike")
    assert r.status_code == 200
    page = doc(r)
    events = page.xpath("//article[@data-event-date]")
    assert sorted(e.get("data-event-date") for e in events) == sorted(
        e["date"] for e in timeline["events"]
    )
    assert page.xpath("//svg//rect"), "coverage chart"
    assert page.xpath('//select[@id="filter-outlet"]/option')
    # sources open the stored article
    hrefs = page.xpath('//div[@class="event-sources"]//a/@href')
    assert any(h.startswith("/articles/") for h in hrefs)
    # the only script carries the nonce that the CSP allows
    csp = r.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert [s.get("nonce") for s in page.xpath("//script")] == [nonce]
    assert "default-src 'none'" in csp


def test_exports_download(client: TestClient) -> None:
    r = client.get("/stories/port-strike/timeline.csv")
    assert r.status_code == 200 and r.text.startswith("event_id,date,")
    assert 'filename="port-strike.csv"' in r.headers["content-disposition"]
    tljs = client.get("/stories/port-strike/timeline.timelinejs.json").json()
    assert tljs["events"][0]["start_date"]["year"] == "2025"
    assert client.get("/stories/port-strike/timeline.exe").status_code == 404


def test_unknown_story_is_404_in_page_and_api(client: TestClient) -> None:
    r = client.get("/stories/nope")
    assert r.status_code == 404 and "no story named" in r.text
    assert r.headers["content-type"].startswith("text/html")
    r = client.get("/api/stories/nope/timeline")
    assert r.status_code == 404
    assert r.json() == {
        "error": "no story named 'nope'; stories: ferry, port-strike",
        "status": 404,
    }


def test_api_stories_articles_search(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    port = next(s for s in stories if s["name"] == "port-strike")
    assert port["n_events"] > 0 and port["timeline"] == "/api/stories/port-strike/timeline"
    hits = client.get("/api/search", params={"q": "north gate"}).json()["results"]
    assert hits and "\x02" not in hits[0]["snippet"]
    art = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert art["title"] == hits[0]["title"] and art["timexes"] and art["text"]
    assert any(q["speaker"] and q["text"] for q in art["quotes"])
    assert client.get("/api/articles/nope").json()["status"] == 404
    missing = client.get("/api/search")
    assert missing.status_code == 400 and "q" in missing.json()["error"]
    assert client.get("/api/search", params={"q": "x", "limit": 0}).status_code == 400


def test_search_page_marks_matches(client: TestClient) -> None:
    page = doc(client.get("/search", params={"q": "injunction"}))
    assert page.xpath("//li[@class='result']//mark")
    empty = client.get("/search", params={"q": "zzzz"})
    assert "No match" in empty.text


def test_openapi_document_lists_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{name}/timeline", "/api/articles", "/api/search"):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/articles"]
    assert "GET /api/search" in doc(client.get("/api")).text_content()


def test_post_articles_adds_reports_repeats_and_rejections(client: TestClient) -> None:
    r = client.post("/api/articles", json=orrin(1, 3))
    assert r.status_code == 201
    body = r.json()
    assert [a["id"] for a in body["added"]] == ["orrin-1"]
    ferry = next(s for s in body["stories"] if s["name"] == "ferry")
    assert [e["date"] for e in ferry["new_events"]] == ["2024-05-03"]
    again = client.post("/api/articles", json=[orrin(1, 3), {"title": "no text"}, 42, orrin(2, 4)])
    assert again.status_code == 201
    body = again.json()
    assert [a["id"] for a in body["added"]] == ["orrin-2"]
    assert body["repeats"] == [
        {
            "input": "https://gazette.orrin.example/ferry/1",
            "reason": "already in the store as article orrin-1",
        }
    ]
    assert {r["input"]: r["reason"] for r in body["rejected"]} == {
        "item 2": "no usable text",
        "item 3": "not a JSON object",
    }
    jsonl = "\n".join(json.dumps(orrin(n, n)) for n in (5, 6))
    r = client.post(
        "/api/articles", content=jsonl, headers={"content-type": "application/x-ndjson"}
    )
    assert r.status_code == 201 and len(r.json()["added"]) == 2
    timeline = client.get("/api/stories/ferry/timeline").json()
    assert {a["id"] for a in timeline["articles"]} >= {"orrin-1", "orrin-2", "orrin-5"}


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b"{not json", "application/json", 400, "invalid JSON"),
        (b"", "application/json", 400, "empty body"),
        (b"[]", "application/json", 400, "empty"),
        (b'"text"', "application/json", 400, "expected an article object"),
        (b"title=x", "application/x-www-form-urlencoded", 415, "Content-Type"),
        (b"\xff\xfe{", "application/json", 400, "not UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "application/json", 400, "invalid JSON"),
    ],
)
def test_post_bad_bodies_are_clear_4xx(
    client: TestClient, body: bytes, content_type: str, status: int, message: str
) -> None:
    r = client.post("/api/articles", content=body, headers={"content-type": content_type})
    assert r.status_code == status
    assert message in r.json()["error"]
    assert "Traceback" not in r.text


def test_post_size_limits(db: Path) -> None:
    client = TestClient(create_app(db, max_body=4000, max_items=3), raise_server_exceptions=False)
    big = json.dumps(orrin(9, 9, extra="x" * 5000))
    r = client.post("/api/articles", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit of 4000 bytes" in r.json()["error"]

    def chunks():  # no Content-Length: the limit applies to what is streamed
        for _ in range(10):
            yield b" " * 1000

    r = client.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    many = json.dumps([{"text": "x"}] * 4)
    r = client.post("/api/articles", content=many, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit is 3" in r.json()["error"]


def test_token_is_required_for_writes_only(db: Path) -> None:
    client = TestClient(create_app(db, token="s3cret"), raise_server_exceptions=False)
    assert client.get("/api/stories").status_code == 200
    r = client.post("/api/articles", json=orrin(1, 3))
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/articles", json=orrin(1, 3), headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/articles", json=orrin(1, 3), headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201
    r = client.post("/api/articles", json=orrin(2, 4), headers={"X-Newsline-Token": "s3cret"})
    assert r.status_code == 201


def test_hostile_article_is_escaped_on_its_page(client: TestClient) -> None:
    hostile = orrin(7, 7, extra=f'{PAYLOAD} <a href="javascript:window.pwned=1">x</a>')
    hostile["title"] = PAYLOAD
    hostile["url"] = "javascript:window.pwned=1"
    r = client.post("/api/articles", json=hostile)
    assert r.status_code == 201
    page = client.get("/articles/orrin-7")
    assert page.status_code == 200
    tree = doc(page)
    assert not tree.xpath("//img | //body//script[not(@nonce)]")
    assert not [h for h in tree.xpath("//@href") if h.lower().startswith("javascript:")]
    assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page.text
    assert tree.xpath("//mark[@class='timex']")


def test_article_page_404_and_removed_lines(client: TestClient) -> None:
    assert client.get("/articles/nope").status_code == 404
    hits = client.get("/api/search", params={"q": "hospital north gate"}).json()["results"]
    fm = next(h for h in hits if h["source"] == "Harbour FM News")
    page = doc(client.get(f"/articles/{fm['id']}"))
    removed = page.xpath('//details[@class="removed"]')
    assert removed and removed[0].get("open") is None
    assert "Listen live" in removed[0].text_content()
    speakers = page.xpath("//ul[contains(@class, 'article-quotes')]//cite/text()")
    assert "Carla Moen" in " ".join(speakers)  # the police chief inspector's appeal for calm


def test_not_a_store_is_a_503_json_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("hello", encoding="utf-8")
    client = TestClient(create_app(bad), raise_server_exceptions=False)
    r = client.get("/api/stories")
    assert r.status_code == 503 and "not a newsline store" in r.json()["error"]
    assert client.get("/").status_code == 503


def test_security_headers(client: TestClient) -> None:
    r = client.get("/api/stories")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_index_and_api_show_feed_failures(db: Path, tmp_path: Path) -> None:
    from newsline.store.feeds import add_feed, poll_all

    with open_store(db) as store:
        add_feed(store, str(tmp_path / "gone.xml"))
        poll_all(store)
    client = TestClient(create_app(db), raise_server_exceptions=False)
    row = doc(client.get("/")).xpath("//table[@class='data-table']//tr[td]")[0].text_content()
    assert "failed" in row and "cannot read" in row and "gone.xml" in row
    [feed] = client.get("/api/feeds").json()["feeds"]
    assert feed["n_failures"] == 1 and "cannot read" in feed["last_error"]
