"""Per-family handlers: turn a pattern match into a TIMEX3 (type, value), or reject it.

A handler returns (type, value), (type, value, start, end) for a narrower span, or None for
a false positive ("2021 people", "June Carter").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsline.temporal import resolve as R
from newsline.temporal.context import Context
from newsline.temporal.lexicon import (
    AMBIGUOUS_MONTHS,
    DECADE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    WEEKDAYS,
    number_value,
    spelled_year,
    unit_stem,
)
from newsline.temporal.patterns import QUARTER_ENDED
from newsline.temporal.values import day_value, duration_value, month_value, week_value

Result = tuple[str, str] | tuple[str, str, int, int] | None
Handler = Callable[[re.Match[str], Context], Result]

_MONTH_CUES = frozenset(
    "in since until till by from through during before after of last next this early late mid "
    "to between and or end beginning start middle".split()
)
_SEASON_CUES = frozenset("in during since until till by through before after of and or".split())
_YEAR_BAD_PREV = frozenset(
    "no nos number section route flight boeing airbus model room rule article highway interstate "
    "page pages suite unit apt chapter resolution form code vol volume box bus line channel gate "
    "platform track exit windows iphone galaxy version mark type class series bill pin extension "
    "ext call dial tel phone hb sb hr ord par paragraph item lot plot row seat".split()
)
_YEAR_QUANTITY_PREV = frozenset(
    "about around nearly almost some than least approximately roughly estimated only just total "
    "additional another extra".split()
)
_COUNT_NOUNS = frozenset(
    "people persons residents workers employees jobs troops soldiers police officers protesters "
    "demonstrators votes voters units homes houses cars vehicles members students children women "
    "men passengers customers users cases deaths dead patients doctors nurses teachers miles "
    "kilometers kilometres km meters metres feet acres hectares tons tonnes barrels pounds "
    "kilograms kg dollars euros yen shares points calories words pages copies seats beds rooms "
    "flights ships boats planes animals cattle sheep birds trees signatures applications "
    "complaints arrests refugees migrants families households companies firms businesses stores "
    "schools villages cities of more others percent times strong plus visitors fans runners "
    "participants attendees delegates guests tickets items pieces products devices machines "
    "rifles guns weapons rounds bottles liters litres gallons square".split()
)
_YEAR_CUES = frozenset(
    "in since by until till of from through during before after early late mid the and to "
    "between year fiscal around circa c until throughout spring summer fall autumn winter "
    "january february march april may june july august september october november december "
    "this that its their his her our your".split()
)
_YEAR_NEXT_OK = frozenset(
    "was is has had saw will would brought marked proved became began ended and or to through "
    "marks sees could may might should also alone only onward onwards on when as after before "
    "season election elections census budget olympics games championship campaign".split()
)
_CLOCK_PREV = frozenset("at by until till from around before after since about to".split())
_MONEY_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|%|percent|dollars?|euros?|pounds?)(?:\W+[a-z]+)?\W*$",
    re.IGNORECASE,
)


def _norm(s: str) -> str:
    """Lower-case, single-spaced."""
    return " ".join(s.lower().split())


def _month(s: str) -> int:
    """Month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[s.lower().rstrip(".")]


def _valid(month: int, day: int) -> bool:
    """Whether month/day exists in some year (Feb 29 counts)."""
    try:
        date(2000, month, day)
    except ValueError:
        return False
    return True


def _full_date(year: int, month: int, day: int) -> tuple[str, str]:
    """DATE value of an explicit date; month-level when the day does not exist."""
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return "DATE", month_value(year, month)


def _partial_date(
    month: int, day: int, ctx: Context, start: int, end: int, wd: str | None = None
) -> Result:
    """DATE value of "June 18" with the year chosen from the DCT and the sentence's tense."""
    if not _valid(month, day):
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    tense = ctx.tense(start, end)
    if wd is not None:  # "Thursday, June 18": the year whose June 18 is a Thursday
        want = WEEKDAYS[wd.lower()]
        years = sorted(range(ctx.dct.year - 1, ctx.dct.year + 2), key=lambda y: y != ctx.dct.year)
        for year in years:
            if _safe(year, month, day, want):
                return "DATE", date(year, month, day).isoformat()
    d = R.month_day(month, day, ctx.dct, tense)
    return ("DATE", d.isoformat()) if d else None


