"""Find time expressions in English news text and normalize them to TIMEX3 values.

One scan for trigger words, the master regex tried only there; each match is handed to the
handler of its family (see handlers.py). Clock times get their day after the scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from newsline.records import TimeExpression
from newsline.temporal.context import Context
from newsline.temporal.handlers import HANDLERS
from newsline.temporal.patterns import FAMILY, MASTER, TRIGGERED_MASTER
from newsline.temporal.resolve import shift_quarter
from newsline.temporal.values import value_to_day

_CLOCK_GAP = re.compile(r"[\s,]*(?:(?:on|at|of|this|from)\s+)?[\s,]*")


def _fill_clock_days(found: list[TimeExpression], text: str, dct: date | None) -> None:
    """Give clock times ("T10:00") the day of an adjacent day-level date, else the DCT."""
    for i, tx in enumerate(found):
        if not tx.value.startswith("T"):
            continue
        day = None
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found) or found[j].value.startswith("T"):
                continue
            a, b = (found[j], tx) if j < i else (tx, found[j])
            if not _CLOCK_GAP.fullmatch(text, a.end, b.start):
                continue
            resolved = value_to_day(found[j].value)
            if resolved and resolved[1] == "day":
                day = resolved[0]
                break
        if day is None:
            day = dct.isoformat() if dct else "XXXX-XX-XX"
        found[i] = TimeExpression(tx.start, tx.end, tx.text, tx.type, day + tx.value)


_CLOCK_DAY_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _merge_clock_days(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Join a clock time and the day right after it ("5 p.m. EST Tuesday") into one TIME."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(found):
        tx = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and tx.type == "TIME"
            and "T" in tx.value
            and nxt.type == "DATE"
            and _CLOCK_DAY_GAP.fullmatch(text, tx.end, nxt.start)
            and tx.value.startswith(nxt.value)
            and len(nxt.value) == 10
        ):
            out.append(
                TimeExpression(tx.start, nxt.end, text[tx.start : nxt.end], "TIME", tx.value)
            )
            i += 2
            continue
        out.append(tx)
        i += 1
    return out


# "April 24 and 25": a bare day number right after a month-day date shares its month.
_SECOND_DAY = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y>1[89]\d\d|2[01]\d\d)\b)?"
    r"(?=[,.;:)]|$|\s+(?:in|at|on|when|for|with|by|from|during|before|after)\b)"
)
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?$")


def _add_second_days(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Tag the second day of "April 24 and 25" / "June 3-5, 2021" with the first one's month."""
    out: list[TimeExpression] = []
    for i, tx in enumerate(found):
        out.append(tx)
        if tx.type != "DATE" or len(tx.value) != 10 or not _ENDS_WITH_DAY.search(tx.text):
            continue
        m = _SECOND_DAY.match(text, tx.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        try:
            first = date.fromisoformat(tx.value)
            if m["y"]:  # "June 3-5, 2021": the year after the range is both days'
                first = first.replace(year=int(m["y"]))
            second = first.replace(day=int(m["d"]))
        except ValueError:
            continue
        if second > first:
            if m["y"]:
                out[-1] = TimeExpression(tx.start, tx.end, tx.text, tx.type, first.isoformat())
            start = m.start("d")
            out.append(
                TimeExpression(start, m.end(), text[start : m.end()], "DATE", second.isoformat())
            )
    return out


def scan(text: str, fast: bool = True) -> Iterator[re.Match[str]]:
    """Leftmost, non-overlapping master matches; `fast` tries only at trigger words."""
    return (TRIGGERED_MASTER if fast else MASTER).finditer(text)


def tag(text: str, dct: date | None = None, *, fast: bool = True) -> list[TimeExpression]:
    """Time expressions in `text`, sorted and non-overlapping, normalized against `dct`."""
    ctx = Context(text, dct)
    found: list[TimeExpression] = []
    has_clock = False
    for m in scan(text, fast):
        name = m.lastgroup
        if name is None:
            continue
        fm = FAMILY[name].match(text, m.start())
        if fm is None:  # cannot happen: the family matched inside the master pattern
            continue
        try:
            result = HANDLERS[name](fm, ctx)
        except (OverflowError, ValueError):  # arithmetic off the calendar (DCT near 1 or 9999)
            continue
        if result is None:
            continue
        kind, value = result[0], result[1]
        start, end = (result[2], result[3]) if len(result) == 4 else (fm.start(), fm.end())
        found.append(TimeExpression(start, end, text[start:end], kind, value))
        if value.startswith("T"):
            has_clock = True
        elif name == "quarter" and len(value) == 7 and value[:4].isdigit():
            named = (int(value[:4]), int(value[6]))
            # Reports are about completed quarters: a quarter still running at the DCT is an
            # outlook ("fourth-quarter sales will…") and does not become the reported one.
            if dct is None or named <= shift_quarter(dct, -1):
                ctx.quarter = named
        elif kind in ("DATE", "TIME"):
            resolved = value_to_day(value)
            if resolved and resolved[1] == "day":
                ctx.anchor = date.fromisoformat(resolved[0])
            if resolved:
                ctx.focus_year = int(resolved[0][:4])
                ctx.focus_month = resolved[0][:7] if resolved[1] != "year" else None
    if has_clock:
        _fill_clock_days(found, text, dct)
        found = _merge_clock_days(found, text)
    return _add_second_days(found, text)
