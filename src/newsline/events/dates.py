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
RECAP_WEIGHT = 1.0  # each later article that names the day


def day_scores(dated: Iterable[DatedSentence]) -> dict[date, float]:
    """Support score per day from the dated sentences."""
    articles: dict[date, set[str]] = defaultdict(set)
    sources: dict[date, set[str]] = defaultdict(set)
    recaps: dict[date, set[str]] = defaultdict(set)
    for ds in dated:
        a = ds.article
        articles[ds.day].add(a.id)
        sources[ds.day].add(a.source or a.id)
        if ds.explicit and a.published is not None and a.published > ds.day:
            recaps[ds.day].add(a.id)
    return {
        day: SOURCE_WEIGHT * len(sources[day])
        + ARTICLE_WEIGHT * len(ids)
        + RECAP_WEIGHT * len(recaps[day])
        for day, ids in articles.items()
    }


def select_dates(
    scores: dict[date, float], n: int, start: date | None = None, end: date | None = None
) -> list[date]:
    """The n best-supported days within [start, end], in calendar order."""
    window = [d for d in scores if (start is None or d >= start) and (end is None or d <= end)]
    best = sorted(window, key=lambda d: (-scores[d], d))[:n]
    return sorted(best)
