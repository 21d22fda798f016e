"""From a story's articles to its events: select dates, cluster each day, summarize.

This is the per-story stage of the pipeline (`pipeline.build_timeline` calls it
after choosing the story's articles); the benchmark runs exactly this code.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from datetime import date

from scipy.sparse import csr_matrix

from newsline.events.cluster import cluster_day
from newsline.events.dates import day_scores, select_dates, support
from newsline.events.dating import DatedSentence, date_sentences
from newsline.events.vectors import sentence_vectors, similarity
from newsline.records import Article, BuildOptions, Event, SummarySentence
from newsline.summarize import headline, select_summary
from newsline.temporal import dateline_end
from newsline.text.query import query_terms

MIN_DATES, MAX_DATES = 5, 30
MAX_EVENTS_PER_DATE = 3  # beyond that a day's small clusters are noise (1 with explicit --dates)
MAX_SENTENCES_PER_DAY = 300  # a huge day is read from this many sentences (300-3000: same ROUGE)


def default_dates(n_articles: int) -> int:
    """Timeline length that reads well: 5 dates for up to 6 articles, 9 for 17, at most 30."""
    return max(MIN_DATES, min(MAX_DATES, math.ceil(2 * math.sqrt(max(n_articles, 1)))))


def build_events(story: Sequence[Article], options: BuildOptions | None = None) -> list[Event]:
    """The story's events in date order: at most `options.dates` dates, best first kept."""
    options = options or BuildOptions()
    terms = query_terms(options.query)
    dated: list[DatedSentence] = [ds for a in story for ds in date_sentences(a)]
    if not dated:
        return []
    n_dates = options.dates or default_dates(len(story))
    days = select_dates(day_scores(dated), n_dates, options.start, options.end)
    by_day: dict[date, list[int]] = {}
    for i, ds in enumerate(dated):
        by_day.setdefault(ds.day, []).append(i)
    # A huge day is read from its sentences that name it, then its ledes, up to a bound.
    for day in days:
        by_day[day] = sorted(by_day[day], key=lambda i: _reading_order(dated[i]))[
            :MAX_SENTENCES_PER_DAY
        ]
    # Vectors only for the chosen days' sentences (IDF from them): the rest is never compared.
    chosen = sorted(i for day in days for i in by_day[day])
    row = {i: r for r, i in enumerate(chosen)}
    vectors = sentence_vectors([dated[i].sentence.text for i in chosen])
    dated = [dated[i] for i in chosen]
    by_day = {day: [row[i] for i in by_day[day]] for day in days}
    events: list[Event] = []
    for day in days:
        members = by_day[day]  # already in reading order: naming sentences first
        day_events = []
        for group in _event_groups(dated, members, vectors, explicit_length=bool(options.dates)):
            sim = similarity(vectors, group)
            picks = select_summary(dated, group, sim, options.sentences, terms)
            day_events.append(_event(day, dated, group, picks))
        day_events.sort(key=lambda e: -e.score)
        events.extend(day_events[:MAX_EVENTS_PER_DATE])
    return sorted(events, key=lambda e: (e.date, -e.score))


def _reading_order(ds: DatedSentence) -> tuple[bool, int]:
    """Which of a day's sentences to read first: those naming the day, then the earliest."""
    return (not ds.explicit, ds.sentence.index)


def _event_groups(
    dated: list[DatedSentence], members: list[int], vectors: csr_matrix, explicit_length: bool
) -> list[list[int]]:
    """How a day's sentences split into events.

    With an explicit `--dates N` the reader asked for N dated entries of `--sentences K`
    each: the whole day is one event, summarized from all its reports (so the timeline
    has exactly N dates x K sentences, which is what the Timeline17 benchmark scores).
    Otherwise the day splits into clusters, one event per well-supported happening.
    """
    if explicit_length:
        return [members]
    return [c.members for c in cluster_day(dated, members, vectors)]


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
        mentions=sorted({(dated[i].article.id, dated[i].sentence.index) for i in members}),
    )


def _without_dateline(ds: DatedSentence) -> str:
    """A lede without its "CITY, Month D (Agency) -" prefix: the reader sees the event's date."""
    text = ds.sentence.text
    if ds.sentence.start == 0:
        cut = dateline_end(ds.article.text)
        if 0 < cut < len(text):
            return text[cut:].lstrip()
    return text
