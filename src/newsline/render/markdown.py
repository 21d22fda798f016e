"""The timeline as Markdown: one `## date — headline` section per event, every sentence cited."""

from __future__ import annotations

import re
from urllib.parse import quote

from newsline.records import Article, Event, Timeline

from . import common

# Characters that start inline Markdown constructs (emphasis, code, links, HTML, strikethrough).
_INLINE = re.compile(r"([\\`*_\[\]<~])")
# Line starts that would turn a bullet's text into a heading, quote, list or rule.
_BLOCK_START = re.compile(r"^(#|>|[-+=]|\d+[.)])")


def escape(text: object) -> str:
    """Markdown-escape untrusted text minimally, as one line."""
    line = _INLINE.sub(r"\\\1", common.one_line(text))
    return _BLOCK_START.sub(lambda m: _escape_block(m.group(1)), line)


def _heading_text(text: object) -> str:
    """Escaped text for the end of an ATX heading (a trailing `#` run would be dropped)."""
    out = escape(text)
    return out[:-1] + "\\#" if out.endswith("#") else out


def _escape_block(start: str) -> str:
    if start[-1] in ".)":
        return start[:-1] + "\\" + start[-1]
    return "\\" + start


def link_url(url: str) -> str:
    """A URL safe to put inside `(...)` of a Markdown link."""
    return quote(url, safe="/:?#[]@!$&'*+,;=%~-._")


def link(text: str, url: str | None) -> str:
    """`[text](url)` for an http(s) URL, else the escaped text."""
    href = common.safe_url(url)
    label = escape(text)
    return f"[{label}]({link_url(href)})" if href else label


def _citation(article_id: str, by_id: dict[str, Article]) -> str:
    article = by_id.get(article_id)
    name = common.outlet(article, fallback=str(article_id))
    href = common.safe_url(article.url) if article else None
    return f"[{escape(name)}]({link_url(href)})" if href else f"\\[{escape(name)}\\]"


def _source(article_id: str, by_id: dict[str, Article]) -> str:
    article = by_id.get(article_id)
    if article is None:
        return escape(article_id)
    out = f"{escape(common.outlet(article))} — {link(common.title(article), article.url)}"
    if article.published is not None:
        out += f" ({common.iso_day(article.published)})"
    return out


def _quote(q: dict) -> str:
    text = escape(q.get("text") or "")
    speaker = escape(q.get("speaker") or "Unnamed speaker")
    role = escape(q.get("speaker_title") or "")
    said = common.quoted_words(text, q.get("kind"))
    kind = q.get("kind")
    tail = f" ({escape(kind)})" if kind and kind != "direct" else ""
    return f"- {said} — **{speaker}**{', ' + role if role else ''}{tail}"


def _actor(a: dict) -> str:
    name = escape(a.get("name") or "")
    kind = a.get("kind")
    return f"{name} ({escape(kind)})" if kind else name


def _event(e: Event, by_id: dict[str, Article]) -> list[str]:
    lines = [f"## {escape(e.date)} — {_heading_text(e.headline)}", ""]
    for s in e.summary:
        lines.append(f"- {escape(s.text)} {_citation(s.article_id, by_id)}")
    if e.summary:
        lines.append("")
    if e.quotes:
        lines += ["**Quotes:**", ""]
        lines += [_quote(q) for q in e.quotes]
        lines.append("")
    if e.actors:
        lines += ["**Actors:** " + ", ".join(_actor(a) for a in e.actors), ""]
    if e.articles:
        lines += ["Sources: " + "; ".join(_source(aid, by_id) for aid in e.articles), ""]
    return lines


def to_markdown(t: Timeline) -> str:
    """The timeline as a Markdown document."""
    by_id = {a.id: a for a in t.articles}
    events = common.sorted_events(t)
    heading = f"# Timeline: {escape(t.query)}" if t.query else "# Timeline"
    counts = (
        f"{common.plural(len(events), 'event')} from {common.plural(len(t.articles), 'article')}, "
        f"{common.plural(common.n_sources(t), 'source')}"
    )
    if events:
        first, last = str(events[0].date), str(events[-1].date)
        counts += f"; {escape(first)}" + (f" to {escape(last)}" if last != first else "")
    lines = [heading, "", counts + ".", ""]
    if t.generated_at:
        lines += [f"Generated {escape(t.generated_at)}.", ""]
    if not events:
        lines += ["No events: no dated report could be placed on the timeline.", ""]
    for e in events:
        lines += _event(e, by_id)
    if t.rejected:
        lines += [f"## Rejected inputs ({len(t.rejected)})", ""]
        lines += [f"- {escape(r.input)}: {escape(r.reason)}" for r in t.rejected]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
