"""Article records <-> Arrow tables, derived from the record dataclasses themselves.

The `articles` table has one column per scalar Article field; every Article field that
is a list of records (sentences, timexes, and quotes once Article has them) gets its own
child table keyed by the article's (part, pos). Adding a field to `records.py` adds a
column or a table here with no change to this module; the schema fingerprint changes,
so partitions written with the old schema are processed again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import date
from functools import cache
from typing import Any

import pyarrow as pa

from newsline.records import Article

SCHEMA_VERSION = "newsline.processed/1"
ARTICLES = "articles"
REJECTIONS = "rejections"
KEY_COLUMNS = ("part", "pos")  # partition number, position of the item in its partition
CHILD_KEY = "item"  # position of a child row within its article's list

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
}


@dataclasses.dataclass(frozen=True)
class Column:
    """One stored field: its name, Arrow type and how values are encoded ("plain" | "json")."""

    name: str
    type: pa.DataType
    encoding: str = "plain"


@dataclasses.dataclass(frozen=True)
class ChildTable:
    """A list-of-records field of Article stored as its own table."""

    field: str
    record: type
    columns: tuple[Column, ...]


def _strip_optional(hint: Any) -> Any:
    """`X | None` -> X."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _column(name: str, hint: Any) -> Column:
    """The Arrow column for a field type hint; anything unusual is stored as JSON text."""
    hint = _strip_optional(hint)
    if hint in _SCALARS:
        return Column(name, _SCALARS[hint])
    if typing.get_origin(hint) is list and typing.get_args(hint) == (str,):
        return Column(name, pa.list_(pa.string()))
    return Column(name, pa.string(), "json")


def _record_list(hint: Any) -> type | None:
    """The element type when the hint is `list[SomeDataclass]`."""
    if typing.get_origin(hint) is list:
        (element,) = typing.get_args(hint) or (None,)
        if dataclasses.is_dataclass(element):
            return element
    return None


@cache
def layout() -> tuple[tuple[Column, ...], tuple[ChildTable, ...]]:
    """Article columns and child tables, read from the Article dataclass."""
    hints = typing.get_type_hints(Article)
    columns: list[Column] = []
    children: list[ChildTable] = []
    for f in dataclasses.fields(Article):
        element = _record_list(hints[f.name])
        if element is None:
            columns.append(_column(f.name, hints[f.name]))
            continue
        sub_hints = typing.get_type_hints(element)
        sub = tuple(_column(g.name, sub_hints[g.name]) for g in dataclasses.fields(element))
        children.append(ChildTable(f.name, element, sub))
    return tuple(columns), tuple(children)


def child_tables() -> tuple[ChildTable, ...]:
    """The list-of-records fields stored as tables (sentences, timexes, ...)."""
    return layout()[1]


def table_names() -> list[str]:
    """Every table a partition writes."""
    return [ARTICLES, *(c.field for c in child_tables()), REJECTIONS]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one table."""
    key = [pa.field("part", pa.int32()), pa.field("pos", pa.int32())]
    if table == REJECTIONS:
        return pa.schema([*key, pa.field("input", pa.string()), pa.field("reason", pa.string())])
    columns, children = layout()
    if table == ARTICLES:
        return pa.schema(key + [pa.field(c.name, c.type) for c in columns])
    child = next(c for c in children if c.field == table)
    return pa.schema(
        [*key, pa.field(CHILD_KEY, pa.int32())] + [pa.field(c.name, c.type) for c in child.columns]
    )


def fingerprint() -> str:
    """Hash of the schema version and every table's columns: changes when records change."""
    desc = {t: [f"{f.name}:{f.type}" for f in arrow_schema(t)] for t in table_names()}
    blob = json.dumps([SCHEMA_VERSION, desc], sort_keys=True).encode()
    return hashlib.sha1(blob).hexdigest()[:16]


def _encode(column: Column, value: Any) -> Any:
    if column.encoding == "json":
        if value is None:
            return None
        plain = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
        return json.dumps(plain, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, list):
        return list(value)
    return value


def _decode(column: Column, value: Any) -> Any:
    if column.encoding == "json":
        return None if value is None else json.loads(value)
    return value


def article_row(article: Article) -> dict[str, Any]:
    """The articles-table values of one article (key columns excluded)."""
    columns, _ = layout()
    return {c.name: _encode(c, getattr(article, c.name)) for c in columns}


def child_rows(article: Article, child: ChildTable) -> list[dict[str, Any]]:
    """One row per element of a list-of-records field (key columns excluded)."""
    return [
        {CHILD_KEY: i, **{c.name: _encode(c, getattr(rec, c.name)) for c in child.columns}}
        for i, rec in enumerate(getattr(article, child.field))
    ]


def article_from(row: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> Article:
    """Rebuild an Article from its articles-table row and its child rows (in `item` order)."""
    columns, child_specs = layout()
    values: dict[str, Any] = {c.name: _decode(c, row.get(c.name)) for c in columns}
    for c in columns:
        if c.type == pa.list_(pa.string()) and values[c.name] is None:
            values[c.name] = []
    for spec in child_specs:
        rows = sorted(children.get(spec.field, []), key=lambda r: r[CHILD_KEY])
        values[spec.field] = [
            spec.record(**{c.name: _decode(c, r.get(c.name)) for c in spec.columns}) for r in rows
        ]
    return Article(**values)
