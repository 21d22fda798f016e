"""Per-text state for the tagger: DCT, the running anchor date, sentence tense, neighbours."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

# A sentence break: end punctuation, optional closing quote/bracket, space, capital letter.
# Not before a time zone ("5 p.m. EST"), nor between "p.m." and the day it belongs to.
# Only the end of a break is used. Every break begins right after ".", "!", "?" or at a
# newline, so the pattern consumes that character first: the regex engine then skips to
# those characters instead of trying the whole pattern at every position (same ends).
_NO_BREAK_AFTER_CLOCK = (
    r"(?:[ECMP][SD]T|GMT|UTC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_SENT_BREAK = re.compile(
    r"[.!?\n](?:"
    r"(?<=[.!?])(?<![ap]\.m\.)[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])(?!(?:[ECMP][SD]T|GMT|UTC)\b)"
    rf"|(?<=[ap]\.m\.)\s+(?=[A-Z])(?!{_NO_BREAK_AFTER_CLOCK})"
    r"|(?<=\n)\s*)"
)
_NOT_PAST = (
    "hundred|need|indeed|speed|feed|seed|breed|proceed|exceed|succeed|bed|red|shed|wed|bred|embed"
    "|scheduled|slated|expected|planned"
)
_TENSE_CUES = re.compile(
    r"(?P<f>\b(?:will|shall|would|won't|wo\s+n't|is\s+set\s+to|are\s+set\s+to|set\s+for|plans?\s+to"
    r"|planning\s+to|planned\s+(?:to|for)|scheduled|slated|expected\s+to|(?:is|are|was|were)\s+due"
    r"|going\s+to|gonna|upcoming|aims?\s+to|intends?\s+to|to\s+be\s+held|next(?!\s+to\b)"
    r"|set\s+to|as\s+soon\s+as"
    r"|(?:is|are)\s+to|effective)\b|['’]ll\b)"
    r"|(?P<p>\b(?:said|told|was|were|had|has|have|since|did|ago|last|yesterday|earlier|previously|began|came"
    r"|went|took|made|met|saw|left|held|fell|rose|won|lost|got|gave|found|sent|broke|ran|spoke"
    r"|wrote|brought|kept|paid|sold|built|led|became|struck|shot|fled|chose|drew|grew|knew"
    r"|threw|thought|stood|sat|felt|heard|meant|spent|bought|caught|taught|fought|sought|hit"
    rf"|(?!(?:{_NOT_PAST})\b)[a-z]{{2,}}ed)\b)"
)
# "will be paid", "to be held": a participle after "be" carries the tense of what precedes it.
_AUX_BEFORE = re.compile(r"\bbe\s+$")
# "-ed" words that are adjectives, not past tense: "unspecified", "an expected", "the revised".
_ADJECTIVE_ED = re.compile(r"un[a-z]+ed\b")
_DET_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|these|those|still)\s+$")
_PREV_TOKEN = re.compile(r"(\S+)\s+$")
_NEXT_TOKEN = re.compile(r"\s+(\S+)")
_PUNCT = "\"'“”‘’()[],.;:!?—–-"


def _word_before(pattern: re.Pattern[str], text: str, start: int, end: int, width: int) -> bool:
    """`pattern.search(text, start, end)` for `_AUX_BEFORE` and `_DET_BEFORE`.

    Such a match is a word of at most `width` letters right before the spaces that end the
    span, so only those last characters are searched (same answer; searching the whole span
    for every cue made long sentences quadratic).
    """
    word_end = end
    while word_end > start and text[word_end - 1].isspace():
        word_end -= 1
    return pattern.search(text, max(start, word_end - width), end) is not None


class Context:
    """What handlers need to know beyond the match: DCT, anchor, tense and nearby words."""

    __slots__ = (
        "text",
        "dct",
        "anchor",
        "quarter",
        "focus_year",
        "focus_month",
        "_starts",
        "_cues",
    )

    def __init__(self, text: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.anchor: date | None = None  # last day-granular DATE mentioned so far
        self.quarter: tuple[int, int] | None = None  # last (year, quarter) named so far
        self.focus_year: int | None = None  # year of the last calendar date named so far
        self.focus_month: str | None = None  # "YYYY-MM" of the last month-or-finer date
        self._starts: list[int] | None = None
        self._cues: dict[int, list[tuple[int, int, str]]] = {}

    def _sentence(self, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the rough sentence containing pos."""
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _SENT_BREAK.finditer(self.text)]
        i = bisect_right(self._starts, pos) - 1
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return i, self._starts[i], end

    def tense(self, start: int, end: int) -> str:
        """ "future", "past" or "none": the nearest tense cue before the span, else after it."""
        i, s_start, s_end = self._sentence(start)
        cues = self._cues.get(i)
        if cues is None:
            cues = [
                (m.start(), m.end(), "future" if m.lastgroup == "f" else "past")
                for m in _TENSE_CUES.finditer(self.text, s_start, s_end)
                if m.lastgroup == "f"
                or not (
                    _word_before(_AUX_BEFORE, self.text, s_start, m.start(), 2)
                    or _ADJECTIVE_ED.match(self.text, m.start())
                    or (
                        m.group().endswith("ed")
                        and _word_before(_DET_BEFORE, self.text, s_start, m.start(), 5)
                    )
                )
            ]
            self._cues[i] = cues
        before = [c for c in cues if c[1] <= start]
        if before:
            return before[-1][2]
        after = [c for c in cues if c[0] >= end]
        return after[0][2] if after else "none"

    def prev_token(self, pos: int) -> str:
        """The whitespace-separated token just before pos ("" when glued or at start)."""
        m = _PREV_TOKEN.search(self.text, max(0, pos - 40), pos)
        return m.group(1) if m else ""

    def prev_word(self, pos: int) -> str:
        """The previous token, lower-cased and stripped of punctuation."""
        return self.prev_token(pos).strip(_PUNCT).lower()

    def next_token(self, pos: int) -> str:
        """The whitespace-separated token just after pos, stripped of punctuation."""
        m = _NEXT_TOKEN.match(self.text, pos)
        return m.group(1).strip(_PUNCT) if m else ""

    def glued_next(self, pos: int) -> str:
        """Raw characters right after pos up to the next whitespace."""
        end = pos
        while end < len(self.text) and not self.text[end].isspace() and end - pos < 10:
            end += 1
        return self.text[pos:end]
