"""Undo Penn-Treebank tokenization (as in Timeline17 and other research corpora).

Research corpora ship text like ``-LRB- AP -RRB- `` `` We 're here , '' he said .``;
newsline reads it as ordinary prose so that sentences, quotes and dates look the
same as in web copy.
"""

from __future__ import annotations

import re

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

# Each rule with the substrings it needs: a rule is skipped when none occurs (same output).
_RULES: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    (re.compile(r"``\s*"), "“", ("``",)),
    (re.compile(r"\s*''"), "”", ("''",)),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b"), r"\1", ("'",)),
    (re.compile(r"\s+([.,;:!?%])"), r"\1", ()),
    (re.compile(r"([(\[{])\s+"), r"\1", ("(", "[", "{")),
    (re.compile(r"\s+([)\]}])"), r"\1", (")", "]", "}")),
    (re.compile(r"([$£€#])\s+(?=\d)"), r"\1", ("$", "£", "€", "#")),
    (re.compile(r"\s+--\s+"), " — ", ("--",)),
    (re.compile(r"(\w)\s+'\s+(?=\s|$)"), r"\1'", ("'",)),
    (re.compile(r"[ \t]{2,}"), " ", ()),
]


def looks_tokenized(text: str) -> bool:
    """True when text shows Penn-Treebank tokenization marks (a few hits, not one stray)."""
    return len(_PTB_SIGNS.findall(text[:20000])) >= 2


def detokenize(text: str) -> str:
    """Turn PTB-tokenized text back into ordinary prose, line by line."""
    if "B-" in text or "b-" in text:
        text = _BRACKET_RE.sub(lambda m: _BRACKETS[m.group(0)], text)
    for pattern, repl, needs in _RULES:
        if not needs or any(s in text for s in needs):
            text = pattern.sub(repl, text)
    return text
