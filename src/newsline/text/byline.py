"""Bylines and headlines in plain text copied from the web.

A text file often carries what HTML metadata would: the headline as its first
line and a byline ("By Leo Marsh, Harbour FM News") near the top. These fill an
article's `title`, `author` and `source` when its metadata has none.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:van|von|de|da|del|der|le|la|bin|al|[A-Z][\w.'’-]*)){0,3}"
_BYLINE = re.compile(
    rf"^\s*(?:by|written\s+by|words\s+by|reporting\s+by)[:\s]+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)"
    r"(?:\s*(?:,|\||\s[-–—]|\bfor\b|\bof\b)\s*(?P<rest>[^\n]{2,80}?))?\s*\.?\s*$",
    re.IGNORECASE,
)
# Words that make the tail of a byline an outlet, not a role or a co-author.
_OUTLET = re.compile(
    r"\b(?:news|times|post|herald|radio|fm|am|tv|television|press|wire|journal|gazette|"
    r"courier|ledger|review|tribune|daily|weekly|agency|chronicle|telegraph|observer|"
    r"guardian|mail|express|star|sun|standard|record|bulletin|dispatch|examiner|"
    r"broadcasting|media|network|magazine|online|\.com|\.org|\.net)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|staff|contributor|analyst|"
    r"producer|journalist|bureau|chief)\b",
    re.IGNORECASE,
)
_LOWER_START = re.compile(r"^[a-z]")
MAX_HEADLINE_WORDS = 20
BYLINE_LINES = 8  # a byline sits near the top


def find_byline(text: str) -> tuple[str | None, str | None]:
    """(author, outlet) from a byline among the first lines of `text`, else (None, None)."""
    lines = [line for line in text.split("\n") if line.strip()][:BYLINE_LINES]
    for line in lines:
        if len(line) > 160:
            continue
        match = _BYLINE.match(line)
        if not match:
            continue
        names = _tidy(match.group("names"))
        rest = _tidy(match.group("rest") or "")
        if not names or _LOWER_START.match(names):
            continue
        if rest and _OUTLET.search(rest) and not _ROLE.search(rest):
            return names, rest
        if rest and not _ROLE.search(rest) and re.fullmatch(_NAME, rest):
            return f"{names}, {rest}", None  # "By Ann Lee, Bob Ray": two authors
        return names, None
    return None, None


def leading_headline(text: str, body: str | None = None) -> str | None:
    """The headline atop `text`: a short line without end punctuation before the body starts.

    `body` is the cleaned text: only paragraphs before its first one are considered
    (the page's top matter), so a short line inside the story is never taken.
    """
    first_body = body.lstrip().split("\n\n", 1)[0].strip() if body else None
    for para in text.lstrip().split("\n\n")[:BYLINE_LINES]:
        line = " ".join(para.split())
        if first_body is not None and line == " ".join(first_body.split()):
            break
        if "\n" not in para.strip() and _is_headline(line):
            if body is None and text.lstrip().split("\n\n", 1)[-1] == para:
                return None  # nothing after it
            return line
        if body is None:
            return None  # without the cleaned body, only the very first paragraph
    return None


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 4 <= len(words) <= MAX_HEADLINE_WORDS or line.endswith((".", ":", ",", ";")):
        return False
    if _LOWER_START.match(line) or _BYLINE.match(line) or any(c in line for c in "|>»›"):
        return False
    return not (line.startswith(("\u201c", '"')) and line.endswith(("\u201d", '"')))


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.|-–—")
