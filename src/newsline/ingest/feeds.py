"""RSS and Atom feeds: fetch one (file or http(s) URL, conditional GET) and read its entries.

Fetching uses urllib with a timeout and the feed's last ETag / Last-Modified, so an
unchanged feed costs one small request. Parsing uses feedparser. Every failure (a
timeout, an HTML page instead of a feed, a malformed document) is a `FeedError` with a
one-line reason that the store records against the feed.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax import SAXException

import feedparser

from newsline import __version__

from ..records import Article, Rejection
from .ids import article_id
from .textutil import has_usable_text, html_fragment_to_text, looks_like_html_fragment, tidy_text

TIMEOUT = 20.0  # seconds for one feed request
MAX_BYTES = 20 * 1024 * 1024  # larger than any real feed; stops a runaway download
USER_AGENT = f"newsline/{__version__} (feed reader)"


class FeedError(Exception):
    """A feed could not be fetched or read; the message is one line for the user."""


@dataclass(frozen=True)
class Fetched:
    """A feed document (`body` None when the server said 304 Not Modified)."""

    body: bytes | None
    etag: str | None
    modified: str | None
    content_type: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: its stable key, what the feed said, and the text to keep."""

    key: str
    title: str | None
    link: str | None
    published: date | None
    text: str
    full_text: bool  # False: only the feed's summary (the link has the full story)
    author: str | None


def is_url(location: str) -> bool:
    """True for http(s) addresses; anything else is read as a local file."""
    return urlsplit(location).scheme.lower() in ("http", "https")


def normalize_location(location: str) -> str:
    """A URL as given, a local file as an absolute path (so polls work from any folder)."""
    location = location.strip()
    if is_url(location):
        return location
    if location.startswith("file://"):
        location = location[len("file://") :]
    return str(Path(location).expanduser().resolve())


def fetch(
    location: str,
    etag: str | None = None,
    modified: str | None = None,
    timeout: float = TIMEOUT,
) -> Fetched:
    """The feed's bytes, or `body=None` when unchanged since `etag` / `modified`."""
    if not is_url(location):
        return _fetch_file(location, modified)
    scheme = urlsplit(location).scheme.lower()
    if scheme not in ("http", "https"):
        raise FeedError(f"unsupported address scheme {scheme!r}; give an http(s) URL or a file")
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"}  # fmt: skip
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(location, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FeedError(f"feed is larger than {MAX_BYTES // (1024 * 1024)} MB")
            return Fetched(
                body,
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
                response.headers.get("Content-Type"),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(None, etag, modified)
        raise FeedError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FeedError(f"timed out after {timeout:g} s") from None
        if isinstance(reason, OSError) and reason.strerror:
            reason = reason.strerror
        raise FeedError(f"cannot reach the feed: {reason}") from None
    except TimeoutError:
        raise FeedError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FeedError(f"cannot fetch the feed: {exc}") from None


def _fetch_file(path: str, modified: str | None) -> Fetched:
    """A local feed file; its modification time plays the part of Last-Modified."""
    try:
        stamp = formatdate(os.stat(path).st_mtime, usegmt=True)
        if modified and stamp == modified:
            return Fetched(None, None, modified)
        with open(path, "rb") as handle:
            body = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FeedError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(body) > MAX_BYTES:
        raise FeedError(f"feed is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return Fetched(body, None, stamp)


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    head = body[:2048].lstrip().lower()
    return (content_type or "").lower().startswith("text/html") or head.startswith(
        (b"<!doctype html", b"<html")
    )


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title and entries, and a warning when a malformed document was read anyway."""

    title: str | None
    entries: list[FeedEntry]
    warning: str | None = None


def parse(body: bytes, content_type: str | None = None) -> ParsedFeed:
    """The feed's title and entries; FeedError when the document is not a usable feed.

    A malformed feed whose entries can still be read (a truncated download, a stray
    `&`) is kept with a warning: losing its items would be worse.
    """
    if not body.strip():
        raise FeedError("the feed is empty")
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(body, response_headers=headers)
    problem = " ".join(str(parsed.get("bozo_exception", "")).split()) or "cannot parse"
    malformed = isinstance(parsed.get("bozo_exception"), SAXException)
    if not parsed.entries:
        if _looks_like_html(body, content_type):
            raise FeedError("not a feed: the address returned an HTML page")
        if not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise FeedError("not an RSS or Atom feed: the document is not XML")
        if malformed:
            raise FeedError(f"malformed feed: {problem}")
        if not parsed.get("version"):
            raise FeedError("not an RSS or Atom feed")
    title = tidy_text(str(parsed.feed.get("title") or "")) or None
    entries = [e for e in (_entry(raw) for raw in parsed.entries) if e is not None]
    warning = None
    if malformed:
        warning = f"malformed feed, {len(entries)} entries read anyway: {problem}"
    return ParsedFeed(title, entries, warning)


def _text(value: object) -> str:
    text = str(value or "")
    if looks_like_html_fragment(text):
        text = html_fragment_to_text(text)
    return tidy_text(text)


def _published(raw: dict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = raw.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _entry(raw: dict) -> FeedEntry | None:
    """A FeedEntry from a feedparser entry; None for an entry with nothing in it."""
    title = _text(raw.get("title")) or None
    link = str(raw.get("link") or "").strip() or None
    full = ""
    for content in raw.get("content") or ():
        candidate = _text(content.get("value"))
        if len(candidate) > len(full):
            full = candidate
    summary = _text(raw.get("summary"))
    full_text = has_usable_text(full) and len(full) >= len(summary)
    text = full if full_text else summary
    if not (title or link or text):
        return None
    key = str(raw.get("id") or "").strip() or link
    if not key:
        key = "sha1:" + hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()
    author = _text(raw.get("author")) or None
    return FeedEntry(key, title, link, _published(raw), text, full_text, author)


def entry_article(entry: FeedEntry, feed_title: str | None, location: str) -> Article | Rejection:
    """The article a feed entry stands for: its full text, or its summary and link."""
    label = f"{location} [{entry.title or entry.key}]"
    if not has_usable_text(entry.text):
        return Rejection(label, "feed entry has no text or summary")
    return Article(
        id=article_id(None, entry.link, location, 0, entry.text),
        text=entry.text,
        path=None,
        url=entry.link,
        title=entry.title,
        source=feed_title,
        author=entry.author,
        published=entry.published,
        published_from="metadata" if entry.published else "none",
    )
