"""The store's tables, its schema version, and how a file is recognised as a newsline store."""

from __future__ import annotations

import sqlite3

APP_ID = "newsline"
SCHEMA_VERSION = 1

# One statement per entry so they run inside one explicit transaction.
DDL: tuple[str, ...] = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # An article as read (raw_*) and as processed; raw fields make `reindex` possible.
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        content_hash TEXT NOT NULL,
        path TEXT,
        title TEXT,
        source TEXT,
        author TEXT,
        published TEXT,
        published_from TEXT NOT NULL DEFAULT 'none',
        published_confidence REAL,
        published_note TEXT,
        language TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        n_sentences INTEGER NOT NULL,
        n_timexes INTEGER NOT NULL,
        raw_text TEXT NOT NULL,
        raw_published TEXT,
        raw_published_from TEXT NOT NULL DEFAULT 'none',
        feed_id INTEGER,
        added_at TEXT NOT NULL,
        processed_with TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL",
    "CREATE UNIQUE INDEX articles_hash ON articles(content_hash)",
    "CREATE INDEX articles_published ON articles(published)",
    """CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID""",
    """CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (article_id, n)
    ) WITHOUT ROWID""",
    # Who said what in an article (newsline.text.quotes), found once when it is stored.
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL, speaker TEXT, speaker_title TEXT, text TEXT NOT NULL,
        kind TEXT NOT NULL, cue TEXT, sentence_index INTEGER,
        PRIMARY KEY (article_id, n)
    ) WITHOUT ROWID""",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text,"
    " tokenize = 'unicode61 remove_diacritics 2')",
    # A story is a saved query; `timeline` is its last computed `newsline.timeline/1` JSON.
    """CREATE TABLE stories (
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        start TEXT,
        "end" TEXT,
        sources TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT,
        signature TEXT,
        timeline TEXT
    )""",
    # Every event a story has shown, with the time it first appeared (for "new" badges).
    """CREATE TABLE story_events (
        story TEXT NOT NULL REFERENCES stories(name) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        date TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (story, event_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        etag TEXT,
        modified TEXT,
        added_at TEXT NOT NULL,
        last_polled TEXT,
        last_ok TEXT,
        last_error TEXT,
        n_failures INTEGER NOT NULL DEFAULT 0
    )""",
    # Every entry a feed has shown, kept even when the feed drops it or it was rejected.
    """CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,
        title TEXT,
        link TEXT,
        published TEXT,
        entry TEXT NOT NULL,
        article_id TEXT,
        status TEXT NOT NULL,
        reason TEXT,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (feed_id, entry_key)
    ) WITHOUT ROWID""",
)


class NotAStoreError(Exception):
    """The file exists but is not a newsline store (another database, or not SQLite)."""


def create(conn: sqlite3.Connection) -> None:
    """Create every table of an empty database and stamp it as a newsline store."""
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        if _tables(conn):  # another process created it while we waited
            return
        for statement in DDL:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("application", APP_ID), ("schema_version", str(SCHEMA_VERSION))],
        )


def check(conn: sqlite3.Connection, label: str) -> None:
    """Raise NotAStoreError unless the database is a newsline store this version can read."""
    tables = _tables(conn)
    if "meta" not in tables:
        raise NotAStoreError(f"{label} is an SQLite database but not a newsline store")
    rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if rows.get("application") != APP_ID:
        raise NotAStoreError(f"{label} is an SQLite database but not a newsline store")
    version = rows.get("schema_version", "?")
    if version != str(SCHEMA_VERSION):
        raise NotAStoreError(
            f"{label} is a newsline store of schema version {version}; "
            f"this newsline reads version {SCHEMA_VERSION}"
        )


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {r[0] for r in rows}
