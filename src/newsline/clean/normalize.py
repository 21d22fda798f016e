"""Unicode repair and whitespace normalization for article text.

ftfy fixes mojibake ("donâ€™t" -> "don’t"); we then fold exotic spaces,
strip each line and collapse runs of blank lines so paragraphs are separated by
exactly one blank line. Lines of plain printable ASCII with no "&" are already
what ftfy would return, so only the other lines go through it (same output, far faster).
"""

from __future__ import annotations

import re

import ftfy

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# What makes `_SPACES.sub(" ", ...)` change a text: two spaces in a row or another space.
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BLANK_RUNS = re.compile(r"\n\n\n+")  # = \n{3,}, spelled so the engine searches for "\n\n\n"
# Anything ftfy might change: non-ASCII, control characters, carriage returns, HTML entities
# ("&"). One character class, so that the regex engine can skip the other characters fast.
_NEEDS_FTFY = re.compile(r"[^\t\n\x20-\x25\x27-\x7e]")
_CONFIG = ftfy.TextFixerConfig(explain=False, normalization="NFC", uncurl_quotes=False)


def fix_unicode(text: str) -> str:
    """`ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)`, skipping clean lines.

    Mirrors ftfy's own segmentation: one segment per line (cut at `max_decode_length`),
    and HTML unescaping switched off for the rest of the text once a segment holds "<".
    """
    if _NEEDS_FTFY.search(text) is None:
        return text
    config = _CONFIG
    out: list[str] = []
    pos = 0
    while pos < len(text):
        cut = text.find("\n", pos) + 1 or len(text)
        if cut - pos > config.max_decode_length:
            cut = pos + config.max_decode_length
        segment = text[pos:cut]
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if _NEEDS_FTFY.search(segment) is None:
            out.append(segment)
        else:
            out.append(ftfy.fix_and_explain(segment, config)[0])
        pos = cut
    return "".join(out)


def normalize_text(text: str) -> str:
    """Repair unicode, fold spaces, strip lines, keep one blank line between paragraphs."""
    text = fix_unicode(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    if "  " in text or _ODD_SPACE.search(text) is not None:
        text = _SPACES.sub(" ", text)  # the class holds no newline: same as line by line
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
