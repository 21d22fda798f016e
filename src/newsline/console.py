"""What every `newsline` command prints on stderr: one line per message, never wrapped.

Shared by `cli.py`, `follow_cli.py`, `scale/cli.py` and `temporal/cli.py` so that errors,
rejections and counts read the same whichever command printed them.
"""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

from newsline.records import Rejection

err = Console(stderr=True, highlight=False, soft_wrap=True)  # one message, one line


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `newsline: error: …` and return the Exit to raise (2 usage/input, 1 output)."""
    err.print(f"newsline: error: {message}", markup=False)
    return typer.Exit(code)


def say(message: str) -> None:
    """A `newsline: …` status line."""
    err.print(f"newsline: {message}", markup=False)


def report_rejection(item: Rejection, console: Console | None = None) -> None:
    """`rejected: INPUT: REASON`, one line (through a live progress bar's console if given)."""
    (console or err).print(f"rejected: {item.input}: {item.reason}", markup=False)


def parse_day(value: str | None, flag: str) -> date | None:
    """A YYYY-MM-DD flag value, or a usage error naming the flag."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{flag} must be a date as YYYY-MM-DD, got {value!r}") from None


def plural(count: int, noun: str) -> str:
    """ "1 event", "2 events"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
