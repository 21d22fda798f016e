"""Open a newsline store: one SQLite file in WAL mode with a busy timeout, checked on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import schema

BUSY_TIMEOUT_MS = 30_000  # a second writer waits this long for the first before giving up


class StoreError(Exception):
    """A store problem the user can act on (missing file, not a store, locked, unwritable)."""


class StoreBusy(StoreError):
    """Another process held the store's write lock for longer than the busy timeout."""


class Store:
    """An open newsline store: the connection plus the file it came from."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def close(self) -> None:
        """Close the connection (idempotent)."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or (on error or kill) none of it."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreBusy(f"{self.path}: cannot start a write: {exc}") from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")


def open_store(path: str | Path, create: bool = False) -> Store:
    """Open (or with `create`, create) the store at `path`; StoreError with a clear reason."""
    path = Path(path)
    label = str(path)
    if path.is_dir():
        raise StoreError(f"{label} is a directory, not a newsline store file")
    if not path.exists():
        if not create:
            raise StoreError(
                f"no such store: {label} (create one with `newsline add --store {label} FILES`)"
            )
        if not path.parent.exists():
            raise StoreError(f"cannot create {label}: no such directory {path.parent}")
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {label}: {exc}") from None
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        is_empty = not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        if is_empty and not create:
            raise schema.NotAStoreError(f"{label} is an empty file, not a newsline store")
        if not is_empty:
            schema.check(conn, label)  # before any change to a file that may not be ours
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if is_empty:
            schema.create(conn)
            schema.check(conn, label)
    except schema.NotAStoreError as exc:
        conn.close()
        raise StoreError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = str(exc)
        if "not a database" in message or "malformed" in message:
            raise StoreError(f"{label} is not a newsline store (not an SQLite database)") from None
        raise StoreError(f"cannot open {label}: {message}") from None
    return Store(conn, path)
