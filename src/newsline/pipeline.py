"""The newsline pipeline: raw articles in, a dated and cited Timeline out.

Two steps so that callers can show progress and, later, scale out:
`process_article` is the per-article work (clean, publication date, time
expressions) and `build_timeline` the per-story work (date selection, event
clustering, summaries). Both are pure; reading and writing happen in the CLI.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from newsline.clean import clean_article
from newsline.events.cluster import cluster_day
from newsline.events.dates import day_scores, select_dates, support
from newsline.events.dating import DatedSentence, date_sentences
from newsline.events.vectors import sentence_vectors, similarity
from newsline.records import Article, Event, Rejection, SummarySentence, Timeline
from newsline.summarize import headline, select_summary
from newsline.temporal import dateline_end, parse_dateline, tag

DEFAULT_SENTENCES = 2
MIN_DATES, MAX_DATES = 5, 30
MAX_EVENTS = 40
MAX_SENTENCES_PER_DAY = 3000  # bound the per-day similarity work on huge corpora
_QUERY_STOPWORDS = frozenset("a an and the of in on at to for from with by or vs".split())


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of the timeline (CLI flags of `newsline build`)."""

    query: str | None = None
    dates: int | None = None  # None: chosen from the story's size
    sentences: int = DEFAULT_SENTENCES
    start: date | None = None
    end: date | None = None


def process_article(raw: Article, today: date | None = None) -> Article | Rejection:
    """Clean one article, settle its publication date and tag its time expressions."""
    today = today or datetime.now(UTC).date()
    cleaned = clean_article(raw)
    if isinstance(cleaned, Rejection):
        return cleaned
    article = cleaned
    if article.published is not None and article.published > today:
        # A date in the future of the run is wrong metadata, never a publication date.
        article = dataclasses.replace(article, published=None, published_from="none")
    if article.published is None:
        found = parse_dateline(article.text, today=today)
        if found is not None and found <= today:
            article = dataclasses.replace(article, published=found, published_from="dateline")
    article.timexes = tag(article.text, article.published)
    return article


def process_all(
    items: Iterable[Article | Rejection],
    today: date | None = None,
    on_item: Callable[[Article | Rejection], None] | None = None,
) -> tuple[list[Article], list[Rejection]]:
    """Process every raw article; collect what was used and what was rejected, and why.

    A second article with an id already seen is rejected as a repeat, so every
    input is accounted for exactly once.
    """
    articles: list[Article] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for item in items:
        result = item if isinstance(item, Rejection) else process_article(item, today)
        if isinstance(result, Article) and result.id in seen:
            result = Rejection(
                result.path or result.id, f"repeat of article {result.id} ({seen[result.id]})"
            )
        if isinstance(result, Article):
            seen[result.id] = result.path or result.url or result.id
            articles.append(result)
        else:
            rejected.append(result)
        if on_item is not None:
            on_item(result)
    return settle_dateline_years(articles), rejected


def settle_dateline_years(articles: list[Article]) -> list[Article]:
    """Re-read year-less datelines ("PORT MAREN, Sept. 18 -") against the batch's own dates.

    Alone, such a dateline can only take the most recent past year; beside other
    articles of the same story, the year nearest their median publication date is right.
    """
    known = sorted(a.published for a in articles if a.published and a.published_from != "dateline")
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


def query_terms(query: str | None) -> list[str]:
    """Lower-case query terms: each "quoted phrase" whole, other words one by one."""
    if not query:
        return []
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query.lower()):
        if phrase.strip():
            terms.append(" ".join(phrase.split()))
        else:
            terms.extend(w for w in re.findall(r"\w+", word) if w not in _QUERY_STOPWORDS)
    return list(dict.fromkeys(terms))


def is_relevant(article: Article, terms: list[str]) -> bool:
    """An article belongs to the story when it mentions any query term (no query: all do)."""
    if not terms:
        return True
    haystack = f"{article.title or ''}\n{article.text}".lower()
    return any(t in haystack for t in terms)


def default_dates(n_articles: int) -> int:
    """Timeline length that reads well: 5 dates for 5 articles, 9 for 17, at most 30."""
    return max(MIN_DATES, min(MAX_DATES, math.ceil(2 * math.sqrt(max(n_articles, 1)))))


def build_timeline(
    articles: Iterable[Article],
    rejected: Iterable[Rejection] = (),
    options: BuildOptions = BuildOptions(),
) -> Timeline:
    """Select the story's dates, group each day's reports into events and summarize them."""
    articles = list(articles)
    terms = query_terms(options.query)
    story = [a for a in articles if is_relevant(a, terms)]
    dated: list[DatedSentence] = [ds for a in story for ds in date_sentences(a)]
    events: list[Event] = []
    if dated:
        n_dates = options.dates or default_dates(len(story))
        days = select_dates(day_scores(dated), n_dates, options.start, options.end)
        vectors = sentence_vectors([ds.sentence.text for ds in dated])
        by_day: dict[date, list[int]] = {}
        for i, ds in enumerate(dated):
            by_day.setdefault(ds.day, []).append(i)
        for day in days:
            members = sorted(by_day[day], key=lambda i: not dated[i].explicit)
            for cluster in cluster_day(dated, members[:MAX_SENTENCES_PER_DAY], vectors):
                sim = similarity(vectors, cluster.members)
                picks = select_summary(dated, cluster.members, sim, options.sentences, terms)
                events.append(_event(day, dated, cluster.members, picks))
        events = _cap(events, MAX_EVENTS)
    return Timeline(
        query=options.query,
        generated_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        articles=articles,
        events=events,
        rejected=list(rejected),
    )


def _event(day: date, dated: list[DatedSentence], members: list[int], picks: list[int]) -> Event:
    """Assemble an Event record from a cluster and its summary picks."""
    supporting = {dated[i].article.id: dated[i].article for i in members}
    score = support(dated[i] for i in members)
    summary = [
        SummarySentence(
            text=_without_dateline(dated[i]),
            article_id=dated[i].article.id,
            sentence_index=dated[i].sentence.index,
        )
        for i in picks
    ]
    order = sorted(supporting.values(), key=lambda a: (a.published or date.max, a.id))
    key = (
        f"{day.isoformat()}|{summary[0].article_id}|{summary[0].sentence_index}"
        if summary
        else day.isoformat()
    )
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:12],
        date=day.isoformat(),
        granularity="day",
        headline=headline(dated, picks, members),
        summary=summary,
        articles=[a.id for a in order],
        score=float(score),
    )


def _without_dateline(ds: DatedSentence) -> str:
    """A lede without its "CITY, Month D (Agency) -" prefix: the reader sees the event's date."""
    text = ds.sentence.text
    if ds.sentence.start == 0:
        cut = dateline_end(ds.article.text)
        if 0 < cut < len(text):
            return text[cut:].lstrip()
    return text


def _cap(events: list[Event], limit: int) -> list[Event]:
    """Keep the `limit` best-supported events, in date order."""
    best = sorted(events, key=lambda e: -e.score)[:limit]
    return sorted(best, key=lambda e: (e.date, -e.score))
