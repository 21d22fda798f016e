"""Read plain text copied from a web page, taking leading 'Key: value' lines as metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..records import Article, Rejection
from .dates import parse_header_date
from .ids import article_id
from .sniff import decode
from .textutil import has_usable_text, tidy_text

# Header key → Article field. Longer keys first so "publication date" wins over "date".
HEADER_KEYS: dict[str, str] = {
    "publication date": "published", "published on": "published", "published": "published",
    "pubdate": "published", "pub date": "published", "posted on": "published",
    "posted": "published", "date": "published", "updated": "updated",
    "last updated": "updated", "headline": "title", "title": "title", "url": "url",
    "link": "url", "source": "source", "outlet": "source", "publisher": "source",
    "author": "author", "byline": "author", "by": "author",
}  # fmt: skip
_DATE_FIELDS = {"published", "updated"}
_WEAK_FIELDS = {"title", "source", "author"}  # need a colon, or company in a header block
_KEYS = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(HEADER_KEYS, key=len)[::-1])
_HEADER = re.compile(
    rf"^\s*(?:[-*>]\s+)?[*_]*(?P<key>{_KEYS})(?![\w-])[*_]*\s*(?P<colon>[:=]|\s[-–—]\s)?[*_]*"
    rf"\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_MAX_WEAK_WORDS = 12


@dataclass
class Header:
    """One candidate header line: field, value, and how sure we are it is a header."""

    field: str
    value: str
    strong: bool  # valid by itself (parsed date, URL, or explicit colon)
    published: date | None = None


@dataclass
class TextMeta:
    """Metadata read from a text file's header block."""

    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: date | None = None
    consumed: int = 0  # number of lines the header block used


def parse_header_line(line: str) -> Header | None:
    """Classify one line as a metadata header, or None when it is prose."""
    match = _HEADER.match(line)
    if not match or not match.group("value"):
        return None
    key = " ".join(match.group("key").lower().split())
    name = HEADER_KEYS[key]
    value = match.group("value").strip().strip("*_").strip()
    has_colon = match.group("colon") is not None
    if not value:
        return None
    if name in _DATE_FIELDS:
        is_date, day = parse_header_date(value)
        return Header(name, value, True, day) if is_date else None
    if name == "url":
        return Header(name, value, True) if _URL.match(value) else None
    if has_colon:
        return Header(name, value, True)
    words = value.split()
    if len(words) > _MAX_WEAK_WORDS or value.endswith((".", "!", "?")):
        return None
    return Header(name, value, False)


def split_header(lines: list[str]) -> TextMeta:
    """Read the leading header block of `lines` (stops at the first non-header line)."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    headers: list[Header] = []
    end = start
    while end < len(lines):
        header = parse_header_line(lines[end])
        if header is None:
            break
        headers.append(header)
        end += 1
    strong = sum(1 for h in headers if h.strong)
    if not headers or strong == 0 or (len(headers) == 1 and not headers[0].strong):
        return TextMeta()
    while end < len(lines) and not lines[end].strip():
        end += 1
    meta = TextMeta(consumed=end)
    updated: date | None = None
    for header in headers:
        if header.field == "published" and meta.published is None:
            meta.published = header.published
        elif header.field == "updated" and updated is None:
            updated = header.published
        elif header.field in ("title", "url", "source", "author"):
            if getattr(meta, header.field) is None:
                setattr(meta, header.field, header.value)
    if meta.published is None:
        meta.published = updated
    return meta


def read_txt(
    data: str | bytes, path: str | None, label: str | None = None
) -> Iterator[Article | Rejection]:
    """Yield one Article for a text file, with header metadata split off the text."""
    label = label or path or "<stdin>"
    text = decode(data) if isinstance(data, bytes) else data
    if text is None:
        yield Rejection(label, "cannot decode as text")
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta = split_header(lines)
    body = tidy_text("\n".join(lines[meta.consumed :]))
    if not has_usable_text(body):
        yield Rejection(label, "no usable text")
        return
    yield Article(
        id=article_id(None, meta.url, path, 0, body),
        text=body,
        path=path,
        url=meta.url,
        title=meta.title,
        source=meta.source,
        author=meta.author,
        published=meta.published,
        published_from="header" if meta.published else "none",
    )
