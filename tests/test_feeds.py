"""RSS/Atom feeds: reading entries, polling into the store (conditional GET, seen items,
recorded failures) from local files and a local HTTP server on 127.0.0.1 (no internet).

The Orrin Gazette, its ferry strike and everyone in it are fictional.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.follow_cli import register
from newsline.ingest.feeds import FeedError, entry_article, fetch, parse
from newsline.store import Story, add_story, get_article, open_store, story_timeline
from newsline.store.feeds import add_feed, list_feeds, poll_all

register(app)

FULL = (
    "VELL ISLAND, May {day} (Orrin Gazette) - Ferry crews on Lake Orrin {what} on {weekday}, "
    "May {day}, 2024, the Lake Orrin Seafarers' Union said. The Orrin Ferry Company said "
    "crossings to Vell Island were cancelled for the day. Union organiser Petra Lund said "
    "members would meet again on Friday. Island shopkeepers said deliveries had stopped."
)
EVENTS = [  # (guid, day, weekday, what)
    ("orrin-1", 6, "Monday", "walked out over pay"),
    ("orrin-2", 8, "Wednesday", "rejected a first offer"),
    ("orrin-3", 13, "Monday", "voted to extend the strike"),
    ("orrin-4", 16, "Thursday", "accepted mediation by Judge Ines Varga"),
]


def item(guid: str, day: int, weekday: str, what: str, full: bool = True) -> str:
    text = FULL.format(day=day, weekday=weekday, what=what)
    two_sentences = ". ".join(text.split(". ")[:2]) + "."
    body = (
        f"<content:encoded>{escape('<p>' + text + '</p>')}</content:encoded>"
        if full
        else f"<description>{escape(two_sentences)}</description>"
    )
    return (
        f"<item><title>Ferry crews {escape(what)}</title>"
        f"<link>https://gazette.orrin.example/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>{formatdate(1714953600 + (day - 6) * 86400, usegmt=True)}</pubDate>"
        f"{body}</item>"
    )


def rss(items: list[str], title: str = "The Orrin Gazette") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{title}</title><link>https://gazette.orrin.example/</link>"
        "<description>News from Lake Orrin</description>" + "".join(items) + "</channel></rss>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Radio Vell</title>
  <id>urn:radio-vell</id><updated>2024-05-09T08:00:00Z</updated>
  <entry>
    <title>Ferry talks resume on Vell Island</title>
    <id>urn:radio-vell:1</id>
    <link href="https://radio-vell.example/news/1"/>
    <updated>2024-05-09T08:00:00Z</updated>
    <summary>Talks between ferry crews and the Orrin Ferry Company resumed on Thursday,
    May 9, 2024. Both sides said they hoped for a deal by the weekend.</summary>
  </entry>
</feed>
"""


def write(path: Path, text: str, mtime: float | None = None) -> Path:
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "news.db", create=True)
    yield s
    s.close()


# --- reading -------------------------------------------------------------------------------


def test_parse_rss_full_text_and_summary_only() -> None:
    doc = rss([item(*EVENTS[0]), item(*EVENTS[1], full=False)])
    feed = parse(doc.encode())
    title = feed.title
    assert title == "The Orrin Gazette" and feed.warning is None
    full, summary = feed.entries
    assert full.key == "orrin-1" and full.full_text and "Petra Lund" in full.text
    assert full.published.isoformat() == "2024-05-06"
    assert not summary.full_text and "Petra Lund" not in summary.text
    article = entry_article(summary, title, "/feeds/orrin.xml")
    assert article.url == "https://gazette.orrin.example/orrin-2"  # the link to the full story
    assert article.text == summary.text and article.source == "The Orrin Gazette"


def test_truncated_feed_keeps_its_entries_with_a_warning() -> None:
    doc = rss([item(*EVENTS[0]), item(*EVENTS[1])])
    feed = parse(doc.encode()[: doc.index("<item>", 200) + 120])  # cut inside the second item
    assert feed.entries[0].link == "https://gazette.orrin.example/orrin-1"
    assert feed.warning and "malformed feed" in feed.warning


def test_parse_atom() -> None:
    feed = parse(ATOM.encode())
    title, entries = feed.title, feed.entries
    assert title == "Radio Vell"
    assert [e.key for e in entries] == ["urn:radio-vell:1"]
    assert entries[0].link == "https://radio-vell.example/news/1"
    assert "resumed on Thursday" in entries[0].text


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<!doctype html><html><body><h1>Gazette</h1></body></html>", "text/html", "HTML page"),
        (b'<rss version="2.0"><channel><title>x</channel></rss', None, "malformed feed"),
        (b"just some words, no markup", "text/plain", "not an RSS or Atom feed: .* not XML"),
        (b'<?xml version="1.0"?><note><to>Petra</to></note>', None, "not an RSS or Atom feed"),
        (b"   ", None, "empty"),
    ],
)
def test_bad_documents_are_clear_errors(
    body: bytes, content_type: str | None, message: str
) -> None:
    with pytest.raises(FeedError, match=message):
        parse(body, content_type)


