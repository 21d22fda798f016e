"""Plain-dict views of store records for the web app's templates (all text left unescaped:
the templates autoescape it)."""

from __future__ import annotations

import re
from urllib.parse import quote

from newsline.records import Article
from newsline.render import common
from newsline.render.html import PUBLISHED_FROM_LABELS
from newsline.store import Story
from newsline.store.articles import snippet_parts

# A quotation: straight or curly double quotes, within one paragraph.
_QUOTE = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"")


def story_href(name: str) -> str:
    return "/stories/" + quote(name, safe="")


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def article_segments(article: Article) -> list[dict]:
    """The clean text cut where time expressions and quotations start and end.

    Each piece says whether it is inside a quotation and which TIMEX3 value (if any)
    covers it, so the template can mark both without ever emitting article markup.
    """
    text = article.text
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    timexes = [
        (t.start, t.end, t.value, t.type)
        for t in article.timexes
        if 0 <= t.start < t.end <= len(text)
    ]
    cuts = {0, len(text)}
    for start, end in quotes:
        cuts.update((start, end))
    for start, end, _, _ in timexes:
        cuts.update((start, end))
    bounds = sorted(cuts)
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start == end:
            continue
        timex = next((t for t in timexes if t[0] <= start and end <= t[1]), None)
        pieces.append(
            {
                "text": text[start:end],
                "quote": any(q0 <= start and end <= q1 for q0, q1 in quotes),
                "timex": timex[2] if timex else None,
                "timex_type": timex[3] if timex else None,
            }
        )
    return pieces


def article_page(article: Article, quotes: list[dict] | None = None) -> dict:
    """Everything the article page shows (`quotes`: the stored quotes with speakers)."""
    published = common.iso_day(article.published)
    return {
        "id": article.id,
        "title": common.title(article),
        "outlet": common.outlet(article),
        "author": article.author,
        "url": article.url or "",
        "href": common.safe_url(article.url),
        "published": published,
        "published_label": common.short_date(published) if published else None,
        "published_from_label": PUBLISHED_FROM_LABELS.get(
            article.published_from, article.published_from
        ),
        "published_note": article.published_note,
        "segments": article_segments(article),
        "timexes": [{"text": t.text, "type": t.type, "value": t.value} for t in article.timexes],
        "n_quotes": len(_QUOTE.findall(article.text)),
        "quotes": [common.quote_view(q, unnamed="Unattributed") for q in quotes or []],
        "removed": list(article.removed),
        "n_sentences": article.n_sentences,
    }


def story_card(story: Story, n_new: int) -> dict:
    """One story in the stories list: counts, span, latest event."""
    timeline = story.timeline or {}
    events = sorted(timeline.get("events", []), key=lambda e: str(e.get("date")))
    latest = events[-1] if events else None
    span = common.date_range(events[0]["date"], events[-1]["date"]) if events else None
    return {
        "name": story.name,
        "href": story_href(story.name),
        "query": story.query,
        "n_events": len(events),
        "n_articles": len(timeline.get("articles", [])),
        "n_new": n_new,
        "span": span,
        "updated_label": common.generated_label(story.updated_at) if story.updated_at else None,
        "latest": {
            "date_label": common.date_label(str(latest["date"])),
            "headline": common.one_line(latest.get("headline")),
        }
        if latest
        else None,
    }


def search_result(row: dict) -> dict:
    """A search hit with its snippet as (text, is_match) pieces."""
    published = common.iso_day(row.get("published"))
    return {
        "href": article_href(row["id"]),
        "title": (row.get("title") or "").strip() or "(untitled)",
        "outlet": (row.get("source") or "").strip()
        or common.host(row.get("url"))
        or "Unknown outlet",
        "published_label": common.short_date(published) if published else None,
        "snippet": snippet_parts(row.get("snippet") or ""),
    }
