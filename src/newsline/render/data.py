"""The JSON contract `newsline.timeline/1` and the `newsline articles` record.

Key order is part of the contract; later versions add keys, never rename or remove.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime

from newsline.records import Article, Event, Rejection, SummarySentence, Timeline

from .common import iso_day

SCHEMA = "newsline.timeline/1"


def article_to_dict(a: Article, full: bool = True) -> dict:
    """An article as a JSON-ready dict.

    full=True: the `newsline articles` JSONL record (text, removed lines, author, path…).
    full=False: the compact entry in a timeline's `articles` list.
    """
    if not full:
        return {
            "id": a.id,
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "published": iso_day(a.published),
            "published_from": a.published_from,
            "n_sentences": a.n_sentences,
            "published_confidence": a.published_confidence,
            "published_note": a.published_note,
            "duplicates": list(a.duplicates),
            "duplicate_of": a.duplicate_of,
        }
    return {
        "id": a.id,
        "path": a.path,
        "url": a.url,
        "title": a.title,
        "source": a.source,
        "author": a.author,
        "published": iso_day(a.published),
        "published_from": a.published_from,
        "text": a.text,
        "removed": list(a.removed),
        "language": a.language,
        "n_sentences": a.n_sentences,
        "published_confidence": a.published_confidence,
        "published_note": a.published_note,
        "duplicates": list(a.duplicates),
        "duplicate_of": a.duplicate_of,
    }


def _summary_to_dict(s: SummarySentence) -> dict:
    return {"text": s.text, "article_id": s.article_id, "sentence_index": s.sentence_index}


def _score(value: float) -> float:
    value = float(value)
    return round(value, 4) if math.isfinite(value) else 0.0


def _event_date(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def event_to_dict(e: Event) -> dict:
    return {
        "id": e.id,
        "date": _event_date(e.date),
        "granularity": e.granularity,
        "headline": e.headline,
        "summary": [_summary_to_dict(s) for s in e.summary],
        "articles": list(e.articles),
        "quotes": [dict(q) for q in e.quotes],
        "actors": [dict(a) for a in e.actors],
        "score": _score(e.score),
        "mentions": [{"article_id": a, "sentence_index": i} for a, i in e.mentions],
    }


def rejection_to_dict(r: Rejection) -> dict:
    return {"input": r.input, "reason": r.reason}


def timeline_to_dict(t: Timeline) -> dict:
    """The timeline as the `newsline.timeline/1` JSON object (keys in contract order)."""
    generated = (
        t.generated_at.isoformat() if isinstance(t.generated_at, datetime) else t.generated_at
    )
    return {
        "schema": SCHEMA,
        "query": t.query,
        "generated_at": generated,
        "articles": [article_to_dict(a, full=False) for a in t.articles],
        "events": [event_to_dict(e) for e in t.events],
        "rejected": [rejection_to_dict(r) for r in t.rejected],
    }


def to_json(t: Timeline) -> str:
    """The timeline as pretty-printed UTF-8 JSON with a trailing newline."""
    return json.dumps(timeline_to_dict(t), indent=2, ensure_ascii=False, default=str) + "\n"
