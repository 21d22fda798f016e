"""Real-browser tests: headless Chromium (Debian's package) drives the static report and a
live `newsline serve`. Every event renders with its date, filters and search work, the
console stays clean, and hostile article text executes nothing.

Screenshots (laptop 1280 px, phone 390 px) go to the test's tmp dir; with
NEWSLINE_DOC_SCREENSHOTS=1 their first screens also refresh docs/screenshots/ (the README's).
Skips when /usr/bin/chromium or Playwright is missing. All articles are fictional.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api")

from newsline.ingest import read_paths  # noqa: E402
from newsline.pipeline import BuildOptions, build_timeline, process_all  # noqa: E402
from newsline.records import Article  # noqa: E402
from newsline.render import to_html  # noqa: E402
from newsline.store import Story, add_items, add_story, open_store, refresh  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "port-maren"
SHOTS = ROOT / "docs" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PWN = "window.__pwned = (window.__pwned || 0) + 1"
PAYLOADS = (
    f"<script>{PWN}</script>",
    f'<img src="x" onerror="{PWN}">',
    f'<a href="javascript:{PWN}">read more</a>',
    f'<svg onload="{PWN}"></svg>',
)


def hostile_article() -> Article:
    """A fictional report whose title, text, outlet and URL carry script payloads."""
    text = (
        "VELL ISLAND, May 6 (Orrin Wire) - Ferry crews on Lake Orrin voted on Monday, "
        "May 6, 2024, to extend their walkout, the union said. "
        + " ".join(PAYLOADS)
        + " The Orrin Ferry Company said crossings would stay cancelled until Friday. "
        '"We are ready to talk," said company spokesman Aron Kell on Monday.'
    )
    return Article(
        id="orrin-hostile",
        text=text,
        title=f"Orrin ferry walkout extended {PAYLOADS[0]}{PAYLOADS[1]}",
        source=f"Orrin Wire {PAYLOADS[1]}",
        url=f"javascript:{PWN}",
        published=None,
    )


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page plus every console error and uncaught exception it produced."""

    def __init__(self, browser, viewport: dict) -> None:
        self.context = browser.new_context(viewport=viewport, device_scale_factor=1)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser) -> Iterator:
    opened: list[Watched] = []

    def open_page(viewport: dict = LAPTOP) -> Watched:
        w = Watched(browser, viewport)
        opened.append(w)
        return w

    yield open_page
    for w in opened:
        w.close()


def screenshot(page, name: str, tmp_path: Path) -> None:
    """Save the whole page to the tmp dir (and, when asked, its first screen to the docs)."""
    out = tmp_path / name
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000
    first_screen = tmp_path / f"first-screen-{name}"
    page.screenshot(path=str(first_screen))
    if os.environ.get("NEWSLINE_DOC_SCREENSHOTS") == "1":  # a test run never dirties the tree
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(first_screen, SHOTS / name)


def visible_events(page) -> list[dict]:
    return page.eval_on_selector_all(
        "article.event",
        "els => els.filter(e => e.offsetParent !== null).map(e => ({"
        " date: e.dataset.eventDate, outlets: e.dataset.outlets, text: e.textContent}))",
    )


def check_events_render(page, dates: list[str]) -> None:
    """Every event is there with its date and is visible."""
    rendered = page.eval_on_selector_all(
        "[data-event-date]", "els => els.map(e => e.getAttribute('data-event-date'))"
    )
    assert sorted(rendered) == sorted(dates)
    assert len(visible_events(page)) == len(dates)


def check_filters(page) -> None:
    """The search box and the outlet menu narrow the events, and clearing restores them."""
    total = len(visible_events(page))
    expected = sum("court" in e["text"].lower() for e in visible_events(page))
    page.fill("#filter-input", "court")
    shown = visible_events(page)
    assert 0 < len(shown) == expected < total
    assert all("court" in e["text"].lower() for e in shown)
    assert "of" in page.text_content("#filter-count")
    page.fill("#filter-input", "zzzz-no-such-word")
    assert visible_events(page) == []
    assert page.is_visible("#no-match")
    page.fill("#filter-input", "")
    assert len(visible_events(page)) == total
    options = page.eval_on_selector_all(
        "#filter-outlet option", "os => os.map(o => o.value).filter(Boolean)"
    )
    assert len(options) > 1
    outlet = options[-1]
    page.select_option("#filter-outlet", outlet)
    shown = visible_events(page)
    assert 0 < len(shown) < total
    assert all(outlet in e["outlets"].split("|") for e in shown)
    page.select_option("#filter-outlet", "")
    assert len(visible_events(page)) == total