def _safe(year: int, month: int, day: int, want: int) -> bool:
    """Whether year-month-day exists and falls on ISO weekday `want`."""
    try:
        return date(year, month, day).isoweekday() == want
    except ValueError:
        return False


def _bare_month(month: int, ctx: Context, start: int, end: int) -> tuple[str, str]:
    """DATE value of a month without a year, year chosen by tense."""
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    return "DATE", month_value(R.month_year(month, ctx.dct, ctx.tense(start, end)), month)


def _two_digit_year(yy: int, ctx: Context) -> int:
    """Century for a two-digit year: 20yy unless that is well after the DCT."""
    limit = (ctx.dct.year % 100 + 5) if ctx.dct else 40
    return 2000 + yy if yy <= limit else 1900 + yy


def _shift(anchor: date, n: float, unit: str, sign: int) -> tuple[str, str] | None:
    """DATE value n units before/after anchor at the unit's granularity; None for clock units."""
    stem = unit_stem(unit)
    if stem in ("second", "minute", "hour"):
        return None
    if stem == "day":
        if not n.is_integer():
            return None
        d = R.add_days(anchor, sign * int(n))
        return ("DATE", day_value(d)) if d else None
    if stem in ("week", "fortnight"):
        days = round(n * 7 * (2 if stem == "fortnight" else 1))
        d = R.add_days(anchor, sign * days)
        return ("DATE", week_value(d)) if d else None
    years = n * {"month": 1 / 12, "year": 1, "decade": 10, "century": 100}[stem]
    if float(years).is_integer():
        return "DATE", f"{anchor.year + sign * int(years):04d}"
    y, m = R.add_months(anchor.year, anchor.month, sign * round(years * 12))
    return "DATE", month_value(y, m)


# ---- handlers, one per family -------------------------------------------------------------

_ORD_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _quarter(y: int, q: int) -> tuple[str, str]:
    return "DATE", f"{y:04d}-Q{q}"


