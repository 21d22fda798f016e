"""Feeds in the store: subscribe, poll (conditional fetch, new entries only), record failures.

Every entry a feed has ever shown is kept in `feed_items` with what became of it (added,
a repeat of a stored article, or rejected and why), so an item is never lost when the
feed later drops it, and an entry is only processed the first time it is seen.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from newsline.ingest.feeds import (
    TIMEOUT,
    FeedEntry,
    FeedError,
    entry_article,
    fetch,
    normalize_location,
    parse,
)
from newsline.records import Article, Rejection

from .articles import find_existing, now
from .connection import Store
from .ingest import OnItem, add_items


@dataclass
class PollResult:
    """What one poll of one feed did."""

    feed_id: int
    url: str
    status: str  # "ok" | "unchanged" | "failed"
    error: str | None = None
    warning: str | None = None  # read, but the document was malformed
    n_entries: int = 0
    added: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    n_seen: int = 0  # entries already handled on an earlier poll


def add_feed(store: Store, location: str) -> tuple[int, bool]:
    """Subscribe to a feed; (its id, True if it was new)."""
    url = normalize_location(location)
    with store.write() as conn:
        row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row:
            return int(row[0]), False
        cur = conn.execute("INSERT INTO feeds (url, added_at) VALUES (?, ?)", (url, now()))
        return int(cur.lastrowid), True


def list_feeds(conn: sqlite3.Connection) -> list[dict]:
    """Every feed with its state and how many items it has shown."""
    rows = conn.execute(
        "SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id) AS n_items"
        " FROM feeds f ORDER BY f.id"
    )
    return [dict(r) for r in rows]


def poll_all(
    store: Store,
    timeout: float = TIMEOUT,
    today: date | None = None,
    on_item: OnItem | None = None,
    only: int | None = None,
) -> list[PollResult]:
    """Poll every feed (or the feed `only`); a failing feed never stops the others."""
    feeds = list_feeds(store.conn)
    return [poll_feed(store, f, timeout, today, on_item) for f in feeds if only in (None, f["id"])]


def poll_feed(
    store: Store,
    feed: dict,
    timeout: float = TIMEOUT,
    today: date | None = None,
    on_item: OnItem | None = None,
) -> PollResult:
    """Fetch one feed, store its new entries, and record success or the failure."""
    result = PollResult(feed["id"], feed["url"], "ok")
    try:
        fetched = fetch(feed["url"], feed["etag"], feed["modified"], timeout)
        if fetched.body is None:
            result.status = "unchanged"
            _record_ok(
                store, feed, fetched.etag, fetched.modified, feed["title"], feed["last_error"]
            )
            return result
        parsed = parse(fetched.body, fetched.content_type)
    except FeedError as exc:
        result.status, result.error = "failed", str(exc)
        with store.write() as conn:
            conn.execute(
                "UPDATE feeds SET last_polled = ?, last_error = ?, n_failures = n_failures + 1"
                " WHERE id = ?",
                (now(), result.error, feed["id"]),
            )
        return result
    result.n_entries = len(parsed.entries)
    result.warning = parsed.warning
    for entry in parsed.entries:
        _take_entry(store, feed, parsed.title, entry, result, today, on_item)
    _record_ok(store, feed, fetched.etag, fetched.modified, parsed.title, parsed.warning)
    return result


def _record_ok(
    store: Store,
    feed: dict,
    etag: str | None,
    modified: str | None,
    title: str | None,
    warning: str | None = None,
) -> None:
    """A successful poll: new validators, no failures; a warning is kept as the last error."""
    stamp = now()
    with store.write() as conn:
        conn.execute(
            "UPDATE feeds SET etag = ?, modified = ?, title = coalesce(?, title), last_polled = ?,"
            " last_ok = ?, last_error = ?, n_failures = 0 WHERE id = ?",
            (etag, modified, title, stamp, stamp, warning, feed["id"]),
        )


def _take_entry(
    store: Store,
    feed: dict,
    title: str | None,
    entry: FeedEntry,
    result: PollResult,
    today: date | None,
    on_item: OnItem | None,
) -> None:
    """Store one entry the first time it is seen; later polls only count it."""
    seen = store.conn.execute(
        "SELECT 1 FROM feed_items WHERE feed_id = ? AND entry_key = ?", (feed["id"], entry.key)
    ).fetchone()
    if seen:
        result.n_seen += 1
        return
    article = entry_article(entry, title, feed["url"])
    status, reason, article_id = "rejected", None, None
    if isinstance(article, Rejection):
        reason = article.reason
        result.rejected.append(article)
        if on_item is not None:
            on_item("rejected", article)
    else:
        added = add_items(store, [article], today=today, on_item=on_item, feed_id=feed["id"])
        if added.added:
            status, article_id = "added", added.added[0].id
            result.added.extend(added.added)
        elif added.repeats:
            status, reason = "repeat", added.repeats[0].reason
            article_id = find_existing(store.conn, article)
        else:
            reason = added.rejected[0].reason if added.rejected else "not stored"
            result.rejected.extend(added.rejected)
    record = {
        "title": entry.title,
        "link": entry.link,
        "published": entry.published.isoformat() if entry.published else None,
        "text": entry.text,
        "full_text": entry.full_text,
        "author": entry.author,
    }
    with store.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO feed_items (feed_id, entry_key, title, link, published, entry,"
            " article_id, status, reason, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                feed["id"],
                entry.key,
                entry.title,
                entry.link,
                record["published"],
                json.dumps(record, ensure_ascii=False),
                article_id,
                status,
                reason,
                now(),
            ),
        )