# --- polling files -------------------------------------------------------------------------


def test_poll_file_adds_new_entries_once_and_keeps_dropped_ones(store, tmp_path: Path) -> None:
    feed = write(tmp_path / "orrin.xml", rss([item(*EVENTS[0]), item(*EVENTS[1], full=False)]), 1e9)
    feed_id, new = add_feed(store, str(feed))
    assert new and add_feed(store, str(feed)) == (feed_id, False)
    [first] = poll_all(store)
    assert first.status == "ok" and len(first.added) == 2 and first.n_seen == 0
    [again] = poll_all(store)
    assert again.status == "unchanged" and again.added == []

    # the feed drops orrin-1 and adds orrin-3: orrin-1 stays stored
    write(feed, rss([item(*EVENTS[1], full=False), item(*EVENTS[2])]), 2e9)
    [third] = poll_all(store)
    assert [a.id for a in third.added] == [entry_article_id(store, "orrin-3")]
    assert third.n_seen == 1
    rows = store.conn.execute("SELECT entry_key, status FROM feed_items ORDER BY entry_key")
    assert [tuple(r) for r in rows] == [
        ("orrin-1", "added"),
        ("orrin-2", "added"),
        ("orrin-3", "added"),
    ]
    kept = get_article(store.conn, entry_article_id(store, "orrin-1"))
    assert kept is not None and "walked out over pay" in kept.text


def entry_article_id(store, key: str) -> str:
    row = store.conn.execute("SELECT article_id FROM feed_items WHERE entry_key = ?", (key,))
    found = row.fetchone()
    if found is not None:
        return found[0]
    from newsline.ingest.ids import article_id

    return article_id(None, f"https://gazette.orrin.example/{key}", None, 0, "")


def test_entry_without_text_is_recorded_not_lost(store, tmp_path: Path) -> None:
    empty = "<item><title>Picture of the day</title><guid>pic-1</guid></item>"
    feed = write(tmp_path / "orrin.xml", rss([empty, item(*EVENTS[0])]))
    add_feed(store, str(feed))
    [result] = poll_all(store)
    assert len(result.added) == 1 and len(result.rejected) == 1
    row = store.conn.execute(
        "SELECT status, reason, title FROM feed_items WHERE entry_key = 'pic-1'"
    ).fetchone()
    assert row["status"] == "rejected" and "no text" in row["reason"]
    assert row["title"] == "Picture of the day"


def test_story_grows_over_several_polls(store, tmp_path: Path) -> None:
    feed = write(tmp_path / "orrin.xml", rss([item(*EVENTS[0]), item(*EVENTS[1])]), 1e9)
    add_feed(store, str(feed))
    poll_all(store)
    add_story(store, Story("ferry", "ferry Orrin"))
    first = story_timeline(store, "ferry")
    first_ids = {e.date: e.id for e in first.events}
    assert set(first_ids) >= {"2024-05-06", "2024-05-08"}

    write(feed, rss([item(*e) for e in EVENTS]), 2e9)
    poll_all(store)
    from newsline.store import refresh

    update = refresh(store, "ferry")
    assert {e["date"] for e in update.new_events} >= {"2024-05-13", "2024-05-16"}
    second = story_timeline(store, "ferry")
    assert len(second.events) > len(first.events)
    for e in second.events:  # events already shown keep their ids
        if e.date in first_ids:
            assert e.id == first_ids[e.date]


# --- polling over HTTP ---------------------------------------------------------------------


class FeedServer:
    """A local HTTP server: /feed.xml (ETag + Last-Modified), /page.html, /slow, /broken."""

    def __init__(self) -> None:
        self.body = rss([item(*EVENTS[0])]).encode()
        self.etag = '"v1"'
        self.modified = formatdate(1e9, usegmt=True)
        self.requests: list[dict] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                owner.requests.append({"path": self.path, **dict(self.headers)})
                if self.path == "/feed.xml":
                    if self.headers.get("If-None-Match") == owner.etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    self._send(200, owner.body, "application/rss+xml", owner.etag)
                elif self.path == "/modified.xml":
                    if self.headers.get("If-Modified-Since") == owner.modified:
                        self.send_response(304)
                        self.end_headers()
                        return
                    self._send(200, owner.body, "application/rss+xml", None, owner.modified)
                elif self.path == "/page.html":
                    self._send(
                        200, b"<!doctype html><html><body>Gazette</body></html>", "text/html"
                    )
                elif self.path == "/slow":
                    time.sleep(1.5)
                    self._send(200, owner.body, "application/rss+xml")
                else:
                    self._send(500, b"oops", "text/plain")

            def _send(self, code, body, ctype, etag=None, modified=None) -> None:  # noqa: ANN001
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                if modified:
                    self.send_header("Last-Modified", modified)
                self.end_headers()
                self.wfile.write(body)

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # noqa: ANN001
                pass  # a client that timed out and left is expected here

        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    s = FeedServer()
    yield s
    s.close()