def _h_finper(m: re.Match[str], ctx: Context) -> Result:
    """Reporting periods: "the latest quarter", "the year-ago period", "the 1988 quarter".

    Earnings reports compare a quarter with the same quarter a year before; the quarter being
    reported is the last one the text named (else the last completed one before the DCT).
    """
    rep = ctx.quarter
    if rep is None and ctx.dct is not None:
        rep = R.shift_quarter(ctx.dct, -1)
    if m["ago"] or m["adj"] or m["back"]:
        if ctx.quarter is None and (m["adj"] or m["pu"] == "period" or m["pu5"] == "period"):
            return ("DATE", f"{ctx.dct.year - 1:04d}") if ctx.dct else None
        return _quarter(rep[0] - 1, rep[1]) if rep else None
    if m["lat"]:
        if rep is None:
            return None
        if m["lat"] == "current" and ctx.dct is not None:
            return _quarter(*R.shift_quarter(ctx.dct, 0))
        return _quarter(*rep)
    if m["pu5"]:
        end = m.end("pu5")
        ended = QUARTER_ENDED.match(ctx.text, end) if m["pu5"] == "quarter" else None
        if ended:  # "the quarter ended Sept. 30": the calendar quarter of that day
            month, day = _month(ended["mon"]), int(ended["d"])
            if ctx.dct is None or not _valid(month, day):
                return None
            d = R.month_day(month, day, ctx.dct, "past")
            if d is None:
                return None
            ctx.quarter = (d.year, (d.month - 1) // 3 + 1)
            return *_quarter(*ctx.quarter), m.start(), end
        if m["same"] or ctx.quarter is None:
            return None
        return *_quarter(*ctx.quarter), m.start(), end
    if m["y"]:
        year = int(m["y"])
        q = _ORD_NUM[m["ord"]] if m["ord"] else (ctx.quarter[1] if ctx.quarter else None)
        return _quarter(year, q) if q else ("DATE", m["y"])
    if ctx.dct is None:
        return None
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
    q = _ORD_NUM[m["ord2"]] if m["ord2"] else (ctx.quarter[1] if ctx.quarter else None)
    return _quarter(year, q) if q else ("DATE", f"{year:04d}")


_YEAR_WORD_CUES = frozenset("in since by until till of from through during before after".split())


def _h_recent(m: re.Match[str], ctx: Context) -> Result:
    """ "recent years" -> vague duration."""
    return "DURATION", duration_value(None, m["u"])


def _h_spyear(m: re.Match[str], ctx: Context) -> Result:
    """A year in words, as spoken in broadcast transcripts: "in nineteen ninety-six"."""
    year = spelled_year(m["sp"])
    if year is None:
        return None
    if m["mon"]:
        return "DATE", month_value(year, _month(m["mon"]))
    if m["se"]:
        season = m["se"].split()[1].lower()
        return "DATE", f"{year:04d}-{SEASONS[season]}"
    if not m["ty"] and m["sp"].lower().startswith("two"):
        if ctx.prev_word(m.start()) not in _YEAR_WORD_CUES:
            return None  # "two thousand people"
        nxt = ctx.next_token(m.end())
        if nxt[:1].islower():
            return None
    return "DATE", f"{year:04d}"


def _h_century(m: re.Match[str], ctx: Context) -> Result:
    """ "the 20th century" -> 19 (TIMEX3 centuries are the first two digits)."""
    n = int(m["n"]) if m["n"] else ORDINAL_WORDS.get(_norm(m["ow"]).replace(" ", "-"))
    if not n or n > 30:
        return None
    return "DATE", f"{n - 1:02d}"


def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    """The n-th ISO weekday `wd` of a month (n = -1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


def _holiday_date(name: str, year: int) -> date:
    """The date of a fixed or rule-based (US) holiday in a year."""
    n = name.lower().replace("’", "'")
    if n.startswith("christmas"):
        return date(year, 12, 24 if n.endswith("eve") else 25)
    if n.startswith("new year"):
        return date(year, 12, 31) if n.endswith("eve") else date(year, 1, 1)
    if n.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if n.startswith("halloween"):
        return date(year, 10, 31)
    if n.startswith("independence"):
        return date(year, 7, 4)
    if n.startswith("valentine"):
        return date(year, 2, 14)
    if n.startswith("labor"):
        return _nth_weekday(year, 9, 1, 1)
    if n.startswith("memorial"):
        return _nth_weekday(year, 5, 1, -1)
    if n.startswith("veterans"):
        return date(year, 11, 11)
    if n.startswith("boxing"):
        return date(year, 12, 26)
    return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)  # Election Day


_HOLIDAY_CUES = frozenset(
    "on before after since by until till at over for of around during".split()
)


def _h_yearend(m: re.Match[str], ctx: Context) -> Result:
    """ "by year-end", "since year-end": Dec. 31 of this year, or of last year after "since"."""
    if ctx.dct is None:
        return None
    back = ctx.prev_word(m.start()) == "since" or ctx.tense(m.start(), m.end()) == "past"
    year = ctx.dct.year - 1 if back and ctx.dct.month < 12 else ctx.dct.year
    return "DATE", f"{year:04d}-12-31"


def _h_holiday(m: re.Match[str], ctx: Context) -> Result:
    """ "Thanksgiving Day", "last Christmas", "New Year's Eve 2019" -> the day."""
    name = _norm(m["h"])
    if m["y"]:
        return "DATE", _holiday_date(name, int(m["y"])).isoformat()
    bare = " " not in name or name.startswith("new year") and not name.endswith(("day", "eve"))
    if bare and not m["rel"] and ctx.prev_word(m.start()) not in _HOLIDAY_CUES:
        return None  # "Christmas shopping", "a Thanksgiving dinner"
    if ctx.dct is None:
        return None
    dct = ctx.dct
    cands = [_holiday_date(name, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    rel = _norm(m["rel"]) if m["rel"] else ""
    if rel == "last":
        d = max(c for c in cands if c < dct)
    elif rel == "next":
        d = min(c for c in cands if c > dct)
    elif rel == "this":
        d = cands[1]
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past":
            d = max(c for c in cands if c <= dct)
        else:
            offsets: list[tuple[int, object]] = [((c - dct).days, c) for c in cands]
            d = R._choose(offsets, tense)  # type: ignore[assignment]
    return "DATE", d.isoformat()


def _h_monrelyr(m: re.Match[str], ctx: Context) -> Result:
    """ "June last year", "April 3 next year": the month or day in that year."""
    if ctx.dct is None:
        return None
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["ry"]]
    month = _month(m["mon"])
    if m["d"]:
        return _full_date(year, month, int(m["d"]))
    return "DATE", month_value(year, month)


def _h_iso(m: re.Match[str], ctx: Context) -> Result:
    """ISO 8601 date or date-time ("2021-06-18", "2021-06-18T10:00")."""
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return "TIME", f"{d.isoformat()}T{m['hh']}:{m['mi']}"
    return "DATE", d.isoformat()


def _h_slash(m: re.Match[str], ctx: Context) -> Result:
    """US numeric date ("6/18/2021"); two-digit years take the century near the DCT."""
    y = int(m["y"])
    if y < 100:
        y = _two_digit_year(y, ctx)
    if not 1800 <= y <= 2100:
        return None
    try:
        return "DATE", date(y, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def _h_daymonth(m: re.Match[str], ctx: Context) -> Result:
    """ "June 18, 2021" / "18 June": explicit year, else from DCT and tense."""
    month, day = _month(m["mon"]), int(m["d"])
    if m["y"]:
        return _full_date(int(m["y"]), month, day)
    return _partial_date(month, day, ctx, m.start(), m.end(), m["wd"])


def _h_ordw(m: re.Match[str], ctx: Context) -> Result:
    """ "the seventh of October": spelled-out ordinal day."""
    day = ORDINAL_WORDS[_norm(m["ow"])]
    month = _month(m["mon"])
    if m["y"]:
        return _full_date(int(m["y"]), month, day)
    return _partial_date(month, day, ctx, m.start(), m.end())


def _h_monyear(m: re.Match[str], ctx: Context) -> Result:
    """ "June 2021": a month."""
    return "DATE", month_value(int(m["y"]), _month(m["mon"]))


def _h_modmon(m: re.Match[str], ctx: Context) -> Result:
    """ "mid-March", "early 2024", "late 1990s": the modified period itself."""
    if m["dec"]:
        return "DATE", m["dec"][:3] + "X"
    if m["yr"]:
        return "DATE", m["yr"]
    month = _month(m["mon"])
    if m["y"]:
        return "DATE", month_value(int(m["y"]), month)
    return _bare_month(month, ctx, m.start(), m.end())


def _h_relunit(m: re.Match[str], ctx: Context) -> Result:
    """ "last week", "this month", "earlier this year", "the weekend" from the DCT."""
    dct = ctx.dct
    if dct is None:
        return None
    if m["we"]:
        weekend_now = dct.isoweekday() >= 6
        if weekend_now or ctx.tense(m.start(), m.end()) == "future":
            return "DATE", week_value(dct, weekend=True)
        return "DATE", week_value(dct - timedelta(days=7), weekend=True)
    if m["u2"]:
        rel, unit = "this", m["u2"]
    else:
        rel, unit = _norm(m["rel"]), m["u"]
    step = {"this": 0, "last": -1, "this past": -1, "next": 1, "this coming": 1}[rel]
    if unit == "day":
        return "DATE", day_value(dct)
    if unit in ("week", "weekend"):
        return "DATE", week_value(dct + timedelta(days=7 * step), weekend=unit == "weekend")
    if unit == "month":
        return "DATE", month_value(*R.add_months(dct.year, dct.month, step))
    if unit == "year":
        return "DATE", f"{dct.year + step:04d}"
    if unit == "quarter":
        y, q = R.shift_quarter(dct, step)
        return "DATE", f"{y:04d}-Q{q}"
    return "DATE", f"{dct.year // 10 + step:03d}X"  # decade


def _h_season(m: re.Match[str], ctx: Context) -> Result:
    """ "the spring of 2010", "last summer"; bare season words need a preposition."""
    code = SEASONS[m["s"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-{code}"
    pre = _norm(m["pre"]) if m["pre"] else ""
    if not pre and ctx.prev_word(m.start()) not in _SEASON_CUES:
        return None
    if pre == "the" and m["s"].lower() == "fall" and ctx.next_token(m.end()).lower() == "of":
        return None
    if ctx.dct is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    rel = pre if pre in ("last", "this past", "next", "this coming") else ""
    if pre == "this" and tense != "future":
        rel = "this"  # "this summer" in a past or present sentence: the current year's
    year = R.season(code, ctx.dct, tense, rel)
    return "DATE", f"{year:04d}-{code}"


def _rel_year(m: re.Match[str], ctx: Context) -> int | None:
    """Year named by the y / fy / ry ("last year") / ty ("the year") groups, if any."""
    if m["y"]:
        return int(m["y"])
    if "fy" in m.re.groupindex and m["fy"]:
        return int(m["fy"])
    if ctx.dct is None:
        return None
    if m["ry"]:
        return ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["ry"]]
    if m["ty"]:
        return ctx.dct.year
    return None


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORD_Q |= {"4th": 4, "final": 4, "last": 4}


def _h_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "Q3 2023", "the third quarter": a year-less quarter not yet begun is last year's."""
    q = int(m["q"]) if m["q"] else _ORD_Q[m["ord"].lower()]
    explicit = m["y"] or m["fy"] or m["ry"] or m["ty"]
    year = _rel_year(m, ctx)
    if year is None:
        if explicit or ctx.dct is None:
            return "DATE", f"XXXX-Q{q}"
        year = R.quarter_year(q, ctx.dct, ctx.tense(m.start(), m.end()))
    return "DATE", f"{year:04d}-Q{q}"


def _h_half(m: re.Match[str], ctx: Context) -> Result:
    """ "the first half of 2024" -> 2024-H1."""
    year = _rel_year(m, ctx)
    if year is None:
        return None
    return "DATE", f"{year:04d}-H{1 if m['h'].lower() == 'first' else 2}"


def _h_fiscal(m: re.Match[str], ctx: Context) -> Result:
    """ "fiscal 2023", "FY23" -> the year."""
    y = m["y"].lstrip("'’")
    year = int(y) if len(y) == 4 else _two_digit_year(int(y), ctx)
    return "DATE", f"{year:04d}"


def _h_decade(m: re.Match[str], ctx: Context) -> Result:
    """ "1990s", "the '90s", "the nineties" -> 199X."""
    if m["full"]:
        return "DATE", m["full"][:3] + "X"
    if m["word"]:
        return "DATE", f"19{DECADE_WORDS[m['word']]}X"
    d = int(m["short"][0])
    now = ctx.dct.year if ctx.dct else 2029
    return "DATE", (f"20{d}X" if 2000 + 10 * d <= now else f"19{d}X")


_DAY_OFFSET = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1}
_DAY_OFFSET |= {"tomorrow": 1, "today": 0}


