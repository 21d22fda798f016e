"""Infer an article's publication date from its content, when nothing else gives one.

Last resort after metadata, HTML, a header line and a dateline. The evidence is the fully
specified dates (with a year) that the article reports as past, and how it speaks of the
latest of them:

- the latest explicit past date L is a lower bound: news is published on or after the days
  it reports;
- relative words in L's sentence tell how far after it the article was written: "yesterday"
  (one day), "today" (the same day), "on Thursday" (the first Thursday on or after L, then
  about a day), "last week", "two days ago", "last month", …;
- "since L" ("the first meeting since Nov. 14, 2022") makes L only a bound: the event the
  sentence reports came later, by an unknown gap, so confidence is low.

The estimate is never after `today`; with no such date there is no estimate (None).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsline.temporal.context import Context
from newsline.temporal.lexicon import NUMBER_WORDS, WEEKDAYS
from newsline.temporal.tagger import tag

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
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


def _explicit_past_dates(text: str, today: date) -> list[tuple[date, int, int]]:
    """(day, start, end) of every fully specified date the text does not speak of as future."""
    ctx = Context(text, None)
    out = []
    for tx in tag(text, None):
        m = _FULL_DATE.match(tx.value[:10]) if tx.type in ("DATE", "TIME") else None
        if m is None or not _HAS_YEAR.search(tx.text):
            continue
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        if d > today or ctx.tense(tx.start, tx.end) == "future":
            continue
        out.append((d, tx.start, tx.end))
    return out


def _gap(cue: re.Match[str], latest: date) -> tuple[int, float]:
    """(days from `latest` to publication, confidence) implied by one relative cue."""
    if cue["today"]:
        return 0, 0.75
    if cue["yesterday"]:
        return 1, 0.75
    if cue["n"]:
        word = cue["n"].lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        return (n, 0.65) if cue["unit"].lower().startswith("day") else (7 * n, 0.5)
    if cue["lastweek"]:
        return 7, 0.5
    if cue["lastmonth"]:
        return 30, 0.35
    if cue["lastyear"]:
        return 365, 0.2
    # A weekday: the first such day on/after `latest`, reported about a day later.
    wd = WEEKDAYS[cue["wd"].lower()]
    return (wd - latest.isoweekday()) % 7 + 1, 0.55


def infer_publication_date(text: str, today: date) -> tuple[date, float] | None:
    """Estimate when `text` was published from the dates it reports, with a confidence in [0, 1].

    None when the text has no fully specified past date. The estimate is never after `today`.
    """
    if not text or not text.strip():
        return None
    found = _explicit_past_dates(text, today)
    if not found:
        return None
    latest = max(d for d, _, _ in found)
    start, end = max((s, e) for d, s, e in found if d == latest)  # its last mention
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
        days, conf = _gap(cue, latest)
    elif _CUES.search(text):  # relative talk elsewhere: a recent story, the gap unknown
        days, conf = 1, 0.3
    else:
        days, conf = 0, 0.25
    if since:  # "the first since L": L is only a lower bound
        conf = min(conf, 0.2)
    # Several distinct reported days close to the latest one corroborate a fresh story.
    close = {d for d, _, _ in found if 0 < (latest - d).days <= 14}
    conf = min(1.0, conf + 0.05 * min(len(close), 2))
    estimate = latest + timedelta(days=days)
    if estimate > today:
        estimate = today
        conf *= 0.8
    return estimate, round(conf, 2)