def test_http_conditional_get_with_etag_and_last_modified(store, server: FeedServer) -> None:
    add_feed(store, server.base + "/feed.xml")
    add_feed(store, server.base + "/modified.xml")
    first = poll_all(store)
    assert [r.status for r in first] == ["ok", "ok"]
    assert len(first[0].added) == 1 and first[1].n_entries == 1
    second = poll_all(store)
    assert [r.status for r in second] == ["unchanged", "unchanged"]
    sent = [r for r in server.requests if r["path"] == "/feed.xml"]
    assert sent[-1].get("If-None-Match") == '"v1"'
    sent = [r for r in server.requests if r["path"] == "/modified.xml"]
    assert sent[-1].get("If-Modified-Since") == server.modified
    # a changed feed: new ETag, new item
    server.body = rss([item(*EVENTS[0]), item(*EVENTS[1])]).encode()
    server.etag = '"v2"'
    third = poll_all(store)
    assert third[0].status == "ok" and len(third[0].added) == 1 and third[0].n_seen == 1


def test_http_failures_are_recorded_per_feed(store, server: FeedServer) -> None:
    for path in ("/page.html", "/missing", "/slow", "/feed.xml"):
        add_feed(store, server.base + path)
    with socketless_port() as dead:
        add_feed(store, f"http://127.0.0.1:{dead}/feed.xml")
    results = {
        r.url.rsplit("/", 1)[-1] + str(i): r for i, r in enumerate(poll_all(store, timeout=0.5))
    }
    by_url = {r.url: r for r in results.values()}
    assert by_url[server.base + "/feed.xml"].status == "ok"  # the good feed is not held up
    assert "HTML page" in by_url[server.base + "/page.html"].error
    assert by_url[server.base + "/missing"].error == "HTTP 500 Internal Server Error"
    assert "timed out" in by_url[server.base + "/slow"].error
    dead_result = next(r for r in by_url.values() if "cannot reach" in (r.error or ""))
    assert dead_result.status == "failed"
    feeds = {f["url"]: f for f in list_feeds(store.conn)}
    assert feeds[server.base + "/page.html"]["n_failures"] == 1
    assert "HTML page" in feeds[server.base + "/page.html"]["last_error"]
    assert feeds[server.base + "/feed.xml"]["last_error"] is None
    poll_all(store, timeout=0.5)
    assert list_feeds(store.conn)[0]["n_failures"] == 2


class socketless_port:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        return None


def test_fetch_rejects_unknown_schemes_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="cannot read"):
        fetch(str(tmp_path / "missing.xml"))


# --- the commands --------------------------------------------------------------------------


def test_feed_commands(tmp_path: Path, server: FeedServer) -> None:
    runner = CliRunner()
    db = tmp_path / "news.db"
    feed = write(tmp_path / "orrin.xml", rss([item(*e) for e in EVENTS[:2]]))
    r = runner.invoke(app, ["feed", "add", str(feed), "--store", str(db)])
    assert r.exit_code == 0, r.output
    assert "subscribed to feed 1" in r.output and "2 new articles" in r.output
    r = runner.invoke(app, ["story", "add", "ferry", "--store", str(db), "--query", "ferry"])
    assert r.exit_code == 0
    write(feed, rss([item(*e) for e in EVENTS]), time.time() + 10)
    r = runner.invoke(app, ["feed", "poll", "--store", str(db)])
    assert r.exit_code == 0, r.output
    assert "story 'ferry':" in r.output and "new: 2024-05-1" in r.output
    r = runner.invoke(app, ["feed", "add", server.base + "/page.html", "--store", str(db)])
    assert r.exit_code == 1 and "not a feed: the address returned an HTML page" in r.output
    r = runner.invoke(app, ["feed", "poll", "--store", str(db)])
    assert r.exit_code == 1 and "failed" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["feed", "list", "--store", str(db)])
    assert r.exit_code == 0 and "HTML page" in r.stdout
    r = runner.invoke(app, ["feed", "add", str(tmp_path / "nope.xml"), "--store", str(db)])
    assert r.exit_code == 2 and "no such file" in r.output
    empty = tmp_path / "empty.db"
    runner.invoke(app, ["story", "add", "x", "--store", str(empty), "--query", "ferry"])
    r = runner.invoke(app, ["feed", "poll", "--store", str(empty)])
    assert r.exit_code == 2 and "has no feeds" in r.output
