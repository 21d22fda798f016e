"""newsline.store: one SQLite file holding articles, stories, feeds and their timelines.

Standard-library sqlite3 in WAL mode with a busy timeout, so a reader never blocks a
writer and a second writer waits its turn. Every article is written in one
transaction; stories keep their last timeline and when each event first appeared.
"""

from __future__ import annotations

from .articles import count_articles, get_article, load_articles, search
from .connection import Store, StoreError, open_store
from .ingest import AddResult, add_items, reindex
from .stories import (
    Story,
    StoryUpdate,
    UnknownStory,
    add_story,
    get_story,
    list_stories,
    refresh,
    refresh_all,
    story_timeline,
)

__all__ = [
    "AddResult",
    "Store",
    "StoreError",
    "Story",
    "StoryUpdate",
    "UnknownStory",
    "add_items",
    "add_story",
    "count_articles",
    "get_article",
    "get_story",
    "list_stories",
    "load_articles",
    "open_store",
    "refresh",
    "refresh_all",
    "reindex",
    "search",
    "story_timeline",
]