def _h_dayrel(m: re.Match[str], ctx: Context) -> Result:
    """today / yesterday / tomorrow / tonight / this morning, from the DCT."""
    dct = ctx.dct
    if dct is None:
        return None
    if m["tonight"]:
        return "TIME", f"{dct.isoformat()}TNI"
    if m["part2"]:
        return "TIME", f"{dct.isoformat()}T{PARTS_OF_DAY[m['part2']]}"
    if m["lastnight"]:
        return "TIME", f"{(dct - timedelta(days=1)).isoformat()}TNI"
    d = dct + timedelta(days=_DAY_OFFSET[_norm(m["base"])])
    if m["part"]:
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m['part']]}"
    return "DATE", d.isoformat()


_ANCH_STEP = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1, "same": 0}
_ANCH_STEP |= {"before": -1, "earlier": -1, "after": 1, "later": 1}


def _h_that(m: re.Match[str], ctx: Context) -> Result:
    """ "that year", "later that day", "that same week": the period of the date in focus."""
    unit = m["u"].lower()
    if unit == "year":
        return ("DATE", f"{ctx.focus_year:04d}") if ctx.focus_year else None
    if unit == "month":
        return ("DATE", ctx.focus_month) if ctx.focus_month else None
    if ctx.anchor is None:
        return None
    if unit == "week":
        return "DATE", week_value(ctx.anchor)
    if unit in PARTS_OF_DAY:
        return "TIME", f"{ctx.anchor.isoformat()}T{PARTS_OF_DAY[unit]}"
    return "DATE", ctx.anchor.isoformat()


