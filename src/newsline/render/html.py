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

import math
import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from newsline import __version__
from newsline.records import Article, Event, Timeline

from . import common

TEMPLATES_DIR = Path(__file__).parent / "templates"
# Quotes an event shows at once in the report; the rest fold into "N more quotes".
QUOTES_SHOWN = 3

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


def _article_view(a: Article, anchor: str, local: str | None = None) -> dict:
    published = common.iso_day(a.published)
    return {
        "id": a.id,
        "local_href": local,
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
        "local_href": None,
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


def _event_view(e: Event, articles: dict[str, dict], new_ids: frozenset[str] = frozenset()) -> dict:
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
    quotes = [common.quote_view(q) for q in e.quotes]
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
        "quotes": quotes,
        "quotes_shown": quotes[:QUOTES_SHOWN],
        "quotes_folded": quotes[QUOTES_SHOWN:],
        "quotes_folded_label": common.plural(len(quotes[QUOTES_SHOWN:]), "more quote"),
        "actors": [
            {"name": common.one_line(a.get("name")), "kind": common.one_line(a.get("kind"))}
            for a in e.actors
        ],
        "score": f"{float(e.score):.4g}",
        "is_new": e.id in new_ids,
        # Filter keys: "|"-joined, lower-cased outlet and actor names (see timeline.html).
        "outlet_keys": "|".join(sorted({s["outlet"].casefold() for s in sources})),
        "actor_keys": "|".join(
            sorted({common.one_line(a.get("name")).casefold() for a in e.actors if a.get("name")})
        ),
    }


def timeline_context(
    t: Timeline,
    new_ids: frozenset[str] = frozenset(),
    article_href: Callable[[str], str] | None = None,
) -> dict:
    """Everything the report templates need, as plain dicts, lists and strings.

    The web app passes `new_ids` (events that appeared at the last update) and
    `article_href` (the URL of its page for an article id); the static report neither.
    """
    anchors = _anchors(t.articles)
    article_views = [
        _article_view(a, anchors[a.id], article_href(a.id) if article_href else None)
        for a in t.articles
    ]
    by_id: dict[str, dict] = {}
    for view in article_views:
        by_id.setdefault(view["id"], view)
    events = [_event_view(e, by_id, frozenset(new_ids)) for e in common.sorted_events(t)]
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
        "n_new": sum(1 for e in events if e["is_new"]),
        "events_label": common.plural(len(events), "event"),
        "articles_label": common.plural(len(t.articles), "article"),
        "sources_label": common.plural(n_sources, "source"),
        "date_range": span,
        "months": months,
        "articles": article_views,
        "rejected": [{"input": r.input, "reason": r.reason} for r in t.rejected],
        "version": __version__,
        "coverage": coverage_chart(t),
        "filter_outlets": _choices(
            o for ev in events for o in (s["outlet"] for s in ev["sources"])
        ),
        "filter_actors": _choices(a["name"] for ev in events for a in ev["actors"] if a["name"]),
        # Set by the web app: the CSP nonce of its inline script, and its navigation.
        "csp_nonce": None,
        "app": None,
    }


def _choices(names: Iterable[str]) -> list[dict]:
    """Distinct names for a filter menu, most frequent first: {value, label, n}."""
    counts: dict[str, list] = {}
    for name in names:
        key = name.casefold()
        counts.setdefault(key, [name, 0])[1] += 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return [{"value": key, "label": label, "n": n} for key, (label, n) in ordered]


# The coverage chart: articles per day (or week) stacked by outlet, as inline SVG.
CHART_WIDTH, CHART_HEIGHT = 720, 120  # SVG units; the SVG stretches to the page width
CHART_LEFT, CHART_BOTTOM, CHART_TOP = 0, 0, 2
MAX_DAY_BARS = 92  # a longer span is drawn per week
TOP_OUTLETS = 6
PALETTE = ("#1f4e8c", "#c2571a", "#2f7d4f", "#8c3d87", "#2b8a9b", "#b58b00")
OTHER_COLOR = "#9a968d"


def coverage_chart(t: Timeline) -> dict | None:
    """Geometry of the coverage chart (bars, axis labels, legend), or None without dates."""
    dated = [(a.published, common.outlet(a)) for a in t.articles if a.published is not None]
    if not dated:
        return None
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    weekly = (last - first).days + 1 > MAX_DAY_BARS
    if weekly:
        first = first - timedelta(days=first.weekday())
    step = 7 if weekly else 1
    n_bins = (last - first).days // step + 1
    totals: dict[str, int] = {}
    for _, name in dated:
        totals[name] = totals.get(name, 0) + 1
    top = [n for n, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_OUTLETS]]
    colors = {name: PALETTE[i] for i, name in enumerate(top)}
    other = "Other outlets"
    bins: list[dict[str, int]] = [{} for _ in range(n_bins)]
    for day, name in dated:
        key = name if name in colors else other
        b = bins[(day - first).days // step]
        b[key] = b.get(key, 0) + 1
    peak = max(sum(b.values()) for b in bins)
    plot_w = CHART_WIDTH - CHART_LEFT
    plot_h = CHART_HEIGHT - CHART_BOTTOM - CHART_TOP
    slot = plot_w / n_bins
    bar_w = max(1.0, slot * 0.78)
    order = [*top, other]
    bars = []
    for i, b in enumerate(bins):
        start = first + timedelta(days=i * step)
        y = CHART_TOP + plot_h
        label = ("Week of " if weekly else "") + common.short_date(start)
        for name in order:
            n = b.get(name, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bars.append(
                {
                    "x": f"{CHART_LEFT + i * slot + (slot - bar_w) / 2:.1f}",
                    "y": f"{y:.1f}",
                    "w": f"{bar_w:.1f}",
                    "h": f"{h:.1f}",
                    "color": colors.get(name, OTHER_COLOR),
                    "tip": f"{label} · {name}: {common.plural(n, 'article')}",
                }
            )
    ticks = []
    label_every = max(1, math.ceil(n_bins / 6))
    for i in range(0, n_bins, label_every):
        start = first + timedelta(days=i * step)
        pct = 100 * (CHART_LEFT + (i + 0.5) * slot) / CHART_WIDTH
        ticks.append(
            {"pct": f"{pct:.2f}", "label": f"{start.day} {common.MONTHS[start.month - 1]}"}
        )
    legend = [{"name": n, "color": colors[n], "n": totals[n]} for n in top]
    n_other = sum(v for k, v in totals.items() if k not in colors)
    if n_other:
        legend.append({"name": other, "color": OTHER_COLOR, "n": n_other})
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": CHART_LEFT,
        "baseline": f"{CHART_TOP + plot_h:.1f}",
        "top": CHART_TOP,
        "peak": peak,
        "unit": "week" if weekly else "day",
        "span": common.date_range(first.isoformat(), last.isoformat()),
        "n_articles": len(dated),
        "bars": bars,
        "ticks": ticks,
        "legend": legend,
        "summary": (
            f"{common.plural(len(dated), 'dated article')}"
            f" from {common.plural(len(totals), 'outlet')}"
            f", {common.date_range(first.isoformat(), last.isoformat())}; busiest"
            f" {'week' if weekly else 'day'}: {common.plural(peak, 'article')}"
        ),
    }


def to_html(t: Timeline) -> str:
    """The timeline as one self-contained HTML page (inline CSS, no external assets)."""
    return environment().get_template("timeline.html").render(timeline_context(t))


def render_html(t: Timeline) -> str:
    """Alias of `to_html`: the static report page of `newsline build`."""
    return to_html(t)
