"""`newsline tag-time`: print the time expressions of a text as JSON Lines.

Offsets are character offsets into the input exactly as read: the bytes are decoded as
UTF-8 (invalid bytes become U+FFFD, one character each) with no newline translation or
other normalization, so `text[start:end]` of the decoded input is the expression.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from newsline.console import fail
from newsline.records import TimeExpression
from newsline.temporal.tagger import tag


def read_input(source: str) -> str:
    """The decoded text of FILE, or of stdin for "-", without newline translation."""
    if source == "-":
        raw = sys.stdin.buffer.read()
    else:
        raw = Path(source).read_bytes()
    return raw.decode("utf-8", errors="replace")


def parse_dct(value: str | None) -> date | None:
    """The --dct value as a date; ValueError with a readable message when it is not one."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"--dct must be a real date as YYYY-MM-DD, got {value!r}") from None


def tag_text(text: str, dct: date | None) -> list[TimeExpression]:
    """Time expressions of `text`, offsets into `text` as given (no normalization)."""
    return tag(text, dct) if text else []


def to_json(tx: TimeExpression) -> str:
    """One JSON Lines record for a time expression."""
    record = {"start": tx.start, "end": tx.end, "text": tx.text, "type": tx.type, "value": tx.value}
    return json.dumps(record, ensure_ascii=False)


def register(app: typer.Typer) -> None:
    """Add the `tag-time` command to `app`."""

    @app.command("tag-time")
    def tag_time(
        source: Annotated[
            str, typer.Argument(metavar="[FILE|-]", help="Text file to tag; '-' reads stdin.")
        ] = "-",
        dct: Annotated[
            str | None,
            typer.Option(
                "--dct",
                metavar="YYYY-MM-DD",
                help="Publication date that relative expressions resolve against "
                "(default: today, UTC).",
            ),
        ] = None,
    ) -> None:
        """Print each time expression in the text as a JSON line with its TIMEX3 value."""
        try:
            day = parse_dct(dct)
        except ValueError as exc:
            raise fail(str(exc)) from None
        try:
            text = read_input(source)
        except OSError as exc:
            raise fail(f"cannot read {source}: {exc.strerror or exc}") from None
        day = day or datetime.now(UTC).date()
        out = sys.stdout
        for tx in tag_text(text, day):
            out.write(to_json(tx) + "\n")
        out.flush()