def _h_anch(m: re.Match[str], ctx: Context) -> Result:
    """ "the next day", "the following week", "the day before" from the last date."""
    anchor = ctx.anchor or ctx.dct
    if anchor is None:
        return None
    step = _ANCH_STEP[m["nx"] or m["ba"]]
    if m["wd"]:  # "the previous Friday": the Friday before the date in focus
        if step == 0:
            return None
        wd = WEEKDAYS[m["wd"].lower()]
        gap = (
            ((anchor.isoweekday() - wd) % 7 or 7)
            if step < 0
            else ((wd - anchor.isoweekday()) % 7 or 7)
        )
        return "DATE", (anchor + timedelta(days=step * gap)).isoformat()
    unit = m["u"] or m["u2"]
    if unit in PARTS_OF_DAY:
        return "TIME", f"{(anchor + timedelta(days=step)).isoformat()}T{PARTS_OF_DAY[unit]}"
    if unit == "day":
        return "DATE", (anchor + timedelta(days=step)).isoformat()
    if unit in ("week", "weekend"):
        return "DATE", week_value(anchor + timedelta(days=7 * step), weekend=unit == "weekend")
    if unit == "month":
        return "DATE", month_value(*R.add_months(anchor.year, anchor.month, step))
    return "DATE", f"{anchor.year + step:04d}"


