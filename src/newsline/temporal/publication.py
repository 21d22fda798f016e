"""Infer an article's publication date from its content, when nothing else gives one.

Last resort after metadata, HTML, a header line and a dateline. The evidence, in order:

- a timestamp line ("January 28, 2011 07:10 pm", "Posted 3 June 2021 14:02"): the earliest one
  is the article's own stamp or its first comment, so the article is from that day;
- the dates the article reports as past: fully specified ones ("Nov. 14, 2022"), and partial
  ones ("on March 3") in past-tense sentences, their year taken from the nearest full date.
  The latest of them, L, is a lower bound: news is published on or after the days it reports.
  Dates far after the body's own dates that only appear near the end (reader comments, later
  updates) are left out;
- how the text speaks of L: "yesterday" (one day later), "today" (the same day), "on Thursday"
  (L is that Thursday: the same day), "last week", "two days ago", "last month", …;
- "since L" ("the first meeting since Nov. 14, 2022") makes L only a bound: the event the
  sentence reports came later, by an unknown gap, so confidence is low.

The estimate is never after `today`; with no dated evidence there is no estimate (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from newsline.temporal.context import Context
from newsline.temporal.lexicon import NUMBER_WORDS, WEEKDAYS
from newsline.temporal.tagger import tag

_FULL_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_HAS_YEAR = re.compile(r"\d{4}|/\d\d\b")
_WEEKDAY_NAMES = "|".join(w.title() for w in WEEKDAYS)
# Relative words that place the article after a reported day, with the gap in days they imply
# and how much they say (a confidence).
_CUES = re.compile(
    r"\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today)"
    r"|(?P<yesterday>yesterday|last\s+night)"
    r"|(?P<n>\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")\s+"
    r"(?P<unit>days?|weeks?)\s+ago"
    r"|(?P<lastweek>last\s+week(?:end)?|earlier\s+this\s+week)"
    r"|(?P<lastmonth>last\s+month|earlier\s+this\s+month)"
    r"|(?P<lastyear>last\s+year)"
    rf"|(?P<wd>{_WEEKDAY_NAMES}))\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\s+(?:(?:the|on|early|late|mid)\s+)?$", re.IGNORECASE)
# A clock time right after a date: a timestamp ("January 28, 2011 07:10 pm", "3 June 2021 14:02").
_STAMP_TAIL = re.compile(r"[\s,|at\-–—]{0,8}\d{1,2}[:.]\d\d\b")
# Dates this far after the body's own dates are reader comments or updates when they only
# appear in the last part of the text.
_OUTLIER_DAYS = 45
_TAIL_SHARE = 0.5


class PublicationEstimate(NamedTuple):
    """An inferred publication day, how sure (0..1) and a one-line reason."""

    day: date
    confidence: float
    reason: str


@dataclass(frozen=True)
class _Mention:
    day: date
    start: int
    end: int
    explicit: bool  # the year is written out
    stamp: bool  # followed by a clock time


def _mentions(text: str, today: date) -> tuple[list[_Mention], int | None]:
    """Reported days (full dates, and past-tense partial dates given the nearest full date's
    year), and the latest year the text names as a year alone ("in 2010"), if any."""
    ctx = Context(text, None)
    full: list[_Mention] = []
    partial: list[tuple[int, int, int, int]] = []
    year = None
    for tx in tag(text, None):
        if tx.type == "DATE" and _YEAR.match(tx.value) and tx.value in tx.text:
            y = int(tx.value)
            if y <= today.year and ctx.tense(tx.start, tx.end) != "future":
                year = max(year or y, y)
            continue
        m = _FULL_DATE.match(tx.value[:10]) if tx.type in ("DATE", "TIME") else None
        if m is None:
            continue
        if m[1] == "XXXX":
            if ctx.tense(tx.start, tx.end) == "past":
                partial.append((int(m[2]), int(m[3]), tx.start, tx.end))
            continue
        if not _HAS_YEAR.search(tx.text):
            continue
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        if d > today or ctx.tense(tx.start, tx.end) == "future":
            continue
        stamp = _STAMP_TAIL.match(text, tx.end) is not None
        full.append(_Mention(d, tx.start, tx.end, True, stamp))
    out = list(full)
    if full:
        for month, day, start, end in partial:
            ref = min(full, key=lambda f: abs(f.start - start)).day
            cands = []
            for y in (ref.year - 1, ref.year, ref.year + 1):
                try:
                    cands.append(date(y, month, day))
                except ValueError:
                    continue
            if cands:
                d = min(cands, key=lambda c: abs((c - ref).days))
                if d <= today:
                    out.append(_Mention(d, start, end, False, False))
    return out, year


def _drop_late_outliers(found: list[_Mention], length: int) -> list[_Mention]:
    """Leave out dates far after the body's dates that only occur near the end of the text."""
    tail = length * (1 - _TAIL_SHARE)
    body = [f.day for f in found if f.start < tail]
    if not body:
        return found
    limit = max(body) + timedelta(days=_OUTLIER_DAYS)
    return [f for f in found if f.day <= limit or f.start < tail]


