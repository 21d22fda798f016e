"""Undo Penn-Treebank tokenization (as in Timeline17 and other research corpora).

Research corpora ship text like ``-LRB- AP -RRB- `` `` We 're here , '' he said .``;
newsline reads it as ordinary prose so that sentences, quotes and dates look the
same as in web copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "-lrb-": "(",
    "-rrb-": ")",
    "-lsb-": "[",
    "-rsb-": "]",
    "-lcb-": "{",
    "-rcb-": "}",
}
_BRACKET_RE = re.compile("|".join(re.escape(k) for k in _BRACKETS))
_PTB_SIGNS = re.compile(r"-[LR][RSC]B-|(?:^|\s)``\s|\s''(?:\s|$)|\s(?:n't|'s|'re|'ve|'ll|'d|'m)\b")


def _keep_first(m: re.Match[str]) -> str:
    """Replacement that keeps only the first character of the match ("( " -> "(")."""
    return m[0][0]


# Each rule with what it needs: substrings (skipped when none occurs) or a guard regex that
# finds part of every match (skipped when it finds nothing), so skipping never changes the text.
# Spelled for speed, with the same matches as the plain spelling: `\s\s*` is `\s+` spelled so
# that the regex engine jumps from whitespace to whitespace instead of trying every position;
# kept characters are left to a lookahead or `_keep_first` rather than a "\1" template, which
# Python expands for every match.
_RULES: list[
    tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...] | re.Pattern[str]]
] = [
    (re.compile(r"``\s*"), "“", ("``",)),
    (re.compile(r"\s*''"), "”", ("''",)),
    # Spaces before a contraction, punctuation or a closing bracket, in one pass. (Each of
    # these rules deletes whole runs of spaces chosen by the characters next to them, which
    # no deletion changes, so their order does not matter.)
    (re.compile(r"\s\s*(?=(?:n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b|[.,;:!?%)\]}])"), "", ()),
    (re.compile(r"[(\[{]\s+"), _keep_first, ("(", "[", "{")),
    (re.compile(r"[$£€#]\s+(?=\d)"), _keep_first, ("$", "£", "€", "#")),
    (re.compile(r"\s\s*--\s+"), " — ", ("--",)),
    # "dockers ' union": every match holds "'" then two spaces, or one and the end.
    (re.compile(r"(?<=\w)\s+'\s+(?=\s|$)"), "'", re.compile(r"'\s(?:\s|\Z)")),
    (re.compile(r"[ \t][ \t]+"), " ", ("  ", "\t")),
]


def _close_quotes(text: str) -> str:
    r"""`re.sub(r"\s*''", "”", text)`: each '' and the whitespace before it become ”.

    Split and strip rather than that regex, which the engine would try at every position
    of the text; `str.rstrip` strips exactly the characters `\s` matches.
    """
    parts = text.split("''")
    return "”".join([p.rstrip() for p in parts[:-1]] + parts[-1:])


# Rules done faster by string methods, with the same result.
_FASTER: dict[re.Pattern[str], Callable[[str], str]] = {_RULES[1][0]: _close_quotes}


def looks_tokenized(text: str) -> bool:
    """True when text shows Penn-Treebank tokenization marks (a few hits, not one stray)."""
    hits = _PTB_SIGNS.finditer(text[:20000])
    return next(hits, None) is not None and next(hits, None) is not None


def _needed(text: str, needs: tuple[str, ...] | re.Pattern[str]) -> bool:
    """False when a rule cannot match `text` (see `_RULES`)."""
    if isinstance(needs, re.Pattern):
        return needs.search(text) is not None
    return not needs or any(s in text for s in needs)


def detokenize(text: str) -> str:
    """Turn PTB-tokenized text back into ordinary prose, line by line."""
    if "B-" in text or "b-" in text:
        text = _BRACKET_RE.sub(lambda m: _BRACKETS[m.group(0)], text)
    for pattern, repl, needs in _RULES:
        if _needed(text, needs):
            faster = _FASTER.get(pattern)
            text = faster(text) if faster else pattern.sub(repl, text)
    return text
