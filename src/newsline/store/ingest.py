"""Put read articles into the store: skip repeats, process the rest, one transaction each.

One transaction per article means a killed `newsline add` leaves every article either
fully stored (row, sentences, time expressions, search entry) or absent, and a re-run
picks up where it stopped because stored articles are skipped as repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from newsline.pipeline import process_article, settle_dateline_years
from newsline.records import Article, Rejection

from .articles import find_existing, insert_article, raw_article, replace_processed
from .connection import Store

BATCH = 16  # articles processed together (datelines without a year are settled per batch)

OnItem = Callable[[str, Article | Rejection], None]  # ("added" | "repeat" | "rejected", item)


@dataclass
class AddResult:
    """What an add did: articles stored, repeats skipped, inputs rejected and why."""

    added: list[Article] = field(default_factory=list)
    repeats: list[Rejection] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def add_items(
    store: Store,
    items: Iterable[Article | Rejection],
    today: date | None = None,
    on_item: OnItem | None = None,
    feed_id: int | None = None,
) -> AddResult:
    """Store every new article among `items`; never raises for bad input."""
    result = AddResult()

    def note(kind: str, item: Article | Rejection) -> None:
        {"added": result.added, "repeat": result.repeats, "rejected": result.rejected}[kind].append(
            item
        )
        if on_item is not None:
            on_item(kind, item)

    batch: list[tuple[Article, Article]] = []
    for item in items:
        if isinstance(item, Rejection):
            note("rejected", item)
            continue
        existing = find_existing(store.conn, item)
        if existing is not None:
            note("repeat", _repeat(item, existing))
            continue
        processed = process_article(item, today)
        if isinstance(processed, Rejection):
            note("rejected", processed)
            continue
        batch.append((item, processed))
        if len(batch) >= BATCH:
            _write(store, batch, note, feed_id)
            batch = []
    _write(store, batch, note, feed_id)
    return result


def _repeat(item: Article, existing: str) -> Rejection:
    label = item.path or item.url or item.id
    return Rejection(label, f"already in the store as article {existing}")


def _write(
    store: Store,
    batch: list[tuple[Article, Article]],
    note: Callable[[str, Article | Rejection], None],
    feed_id: int | None,
) -> None:
    """Write a processed batch, one transaction per article (a repeat inside it is skipped)."""
    if not batch:
        return
    settled = settle_dateline_years([processed for _, processed in batch])
    for (raw, _), article in zip(batch, settled, strict=True):
        with store.write() as conn:
            existing = find_existing(conn, raw)  # another writer may have stored it meanwhile
            if existing is None:
                insert_article(conn, raw, article, feed_id)
        if existing is None:
            note("added", article)
        else:
            note("repeat", _repeat(raw, existing))


def reindex(
    store: Store, today: date | None = None, on_item: OnItem | None = None
) -> tuple[int, list[Rejection]]:
    """Re-process every stored article from its raw text (after an upgrade of newsline).

    An article the new version would reject keeps its old processing and is reported.
    """
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    done, kept = 0, []
    for article_id in ids:
        row = store.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            continue
        processed = process_article(raw_article(row), today)
        if isinstance(processed, Rejection):
            kept.append(Rejection(article_id, f"kept old processing: {processed.reason}"))
            if on_item is not None:
                on_item("rejected", kept[-1])
            continue
        with store.write() as conn:
            replace_processed(conn, processed)
        done += 1
        if on_item is not None:
            on_item("added", processed)
    return done, kept
