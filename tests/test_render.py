"""Rendering a Timeline: the JSON contract, Markdown and the self-contained HTML report.

All outlets, people and URLs here are invented.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from lxml import html as lxml_html

from newsline.records import Article, Event, Rejection, Sentence, SummarySentence, Timeline
from newsline.render import (
    FORMATS,
    TEMPLATES_DIR,
    article_to_dict,
    environment,
    render,
    timeline_to_dict,
    to_html,
    to_json,
    to_markdown,
)
from newsline.render.common import date_label, date_range, safe_url
from newsline.render.markdown import escape

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def make_article(
    id: str,
    source: str | None,
    title: str | None,
    url: str | None,
    published: date | None,
    published_from: str = "metadata",
    n: int = 3,
) -> Article:
    return Article(
        id=id,
        text="Some text. More text.",
        path=f"inbox/{id}.txt",
        url=url,
        title=title,
        source=source,
        author="Rina Solberg",
        published=published,
        published_from=published_from,
        language="en",
        removed=["Share this story"],
        sentences=[Sentence(i, 0, 1, "x") for i in range(n)],
    )


def sample_timeline() -> Timeline:
    """Three events given out of date order, one month-granularity event, two outlets."""
    articles = [
        make_article(
            "mc1",
            "Maren Courier",
            "Dockers walk out",
            "https://courier.example/strike",
            date(2025, 9, 17),
        ),
        make_article(
            "ht2",
            "Harbor Times",
            "Ferries rerouted — Lisk",
            "http://harbortimes.example/ferries",
            date(2025, 9, 18),
            "html",
        ),
        make_article("nb3", "Nordby Post", "Talks resume", None, None, "none", n=0),
    ]
    events = [
        Event(
            id="ev-oct",
            date="2025-10-02",
            granularity="day",
            headline="Mediation agreed",
            summary=[SummarySentence("Both sides accepted Judge Ilse Brandt.", "nb3", 0)],
            articles=["nb3"],
            score=1.0,
        ),
        Event(
            id="ev-sep17",
            date="2025-09-17",
            granularity="day",
            headline="Dockers strike at Port Maren",
            summary=[
                SummarySentence("About 1,400 dockers walked out on Wednesday.", "mc1", 0),
                SummarySentence("Ferries were rerouted to Lisk.", "ht2", 2),
            ],
            articles=["mc1", "ht2"],
            score=2.123456789,
            quotes=[
                {
                    "speaker": "Tomas Reyl",
                    "speaker_title": "union secretary",
                    "text": "We did not choose this.",
                    "kind": "direct",
                }
            ],
            actors=[{"name": "Tomas Reyl", "kind": "person"}],
        ),
        Event(
            id="ev-sep",
            date="2025-09",
            granularity="month",
            headline="A month of pickets",
            summary=[SummarySentence("Pickets stood all month.", "ht2", 5)],
            articles=["ht2"],
            score=0.5,
        ),
    ]
    return Timeline(
        query="port strike",
        generated_at="2025-10-07T08:30:00+00:00",
        articles=articles,
        events=events,
        rejected=[Rejection("inbox/scan.pdf", "binary file")],
    )


def hostile_timeline() -> Timeline:
    """Every piece of untrusted text carries markup; one URL is javascript:."""
    articles = [
        make_article(
            "a1",
            HOSTILE + " Outlet",
            HOSTILE + " Title",
            "javascript:alert(document.cookie)",
            date(2025, 3, 1),
        ),
        make_article("a2", "Fine Outlet", "Fine title", "https://fine.example/x?a=1&b=2", None),
        make_article("a3", "Data Outlet", "Data title", "data:text/html,<b>hi</b>", None),
    ]
    events = [
        Event(
            id='e1"><b>bold</b>',
            date="2025-03-01",
            granularity="day",
            headline=HOSTILE + " headline",
            summary=[
                SummarySentence(HOSTILE + " sentence", "a1", 0),
                SummarySentence("A fine sentence.", "a2", 1),
                SummarySentence("Cites an unknown article.", HOSTILE + " id", 0),
            ],
            articles=["a1", "a2", "a3", HOSTILE + " id"],
            score=1.0,
            quotes=[
                {
                    "speaker": HOSTILE + " speaker",
                    "speaker_title": HOSTILE + " role",
                    "text": HOSTILE + " quote",
                    "kind": "direct",
                }
            ],
            actors=[{"name": HOSTILE + " actor", "kind": HOSTILE}],
        )
    ]
    return Timeline(
        query=HOSTILE + " query",
        generated_at="2025-03-02T00:00:00+00:00",
        articles=articles,
        events=events,
        rejected=[Rejection(HOSTILE + " input", HOSTILE + " reason")],
    )


def empty_timeline() -> Timeline:
    articles = [make_article("x", "Maren Courier", "Nothing dated", None, None, "none")]
    return Timeline(None, "2025-10-07T08:30:00+00:00", articles, [], [])


# --- JSON ---------------------------------------------------------------------------------


def test_json_keys_order_and_types_follow_the_contract() -> None:
    data = json.loads(to_json(sample_timeline()))
    assert list(data) == ["schema", "query", "generated_at", "articles", "events", "rejected"]
    assert data["schema"] == "newsline.timeline/1"
    assert data["query"] == "port strike"
    assert data["generated_at"] == "2025-10-07T08:30:00+00:00"
    for a in data["articles"]:
        assert list(a) == [
            "id",
            "title",
            "url",
            "source",
            "published",
            "published_from",
            "n_sentences",
            "published_confidence",
            "published_note",
            "duplicates",
            "duplicate_of",
        ]
        assert a["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"])
        assert isinstance(a["n_sentences"], int)
    assert [a["published"] for a in data["articles"]] == ["2025-09-17", "2025-09-18", None]
    for e in data["events"]:
        assert list(e) == [
            "id",
            "date",
            "granularity",
            "headline",
            "summary",
            "articles",
            "quotes",
            "actors",
            "score",
            "mentions",
        ]
        assert isinstance(e["score"], float)
        assert all(isinstance(x, str) for x in e["articles"])
        for s in e["summary"]:
            assert list(s) == ["text", "article_id", "sentence_index"]
            assert isinstance(s["sentence_index"], int)
    # JSON mirrors the timeline's own event order
    assert [e["id"] for e in data["events"]] == ["ev-oct", "ev-sep17", "ev-sep"]
    assert data["events"][1]["score"] == 2.1235
    assert data["events"][1]["quotes"][0]["speaker"] == "Tomas Reyl"
    assert data["rejected"] == [{"input": "inbox/scan.pdf", "reason": "binary file"}]


def test_json_round_trips_pretty_and_unicode() -> None:
    t = sample_timeline()
    text = to_json(t)
    assert text.endswith("}\n")
    assert text.startswith('{\n  "schema"')
    assert "Ferries rerouted — Lisk" in text  # ensure_ascii=False
    assert json.loads(text) == timeline_to_dict(t)
    assert json.loads(json.dumps(timeline_to_dict(t))) == timeline_to_dict(t)


def test_empty_query_is_null() -> None:
    data = json.loads(to_json(empty_timeline()))
    assert data["query"] is None
    assert data["events"] == [] and data["rejected"] == []


def test_article_to_dict_full_and_compact() -> None:
    a = make_article("mc1", "Maren Courier", "Dockers", "https://c.example/a", date(2025, 9, 7))
    full = article_to_dict(a)
    assert list(full) == [
        "id",
        "path",
        "url",
        "title",
        "source",
        "author",
        "published",
        "published_from",
        "text",
        "removed",
        "language",
        "n_sentences",
        "published_confidence",
        "published_note",
        "duplicates",
        "duplicate_of",
    ]
    assert full["published"] == "2025-09-07"
    assert full["removed"] == ["Share this story"]
    assert full["n_sentences"] == 3
    assert full == article_to_dict(a, full=True)
    compact = article_to_dict(a, full=False)
    assert compact == {
        "id": "mc1",
        "title": "Dockers",
        "url": "https://c.example/a",
        "source": "Maren Courier",
        "published": "2025-09-07",
        "published_from": "metadata",
        "n_sentences": 3,
        "published_confidence": None,
        "published_note": None,
        "duplicates": [],
        "duplicate_of": None,
    }
    assert list(compact) == list(compact.keys())
    json.dumps(full)  # serializable as is
    bare = Article(id="b", text="t")
    assert article_to_dict(bare)["published"] is None
    assert article_to_dict(bare, full=False)["published_from"] == "none"


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_one_section_per_event_in_date_order_with_citations() -> None:
    md = to_markdown(sample_timeline())
    assert md.startswith("# Timeline: port strike\n")
    assert md.endswith("\n") and not md.endswith("\n\n")
    dates = re.findall(r"^## (\d{4}-\d{2}(?:-\d{2})?) — ", md, flags=re.M)
    assert dates == ["2025-09", "2025-09-17", "2025-10-02"]
    assert "3 events from 3 articles, 3 sources; 2025-09 to 2025-10-02." in md
    section = md.split("## 2025-09-17 — ")[1].split("\n## ")[0]
    assert (
        "- About 1,400 dockers walked out on Wednesday. "
        "[Maren Courier](https://courier.example/strike)" in section
    )
    assert "[Harbor Times](http://harbortimes.example/ferries)" in section
    assert "Sources: Maren Courier — [Dockers walk out](https://courier.example/strike)" in section
    assert "Tomas Reyl" in section and "“We did not choose this.”" in section
    assert "**Actors:** Tomas Reyl (person)" in section
    # no URL: the citation is bracketed text, not a link
    october = md.split("## 2025-10-02 — ")[1]
    assert "Judge Ilse Brandt. \\[Nordby Post\\]" in october
    assert "Quotes" not in october and "Actors" not in october
    assert "## Rejected inputs (1)" in md and "- inbox/scan.pdf: binary file" in md


def test_markdown_escapes_text_that_would_break_the_layout() -> None:
    assert escape("# Breaking *now* [live]") == "\\# Breaking \\*now\\* \\[live\\]"
    assert escape("1. first\nsecond") == "1\\. first second"
    assert escape("<b>bold</b> a_b `c`") == "\\<b>bold\\</b> a\\_b \\`c\\`"
    t = sample_timeline()
    t.events[1].summary[0] = SummarySentence("# Not a heading *or* [link](x)", "mc1", 0)
    t.articles[0].title = "Title ] with [ brackets"
    md = to_markdown(t)
    assert "- \\# Not a heading \\*or\\* \\[link\\](x) [Maren Courier]" in md
    assert "[Title \\] with \\[ brackets](https://courier.example/strike)" in md
    assert not re.search(r"^# Not", md, flags=re.M)


def test_markdown_never_links_unsafe_urls() -> None:
    md = to_markdown(hostile_timeline())
    assert "](javascript:" not in md and "](data:" not in md
    assert "[Fine Outlet](https://fine.example/x?a=1&b=2)" in md
    assert not re.search(r"(?<!\\)<", md)  # every < is backslash-escaped


def test_markdown_empty_timeline() -> None:
    md = to_markdown(empty_timeline())
    assert md.startswith("# Timeline\n")
    assert "0 events from 1 article, 1 source." in md
    assert "No events" in md
    assert "## " not in md


# --- HTML ---------------------------------------------------------------------------------


def parse(page: str):
    return lxml_html.document_fromstring(page)


def test_html_one_event_element_per_event_in_date_order() -> None:
    page = to_html(sample_timeline())
    assert page.lstrip().lower().startswith("<!doctype html>")
    doc = parse(page)
    events = doc.xpath("//*[@data-event-date]")
    assert [e.get("data-event-date") for e in events] == ["2025-09", "2025-09-17", "2025-10-02"]
    assert all(e.tag == "article" and e.get("class") == "event" for e in events)
    assert [e.get("id") for e in events] == ["event-ev-sep", "event-ev-sep17", "event-ev-oct"]
    sep17 = events[1]
    assert sep17.xpath(".//time/@datetime") == ["2025-09-17"]
    assert "Wed 17 Sep 2025" in sep17.text_content()
    assert "Dockers strike at Port Maren" in sep17.text_content()
    cites = sep17.xpath('.//a[@class="cite"]')
    assert [(c.text_content(), c.get("href")) for c in cites] == [
        ("Maren Courier", "https://courier.example/strike"),
        ("Harbor Times", "http://harbortimes.example/ferries"),
    ]
    sources = [li.text_content() for li in sep17.xpath('.//*[@class="event-sources"]//li')]
    assert sources[0].startswith("Maren Courier — Dockers walk out")
    assert "Tomas Reyl" in sep17.xpath('.//*[contains(@class, "quote")]')[0].text_content()
    assert "union secretary" in sep17.text_content()
    assert sep17.xpath('.//*[@class="actors"]')
    assert "score 2.123" in sep17.text_content()
    # an event without quotes or actors has neither block
    october = events[2]
    assert not october.xpath('.//*[@class="quotes"]') and not october.xpath('.//*[@class="actors"]')
    # a source without a URL cites the sources table row instead
    assert october.xpath('.//a[@class="cite"]/@href') == ["#src-nb3"]
    assert doc.xpath('//tr[@id="src-nb3"]')


def test_html_groups_by_month_and_has_header_table_and_rejected() -> None:
    doc = parse(to_html(sample_timeline()))
    headings = [h.text_content().split(" ")[0:2] for h in doc.xpath('//h2[@class="month-heading"]')]
    assert headings == [["September", "2025"], ["October", "2025"]]
    header = doc.xpath("//header")[0].text_content()
    assert "Timeline: port strike" in header
    assert "3 events from 3 articles, 3 sources" in header
    assert "2025" in header and "7 Oct 2025, 08:30 UTC" in header
    assert doc.xpath("//header//time/@datetime") == ["2025-10-07T08:30:00+00:00"]
    rows = doc.xpath('//table[@class="sources-table"]/tbody/tr')
    assert len(rows) == 3
    cells = [c.text_content().strip() for c in rows[1].xpath("td")]
    assert cells == ["Harbor Times", "Ferries rerouted — Lisk", "2025-09-18", "page markup", "3"]
    details = doc.xpath('//details[@class="rejected"]')
    assert len(details) == 1 and details[0].get("open") is None
    assert "inbox/scan.pdf" in details[0].text_content()
    assert doc.xpath("//title")[0].text_content() == "Timeline: port strike — newsline"


def test_html_escapes_hostile_text_in_every_field() -> None:
    page = to_html(hostile_timeline())
    doc = parse(page)
    # the only script is the page's own inline filter script
    scripts = doc.xpath("//script")
    assert len(scripts) == 1 and scripts[0].get("src") is None
    assert "alert" not in scripts[0].text_content()
    assert not doc.xpath("//img | //b")
    assert doc.xpath("//article/@id") == ['event-e1"><b>bold</b>']
    assert not [a for el in doc.iter() for a in el.attrib if a.lower().startswith("on")]
    text = doc.text_content()
    for field in (
        "query",
        "Outlet",
        "Title",
        "headline",
        "sentence",
        "speaker",
        "role",
        "quote",
        "actor",
        "input",
        "reason",
        "id",
    ):
        assert f"{HOSTILE} {field}" in text, field
    assert page.count("&lt;script&gt;") >= 11
    assert "<script>alert" not in page


def test_html_shows_three_quotes_and_folds_the_rest_json_keeps_all() -> None:
    t = sample_timeline()
    quotes = [
        {"speaker": f"Speaker {i}", "speaker_title": None, "text": f"Quote number {i}.",
         "kind": "direct" if i % 2 else "indirect"}
        for i in range(1, 6)
    ]  # fmt: skip
    quotes[4] = dict(quotes[4], speaker=HOSTILE + " speaker", text=HOSTILE + " quote")
    t.events[1].quotes = quotes
    page = to_html(t)
    sep17 = parse(page).xpath('//*[@id="event-ev-sep17"]')[0]
    shown = sep17.xpath('./div/ul[@class="quotes"]/li')
    assert [li.xpath(".//cite")[0].text_content() for li in shown] == [
        "Speaker 1",
        "Speaker 2",
        "Speaker 3",
    ]
    (more,) = sep17.xpath('.//details[@class="more-quotes"]')
    assert more.get("open") is None
    assert more.xpath("./summary")[0].text_content().strip() == "2 more quotes"
    folded = more.xpath('.//ul[@class="quotes"]/li')
    assert [li.xpath(".//cite")[0].text_content() for li in folded] == [
        "Speaker 4",
        HOSTILE + " speaker",
    ]
    assert HOSTILE + " quote" in folded[1].text_content()
    assert "<script>alert" not in page and not sep17.xpath(".//img | .//script")
    assert len(json.loads(to_json(t))["events"][1]["quotes"]) == 5
    # one quote more than shown: "1 more quote"; three or fewer: no fold
    t.events[1].quotes = quotes[:4]
    (more,) = parse(to_html(t)).xpath('//details[@class="more-quotes"]')
    assert more.xpath("./summary")[0].text_content().strip() == "1 more quote"
    t.events[1].quotes = quotes[:3]
    assert not parse(to_html(t)).xpath("//details[@class='more-quotes']")


def test_html_links_only_http_urls() -> None:
    doc = parse(to_html(hostile_timeline()))
    hrefs = [h.strip().lower() for h in doc.xpath("//@href")]
    assert hrefs and not [h for h in hrefs if h.startswith(("javascript:", "data:", "vbscript:"))]
    assert "https://fine.example/x?a=1&b=2" in doc.xpath("//a/@href")
    text = doc.text_content()
    assert "javascript:alert(document.cookie)" in text  # shown as text
    assert "data:text/html,<b>hi</b>" in text


def test_html_is_self_contained() -> None:
    page = to_html(sample_timeline())
    doc = parse(page)
    assert "<link" not in page.lower()
    assert not doc.xpath("//@src")
    assert not doc.xpath("//iframe | //object | //embed | //img")
    style = " ".join(s.text_content() for s in doc.xpath("//style"))
    assert style and "@import" not in style and "url(" not in style and "http" not in style
    assert "http" not in " ".join(s.text_content() for s in doc.xpath("//script"))
    article_urls = {"https://courier.example/strike", "http://harbortimes.example/ferries"}
    for el in doc.iter():
        for name, value in el.attrib.items():
            if "http" in value.lower():
                assert el.tag == "a" and name == "href" and value in article_urls, (el.tag, name)


def test_html_empty_timeline_says_no_events() -> None:
    doc = parse(to_html(empty_timeline()))
    assert not doc.xpath("//*[@data-event-date]")
    assert "No events" in doc.xpath('//*[@class="empty"]')[0].text_content()
    assert doc.xpath("//h1")[0].text_content() == "Timeline"
    assert not doc.xpath("//script")
    assert not doc.xpath("//details")  # nothing rejected
    assert doc.xpath('//table[@class="sources-table"]/tbody/tr')


def test_templates_exist_and_autoescape() -> None:
    names = {p.name for p in TEMPLATES_DIR.iterdir()}
    assert {"base.html", "timeline.html", "_event.html"} <= names
    env = environment()
    assert env.autoescape is True
    assert env.get_template("timeline.html")


# --- helpers and dispatch -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://a.example/x", True),
        ("HTTP://A.EXAMPLE/", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,hi", False),
        ("ftp://a.example/f", False),
        ("//a.example/x", False),
        ("http:///nohost", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_human_dates() -> None:
    assert date_label("2025-09-17") == "Wed 17 Sep 2025"
    assert date_label("2025-09") == "September 2025"
    assert date_label("2025") == "2025"
    assert date_label("someday") == "someday"
    assert date_range("2025-09-17", "2025-09-30") == "17–30 Sep 2025"
    assert date_range("2025-09-17", "2025-10-03") == "17 Sep – 3 Oct 2025"
    assert date_range("2024-12-30", "2025-01-02") == "30 Dec 2024 – 2 Jan 2025"
    assert date_range("2025-09-17", "2025-09-17") == "Wed 17 Sep 2025"


def test_render_dispatch() -> None:
    t = sample_timeline()
    assert FORMATS == {"json": "timeline.json", "md": "timeline.md", "html": "timeline.html"}
    assert render(t, "json") == to_json(t)
    assert render(t, "md") == to_markdown(t)
    assert render(t, "html") == to_html(t)
    for bad in ("pdf", "JSON", "", "markdown"):
        with pytest.raises(ValueError):
            render(t, bad)


def test_quotes_read_by_kind_in_html_and_markdown() -> None:
    t = sample_timeline()
    t.events[1].quotes = [
        {"speaker": "Lena Okafor", "speaker_title": None, "text": "We will not wait,",
         "kind": "direct"},
        {"speaker": "Tom Brand", "speaker_title": None,
         "text": "regrets the outcome of the ballot.", "kind": "partial"},
        {"speaker": "Port Maren Authority", "speaker_title": None,
         "text": "the gates would stay shut", "kind": "indirect"},
    ]  # fmt: skip
    sep17 = parse(to_html(t)).xpath('//*[@id="event-ev-sep17"]')[0]
    said = [p.text_content() for p in sep17.xpath('.//ul[@class="quotes"]/li//p')]
    assert said == [
        "“We will not wait,”",
        "“…regrets the outcome of the ballot…”",
        "the gates would stay shut",
    ]
    md = to_markdown(t)
    assert "“…regrets the outcome of the ballot…” — **Tom Brand** (partial)" in md
    assert "- the gates would stay shut — **Port Maren Authority** (indirect)" in md
