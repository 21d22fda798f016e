"""The SQLite store: idempotent adds, full-text search, stories with stable event ids,
reindex, and clear errors for files that are not a newsline store.

The Port Maren corpus (examples/port-maren) and every article below are fictional.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from newsline.ingest import read_paths
from newsline.records import Article, Event, SummarySentence
from newsline.store import (
    StoreError,
    Story,
    UnknownStory,
    add_items,
    add_story,
    count_articles,
    get_article,
    list_stories,
    open_store,
    refresh,
    reindex,
    search,
    story_timeline,
)
from newsline.store.articles import article_quotes, fts_query, stored_quotes
from newsline.store.stable import carry_ids

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "port-maren"
FIRST_HALF = sorted(p for p in DEMO.iterdir() if p.is_file() and "2025-09-2" not in p.name)


def ferry_article(n: int, day: int = 3) -> Article:
    """A fictional report about the Lake Orrin ferry dispute."""
    return Article(
        id=f"orrin-{n}",
        title=f"Lake Orrin ferry crews stage walkout number {n}",
        source="The Orrin Gazette",
        url=f"https://gazette.orrin.example/ferry/{n}",
        published=date(2024, 5, day),
        published_from="metadata",
        text=(
            f"Ferry crews on Lake Orrin walked out on Friday, May {day}, 2024, in dispute {n}. "
            "The Orrin Ferry Company said crossings to Vell Island were cancelled. "
            f"Union organiser Petra Lund said talks would resume on Monday. Report {n}."
        ),
    )


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "news.db", create=True)
    yield s
    s.close()


def test_new_store_is_wal_and_versioned(store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    meta = dict(store.conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta == {"application": "newsline", "schema_version": "1"}


def test_add_is_idempotent_by_id_url_and_content(store) -> None:
    first = add_items(store, [ferry_article(1)])
    assert [a.id for a in first.added] == ["orrin-1"]
    same_id = ferry_article(2)
    same_id.id = "orrin-1"
    same_url = ferry_article(3)
    same_url.url = "https://gazette.orrin.example/ferry/1"
    same_text = ferry_article(1)
    same_text.id, same_text.url = "copy", None
    same_text.text = same_text.text.replace(" ", "  \n")  # whitespace does not make it new
    again = add_items(store, [same_id, same_url, same_text])
    assert again.added == []
    assert len(again.repeats) == 3
    assert all("orrin-1" in r.reason for r in again.repeats)
    assert count_articles(store.conn) == 1


def test_stored_article_round_trips_with_sentences_and_timexes(store) -> None:
    add_items(store, [ferry_article(1)])
    a = get_article(store.conn, "orrin-1")
    assert a is not None
    assert a.title == "Lake Orrin ferry crews stage walkout number 1"
    assert a.published == date(2024, 5, 3)
    assert a.n_sentences == 4
    assert [s.text for s in a.sentences][1].startswith("The Orrin Ferry Company")
    values = {t.value for t in a.timexes}
    assert "2024-05-03" in values
    for t in a.timexes:  # offsets point into the stored clean text
        assert a.text[t.start : t.end] == t.text
    quotes = stored_quotes(store.conn, "orrin-1")
    assert quotes, "the company's statement is an indirect quote"
    found = [{k: q[k] for k in quotes[0]} for q in article_quotes(a)]
    assert quotes == found  # stored once, as the quote finder gives them


def test_rejected_input_is_reported_not_stored(store) -> None:
    empty = Article(id="x", text="Too short.")
    result = add_items(store, [empty])
    assert result.added == [] and len(result.rejected) == 1
    assert count_articles(store.conn) == 0


def test_search_ranks_and_marks_matches(store) -> None:
    add_items(store, read_paths([DEMO]))
    hits = search(store.conn, "north gate")
    assert hits, "the clashes at North Gate are in two reports"
    assert "\x02North\x03" in hits[0]["snippet"] or "\x02north\x03" in hits[0]["snippet"].lower()
    assert search(store.conn, '"north gate" injunction*') is not None
    assert search(store.conn, "zzzunknownword") == []
    assert search(store.conn, '"(" OR NEAR ) ^') == []  # FTS syntax in user input is inert


def test_fts_query_quotes_every_word() -> None:
    assert fts_query("harbor strike") == '"harbor" "strike"'
    assert fts_query('"north gate" inj*') == '"north gate" "inj"*'
    assert fts_query("  ()  ") is None


def test_story_timeline_grows_and_keeps_event_ids(store) -> None:
    add_items(store, read_paths(FIRST_HALF))
    add_story(store, Story("port-strike", "port strike"))
    first = refresh(store, "port-strike")
    assert first.changed and first.n_events >= 3
    before = {e["date"]: e["id"] for e in story_timeline_dict(store)["events"]}
    assert refresh(store, "port-strike").changed is False  # nothing new: nothing recomputed

    result = add_items(store, read_paths([DEMO]))
    assert result.added, "the second half of the corpus is new"
    update = refresh(store, "port-strike")
    assert update.changed and update.new_events
    after = story_timeline_dict(store)["events"]
    after_ids = {e["id"] for e in after}
    new_ids = {e["id"] for e in update.new_events}
    assert new_ids <= after_ids and not new_ids & set(before.values())
    kept = [e for e in after if e["date"] in before and e["id"] == before[e["date"]]]
    assert kept, "events of dates already on the timeline keep their ids"
    assert any(e["date"].startswith("2025-09-2") for e in update.new_events)


def story_timeline_dict(store) -> dict:
    return next(s.timeline for s in list_stories(store.conn) if s.name == "port-strike")


def test_story_timeline_record_has_stored_articles(store) -> None:
    add_items(store, read_paths([DEMO]))
    add_story(store, Story("court", "injunction court"))
    t = story_timeline(store, "court")
    assert t.query == "injunction court"
    assert t.events and t.articles
    assert {aid for e in t.events for aid in e.articles} <= {a.id for a in t.articles}


def test_story_sources_and_errors(store) -> None:
    add_items(store, read_paths([DEMO]))
    add_story(store, Story("fm", "strike", sources=["Harbour FM News"]))
    t = story_timeline(store, "fm")
    assert t.articles and {a.source for a in t.articles} == {"Harbour FM News"}
    with pytest.raises(StoreError, match="already exists"):
        add_story(store, Story("fm", "strike"))
    with pytest.raises(StoreError, match="invalid story name"):
        add_story(store, Story("../etc", "strike"))
    with pytest.raises(StoreError, match="no words"):
        add_story(store, Story("empty", "the of"))
    with pytest.raises(UnknownStory, match="no story named 'nope'; stories: fm"):
        story_timeline(store, "nope")


def test_carry_ids_keeps_id_when_the_lead_changes() -> None:
    old = [
        {
            "id": "old-a",
            "date": "2024-05-03",
            "articles": ["a1", "a2"],
            "summary": [{"text": "x", "article_id": "a1", "sentence_index": 0}],
        },
        {"id": "old-b", "date": "2024-05-04", "articles": ["b1"], "summary": []},
    ]
    changed_lead = Event(
        id="fresh-a",
        date="2024-05-03",
        granularity="day",
        headline="h",
        summary=[SummarySentence("y", "a3", 0)],
        articles=["a1", "a2", "a3"],
        score=1.0,
    )
    brand_new = Event("fresh-c", "2024-05-05", "day", "h", [], ["c1"], 1.0)
    reused = Event("old-b", "2024-05-06", "day", "h", [], ["d1"], 1.0)  # different happening
    events, new = carry_ids(old, [changed_lead, brand_new, reused])
    assert [e.id for e in events] == ["old-a", "fresh-c", "old-b-2"]
    assert new == {"fresh-c", "old-b-2"}


def test_reindex_reprocesses_from_raw_text(store) -> None:
    add_items(store, [ferry_article(1), ferry_article(2, day=4)])
    store.conn.execute("DELETE FROM timexes")  # as if an old version found none
    store.conn.execute("UPDATE articles SET n_timexes = 0, processed_with = 'old'")
    done, kept = reindex(store)
    assert (done, kept) == (2, [])
    a = get_article(store.conn, "orrin-2")
    assert a is not None and "2024-05-04" in {t.value for t in a.timexes}
    versions = {r[0] for r in store.conn.execute("SELECT processed_with FROM articles")}
    assert "old" not in versions


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"title: not a database\n\nJust text.", "not an SQLite database"),
        (b"", "empty file"),
    ],
)
def test_not_a_store_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(path)


def test_other_sqlite_database_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="SQLite database but not a newsline store"):
        open_store(path, create=True)
    with sqlite3.connect(path) as conn:  # left as it was: not switched to WAL, no tables added
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        assert tables == [("invoices",)]
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.db")
