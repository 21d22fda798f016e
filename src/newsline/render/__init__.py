"""newsline.render: a Timeline as JSON (the contract), Markdown or a self-contained HTML page.

Pure functions from records to strings; the CLI writes the files.
"""

from __future__ import annotations

from collections.abc import Callable

from newsline.records import Timeline

from .data import SCHEMA, article_to_dict, timeline_to_dict, to_json
from .html import TEMPLATES_DIR, environment, timeline_context, to_html
from .markdown import to_markdown

FORMATS: dict[str, str] = {"json": "timeline.json", "md": "timeline.md", "html": "timeline.html"}

_RENDERERS: dict[str, Callable[[Timeline], str]] = {
    "json": to_json,
    "md": to_markdown,
    "html": to_html,
}


def render(t: Timeline, fmt: str) -> str:
    """The timeline in one of FORMATS ("json", "md", "html")."""
    try:
        renderer = _RENDERERS[fmt]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown timeline format {fmt!r}; expected one of {', '.join(FORMATS)}"
        ) from None
    return renderer(t)


__all__ = [
    "FORMATS",
    "SCHEMA",
    "TEMPLATES_DIR",
    "article_to_dict",
    "environment",
    "render",
    "timeline_context",
    "timeline_to_dict",
    "to_html",
    "to_json",
    "to_markdown",
]
