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
from newsline.temporal.patterns import FAMILY, MASTER, TRIGGER
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


def scan(text: str, fast: bool = True) -> Iterator[re.Match[str]]:
    """Leftmost, non-overlapping master matches; `fast` tries only at trigger words."""
    if not fast:
        yield from MASTER.finditer(text)
        return
    last = 0
    for t in TRIGGER.finditer(text):
        pos = t.start()
        if pos < last:
            continue
        m = MASTER.match(text, pos)
        if m is not None:
            last = m.end()
            yield m


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
            ctx.quarter = (int(value[:4]), int(value[6]))
        elif kind in ("DATE", "TIME"):
            resolved = value_to_day(value)
            if resolved and resolved[1] == "day":
                ctx.anchor = date.fromisoformat(resolved[0])
    if has_clock:
        _fill_clock_days(found, text, dct)
    return found
