"""Map loosely named JSON/CSV record fields onto Article fields (aliases, nesting, lists)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..records import Article, Rejection
from .dates import parse_metadata_date
from .html import NO_BODY, extract_page
from .ids import article_id
from .textutil import has_usable_text, html_fragment_to_text, looks_like_html_fragment, tidy_text

# Aliases per field, best first; keys are compared after `norm_key` (lowercase, alnum only).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "articleid", "docid", "uuid", "guid"),
    "url": ("url", "link", "href", "canonical", "canonicalurl", "permalink", "articleurl"),
    "title": ("title", "headline", "name"),
    "source": (
        "source", "outlet", "site", "sitename", "publisher", "sourcename", "domain",
        "sourcedomain", "feed",
    ),
    "published": (
        "published", "date", "publishedat", "pubdate", "publicationdate", "datepublished",
        "publishdate", "datetime", "time", "createdat", "timestamp", "seendate", "created",
    ),
    "author": ("author", "byline", "authors", "creator", "writer", "by"),
    "text": (
        "text", "content", "body", "article", "articletext", "maintext", "story", "fulltext",
        "bodytext", "articlebody", "plaintext", "description",
    ),
    "html": ("html", "rawhtml", "contenthtml", "bodyhtml", "pagehtml"),
}  # fmt: skip


def norm_key(key: object) -> str:
    """Normalize a field name: 'publishedAt', 'published_at', 'Published At' → 'publishedat'."""
    return re.sub(r"[^0-9a-z_]", "", str(key).lower()).replace("_", "") or str(key).lower()


def has_text_field(columns: Iterable[object]) -> bool:
    """True when some column name is a text or html alias."""
    keys = {norm_key(c) for c in columns}
    return any(k in keys for k in ALIASES["text"] + ALIASES["html"])


def _present(value: object) -> bool:
    """False for None, empty strings/containers."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict | tuple):
        return bool(value)
    return True


def _pick(record: Mapping[str, object], field: str) -> object:
    """The first present value among a field's aliases."""
    for alias in ALIASES[field]:
        if alias in record and _present(record[alias]):
            return record[alias]
    return None


def _name_of(value: object) -> str | None:
    """A display string from a str, number, {"name": ...} object or list of them."""
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        for key in ("name", "title", "displayname", "fullname", "domain", "id"):
            for k, v in value.items():
                if norm_key(k) == key and _name_of(v):
                    return _name_of(v)
        return None
    if isinstance(value, list | tuple):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _text_of(value: object) -> str | None:
    """Text from a string or a list of paragraph strings."""
    if isinstance(value, list | tuple):
        parts = [v.strip() for v in value if isinstance(v, str) and v.strip()]
        value = "\n\n".join(parts)
    if not isinstance(value, str) or not value.strip():
        return None
    if looks_like_html_fragment(value):
        value = html_fragment_to_text(value)
    return tidy_text(value)


def _url_of(value: object) -> str | None:
    """A URL string, or None."""
    text = _name_of(value)
    return text.split(",")[0].strip() if text else None


def record_to_article(
    record: Mapping[object, object], path: str | None, label: str, index: int
) -> Article | Rejection:
    """Build an Article from one JSON object / CSV row, or a Rejection when it has no text."""
    rec = {}
    for key, value in record.items():
        if key is not None:
            rec.setdefault(norm_key(key), value)
    url = _url_of(_pick(rec, "url"))
    title = _name_of(_pick(rec, "title"))
    source = _name_of(_pick(rec, "source"))
    author = _name_of(_pick(rec, "author"))
    published = parse_metadata_date(_pick(rec, "published"))
    published_from = "metadata" if published else "none"
    text = _text_of(_pick(rec, "text")) or ""
    if not has_usable_text(text):
        html = _pick(rec, "html")
        if not isinstance(html, str):
            return Rejection(label, "no usable text")
        page = extract_page(html)
        if page is None:
            return Rejection(label, NO_BODY)
        text = page.text
        url, title = url or page.url, title or page.title
        source, author = source or page.source, author or page.author
        if published is None and page.published:
            published, published_from = page.published, "html"
    return Article(
        id=article_id(_pick(rec, "id"), url, path, index, text),
        text=text,
        path=path,
        url=url,
        title=title,
        source=source,
        author=author,
        published=published,
        published_from=published_from,
    )