def _gap(cue: re.Match[str], latest: date) -> tuple[int, float, str]:
    """(days from `latest` to publication, confidence, cue name) implied by one cue."""
    if cue["today"]:
        return 0, 0.75, f'"{cue[0]}"'
    if cue["yesterday"]:
        return 1, 0.75, f'"{cue[0]}"'
    if cue["n"]:
        word = cue["n"].lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = n if cue["unit"].lower().startswith("day") else 7 * n
        return days, (0.65 if days == n else 0.5), f'"{cue[0]}"'
    if cue["lastweek"]:
        return 7, 0.5, f'"{cue[0]}"'
    if cue["lastmonth"]:
        return 30, 0.35, f'"{cue[0]}"'
    if cue["lastyear"]:
        return 365, 0.2, f'"{cue[0]}"'
    # A weekday: the first such day on/after `latest`, reported the same day.
    wd = WEEKDAYS[cue["wd"].lower()]
    return (wd - latest.isoweekday()) % 7, 0.55, f'"{cue[0]}" as a day on or after it'


def estimate_publication(
    text: str, today: date, title: str | None = None
) -> PublicationEstimate | None:
    """Estimate when `text` was published from the dates it reports; never after `today`.

    `title` (optional) is read as the first line of the text. None when nothing in the text
    is dated; the reason of an estimate names its evidence in one line.
    """
    if title and title.strip():
        text = f"{title.strip()}\n{text or ''}"
    if not text or not text.strip():
        return None
    found, year = _mentions(text, today)
    if not found:
        return None
    stamps = [f for f in found if f.stamp]
    if stamps:
        first = min(stamps, key=lambda f: f.day)
        conf = 0.7 if len(stamps) > 1 else 0.6
        return PublicationEstimate(
            first.day, conf, f"earliest timestamp in the text ({text[first.start : first.end]})"
        )
    tail_only = all(f.start >= len(text) * (1 - _TAIL_SHARE) for f in found)
    found = _drop_late_outliers(found, len(text))
    latest = max(f.day for f in found)
    last = max((f for f in found if f.day == latest), key=lambda f: f.start)  # its last mention
    start, end = last.start, last.end
    said = text[start:end]
    ctx = Context(text, None)
    _, s_start, s_end = ctx._sentence(start)
    if s_end < len(text):  # the next sentence often carries the report's own time words
        s_end = ctx._sentence(s_end)[2]
    since = _SINCE.search(text, max(0, start - 20), start) is not None
    cues = [
        c
        for c in _CUES.finditer(text, s_start, s_end)
        if not (start <= c.start() < end) and not (c["wd"] and 0 <= start - c.end() <= 2)
    ]
    if cues:  # the cue nearest the date speaks about it
        cue = min(cues, key=lambda c: min(abs(c.start() - end), abs(start - c.end())))
        days, conf, how = _gap(cue, latest)
        reason = f"latest reported date {said} ({latest}), with {how} next to it"
    elif _CUES.search(text):  # relative talk elsewhere: a recent story, the gap unknown
        days, conf = 0, 0.3
        reason = f"latest reported date {said} ({latest}); relative dates elsewhere in the text"
    else:
        days, conf = 0, 0.25
        reason = f"latest reported date {said} ({latest}); nothing says how long after"
    if not last.explicit:
        conf *= 0.8
        reason += "; its year taken from a nearby full date"
    if tail_only:  # sidebars, comments and related links are dated after the article
        conf = min(conf, 0.1)
        reason += "; dated only near the end of the text"
    if year is not None and year > latest.year:  # "in 2009" after L: L is background
        conf = min(conf, 0.1)
        reason += f"; but the text also speaks of {year}, so that date is background"
        days = max(days, (date(year, 1, 1) - latest).days)
    if since:  # "the first since L": L is only a lower bound
        conf = min(conf, 0.2)
        reason += '; "since" makes it only a lower bound'
    # Several distinct reported days close to the latest one corroborate a fresh story.
    close = {f.day for f in found if 0 < (latest - f.day).days <= 14}
    conf = min(1.0, conf + 0.05 * min(len(close), 2))
    estimate = latest + timedelta(days=days)
    if estimate > today:
        estimate = today
        conf *= 0.8
        reason += "; capped at today"
    return PublicationEstimate(estimate, round(conf, 2), reason)


def infer_publication_date(text: str, today: date) -> tuple[date, float] | None:
    """(day, confidence) of `estimate_publication`, for callers that predate the reason."""
    found = estimate_publication(text, today)
    return (found.day, found.confidence) if found else None
