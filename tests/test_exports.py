"""TimelineJS and CSV exports of a timeline. Outlets, people and URLs are invented."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from newsline.records import Article, Event, SummarySentence, Timeline
from newsline.render.csv import COLUMNS, to_csv
from newsline.render.timelinejs import timeline_to_timelinejs, to_timelinejs

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">'


def timeline() -> Timeline:
    articles = [
        Article(
            id="g1",
            text="t",
            title="Ferry crews walk out",
            source="The Orrin Gazette",
            url="https://gazette.orrin.example/ferry/1",
            published=date(2024, 5, 3),
        ),
        Article(
            id="r2",
            text="t",
            title=HOSTILE,
            source="Radio Vell",
            url="javascript:alert(1)",
            published=date(2024, 5, 4),
        ),
    ]
    events = [
        Event(
            id="e2",
            date="2024-05",
            granularity="month",
            headline="Talks drag on through May",
            summary=[SummarySentence('=HYPERLINK("http://evil.example")', "r2", 1)],
            articles=["r2"],
            score=1.0,
        ),
        Event(
            id="e1",
            date="2024-05-03",
            granularity="day",
            headline=f"Crews walk out {HOSTILE}",
            summary=[
                SummarySentence("Ferry crews walked out on Friday.", "g1", 0),
                SummarySentence(f"Radio Vell said {HOSTILE}.", "r2", 2),
            ],
            articles=["g1", "r2"],
            score=2.0,
        ),
    ]
    return Timeline("ferry", "2024-05-05T10:00:00+00:00", articles, events, [])


def test_timelinejs_has_knight_lab_fields() -> None:
    doc = json.loads(to_timelinejs(timeline()))
    assert doc["title"]["text"]["headline"] == "Timeline: ferry"
    events = doc["events"]
    assert [e["unique_id"] for e in events] == ["event-e2", "event-e1"]  # sorted by date
    month, day = events
    assert month["start_date"] == {"year": "2024", "month": "5"}
    assert day["start_date"] == {"year": "2024", "month": "5", "day": "3"}
    assert day["group"] == "The Orrin Gazette"
    assert set(day["text"]) == {"headline", "text"}
    assert 'href="https://gazette.orrin.example/ferry/1"' in day["text"]["text"]


def test_timelinejs_escapes_article_text_and_drops_unsafe_links() -> None:
    doc = timeline_to_timelinejs(timeline())
    blob = json.dumps(doc)
    assert "<script" not in blob and "<img" not in blob
    assert "javascript:" not in blob
    assert "&lt;script&gt;" in doc["events"][1]["text"]["headline"]


def test_csv_one_row_per_summary_sentence() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(timeline()))))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["event_id"], r["rank"]) for r in rows] == [("e2", "1"), ("e1", "1"), ("e1", "2")]
    second = rows[2]
    assert second["source"] == "Radio Vell"
    assert second["sentence"].startswith("Radio Vell said <script>")  # CSV is data, kept as is
    assert rows[1]["url"] == "https://gazette.orrin.example/ferry/1"
    assert rows[1]["published"] == "2024-05-03"


def test_csv_defuses_spreadsheet_formulas() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(timeline()))))
    assert rows[0]["sentence"].startswith("'=HYPERLINK")
