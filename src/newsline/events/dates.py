"""Choose the timeline's dates: the days with the most independent support.

A day matters when several articles and outlets report it, and more so when
articles published later still refer back to it by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from newsline.events.dating import DatedSentence

SOURCE_WEIGHT = 1.0  # each distinct outlet reporting the day
ARTICLE_WEIGHT = 0.5  # each distinct article reporting the day
RECAP_WEIGHT = 1.0  # each later article that names the day while reporting other news


def support(dated: Iterable[DatedSentence]) -> float:
    """Support of a set of dated sentences (one day's, or one event's)."""
    articles: set[str] = set()
    sources: set[str] = set()
    recaps: set[str] = set()
    for ds in dated:
        articles.add(ds.article.id)
        sources.add(ds.article.source or ds.article.id)
        if ds.explicit and not ds.first_hand:
            recaps.add(ds.article.id)
    return (
        SOURCE_WEIGHT * len(sources) + ARTICLE_WEIGHT * len(articles) + RECAP_WEIGHT * len(recaps)
    )


def day_scores(dated: Iterable[DatedSentence]) -> dict[date, float]:
    """Support score per day from the dated sentences."""
    by_day: dict[date, list[DatedSentence]] = defaultdict(list)
    for ds in dated:
        by_day[ds.day].append(ds)
    return {day: support(group) for day, group in by_day.items()}


def select_dates(
    scores: dict[date, float], n: int, start: date | None = None, end: date | None = None
) -> list[date]:
    """The n best-supported days within [start, end], in calendar order."""
    window = [d for d in scores if (start is None or d >= start) and (end is None or d <= end)]
    best = sorted(window, key=lambda d: (-scores[d], d))[:n]
    return sorted(best)
