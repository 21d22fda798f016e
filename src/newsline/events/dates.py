"""Choose the timeline's dates: the days that later reporting keeps naming.

A day matters when many articles name it explicitly ("on April 20", "last Tuesday"):
that is the strongest single signal on Timeline17 (see docs/benchmarks.md). How many
articles came out that day and how many sentences name it only break near-ties.
Counts enter as logarithms so that one huge day does not drown the rest.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from newsline.events.dating import DatedSentence

MENTION_WEIGHT = 1.0  # log(1 + articles that name the day)
PUBLISHED_WEIGHT = 0.1  # log(1 + articles published that day)
SENTENCE_WEIGHT = 0.25  # log(1 + sentences that name the day)


def day_evidence(dated: Iterable[DatedSentence]) -> dict[date, tuple[int, int, int]]:
    """Per day: (articles naming it, articles published on it, sentences naming it)."""
    naming: dict[date, set[str]] = defaultdict(set)
    published: dict[date, set[str]] = defaultdict(set)
    sentences: dict[date, int] = defaultdict(int)
    for ds in dated:
        if ds.explicit:
            naming[ds.day].add(ds.article.id)
            sentences[ds.day] += 1
        if ds.article.published is not None:
            published[ds.article.published].add(ds.article.id)
    days = set(naming) | {ds.day for ds in dated}
    return {d: (len(naming[d]), len(published[d]), sentences[d]) for d in days}


def day_score(naming: int, published: int, sentences: int) -> float:
    """One day's importance from its evidence counts."""
    return (
        MENTION_WEIGHT * math.log1p(naming)
        + PUBLISHED_WEIGHT * math.log1p(published)
        + SENTENCE_WEIGHT * math.log1p(sentences)
    )


def day_scores(dated: Iterable[DatedSentence]) -> dict[date, float]:
    """Importance score per day that some sentence reports."""
    return {d: day_score(*ev) for d, ev in day_evidence(dated).items()}


def support(dated: Iterable[DatedSentence]) -> float:
    """Support of one event's sentences: distinct outlets, articles and later recaps."""
    articles: set[str] = set()
    sources: set[str] = set()
    recaps: set[str] = set()
    for ds in dated:
        articles.add(ds.article.id)
        sources.add(ds.article.source or ds.article.id)
        if ds.explicit and not ds.first_hand:
            recaps.add(ds.article.id)
    return len(sources) + 0.5 * len(articles) + len(recaps)


def select_dates(
    scores: dict[date, float], n: int, start: date | None = None, end: date | None = None
) -> list[date]:
    """The n best-scored days within [start, end], in calendar order."""
    window = [d for d in scores if (start is None or d >= start) and (end is None or d <= end)]
    best = sorted(window, key=lambda d: (-scores[d], d))[:n]
    return sorted(best)