def _count(m: re.Match[str]) -> float | None:
    """Numeric value of the match's n group (1 when absent), None when vague."""
    return 1.0 if not m["n"] else number_value(m["n"])


def _h_pastdur(m: re.Match[str], ctx: Context) -> Result:
    """ "the past few years", "the next two weeks": a duration, not a date."""
    n = _count(m)
    if not m["n"] and m["u"].endswith("s"):
        n = None  # "the past years"
    return "DURATION", duration_value(n, m["u"])


def _h_nowref(m: re.Match[str], ctx: Context) -> Result:
    """now / recently / the future -> PRESENT_REF / PAST_REF / FUTURE_REF."""
    if m["present"]:
        if m.group() == "Now" and ctx.text.startswith(",", m.end()):
            return None  # "Now, he says, ...": a discourse marker opening the sentence
        return "DATE", "PRESENT_REF"
    if m["current"]:  # "its current chief", not "the then current price"
        return None if ctx.prev_word(m.start()) == "then" else ("DATE", "PRESENT_REF")
    if m["past"]:
        return "DATE", "PAST_REF"
    if m.group().lower() == "soon":
        if ctx.prev_word(m.start()) == "as":  # "as soon as possible" is a time; "as soon as he" not
            tail = _AS_POSSIBLE.match(ctx.text, m.end())
            if tail is None:
                return None
            return "DATE", "FUTURE_REF", m.start() - len(ctx.prev_token(m.start())) - 1, tail.end()
        # "soon after the vote" relates two events; "was soon released" is past narrative.
        if ctx.next_token(m.end()).lower() in ("after", "afterwards", "afterward", "thereafter"):
            return None
        if ctx.tense(m.start(), m.end()) == "past":
            return None
    return "DATE", "FUTURE_REF"


_AS_POSSIBLE = re.compile(r"\s+as\s+(?:possible|practicable|feasible)\b")


def _h_ago(m: re.Match[str], ctx: Context) -> Result:
    """ "three days ago" counted back from the DCT at the unit's granularity."""
    n = number_value(m["n"]) if m["n"] else None
    if n is None or ctx.dct is None:  # vague ("years ago") or nothing to count back from
        return ("DATE", "PAST_REF") if ctx.dct is not None or n is None else None
    if n == 1 and unit_stem(m["u"]) == "year" and ctx.quarter is not None:
        return _quarter(ctx.quarter[0] - 1, ctx.quarter[1])  # "up 5% from a year ago"
    return _shift(ctx.dct, n, m["u"], -1) or ("DATE", "PAST_REF")


def _h_later(m: re.Match[str], ctx: Context) -> Result:
    """ "two days later" counted from the last mentioned date (else the DCT)."""
    anchor = ctx.anchor or ctx.dct
    n = number_value(m["n"])
    if anchor is None or n is None:
        return None
    if n == 1 and unit_stem(m["u"]) == "year" and m["dir"] == "earlier" and ctx.quarter:
        return _quarter(ctx.quarter[0] - 1, ctx.quarter[1])  # "from $3 million a year earlier"
    return _shift(anchor, n, m["u"], -1 if m["dir"] == "earlier" else 1)


