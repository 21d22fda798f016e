"""Helpers shared by the Markdown and HTML renderers: labels, dates, safe URLs, counts."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from newsline.records import Article, Event, Timeline

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SAFE_SCHEMES = frozenset({"http", "https"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def iso_day(value: date | datetime | str | None) -> str | None:
    """A publication date as YYYY-MM-DD (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] or None


def safe_url(url: str | None) -> str | None:
    """The URL when it may be rendered as a link (http/https with a host), else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    if any(ord(c) < 32 or c.isspace() for c in url):
        return None
    return url


def host(url: str | None) -> str | None:
    """The host name of a URL without a leading `www.`."""
    if not url:
        return None
    try:
        name = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not name:
        return None
    return name.removeprefix("www.")


def outlet(article: Article | None, fallback: str = "Unknown outlet") -> str:
    """What a citation calls an article's outlet: its source, else its URL's host."""
    if article is None:
        return fallback
    return (article.source or "").strip() or host(article.url) or fallback


def title(article: Article | None, fallback: str = "(untitled)") -> str:
    if article is None:
        return fallback
    return (article.title or "").strip() or fallback


def parse_event_date(value: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an event date YYYY-MM-DD | YYYY-MM | YYYY, else None."""
    value = str(value)
    if m := _DAY.match(value):
        y, mo, d = (int(g) for g in m.groups())
        try:
            date(y, mo, d)
        except ValueError:
            return None
        return y, mo, d
    if (m := _MONTH.match(value)) and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2)), None
    if m := _YEAR.match(value):
        return int(m.group(1)), None, None
    return None


def date_label(value: str) -> str:
    """'Wed 17 Sep 2025', 'September 2025' or '2025'; anything else as given."""
    parsed = parse_event_date(value)
    if parsed is None:
        return str(value)
    y, mo, d = parsed
    if d is not None and mo is not None:
        day = date(y, mo, d)
        return f"{WEEKDAYS[day.weekday()]} {d} {MONTHS[mo - 1]} {y}"
    if mo is not None:
        return f"{MONTHS_LONG[mo - 1]} {y}"
    return str(y)


def short_date(value: date | datetime | str | None) -> str | None:
    """'17 Sep 2025' for a day; other values as given."""
    text = iso_day(value)
    if text is None:
        return None
    parsed = parse_event_date(text)
    if parsed is None or parsed[2] is None or parsed[1] is None:
        return date_label(text)
    y, mo, d = parsed
    return f"{d} {MONTHS[mo - 1]} {y}"


def date_range(first: str, last: str) -> str:
    """A compact human range: '17–30 Sep 2025', '17 Sep – 3 Oct 2025', '2024 – Mar 2025'."""
    a, b = parse_event_date(first), parse_event_date(last)
    if first == last:
        return date_label(first)
    if a and b and a[2] is not None and b[2] is not None:
        (y1, m1, d1), (y2, m2, d2) = a, b
        if y1 == y2 and m1 == m2:
            return f"{d1}–{d2} {MONTHS[m2 - 1]} {y2}"
        if y1 == y2:
            return f"{d1} {MONTHS[m1 - 1]} – {d2} {MONTHS[m2 - 1]} {y2}"
    return f"{short_date(first)} – {short_date(last)}"


def generated_label(value: str) -> str:
    """'4 Oct 2025, 09:12 UTC' for an ISO timestamp; anything else as given."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    zone = ""
    if moment.tzinfo is not None:
        offset = moment.utcoffset()
        zone = " UTC" if offset is not None and not offset else f" {moment.strftime('%z')}"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}{zone}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def sorted_events(t: Timeline) -> list[Event]:
    """The timeline's events in date order (stable: same-day events keep their order)."""
    return sorted(t.events, key=lambda e: str(e.date))


def n_sources(t: Timeline) -> int:
    """Distinct outlets among the timeline's articles."""
    return len({outlet(a).casefold() for a in t.articles})


def event_outlets(event: Event, by_id: dict[str, Article]) -> list[str]:
    """Distinct outlets that support an event, in article order."""
    seen: dict[str, str] = {}
    for aid in event.articles:
        name = outlet(by_id.get(aid), fallback=str(aid))
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def one_line(text: object) -> str:
    """Text with all whitespace runs (newlines included) collapsed to one space."""
    return " ".join(str(text).split()) if text is not None else ""


def quoted_words(text: str, kind: str | None) -> str:
    """How a quote reads in a timeline: a direct quote in quotation marks; a partial one in
    marks with ellipses, since it is the speaker's words cut from the writer's sentence
    (“…a betrayal of the town…”); an indirect one as the reported clause, unmarked."""
    if kind == "partial":
        return f"“…{text.strip().rstrip('.,;:')}…”"
    if kind in (None, "", "direct"):
        return f"“{text}”"
    return text


def quote_view(q: dict, unnamed: str = "Unnamed speaker") -> dict:
    """One quote as the HTML templates show it (speaker, title, words as read, kind)."""
    kind = one_line(q.get("kind")) or "direct"
    text = one_line(q.get("text"))
    return {
        "speaker": one_line(q.get("speaker")) or unnamed,
        "speaker_title": one_line(q.get("speaker_title")),
        "text": text,
        "said": quoted_words(text, kind),
        "kind": kind,
        "direct": kind == "direct",
    }
