"""Articles in the store: write one (with its sentences, time expressions and search row),
read them back as `Article` records, and full-text search with FTS5."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from datetime import UTC, date, datetime

from newsline import __version__
from newsline.records import Article, Sentence, TimeExpression

log = logging.getLogger("newsline.store")
_SNIPPET_OPEN, _SNIPPET_CLOSE = "\x02", "\x03"


def now() -> str:
    """The current UTC time as ISO 8601 seconds, the store's timestamp format."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def content_hash(text: str) -> str:
    """A hash of the article text with whitespace runs collapsed: a re-posted copy matches."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def find_existing(conn: sqlite3.Connection, raw: Article) -> str | None:
    """The id of the stored article that `raw` repeats (same id, URL or text), else None."""
    row = conn.execute(
        "SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)"
        " OR content_hash = ? LIMIT 1",
        (raw.id, raw.url, content_hash(raw.text)),
    ).fetchone()
    return row[0] if row else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


# The columns that processing fills, in table order (`reindex` rewrites exactly these).
PROCESSED_COLUMNS = (
    "title", "source", "author", "published", "published_from", "published_confidence",
    "published_note", "language", "text", "removed", "n_sentences", "n_timexes",
)  # fmt: skip


def _processed(article: Article) -> tuple:
    """Values for PROCESSED_COLUMNS."""
    return (
        article.title,
        article.source,
        article.author,
        _day(article.published),
        article.published_from,
        article.published_confidence,
        article.published_note,
        article.language,
        article.text,
        json.dumps(article.removed, ensure_ascii=False),
        len(article.sentences),
        len(article.timexes),
    )


def insert_article(
    conn: sqlite3.Connection, raw: Article, article: Article, feed_id: int | None = None
) -> None:
    """Write a processed article with its raw text, sentences, time expressions and FTS row.

    Call inside a write transaction; the caller has checked it is not stored yet.
    """
    conn.execute(
        f"INSERT INTO articles (id, url, content_hash, path, {', '.join(PROCESSED_COLUMNS)},"
        " raw_text, raw_published, raw_published_from, feed_id, added_at, processed_with)"
        f" VALUES ({', '.join('?' * (len(PROCESSED_COLUMNS) + 10))})",
        (
            article.id,
            article.url,
            content_hash(raw.text),
            article.path,
            *_processed(article),
            raw.text,
            _day(raw.published),
            raw.published_from,
            feed_id,
            now(),
            __version__,
        ),
    )
    _insert_parts(conn, article)


def replace_processed(conn: sqlite3.Connection, article: Article) -> None:
    """Overwrite the processed fields of a stored article (used by `reindex`)."""
    conn.execute("DELETE FROM sentences WHERE article_id = ?", (article.id,))
    conn.execute("DELETE FROM timexes WHERE article_id = ?", (article.id,))
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article.id,))
    conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article.id,))
    conn.execute(
        f"UPDATE articles SET {', '.join(f'{c} = ?' for c in PROCESSED_COLUMNS)},"
        " processed_with = ? WHERE id = ?",
        (
            *_processed(article),
            __version__,
            article.id,
        ),
    )
    _insert_parts(conn, article)


def _insert_parts(conn: sqlite3.Connection, article: Article) -> None:
    conn.executemany(
        'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(article.id, s.index, s.start, s.end, s.text) for s in article.sentences],
    )
    conn.executemany(
        'INSERT INTO timexes (article_id, n, start, "end", text, type, value)'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article.id, n, t.start, t.end, t.text, t.type, t.value)
            for n, t in enumerate(article.timexes)
        ],
    )
    conn.executemany(
        "INSERT INTO quotes (article_id, n, speaker, speaker_title, text, kind, cue,"
        " sentence_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article.id, n, q.get("speaker"), q.get("speaker_title"), str(q.get("text") or ""),
             str(q.get("kind") or "direct"), q.get("cue"), q.get("sentence_index"))
            for n, q in enumerate(article_quotes(article))
        ],
    )  # fmt: skip
    conn.execute(
        "INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
        (article.id, article.title or "", article.text),
    )


def article_quotes(article: Article) -> list[dict]:
    """The article's quotes with speakers; none (and a log line) if the extractor fails.

    Quotes enrich an article; a bug in finding them must not keep the article out.
    """
    try:
        from newsline.text.quotes import extract_quotes

        return [q.to_dict() for q in extract_quotes(article)]
    except Exception as exc:  # noqa: BLE001 - optional enrichment
        log.warning("quotes of article %s not found: %s: %s", article.id, type(exc).__name__, exc)
        return []


def stored_quotes(conn: sqlite3.Connection, article_id: str) -> list[dict]:
    """The stored quotes of one article, in text order."""
    rows = conn.execute(
        "SELECT speaker, speaker_title, text, kind, cue, sentence_index FROM quotes"
        " WHERE article_id = ? ORDER BY n",
        (article_id,),
    )
    return [dict(r) for r in rows]


def raw_article(row: sqlite3.Row) -> Article:
    """The article as the reader gave it, rebuilt from a stored row (for re-processing)."""
    return Article(
        id=row["id"],
        text=row["raw_text"],
        path=row["path"],
        url=row["url"],
        title=row["title"],
        source=row["source"],
        author=row["author"],
        published=date.fromisoformat(row["raw_published"]) if row["raw_published"] else None,
        published_from=row["raw_published_from"],
    )


def _article(row: sqlite3.Row, sentences: list[Sentence], timexes: list[TimeExpression]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        path=row["path"],
        url=row["url"],
        title=row["title"],
        source=row["source"],
        author=row["author"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_from=row["published_from"],
        published_confidence=row["published_confidence"],
        published_note=row["published_note"],
        language=row["language"],
        removed=json.loads(row["removed"]),
        sentences=sentences,
        timexes=timexes,
    )


def load_articles(conn: sqlite3.Connection, ids: list[str] | None = None) -> list[Article]:
    """Stored articles (all, or these ids) with sentences and time expressions, oldest first."""
    if ids is None:
        rows = conn.execute("SELECT * FROM articles ORDER BY published, id").fetchall()
    else:
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk).fetchall()
        rows.sort(key=lambda r: (r["published"] or "9999", r["id"]))
    out = []
    for row in rows:
        sentences = [
            Sentence(r[0], r[1], r[2], r[3])
            for r in conn.execute(
                'SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx',
                (row["id"],),
            )
        ]
        timexes = [
            TimeExpression(*r)
            for r in conn.execute(
                'SELECT start, "end", text, type, value FROM timexes WHERE article_id = ?'
                " ORDER BY n",
                (row["id"],),
            )
        ]
        out.append(_article(row, sentences, timexes))
    return out


def get_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """One stored article, or None."""
    found = load_articles(conn, [article_id])
    return found[0] if found else None


def article_texts(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """id, title, source and text of every article: enough to choose a story's articles."""
    return conn.execute("SELECT id, title, source, published, text FROM articles").fetchall()


def count_articles(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression from a user's search box: every word (or "phrase") must
    occur; a trailing * keeps prefix search. None when nothing searchable is left."""
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        if phrase:
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for w in re.findall(r"\w+", word):
            parts.append(f'"{w}"')
        if prefix and parts:
            parts[-1] += "*"
    return " ".join(parts) if parts else None


def search(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[dict]:
    """Articles matching a search, best first, each with a snippet whose matches are marked.

    The snippet is plain text with \\x02 / \\x03 around matches; escape it before rendering.
    """
    match = fts_query(text)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT a.id, a.title, a.source, a.url, a.published,"
        f" snippet(articles_fts, 2, '{_SNIPPET_OPEN}', '{_SNIPPET_CLOSE}', '…', 24) AS snippet"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id"
        " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 0, 5.0, 1.0) LIMIT ?",
        (match, limit),
    ).fetchall()
    return [dict(r) for r in rows]


def strip_marks(snippet: str) -> str:
    """A search snippet without its match markers (for the JSON API)."""
    return snippet.replace(_SNIPPET_OPEN, "").replace(_SNIPPET_CLOSE, "")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, so a template can escape each and mark matches."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{_SNIPPET_OPEN}{_SNIPPET_CLOSE}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
