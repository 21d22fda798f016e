"""Read the date of a wire-style dateline ("LAGOS, June 3 (Reuters) -") at an article's start."""

from __future__ import annotations

import re
from datetime import date

from newsline.temporal.lexicon import MONTHS
from newsline.temporal.patterns import DAYNUM, MONTH, ORDSUF, WEEKDAY, YEAR4

_CITY = r"[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,2})?"
_SOURCE = r"(?:\s*\([^()\n]{1,40}\))?"
_DASH = r"(?:--|[-–—])"
DATELINE = re.compile(
    rf"\s*(?:{_CITY}{_REGION},\s+)?(?:{WEEKDAY},?\s+)?"
    rf"(?:(?P<mon>{MONTH})\s+(?P<d>{DAYNUM}){ORDSUF}?(?!\d)"
    rf"|(?P<d2>{DAYNUM}){ORDSUF}?\s+(?P<mon2>{MONTH}))"
    rf"(?:,?\s+(?P<y>{YEAR4}))?(?P<src>{_SOURCE})\s*(?:{_DASH}|(?P<nl>\n))"
)


def _candidates(month: int, day: int, years: range) -> list[date]:
    """Existing dates month/day in the given years."""
    out = []
    for y in years:
        try:
            out.append(date(y, month, day))
        except ValueError:
            pass
    return out


def dateline_end(text: str) -> int:
    """Offset where a dated dateline at the start of `text` ends (0 when there is none).

    The dateline's date is the filing date; it says nothing about when the news happened.
    """
    m = DATELINE.match(text)
    if m is None or (m["nl"] is not None and not (m["y"] or m["src"])):
        return 0
    return m.end()


def parse_dateline(
    text: str, dct_hint: date | None = None, today: date | None = None
) -> date | None:
    """Date of a dateline at the very start of `text`, or None when there is none.

    The year comes from the dateline, else the date nearest `dct_hint`, else the most recent
    such date not after `today` (default: the real today). A dateline without a date
    ("WASHINGTON — ") gives None.
    """
    m = DATELINE.match(text)
    if m is None:
        return None
    if m["nl"] is not None and not (m["y"] or m["src"]):
        return None  # a bare "June 3" line is a heading, not a dateline
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    day = int(m["d"] or m["d2"])
    if m["y"]:
        found = _candidates(month, day, range(int(m["y"]), int(m["y"]) + 1))
        return found[0] if found else None
    if dct_hint is not None:
        found = _candidates(month, day, range(dct_hint.year - 1, dct_hint.year + 2))
        return min(found, key=lambda d: abs((d - dct_hint).days)) if found else None
    today = today or date.today()
    found = _candidates(month, day, range(today.year - 4, today.year + 1))
    found = [d for d in found if d <= today]
    return max(found) if found else None
