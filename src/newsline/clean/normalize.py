"""Unicode repair and whitespace normalization for article text.

ftfy fixes mojibake ("donâ€™t" -> "don’t"); we then fold exotic spaces,
strip each line and collapse runs of blank lines so paragraphs are separated by
exactly one blank line.
"""

from __future__ import annotations

import re

import ftfy

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Repair unicode, fold spaces, strip lines, keep one blank line between paragraphs."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
