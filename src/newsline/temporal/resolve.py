"""Anchoring arithmetic: pick the year of partial dates, resolve weekdays, shift calendars.

`tense` is "past", "future" or "none" (no cue): future picks the next occurrence on/after the
anchor, past prefers the previous one, none picks the nearest.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsline.temporal.lexicon import SEASON_MONTHS

PAST_BIAS = 3  # in past-tense sentences a future candidate counts as this many times further
FAR_AHEAD = 300  # days: a future reading this far ahead loses to a very recent past one
FUTURE_SLACK = 31
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _choose(offsets: list[tuple[int, object]], tense: str) -> object:
    """Pick among (offset from anchor, candidate) by tense; offsets < 0 are in the past."""
    if tense == "future":
        ahead = [c for c in offsets if c[0] >= 0]
        # A day almost a year ahead would be written with its year: a recent one is meant.
        recent = [c for c in offsets if -FUTURE_SLACK <= c[0] < 0]
        if ahead and not (recent and min(c[0] for c in ahead) > FAR_AHEAD):
            return min(ahead, key=lambda c: c[0])[1]
    bias = PAST_BIAS if tense == "past" else 1
    return min(offsets, key=lambda c: -c[0] if c[0] <= 0 else c[0] * bias)[1]


def month_day(month: int, day: int, anchor: date, tense: str) -> date | None:
    """The year-resolved date of "June 18" seen from `anchor`; None if it never exists."""
    cands: list[tuple[int, object]] = []
    for year in range(anchor.year - 4, anchor.year + 5):  # Feb 29 needs a leap year
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        cands.append(((d - anchor).days, d))
    return _choose(cands, tense) if cands else None  # type: ignore[return-value]


def month_year(month: int, anchor: date, tense: str) -> int:
    """The year of a bare month name ("in June") seen from `anchor`."""
    here = anchor.year * 12 + anchor.month
    cands: list[tuple[int, object]] = [
        (y * 12 + month - here, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    return _choose(cands, tense)  # type: ignore[return-value]


def weekday(wd: int, anchor: date, tense: str, rel: str = "") -> date:
    """The date of ISO weekday `wd` (1=Monday) near `anchor`, by modifier and tense."""
    back = (anchor.isoweekday() - wd) % 7
    fwd = (wd - anchor.isoweekday()) % 7
    if rel in ("last", "this past"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "this coming"):
        return anchor + timedelta(days=fwd or 7)
    if rel == "this" and tense != "past":
        return anchor + timedelta(days=fwd)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    if tense == "past" or back <= fwd:
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=fwd)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by n months."""
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def season(code: str, anchor: date, tense: str, rel: str = "") -> int:
    """The year of a season ("last summer", "this spring") seen from `anchor`."""
    month = anchor.month
    cur_code = next(c for c, months in SEASON_MONTHS.items() if month in months)
    cur_year = anchor.year - 1 if month in (1, 2) else anchor.year
    here = cur_year * 4 + _SEASON_ORDER.index(cur_code)
    idx = _SEASON_ORDER.index(code)
    cands = [((y * 4 + idx) - here, y) for y in (cur_year - 1, cur_year, cur_year + 1)]
    if rel in ("last", "this past"):
        return max((c for c in cands if c[0] < 0), key=lambda c: c[0])[1]
    if rel in ("next", "this coming"):
        return min((c for c in cands if c[0] > 0), key=lambda c: c[0])[1]
    if rel == "this":  # the season of the current year ("this summer" in March: the coming one)
        return anchor.year - 1 if code == "WI" and month in (1, 2) else anchor.year
    return _choose(cands, tense)  # type: ignore[return-value]


def quarter_year(q: int, anchor: date, tense: str) -> int:
    """The year of "the third quarter" with no year: this year unless it has not started yet."""
    if tense != "future" and date(anchor.year, 3 * (q - 1) + 1, 1) > anchor:
        return anchor.year - 1
    return anchor.year


def shift_quarter(anchor: date, n: int) -> tuple[int, int]:
    """(year, quarter) of the quarter n quarters from the one containing `anchor`."""
    idx = anchor.year * 4 + (anchor.month - 1) // 3 + n
    return idx // 4, idx % 4 + 1


def add_days(d: date, n: int) -> date | None:
    """d + n days, or None when it leaves the calendar."""
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None