def _h_inn(m: re.Match[str], ctx: Context) -> Result:
    """ "in three days": a future date in future sentences, else a duration."""
    start = m.start("mod") if m["mod"] else m.start("n")
    n = number_value(m["n"])
    if ctx.tense(m.start(), m.end()) == "future":
        if n is None:
            return "DATE", "FUTURE_REF", start, m.end()
        if ctx.dct is not None:
            shifted = _shift(ctx.dct, n, m["u"], 1)
            if shifted:
                return shifted[0], shifted[1], start, m.end()
    return "DURATION", duration_value(n, m["u"]), start, m.end()


def _h_set(m: re.Match[str], ctx: Context) -> Result:
    """every Monday / weekly / twice a week / per year / on Mondays -> SET."""
    if m["adv"]:
        if ctx.prev_word(m.start()) in _DETERMINERS:
            return None  # "its quarterly dividend", "the daily tally": an adjective
        return "SET", SET_ADVERBS[m["adv"].lower()]
    if m["wdp"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[m['wdp'][:-1].lower()]}"
    if m["fu"] or m["pu"]:
        return "SET", duration_value(1, m["fu"] or m["pu"])
    unit = m["u"]
    low = unit.lower()
    if low in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[low]}"
    if low == "weekend":
        return "SET", "XXXX-WXX-WE"
    if low in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[low]}"
    if low in SEASONS:
        return "SET", f"XXXX-{SEASONS[low]}"
    if low in MONTHS:
        return "SET", f"XXXX-{MONTHS[low]:02d}"
    n = 2.0 if m["n"] == "other" else _count(m)
    return "SET", duration_value(n, unit)


_DETERMINERS = frozenset(
    "a an the its their his her our your my this that these those first second latest regular "
    "usual normal".split()
)
_HALF = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "century": "P50Y"}


def _h_dur(m: re.Match[str], ctx: Context) -> Result:
    """ "two weeks", "three-day", "half an hour"; "$5 million a year" is a SET."""
    if m["hn"]:
        return "DURATION", _HALF[m["hu"]]
    n = number_value(m["n"])
    if m["half"] and n is not None:
        n += 0.5
    unit = m["u"]
    money = _MONEY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if m["n"].lower() in ("a", "an") and money:
        if unit_stem(unit) in ("hour", "day", "week", "month", "year"):
            return "SET", duration_value(1, unit)
    return "DURATION", duration_value(n, unit)


def _h_forvague(m: re.Match[str], ctx: Context) -> Result:
    """ "for years", "within weeks", "the weeks ahead" -> vague duration; "for a while" -> PXX."""
    if m["while"]:
        return "DURATION", "PXX"
    return "DURATION", duration_value(None, m["u"] or m["ua"])


def _clock(hour: int, minute: int) -> tuple[str, str]:
    """TIME placeholder value "Thh:mm"; the day is filled in after tagging."""
    return "TIME", f"T{hour:02d}:{minute:02d}"


def _h_clock(m: re.Match[str], ctx: Context) -> Result:
    """ "10 a.m.", "3:30 p.m. ET"."""
    hour = int(m["h"]) % 12 + (12 if m["ap"][0] in "pP" else 0)
    return _clock(hour, int(m["mi"] or 0))


def _h_clock24(m: re.Match[str], ctx: Context) -> Result:
    """ "14:30 GMT", "at 14:30", "1400 GMT"; bare h:mm could be a score, so needs a cue."""
    if m["h4"]:
        return _clock(int(m["h4"]), int(m["mi4"]))
    if not m["tz"] and ctx.prev_word(m.start()) not in _CLOCK_PREV:
        return None
    return _clock(int(m["h"]), int(m["mi"]))


def _h_oclock(m: re.Match[str], ctx: Context) -> Result:
    """ "ten o'clock"."""
    h = m["h"]
    return _clock(int(h) if h.isdigit() else NUMBER_WORDS[h.lower()], 0)


def _h_noon(m: re.Match[str], ctx: Context) -> Result:
    """noon / midday -> T12:00, midnight -> T24:00."""
    return _clock(24 if m["k"].lower() == "midnight" else 12, 0)


