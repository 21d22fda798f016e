"""Keep event ids stable across recomputations of a story's timeline.

An event id is derived from its date and lead sentence, so a new article that changes
the lead would rename an unchanged happening. Here each new event is matched to the
previous timeline's event of the same date that shares its lead sentence or most of
its articles; a matched event keeps the old id, the others are new.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from newsline.records import Event

MIN_OVERLAP = 0.5  # share of supporting articles (Jaccard) for "the same happening"


def _keys(summary: Sequence[object]) -> set[tuple[str, int]]:
    out = set()
    for s in summary:
        if isinstance(s, Mapping):
            out.add((str(s.get("article_id")), int(s.get("sentence_index", -1))))
        else:
            out.add((str(s.article_id), int(s.sentence_index)))
    return out


def _score(old: Mapping, new: Event) -> float:
    """How surely `new` is the happening `old` described: 0 (no) to 3 (same lead)."""
    if str(old.get("date")) != str(new.date):
        return 0.0
    old_articles, new_articles = set(old.get("articles") or ()), set(new.articles)
    union = old_articles | new_articles
    jaccard = len(old_articles & new_articles) / len(union) if union else 0.0
    old_keys, new_keys = _keys(old.get("summary") or ()), _keys(new.summary)
    shared = len(old_keys & new_keys)
    lead_same = bool(old.get("summary")) and bool(new.summary)
    if lead_same:
        first = old["summary"][0]
        lead_same = (str(first.get("article_id")), int(first.get("sentence_index", -1))) == (
            new.summary[0].article_id,
            new.summary[0].sentence_index,
        )
    if lead_same:
        return 3.0 + jaccard
    if shared:
        return 2.0 + jaccard
    return jaccard if jaccard >= MIN_OVERLAP else 0.0


def carry_ids(previous: Sequence[Mapping], events: Sequence[Event]) -> tuple[list[Event], set[str]]:
    """The events with ids carried over from `previous` (event dicts); and the ids that are new."""
    pairs = sorted(
        (
            (score, i, j)
            for i, new in enumerate(events)
            for j, old in enumerate(previous)
            if (score := _score(old, new)) > 0
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    chosen: dict[int, str] = {}
    used_old: set[int] = set()
    for _, i, j in pairs:
        if i in chosen or j in used_old:
            continue
        chosen[i] = str(previous[j]["id"])
        used_old.add(j)
    old_ids = {str(p["id"]) for p in previous}
    taken = set(chosen.values())
    out: list[Event] = []
    new_ids: set[str] = set()
    for i, event in enumerate(events):
        if i in chosen:
            out.append(dataclasses.replace(event, id=chosen[i]))
            continue
        event_id, n = event.id, 1
        while event_id in taken or event_id in old_ids:  # never reuse a retired id
            n += 1
            event_id = f"{event.id}-{n}"
        taken.add(event_id)
        new_ids.add(event_id)
        out.append(dataclasses.replace(event, id=event_id))
    return out, new_ids