def assert_nothing_ran(w: Watched) -> None:
    assert w.page.evaluate("typeof window.__pwned") == "undefined"
    assert w.dialogs == []


# --- the static report ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, list[str]]:
    articles, rejected = process_all(read_paths([DEMO]))
    timeline = build_timeline(articles, rejected, BuildOptions(query="port strike"))
    path = tmp_path_factory.mktemp("report") / "timeline.html"
    path.write_text(to_html(timeline), encoding="utf-8")
    return path, [str(e.date) for e in timeline.events]


def test_report_renders_every_event_and_filters_work(watched, report, tmp_path: Path) -> None:
    path, dates = report
    w = watched()
    w.page.goto(path.as_uri())
    check_events_render(w.page, dates)
    assert w.page.is_visible("#filters")
    assert w.page.locator(".coverage svg rect").count() > 0
    screenshot(w.page, "report-laptop.png", tmp_path)
    check_filters(w.page)
    assert w.errors == []


def test_report_on_a_phone(watched, report, tmp_path: Path) -> None:
    path, dates = report
    w = watched(PHONE)
    w.page.goto(path.as_uri())
    check_events_render(w.page, dates)
    # nothing wider than the screen: no sideways scrolling on a phone
    assert w.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(w.page, "report-phone.png", tmp_path)
    assert w.errors == []


def test_hostile_report_executes_nothing(watched, tmp_path: Path) -> None:
    articles, _ = process_all([hostile_article()])
    timeline = build_timeline(articles, [], BuildOptions(query="ferry"))
    assert timeline.events
    path = tmp_path / "hostile.html"
    path.write_text(to_html(timeline), encoding="utf-8")
    w = watched()
    w.page.goto(path.as_uri())
    hrefs = w.page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if (h or "").strip().lower().startswith("javascript:")]
    for link in w.page.locator("main a[href^='#'], footer a[href^='#']").all():
        if link.is_visible():
            link.click()
    assert w.page.locator("article.event").count() == len(timeline.events)
    assert_nothing_ran(w)
    assert "onerror=" in w.page.text_content("body")  # shown as text, not run
    assert w.errors == []


