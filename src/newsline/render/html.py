"""The timeline as one self-contained HTML page, from autoescaped Jinja2 templates.

Templates live in `render/templates/` and need nothing but the plain context built by
`timeline_context` (no custom filters), so a web app can render them with its own
Jinja2 environment (e.g. FastAPI's `Jinja2Templates(directory=TEMPLATES_DIR)`):

- `base.html`      page layout and the inline CSS; blocks `title`, `header`, `content`, `scripts`
- `timeline.html`  the report page (extends base)
- `_event.html`    one event (`event` in the context); `_macros.html` the source link
- `_sources.html`  the table of all articles; `_rejected.html` the rejected inputs
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from newsline import __version__
from newsline.records import Article, Event, Timeline

from . import common

TEMPLATES_DIR = Path(__file__).parent / "templates"

PUBLISHED_FROM_LABELS = {
    "metadata": "metadata",
    "html": "page markup",
    "header": "file header",
    "dateline": "dateline",
    "text": "article text",
    "none": "unknown",
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the report templates: autoescape on, strict undefined."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _anchors(articles: list[Article]) -> dict[str, str]:
    """A unique, attribute-safe element id per article id."""
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for i, a in enumerate(articles):
        if a.id in anchors:
            continue
        anchor = "src-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", str(a.id)).strip("-")[:60] or str(i))
        if anchor in used:
            anchor = f"{anchor}-{i}"
        used.add(anchor)
        anchors[a.id] = anchor
    return anchors


def _article_view(a: Article, anchor: str) -> dict:
    published = common.iso_day(a.published)
    return {
        "id": a.id,
        "anchor": anchor,
        "outlet": common.outlet(a),
        "title": common.title(a),
        "url": a.url or "",
        "href": common.safe_url(a.url),
        "published": published,
        "published_label": common.short_date(published) if published else None,
        "published_from": a.published_from,
        "published_from_label": PUBLISHED_FROM_LABELS.get(a.published_from, a.published_from),
        "n_sentences": a.n_sentences,
    }


def _missing_article(article_id: str) -> dict:
    return {
        "id": article_id,
        "anchor": None,
        "outlet": str(article_id),
        "title": "(article not in this timeline)",
        "url": "",
        "href": None,
        "published": None,
        "published_label": None,
        "published_from": "none",
        "published_from_label": "unknown",
        "n_sentences": 0,
    }


def _rail(value: str) -> tuple[str, str]:
    parsed = common.parse_event_date(value)
    if parsed is None:
        return str(value), ""
    y, mo, d = parsed
    if d is not None and mo is not None:
        return str(d), common.date_label(value).split()[0]
    if mo is not None:
        return common.MONTHS[mo - 1], str(y)
    return str(y), "year"


def _month(value: str) -> tuple[str, str]:
    """(key, heading) of the month group an event date belongs to."""
    parsed = common.parse_event_date(value)
    if parsed is None:
        return "undated", "Other dates"
    y, mo, _ = parsed
    if mo is None:
        return str(y), str(y)
    return f"{y:04d}-{mo:02d}", f"{common.MONTHS_LONG[mo - 1]} {y}"


def _quote_view(q: dict) -> dict:
    kind = common.one_line(q.get("kind")) or "direct"
    return {
        "speaker": common.one_line(q.get("speaker")) or "Unnamed speaker",
        "speaker_title": common.one_line(q.get("speaker_title")),
        "text": common.one_line(q.get("text")),
        "kind": kind,
        "direct": kind == "direct",
    }


def _event_view(e: Event, articles: dict[str, dict]) -> dict:
    date = str(e.date)
    sources = [articles.get(aid) or _missing_article(aid) for aid in e.articles]
    outlets = {s["outlet"].casefold() for s in sources}
    summary = []
    for s in e.summary:
        a = articles.get(s.article_id) or _missing_article(s.article_id)
        if a["href"]:
            href = a["href"]
        elif a["anchor"]:
            href = "#" + a["anchor"]
        else:
            href = None
        tip = a["title"] + (f" · {a['published_label']}" if a["published_label"] else "")
        summary.append(
            {
                "text": s.text,
                "article_id": s.article_id,
                "sentence_index": s.sentence_index,
                "cite": {"label": a["outlet"], "href": href, "title": tip},
            }
        )
    top, sub = _rail(date)
    n_outlets, n_reports = len(outlets), len(sources)
    support = common.plural(n_outlets, "outlet")
    if n_reports > n_outlets:
        support += f", {common.plural(n_reports, 'report')}"
    return {
        "id": e.id,
        "date": date,
        "granularity": e.granularity,
        "date_label": common.date_label(date),
        "rail_top": top,
        "rail_sub": sub,
        "headline": e.headline,
        "summary": summary,
        "sources": sources,
        "support_label": support,
        "quotes": [_quote_view(q) for q in e.quotes],
        "actors": [
            {"name": common.one_line(a.get("name")), "kind": common.one_line(a.get("kind"))}
            for a in e.actors
        ],
        "score": f"{float(e.score):.4g}",
    }


def timeline_context(t: Timeline) -> dict:
    """Everything the report templates need, as plain dicts, lists and strings."""
    anchors = _anchors(t.articles)
    article_views = [_article_view(a, anchors[a.id]) for a in t.articles]
    by_id: dict[str, dict] = {}
    for view in article_views:
        by_id.setdefault(view["id"], view)
    events = [_event_view(e, by_id) for e in common.sorted_events(t)]
    months: list[dict] = []
    for ev in events:
        key, heading = _month(ev["date"])
        if not months or months[-1]["key"] != key:
            months.append({"key": key, "heading": heading, "events": []})
        months[-1]["events"].append(ev)
    for m in months:
        m["count_label"] = common.plural(len(m["events"]), "event")
    n_sources = common.n_sources(t)
    span = common.date_range(events[0]["date"], events[-1]["date"]) if events else None
    return {
        "title": f"Timeline: {t.query}" if t.query else "Timeline",
        "query": t.query,
        "generated_at": str(t.generated_at),
        "generated_label": common.generated_label(t.generated_at),
        "n_events": len(events),
        "events_label": common.plural(len(events), "event"),
        "articles_label": common.plural(len(t.articles), "article"),
        "sources_label": common.plural(n_sources, "source"),
        "date_range": span,
        "months": months,
        "articles": article_views,
        "rejected": [{"input": r.input, "reason": r.reason} for r in t.rejected],
        "version": __version__,
    }


def to_html(t: Timeline) -> str:
    """The timeline as one self-contained HTML page (inline CSS, no external assets)."""
    return environment().get_template("timeline.html").render(timeline_context(t))
