"""The timeline as Knight Lab TimelineJS JSON, to drop into a TimelineJS embed.

TimelineJS renders `text.headline` and `text.text` as HTML, so every piece of
article text is HTML-escaped here and only http(s) URLs become links.
"""

from __future__ import annotations

import html
import json

from newsline.records import Article, Event, Timeline

from . import common


def _date(value: str) -> dict[str, str] | None:
    parsed = common.parse_event_date(value)
    if parsed is None:
        return None
    year, month, day = parsed
    out = {"year": str(year)}
    if month is not None:
        out["month"] = str(month)
    if day is not None:
        out["day"] = str(day)
    return out


def _cite(article: Article | None, article_id: str) -> str:
    name = html.escape(common.outlet(article, fallback=article_id))
    url = common.safe_url(article.url) if article else None
    if url:
        return f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{name}</a>'
    return name


def _event(e: Event, by_id: dict[str, Article]) -> dict | None:
    start = _date(str(e.date))
    if start is None:
        return None
    sentences = [
        f"<p>{html.escape(common.one_line(s.text))}"
        f" ({_cite(by_id.get(s.article_id), s.article_id)})</p>"
        for s in e.summary
    ]
    outlets = common.event_outlets(e, by_id)
    return {
        "start_date": start,
        "text": {"headline": html.escape(common.one_line(e.headline)), "text": "".join(sentences)},
        "group": outlets[0] if outlets else "",
        "unique_id": f"event-{e.id}",
    }


def timeline_to_timelinejs(t: Timeline) -> dict:
    """A TimelineJS document: a title slide and one event per dated event."""
    by_id = {a.id: a for a in t.articles}
    events = [ev for e in common.sorted_events(t) if (ev := _event(e, by_id)) is not None]
    headline = f"Timeline: {t.query}" if t.query else "Timeline"
    blurb = (
        f"{common.plural(len(events), 'event')} from {common.plural(len(t.articles), 'article')}"
        f", {common.plural(common.n_sources(t), 'source')}. Made with newsline."
    )
    return {
        "title": {
            "text": {"headline": html.escape(headline), "text": f"<p>{html.escape(blurb)}</p>"}
        },
        "events": events,
    }


def to_timelinejs(t: Timeline) -> str:
    """TimelineJS JSON as pretty-printed UTF-8 with a trailing newline."""
    return json.dumps(timeline_to_timelinejs(t), indent=2, ensure_ascii=False) + "\n"
