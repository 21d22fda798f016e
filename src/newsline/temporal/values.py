"""TIMEX3 value strings: formatting helpers and reading a value back as a timeline day."""

from __future__ import annotations

import re
from datetime import date

from newsline.temporal.lexicon import UNITS, unit_stem

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")


def day_value(d: date) -> str:
    """ISO day value ("2024-03-18")."""
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    """Month value ("2024-03")."""
    return f"{year:04d}-{month:02d}"


def week_value(d: date, weekend: bool = False) -> str:
    """ISO week value of the week containing `d` ("2024-W11", or "2024-W11-WE")."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


# Fractions go to the next smaller unit: (letter, is clock unit) -> (smaller unit, factor).
_SPLIT = {
    ("Y", False): ("M", 12),
    ("M", False): ("D", 30),
    ("W", False): ("D", 7),
    ("D", False): ("H", 24),
    ("H", True): ("M", 60),
    ("M", True): ("S", 60),
}


def _num(n: float) -> str:
    """Number for a duration: 3.0 -> "3", 1.5 -> "1.5"."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration for n units ("P2W", "PT3H", "PXY" when n is vague)."""
    letter, mult, is_time = UNITS[unit_stem(unit)]
    prefix = "PT" if is_time else "P"
    if n is None:
        if mult == 10:
            return "PXDE"
        if mult == 100:
            return "PXCE"
        return f"{prefix}X{letter}"
    total = n * mult
    if not float(total).is_integer() and (letter, is_time) in _SPLIT:
        small, factor = _SPLIT[(letter, is_time)]
        rest = (total - int(total)) * factor
        if float(rest).is_integer():  # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
            head = f"{int(total)}{letter}" if int(total) else ""
            if letter == "D" and not is_time:
                return f"P{head}T{int(rest)}{small}"
            return f"{prefix}{head}{int(rest)}{small}"
    return f"{prefix}{_num(total)}{letter}"


def value_to_day(value: str) -> tuple[str, str] | None:
    """Read a TIMEX3 value as (date string, day|month|year) for the timeline, else None."""
    m = _DAY.match(value)
    if m:
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d.isoformat(), "day"
    m = _MONTH.match(value)
    if m:
        return (value, "month") if 1 <= int(m[2]) <= 12 else None
    if _YEAR.match(value):
        return value, "year"
    return None
