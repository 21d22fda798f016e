"""Sentence splitting for news prose that keeps character offsets into the text.

Rule-based and fast: a boundary is terminal punctuation (plus closing quotes or
brackets) followed by whitespace and a plausible sentence start, unless the
token before it is a known abbreviation or an initial. Paragraph breaks always
end a sentence. Offsets let later stages point back into the article.
"""

from __future__ import annotations

import re

from newsline.records import Sentence

# Lower-cased abbreviations (without the final period) after which a period is not an end.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt maj capt cmdr adm sgt cpl pvt gov sen rep rev
    hon pres supt insp det atty messrs mme mlle sec amb const coun cllr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd plc llc bros dept univ assn est approx ave blvd rd hwy
    no nos vol vols p pp fig figs ch art sect para ed eds
    vs v etc al cf e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a u.s.a
    """.split()
)

# Terminal punctuation, optional closing quotes/brackets, then whitespace. (`[.!?…][.!?…]*` is
# `[.!?…]+` spelled so that the regex engine jumps from one punctuation mark to the next.)
_BOUNDARY = re.compile(r"""([.!?…][.!?…]*)(["'”’»)\]]*)(\s+)""")
# What may start the next sentence: an upper-case letter, digit, or opening quote/bracket.
_NEXT_START = re.compile(r"""["'“‘«(\[]*[A-Z0-9À-ÖØ-Þ]""")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _last_token(before: str) -> str:
    r"""The run of non-space characters that ends `before` (or ends it but for one newline).

    What `re.search(r"(\S+)$", before)` finds ("" for no match), without a regex search
    that would try every position of the sentence.
    """
    if before.endswith("\n"):
        before = before[:-1]
    if not before or before[-1].isspace():
        return ""
    return before.rsplit(None, 1)[-1]


def _is_abbreviation(before: str) -> bool:
    """True when the text before a period ends in an abbreviation or an initial."""
    token = _last_token(before).lstrip("\"'“‘(«[").lower()
    if not token:
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "J. Smith", "Lena K. Okafor"
        return True
    return token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph text[start:end]."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct, closers, _space = m.group(1), m.group(2), m.group(3)
        nxt = m.end()
        if nxt >= end or not _NEXT_START.match(text, nxt):
            continue
        if punct == "." and not closers and _is_abbreviation(text[sent_start : m.start()]):
            continue
        spans.append((sent_start, m.start() + len(punct) + len(closers)))
        sent_start = nxt
    if sent_start < end:
        spans.append((sent_start, end))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (blank-line separated), edges trimmed, offsets kept."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in [*_PARAGRAPH.finditer(text), None]:
        s, e = pos, para.start() if para else len(text)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        if para:
            pos = para.end()
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; each knows its index and [start, end) offsets in `text`."""
    spans = [span for s, e in paragraph_spans(text) for span in _split_paragraph(text, s, e)]
    sentences = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(index=len(sentences), start=s, end=e, text=text[s:e]))
    return sentences
