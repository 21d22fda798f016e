"""The timeline as CSV: one row per event summary sentence, with the report it cites.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab)
get a leading apostrophe: article text is untrusted.
"""

from __future__ import annotations

import csv
import io

from newsline.records import Timeline

from . import common

COLUMNS = (
    "event_id",
    "date",
    "granularity",
    "headline",
    "rank",
    "sentence",
    "article_id",
    "source",
    "title",
    "url",
    "published",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else common.one_line(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(t: Timeline) -> str:
    """CSV text with a header row; events in date order, sentences in summary order."""
    by_id = {a.id: a for a in t.articles}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in common.sorted_events(t):
        for rank, s in enumerate(e.summary, start=1):
            a = by_id.get(s.article_id)
            writer.writerow(
                [
                    _cell(e.id),
                    _cell(e.date),
                    _cell(e.granularity),
                    _cell(e.headline),
                    rank,
                    _cell(s.text),
                    _cell(s.article_id),
                    _cell(common.outlet(a, fallback="")),
                    _cell(a.title if a else ""),
                    _cell(a.url if a else ""),
                    common.iso_day(a.published) if a else "",
                ]
            )
    return out.getvalue()