def _h_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "Thursday", "last Saturday", "Tuesday night": by modifier and tense."""
    wd = WEEKDAYS[m["wd"].lower()]
    part = f"T{PARTS_OF_DAY[m['part']]}" if m["part"] else ""
    kind = "TIME" if part else "DATE"
    if ctx.dct is None:
        return kind, f"XXXX-WXX-{wd}{part}"
    rel = _norm(m["rel"]) if m["rel"] else ""
    if rel in ("late", "early"):
        rel = ""
    # "Wednesday's ruling": a possessive names a day that has happened.
    possessive = not rel and ctx.text.startswith(("'s", "’s"), m.end())
    tense = "past" if possessive else ctx.tense(m.start(), m.end())
    d = R.weekday(wd, ctx.dct, tense, rel)
    return kind, d.isoformat() + part


def _h_monrel(m: re.Match[str], ctx: Context) -> Result:
    """ "last June", "next March": the nearest such month before/after the DCT's month."""
    month = _month(m["mon"])
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    rel, dct = _norm(m["rel"]), ctx.dct
    if rel == "this":
        year = dct.year
    elif rel == "next":
        year = dct.year if month > dct.month else dct.year + 1
    else:
        year = dct.year if month < dct.month else dct.year - 1
    return "DATE", month_value(year, month)


def _h_month(m: re.Match[str], ctx: Context) -> Result:
    """A bare month; March/April/May/June/August need a cue word and no name after."""
    name = m["mon"].lower()
    if name in AMBIGUOUS_MONTHS:
        if ctx.prev_word(m.start()) not in _MONTH_CUES:
            return None
        nxt = ctx.next_token(m.end())
        if nxt[:1].isupper() and ctx.glued_next(m.end())[:1] not in (",", "."):
            return None  # "in June Carter's ..." is a name
    return _bare_month(MONTHS[name], ctx, m.start(), m.end())


def _h_year(m: re.Match[str], ctx: Context) -> Result:
    """A bare year, unless context shows a count, a model number or an address."""
    tok = ctx.prev_token(m.start())
    prev = tok.strip("\"'“”‘’()[],.;:!?").lower()
    if tok[:1].isdigit() or tok.endswith(("+", "x", "×")) or prev in _YEAR_BAD_PREV:
        return None
    nxt = ctx.next_token(m.end())
    glued = ctx.glued_next(m.end())
    if not glued[:1].isalnum() and glued[:1] not in ("", "'", "’"):
        nxt_word = ""  # punctuation right after the number: it stands alone
    else:
        nxt_word = nxt.lower() if nxt[:1].islower() else ""
    if nxt_word in _COUNT_NOUNS:
        return None
    if nxt_word and prev not in _YEAR_CUES and nxt_word not in _YEAR_NEXT_OK:
        return None  # "holds 2021 crates": a count, not a year
    if prev in _YEAR_QUANTITY_PREV and nxt_word and nxt_word not in ("and", "to", "or"):
        return None
    return "DATE", m["y"]


HANDLERS: dict[str, Handler] = {
    "iso": _h_iso,
    "slash": _h_slash,
    "mdy": _h_daymonth,
    "dmy": _h_daymonth,
    "ordw": _h_ordw,
    "monyear": _h_monyear,
    "modmon": _h_modmon,
    "relunit": _h_relunit,
    "season": _h_season,
    "quarter": _h_quarter,
    "half": _h_half,
    "fiscal": _h_fiscal,
    "decade": _h_decade,
    "dayrel": _h_dayrel,
    "that": _h_that,
    "anch": _h_anch,
    "pastdur": _h_pastdur,
    "nowref": _h_nowref,
    "recent": _h_recent,
    "finper": _h_finper,
    "spyear": _h_spyear,
    "century": _h_century,
    "yearend": _h_yearend,
    "holiday": _h_holiday,
    "monrelyr": _h_monrelyr,
    "ago": _h_ago,
    "later": _h_later,
    "inn": _h_inn,
    "set": _h_set,
    "dur": _h_dur,
    "forvague": _h_forvague,
    "clock": _h_clock,
    "clock24": _h_clock24,
    "oclock": _h_oclock,
    "noon": _h_noon,
    "weekday": _h_weekday,
    "monrel": _h_monrel,
    "month": _h_month,
    "year": _h_year,
}
