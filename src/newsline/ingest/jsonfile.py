"""Read JSON articles: JSON Lines, a list of objects, one object, or {"articles": [...]}."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from ..records import Article, Rejection
from .fields import record_to_article
from .sniff import decode

# Wrapper keys whose list value holds the articles ({"articles": [...]}, NewsAPI, feeds...).
_LIST_KEYS = ("articles", "items", "data", "results", "documents", "docs", "entries", "records")


def _records(value: object) -> list[object] | None:
    """The article objects inside a parsed JSON document, or None if it holds none."""
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        for key in _LIST_KEYS:
            for k, v in value.items():
                if str(k).lower() == key and isinstance(v, list):
                    return v
        return [value]
    return None


def _from_items(items: list[object], path: str | None, label: str) -> Iterator[Article | Rejection]:
    """Yield one Article or Rejection per item of a JSON array (label suffix is 1-based)."""
    for number, item in enumerate(items, start=1):
        where = f"{label}:{number}" if len(items) > 1 else label
        if not isinstance(item, Mapping):
            yield Rejection(where, f"item {number} is not a JSON object")
            continue
        yield record_to_article(item, path, where, number - 1)


def _from_lines(text: str, path: str | None, label: str) -> Iterator[Article | Rejection]:
    """Yield one result per non-blank JSON Lines line; a bad line never stops the rest."""
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        where = f"{label}:{number}"
        try:
            value = json.loads(line)
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            yield Rejection(where, f"invalid JSON on line {number}: {msg}")
            continue
        except RecursionError:
            yield Rejection(where, f"invalid JSON on line {number}: nested too deeply")
            continue
        if not isinstance(value, Mapping):
            yield Rejection(where, f"line {number} is not a JSON object")
            continue
        yield record_to_article(value, path, where, number)


def _some_line_is_object(text: str) -> bool:
    """True when at least one line on its own is a JSON object (so this is JSON Lines)."""
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                if isinstance(json.loads(line), Mapping):
                    return True
            except (ValueError, RecursionError):
                continue
    return False


def read_json(
    data: str | bytes, path: str | None, label: str | None = None
) -> Iterator[Article | Rejection]:
    """Yield Articles from a JSON or JSON Lines document, Rejections for bad lines or items."""
    label = label or path or "<stdin>"
    text = decode(data) if isinstance(data, bytes) else data
    if text is None:
        yield Rejection(label, "cannot decode as text")
        return
    text = text.lstrip("\ufeff")
    try:
        value = json.loads(text)
    except RecursionError:
        yield Rejection(label, "invalid JSON: nested too deeply")
        return
    except ValueError as exc:
        if _some_line_is_object(text):
            yield from _from_lines(text, path, label)
        else:
            line = getattr(exc, "lineno", None)
            msg = getattr(exc, "msg", str(exc))
            yield Rejection(label, f"invalid JSON on line {line}: {msg}" if line else msg)
        return
    items = _records(value)
    if items is None:
        yield Rejection(label, "JSON holds no article objects")
    elif not items:
        yield Rejection(label, "JSON holds an empty list")
    else:
        yield from _from_items(items, path, label)