# --- the live web app ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """A `newsline serve` process over a store with the Port Maren corpus and its story."""
    db = tmp_path_factory.mktemp("serve") / "news.db"
    with open_store(db, create=True) as store:
        add_items(store, read_paths([DEMO]))
        add_story(store, Story("port-strike", "port strike"))
        refresh(store, "port-strike")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSLINE_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsline.follow_cli", "serve", "--store", str(db),
         "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get_json(base + "/api/stories")
            break
        except (urllib.error.URLError, ConnectionError, OSError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                _, stderr = proc.communicate()
                pytest.fail(f"newsline serve did not start: {stderr}")
            time.sleep(0.2)
    yield base, db
    proc.terminate()
    try:
        _, stderr = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
    assert "Traceback" not in stderr


def test_served_story_renders_every_event_and_filters_work(watched, server, tmp_path) -> None:
    server, _ = server
    timeline = get_json(server + "/api/stories/port-strike/timeline")
    w = watched()
    w.page.goto(server + "/stories/port-strike")
    check_events_render(w.page, [e["date"] for e in timeline["events"]])
    screenshot(w.page, "story-laptop.png", tmp_path)
    check_filters(w.page)
    # a source link opens the stored article with its time expressions marked
    w.page.locator(".event-sources a[href^='/articles/']").first.click()
    w.page.wait_for_selector("mark.timex")
    assert w.page.locator("mark.timex").count() > 0
    assert w.errors == []


def test_served_pages_on_laptop_and_phone(watched, server, tmp_path) -> None:
    server, _ = server
    w = watched()
    w.page.goto(server + "/")
    assert w.page.locator(".story-card").count() == 1
    screenshot(w.page, "stories-laptop.png", tmp_path)
    w.page.fill("#app-q", "north gate")
    w.page.press("#app-q", "Enter")
    w.page.wait_for_selector(".result mark")
    assert "north gate" in w.page.text_content(".result").lower()
    screenshot(w.page, "search-laptop.png", tmp_path)
    w.page.locator(".result h2 a").first.click()
    w.page.wait_for_selector(".article-text")
    screenshot(w.page, "article-laptop.png", tmp_path)
    phone = watched(PHONE)
    for path, name in (("/stories/port-strike", "story-phone.png"), ("/", "stories-phone.png")):
        phone.page.goto(server + path)
        assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(phone.page, name, tmp_path)
    assert w.errors == [] and phone.errors == []


def test_served_hostile_article_executes_nothing(watched, server) -> None:
    server, db = server
    article = hostile_article()
    with open_store(db) as store:  # stored as is (not via JSON): its text keeps the markup
        add_items(store, [article])
        add_story(store, Story("orrin-ferry", "Orrin ferry"))
        refresh(store, "orrin-ferry")
    record = {  # the same payloads through the API (JSON ingest strips markup from text)
        "id": "orrin-hostile-api",
        "title": article.title,
        "source": article.source,
        "url": article.url + "//api",  # a new URL, or it would be a repeat
        "text": article.text.replace("May 6", "May 7"),
    }
    request = urllib.request.Request(
        server + "/api/articles",
        data=json.dumps(record).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as r:
        added = json.loads(r.read())
    assert [a["id"] for a in added["added"]] == ["orrin-hostile-api"]
    w = watched()
    pages = (
        "/articles/orrin-hostile",
        "/articles/orrin-hostile-api",
        "/stories/orrin-ferry",
        "/search?q=onerror",
        "/",
    )
    for path in pages:
        w.page.goto(server + path)
        hrefs = w.page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if (h or "").strip().lower().startswith("javascript:")]
        for link in w.page.locator("main a[href^='#']").all():
            if link.is_visible():
                link.click()
        assert_nothing_ran(w)
    w.page.goto(server + "/articles/orrin-hostile")
    assert "onerror=" in w.page.text_content(".article-text")
    assert "<script>" in w.page.text_content("h1")
    assert w.page.locator(".article-text img, .article-text script, .article-text svg").count() == 0
    assert_nothing_ran(w)
    w.page.goto(server + "/stories/orrin-ferry")
    assert w.page.locator("article.event").count() > 0
    assert "onerror=" in w.page.text_content("main")
    assert_nothing_ran(w)
    assert w.errors == []


def follow_up(n: int, outlet: str) -> Article:
    """A fictional Port Maren follow-up report: the backlog cleared on 24 October 2025."""
    return Article(
        id=f"backlog-{n}",
        title=f"Port Maren clears strike backlog ({outlet})",
        source=outlet,
        url=f"https://{outlet.lower().replace(' ', '-')}.example/backlog-{n}",
        published=__import__("datetime").date(2025, 10, 24),
        published_from="metadata",
        text=_BACKLOG_REPORTS[n],
    )


# Three outlets telling the same happening in their own words (not copies of one another).
_BACKLOG_REPORTS = (
    "PORT MAREN - The Port Maren Authority said on Friday, October 24, 2025, that the "
    "backlog of container ships left by the three-week dock strike had been cleared. "
    "The last of the waiting vessels berthed at North Quay on Friday morning.",
    "The queue of ships off Port Maren is gone. Harbour officials confirmed on Friday, "
    "October 24, 2025, that every vessel held up by the dock strike had now unloaded, "
    "and crane crews were back on normal shifts after weeks of overtime.",
    "Union leader Tomas Brandt welcomed news on Friday, October 24, 2025, that the port had "
    "worked through its strike backlog, saying overtime had been paid at the agreed rate. "
    "Shipping lines said schedules at Port Maren would be back to normal next week.",
)


def test_timeline_grows_in_the_browser(watched, server) -> None:
    server, db = server
    w = watched()
    w.page.goto(server + "/stories/port-strike")
    before = w.page.locator("article.event").count()
    assert w.page.locator("article.event[data-new]").count() == 0
    outlets = ("Coastline Wire", "Harbour FM News", "The Maren Courier")
    with open_store(db) as store:
        add_items(store, [follow_up(i, o) for i, o in enumerate(outlets)])
        update = refresh(store, "port-strike")
    assert [e["date"] for e in update.new_events] == ["2025-10-24"]
    w.page.reload()
    # the timeline length follows the story's size, so a new date may replace a weak one
    assert w.page.locator("article.event").count() >= before
    fresh = w.page.locator("article.event[data-new]")
    assert fresh.count() == 1 and fresh.get_attribute("data-event-date") == "2025-10-24"
    assert "1 new" in w.page.text_content("header.masthead")
    assert w.errors == []
