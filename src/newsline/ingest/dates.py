"""Parse publication-date strings from metadata and text headers into `date`s."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime

from dateutil import parser as dateparser

MIN_YEAR, MAX_YEAR = 1900, 2100

# Words allowed around a date in a header value ("on May 4, 2021 at 9:30 a.m. EDT").
_FILLER = {
    "on", "at", "the", "of", "and", "last", "updated", "published", "posted", "modified",
    "am", "pm", "a", "m", "p", "et", "pt", "ct", "mt", "hrs", "h", "local", "time",
}  # fmt: skip
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_DEFAULTS = (datetime(1972, 1, 1), datetime(1973, 2, 2))


def _parse_parts(text: str, fuzzy: bool) -> tuple[datetime, datetime, tuple[str, ...]] | None:
    """Parse `text` with two different defaults so missing year/month/day can be detected."""
    results = []
    skipped: tuple[str, ...] = ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # UnknownTimezoneWarning for "EDT" etc.
        for default in _DEFAULTS:
            try:
                if fuzzy:
                    value, skipped = dateparser.parse(text, default=default, fuzzy_with_tokens=True)
                else:
                    value = dateparser.parse(text, default=default)
            except (ValueError, OverflowError, TypeError, AttributeError):
                return None
            results.append(value)
    return results[0], results[1], skipped


def _only_filler(tokens: tuple[str, ...]) -> bool:
    """True when fuzzy-skipped tokens are just punctuation and filler words."""
    words = re.findall(r"[A-Za-z]+", " ".join(tokens))
    return all(w.lower() in _FILLER for w in words)


def _to_date(a: datetime, b: datetime) -> tuple[date | None, bool]:
    """Return (the date if year, month and day were all given, whether year+month were)."""
    if a.year != b.year or a.month != b.month or not MIN_YEAR <= a.year <= MAX_YEAR:
        return None, False
    return (a.date() if a.day == b.day else None), True


def parse_header_date(text: str) -> tuple[bool, date | None]:
    """Strictly read a header value: (is it a date with year and month?, the full date if any)."""
    text = text.strip()
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return False, None
    parts = _parse_parts(text, fuzzy=False)
    if parts is None:
        parts = _parse_parts(text, fuzzy=True)
        if parts is None or not _only_filler(parts[2]):
            return False, None
    day, ok = _to_date(parts[0], parts[1])
    return ok, day


def _from_epoch(value: float) -> date | None:
    """Epoch seconds or milliseconds to a UTC date, if plausible."""
    if value > 1e11:
        value /= 1000.0
    try:
        day = datetime.fromtimestamp(value, tz=UTC).date()
    except (ValueError, OverflowError, OSError):
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def parse_metadata_date(value: object) -> date | None:
    """Liberally read a metadata date (ISO, RFC 822, epoch s/ms, date objects); else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    if _EPOCH.match(text) and not re.fullmatch(r"\d{8}", text):
        return _from_epoch(float(text))
    parts = _parse_parts(text, fuzzy=False)
    if parts is None:
        return None
    return _to_date(parts[0], parts[1])[0]
