"""Read a saved web page: main text and metadata via trafilatura, date via htmldate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..records import Article, Rejection
from .dates import parse_metadata_date
from .ids import article_id
from .sniff import decode
from .textutil import lines_to_paragraphs, prose_word_count

MIN_BODY_WORDS = 20
NO_BODY = "HTML page has no article body"


@dataclass
class PageContent:
    """What a page yields: main text plus whatever metadata the page declares."""

    text: str
    title: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None


def _clean(value: object) -> str | None:
    """Strip a metadata string; empty becomes None."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def find_published(html: str) -> date | None:
    """The page's original publication date per htmldate (offline: a string, never a URL)."""
    import htmldate

    try:
        found = htmldate.find_date(
            html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # htmldate can trip on odd markup; a missing date is fine
        return None
    return parse_metadata_date(found) if found else None


def extract_page(html: str) -> PageContent | None:
    """Run trafilatura on page markup; None when it finds no article body worth keeping."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_images=False
        )
    except Exception:  # trafilatura can raise on pathological markup
        return None
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = lines_to_paragraphs(data.get("text") or "")
    # Error and index pages come back as menus and link lists: count only running prose.
    if prose_word_count(text) < MIN_BODY_WORDS:
        return None
    url = _clean(data.get("url"))
    published = find_published(html) or parse_metadata_date(data.get("date"))
    return PageContent(
        text=text,
        title=_clean(data.get("title")),
        author=_clean(data.get("author")),
        source=_clean(data.get("sitename")) or (_clean(data.get("hostname")) if url else None),
        url=url,
        published=published,
        language=_clean(data.get("language")),
    )


def read_html(
    data: str | bytes, path: str | None, label: str | None = None
) -> Iterator[Article | Rejection]:
    """Yield one Article for a saved web page, or a Rejection when it has no article body."""
    label = label or path or "<stdin>"
    html = decode(data, html=True) if isinstance(data, bytes) else data
    if html is None:
        yield Rejection(label, "cannot decode as text")
        return
    page = extract_page(html)
    if page is None:
        yield Rejection(label, NO_BODY)
        return
    yield Article(
        id=article_id(None, page.url, path, 0, page.text),
        text=page.text,
        path=path,
        url=page.url,
        title=page.title,
        source=page.source,
        author=page.author,
        published=page.published,
        published_from="html" if page.published else "none",
        language=page.language,
    )
