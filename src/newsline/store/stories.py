"""Stories: saved queries whose timelines are recomputed when matching articles arrive.

A story's timeline is rebuilt only when its set of matching articles (or its query)
changed; events that are still there keep their ids (see `stable.py`), and every
event remembers when it first appeared so readers can see what is new.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from newsline import __version__
from newsline.pipeline import build_timeline
from newsline.records import Article, BuildOptions, Event, SummarySentence, Timeline
from newsline.render import timeline_to_dict
from newsline.text.query import mentions_any, query_terms

from .articles import article_texts, load_articles, now
from .connection import Store, StoreError
from .stable import carry_ids

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$")


@dataclass
class Story:
    """A saved query: what the story is about, its date range and (optionally) its outlets."""

    name: str
    query: str
    start: date | None = None
    end: date | None = None
    sources: list[str] = field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None
    signature: str | None = None
    timeline: dict | None = None


@dataclass
class StoryUpdate:
    """What a refresh did to one story."""

    name: str
    changed: bool
    n_events: int
    new_events: list[dict] = field(default_factory=list)


class UnknownStory(StoreError):
    """No story by that name in the store."""


def check_name(name: str) -> str:
    """The story name, or StoreError saying what a name may hold."""
    if not NAME_PATTERN.match(name or ""):
        raise StoreError(
            f"invalid story name {name!r}: use 1-80 letters, digits, spaces, '.', '_' or '-',"
            " starting with a letter or digit"
        )
    return name


def _story(row: sqlite3.Row) -> Story:
    return Story(
        name=row["name"],
        query=row["query"],
        start=date.fromisoformat(row["start"]) if row["start"] else None,
        end=date.fromisoformat(row["end"]) if row["end"] else None,
        sources=json.loads(row["sources"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        signature=row["signature"],
        timeline=json.loads(row["timeline"]) if row["timeline"] else None,
    )


def add_story(store: Store, story: Story) -> None:
    """Save a new story; StoreError if the name is taken or invalid."""
    check_name(story.name)
    if not query_terms(story.query):
        raise StoreError("the story query has no words to search for")
    if story.start and story.end and story.start > story.end:
        raise StoreError("the story's start date is after its end date")
    with store.write() as conn:
        if conn.execute("SELECT 1 FROM stories WHERE name = ?", (story.name,)).fetchone():
            raise StoreError(f"a story named {story.name!r} already exists")
        conn.execute(
            'INSERT INTO stories (name, query, start, "end", sources, created_at)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                story.name,
                story.query,
                story.start.isoformat() if story.start else None,
                story.end.isoformat() if story.end else None,
                json.dumps(story.sources, ensure_ascii=False),
                now(),
            ),
        )


def get_story(conn: sqlite3.Connection, name: str) -> Story:
    """The story by name, or UnknownStory listing the names there are."""
    row = conn.execute("SELECT * FROM stories WHERE name = ?", (name,)).fetchone()
    if row is None:
        names = [r[0] for r in conn.execute("SELECT name FROM stories ORDER BY name")]
        known = f"; stories: {', '.join(names)}" if names else "; the store has no stories yet"
        raise UnknownStory(f"no story named {name!r}{known}")
    return _story(row)


def list_stories(conn: sqlite3.Connection) -> list[Story]:
    """Every story, most recently updated first."""
    rows = conn.execute("SELECT * FROM stories ORDER BY coalesce(updated_at, created_at) DESC")
    return [_story(r) for r in rows]


def _matches_source(row: sqlite3.Row, sources: list[str]) -> bool:
    if not sources:
        return True
    return (row["source"] or "").strip().casefold() in {s.strip().casefold() for s in sources}


def story_article_ids(conn: sqlite3.Connection, story: Story) -> list[str]:
    """Ids of the stored articles that belong to the story (query terms, outlets)."""
    terms = query_terms(story.query)
    ids = []
    for row in article_texts(conn):
        if not _matches_source(row, story.sources):
            continue
        if mentions_any(f"{row['title'] or ''}\n{row['text']}", terms):
            ids.append(row["id"])
    return sorted(ids)


def _signature(story: Story, ids: list[str]) -> str:
    key = json.dumps(
        [__version__, story.query, str(story.start), str(story.end), story.sources, ids]
    )
    return hashlib.sha1(key.encode()).hexdigest()


def refresh(store: Store, name: str, force: bool = False) -> StoryUpdate:
    """Recompute a story's timeline if its articles changed; carry unchanged event ids."""
    story = get_story(store.conn, name)
    ids = story_article_ids(store.conn, story)
    signature = _signature(story, ids)
    previous = (story.timeline or {}).get("events", [])
    if signature == story.signature and not force:
        return StoryUpdate(name, False, len(previous))
    articles = load_articles(store.conn, ids)
    options = BuildOptions(query=story.query, start=story.start, end=story.end)
    timeline = build_timeline(articles, [], options) if articles else _empty(story)
    events, new_ids = carry_ids(previous, timeline.events)
    timeline.events = events
    data = timeline_to_dict(timeline)
    stamp = now()
    with store.write() as conn:
        conn.execute(
            "UPDATE stories SET timeline = ?, signature = ?, updated_at = ? WHERE name = ?",
            (json.dumps(data, ensure_ascii=False), signature, stamp, name),
        )
        for e in events:
            conn.execute(
                "INSERT INTO story_events (story, event_id, date, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (story, event_id)"
                " DO UPDATE SET last_seen = excluded.last_seen",
                (name, e.id, str(e.date), stamp, stamp),
            )
    new = [
        {"id": e.id, "date": str(e.date), "headline": e.headline} for e in events if e.id in new_ids
    ]
    return StoryUpdate(name, True, len(events), new)


def refresh_all(store: Store, force: bool = False) -> list[StoryUpdate]:
    """Refresh every story (cheap for stories whose articles did not change)."""
    return [refresh(store, s.name, force) for s in list_stories(store.conn)]


def _empty(story: Story) -> Timeline:
    return Timeline(query=story.query, generated_at=now(), articles=[], events=[], rejected=[])


def first_seen(conn: sqlite3.Connection, name: str) -> dict[str, str]:
    """When each of a story's events first appeared, by event id."""
    rows = conn.execute("SELECT event_id, first_seen FROM story_events WHERE story = ?", (name,))
    return {r[0]: r[1] for r in rows}


def _event(d: dict) -> Event:
    return Event(
        id=str(d["id"]),
        date=str(d["date"]),
        granularity=str(d.get("granularity", "day")),
        headline=str(d.get("headline", "")),
        summary=[
            SummarySentence(str(s["text"]), str(s["article_id"]), int(s["sentence_index"]))
            for s in d.get("summary", [])
        ],
        articles=[str(a) for a in d.get("articles", [])],
        score=float(d.get("score", 0.0)),
        quotes=list(d.get("quotes", [])),
        actors=list(d.get("actors", [])),
    )


def story_timeline(store: Store, name: str) -> Timeline:
    """The story's last computed timeline as a Timeline record (computing it if never done)."""
    story = get_story(store.conn, name)
    if story.timeline is None:
        refresh(store, name)
        story = get_story(store.conn, name)
    data = story.timeline or {}
    ids = [str(a["id"]) for a in data.get("articles", [])]
    by_id = {a.id: a for a in load_articles(store.conn, ids)}
    articles: list[Article] = [by_id[i] for i in ids if i in by_id]
    return Timeline(
        query=data.get("query", story.query),
        generated_at=str(data.get("generated_at", story.updated_at or "")),
        articles=articles,
        events=[_event(e) for e in data.get("events", [])],
        rejected=[],
    )
