"""Group one day's reports into events: reports of the same happening.

A *report* is what one article says about the day: its sentences dated to it.
First-hand reports (articles whose lede is about the day) are clustered by
average-linkage on TF-IDF cosine; recaps from other articles ("the strike,
which began on Sept. 17") then join the event they are most similar to, so
they add support without splitting events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform
from sklearn.preprocessing import normalize

from newsline.events.dating import DatedSentence

MERGE_SIMILARITY = 0.1  # average report cosine above which two groups are one event
SECOND_EVENT_SHARE = 0.5  # a further event on a day needs this share of the best one's outlets


@dataclass
class EventCluster:
    """Sentences (indices into the story's dated-sentence list) reporting one event."""

    members: list[int]
    articles: set[str]
    sources: set[str]

    @property
    def support(self) -> tuple[int, int, int]:
        return (len(self.sources), len(self.articles), len(self.members))


def _reports(dated: Sequence[DatedSentence], members: Sequence[int]) -> dict[str, list[int]]:
    """The day's sentences grouped by article, in first-seen order."""
    reports: dict[str, list[int]] = {}
    for m in members:
        reports.setdefault(dated[m].article.id, []).append(m)
    return reports


def _labels(report_vectors: csr_matrix) -> np.ndarray:
    """Average-linkage cluster labels (0-based) for report vectors."""
    n = report_vectors.shape[0]
    if n == 1:
        return np.zeros(1, dtype=int)
    sim = np.asarray((report_vectors @ report_vectors.T).todense())
    dist = np.clip(1.0 - sim, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    return fcluster(tree, t=1.0 - MERGE_SIMILARITY, criterion="distance") - 1


def cluster_day(
    dated: Sequence[DatedSentence], members: Sequence[int], vectors: csr_matrix
) -> list[EventCluster]:
    """Split one day's sentences (`members`, indices into `dated`) into event clusters.

    The day's best-supported cluster is always an event; another one only when several
    outlets report it too. Thinner clusters join the kept event they are most like.
    """
    reports = _reports(dated, members)
    ids = list(reports)
    first_hand = [a for a in ids if any(dated[m].first_hand for m in reports[a])]
    recaps = [a for a in ids if a not in first_hand]
    if not first_hand:
        first_hand, recaps = ids, []
    report_vecs = normalize(
        csr_matrix(np.vstack([np.asarray(vectors[reports[a]].sum(axis=0)) for a in ids]))
    )
    row = {a: i for i, a in enumerate(ids)}
    labels = _labels(report_vecs[[row[a] for a in first_hand]])
    groups: list[list[str]] = [[] for _ in range(int(labels.max()) + 1)]
    for a, label in zip(first_hand, labels, strict=True):
        groups[label].append(a)
    if recaps:
        centroids = normalize(
            csr_matrix(
                np.vstack(
                    [np.asarray(report_vecs[[row[a] for a in g]].sum(axis=0)) for g in groups]
                )
            )
        )
        affinity = np.asarray((report_vecs[[row[a] for a in recaps]] @ centroids.T).todense())
        for a, best in zip(recaps, affinity.argmax(axis=1), strict=True):
            groups[int(best)].append(a)
    clusters = [
        EventCluster(
            members=[m for a in g for m in reports[a]],
            articles=set(g),
            sources={dated[reports[a][0]].article.source or a for a in g},
        )
        for g in groups
    ]
    clusters.sort(key=lambda c: c.support, reverse=True)
    best, rest = clusters[0], clusters[1:]
    floor = max(2, SECOND_EVENT_SHARE * len(best.sources))
    kept = [best, *[c for c in rest if len(c.sources) >= floor]]
    # A report too thinly supported to be its own event still reports the day: it joins the
    # kept event it is most like, so its article stays cited (no report is dropped).
    small = [c for c in rest if len(c.sources) < floor]
    if small:
        centroid = normalize(
            csr_matrix(
                np.vstack(
                    [
                        np.asarray(report_vecs[[row[a] for a in c.articles]].sum(axis=0))
                        for c in kept
                    ]
                )
            )
        )
        for c in small:
            vec = normalize(csr_matrix(report_vecs[[row[a] for a in c.articles]].sum(axis=0)))
            target = kept[int(np.asarray((vec @ centroid.T).todense()).argmax())]
            target.members.extend(c.members)
            target.articles |= c.articles
            target.sources |= c.sources
    return kept
