"""The newsline pipeline: raw articles in, a dated and cited Timeline out.

Two steps so that callers can show progress and, later, scale out:
`process_article` is the per-article work (clean, publication date, time
expressions) and `build_timeline` the per-story work (date selection, event
clustering, summaries). Both are pure; reading and writing happen in the CLI.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from newsline.clean import clean_article
from newsline.clean.duplicates import (
    cite_copies,
    duplicates_by_article,
    find_duplicates,
    reading_copies,
)
from newsline.events.people import attach_people
from newsline.events.story import build_events, default_dates
from newsline.records import Article, BuildOptions, Rejection, Timeline
from newsline.temporal import estimate_publication, parse_dateline, tag
from newsline.text.query import mentions_any, query_terms
from newsline.workers import process_in_order

__all__ = [
    "BuildOptions",
    "build_timeline",
    "default_dates",
    "is_relevant",
    "process_all",
    "process_article",
    "query_terms",
    "repeat_rejection",
]


def process_article(raw: Article, today: date | None = None) -> Article | Rejection:
    """Clean one article, settle its publication date and tag its time expressions."""
    today = today or datetime.now(UTC).date()
    cleaned = clean_article(raw)
    if isinstance(cleaned, Rejection):
        return cleaned
    article = date_publication(cleaned, today)
    article.timexes = tag(article.text, article.published)
    return article


def date_publication(article: Article, today: date) -> Article:
    """Settle the publication date: metadata, page, header, dateline, crawl, then the text.

    The readers fill metadata, page and header dates (and a WARC crawl date as a weak
    fallback); a dateline beats a crawl date; only when all are missing is the date
    inferred from what the article reports (marked "text", with a confidence and reason).
    Never a date in the future of the run; with no evidence, None and why.
    """
    note = None
    if article.published is not None and article.published > today:
        note = f"ignored {article.published_from} date {article.published} (after today)"
        article = dataclasses.replace(
            article, published=None, published_from="none", published_confidence=None
        )
    crawl = article if article.published_from == "crawl" and article.published else None
    if article.published is not None and crawl is None:
        return article
    found = parse_dateline(article.text, today=today)
    if found is not None and found <= today:
        return dataclasses.replace(
            article,
            published=found,
            published_from="dateline",
            published_confidence=None,
            published_note=note,
        )
    if crawl is not None:
        return crawl
    guess = estimate_publication(article.text, today, title=article.title)
    if guess is not None:
        return dataclasses.replace(
            article,
            published=guess.day,
            published_from="text",
            published_confidence=guess.confidence,
            published_note=f"{note}; inferred: {guess.reason}"
            if note
            else f"inferred: {guess.reason}",
        )
    reasons = "no date in metadata, page, header line or dateline, and none inferable from the text"
    return dataclasses.replace(article, published_note=f"{note}; {reasons}" if note else reasons)


def process_all(
    items: Iterable[Article | Rejection],
    today: date | None = None,
    on_item: Callable[[Article | Rejection], None] | None = None,
    workers: int | None = None,
) -> tuple[list[Article], list[Rejection]]:
    """Process every raw article; collect what was used and what was rejected, and why.

    A second article with an id already seen is rejected as a repeat, so every
    input is accounted for exactly once. Big batches are processed on several cores
    (`workers`: None decides by batch size, 1 keeps everything in this process); the
    result is the same either way.
    """
    today = today or datetime.now(UTC).date()
    articles: list[Article] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for result in process_in_order(items, process_article, today, workers):
        if isinstance(result, Article) and result.id in seen:
            result = repeat_rejection(result, seen[result.id])
        if isinstance(result, Article):
            seen[result.id] = result.label
            articles.append(result)
        else:
            rejected.append(result)
        if on_item is not None:
            on_item(result)
    return settle_dateline_years(articles), rejected


def repeat_rejection(repeat: Article, first_label: str) -> Rejection:
    """Why a second article with an id already read is not used (names both inputs)."""
    return Rejection(
        repeat.label, f"repeat of article {repeat.id} (already read from {first_label})"
    )


def settle_dateline_years(articles: list[Article]) -> list[Article]:
    """Re-read year-less datelines ("PORT MAREN, Sept. 18 -") against the batch's own dates.

    Alone, such a dateline can only take the most recent past year; beside other
    articles of the same story, the year nearest their median publication date is right.
    """
    known = sorted(
        a.published
        for a in articles
        if a.published and a.published_from not in ("dateline", "text")
    )
    if not known:
        return articles
    hint = known[len(known) // 2]
    out = []
    for a in articles:
        if a.published_from == "dateline":
            found = parse_dateline(a.text, dct_hint=hint)
            if found is not None and found != a.published and found <= (a.published or found):
                a = dataclasses.replace(a, published=found)
                a.timexes = tag(a.text, found)
        out.append(a)
    return out


def is_relevant(article: Article, terms: list[str]) -> bool:
    """An article belongs to the story when it mentions any query term (no query: all do)."""
    return mentions_any(f"{article.title or ''}\n{article.text}", terms)


def build_timeline(
    articles: Iterable[Article],
    rejected: Iterable[Rejection] = (),
    options: BuildOptions | None = None,
) -> Timeline:
    """Choose the story's articles by the query, fold near-duplicates, build dated events.

    Syndicated and re-posted copies are read once (so they do not count as independent
    outlets) but every copy stays cited on the events its reading copy supports.
    """
    options = options or BuildOptions()
    articles = list(articles)
    terms = query_terms(options.query)
    story = [a for a in articles if is_relevant(a, terms)]
    groups = (
        find_duplicates(story, options.duplicate_threshold, options.workers)
        if options.duplicate_threshold
        else []
    )
    if groups:
        related = duplicates_by_article(groups)
        copy_of = {c.id: g.keep for g in groups for c in g.copies}
        marked = {
            a.id: dataclasses.replace(a, duplicates=related[a.id], duplicate_of=copy_of.get(a.id))
            for a in story
            if a.id in related
        }
        story = [marked.get(a.id, a) for a in story]
        articles = [marked.get(a.id, a) for a in articles]
    events = build_events(reading_copies(story, groups), options)
    attach_people(events, story, options.ner, options.workers)
    for e in events:
        e.articles = cite_copies(e.articles, groups)
    return Timeline(
        query=options.query,
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        articles=articles,
        events=events,
        rejected=list(rejected),
    )
