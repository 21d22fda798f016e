"""Read CSV/TSV files whose header row names article fields (one article per row)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from ..records import Article, Rejection
from .fields import has_text_field, record_to_article
from .sniff import decode


def _raise_field_limit() -> None:
    """Allow very large cells (full article texts, raw HTML)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


_raise_field_limit()


def _delimiter(first_line: str, kind: str) -> str:
    """Tab for TSV; for CSV the most frequent of comma, semicolon, tab in the header line."""
    if kind == "tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(
    data: str | bytes, path: str | None, label: str | None = None, kind: str = "csv"
) -> Iterator[Article | Rejection]:
    """Yield one Article per data row, Rejections for textless rows or a textless header."""
    label = label or path or "<stdin>"
    text = decode(data) if isinstance(data, bytes) else data
    if text is None:
        yield Rejection(label, "cannot decode as text")
        return
    text = text.lstrip("\ufeff")
    name = kind.upper()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:4096], kind))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield Rejection(label, f"{name} header cannot be read: {exc}")
        return
    columns = [c.strip() for c in header or []]
    if not has_text_field(columns):
        shown = ", ".join(c for c in columns if c) or "none"
        yield Rejection(label, f"{name} has no text column (columns: {shown})")
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(f"{label}:{start}", f"{name} row cannot be read: {exc}")
            break
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        record = dict(zip(columns, row, strict=False))
        yield record_to_article(record, path, f"{label}:{start}", start)
    if rows == 0:
        yield Rejection(label, f"{name} has no data rows")
