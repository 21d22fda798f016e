"""Summarize an event: its most central, non-redundant sentences and a headline.

Candidates are the sentences that name the day and mention the query, when there are
enough of them. Selection among them is maximal marginal relevance over cosine
similarity: each pick is the sentence most typical of the event (and of the query) that
repeats least of what was already picked, preferring outlets not yet cited. Typical means
central by TF-IDF and made of words that many of the day's reports use. Summary text is
the source sentence itself (less a dateline), so every line can be checked against it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsline.events.dating import DatedSentence
from newsline.text.query import matched_terms, mentions_any

CONTENT_WORDS_MEMO = 1 << 16  # sentences whose content words later builds in this process reuse
MIN_WORDS, MAX_WORDS = 6, 50  # shorter is a fragment, longer a run-on (Timeline17: 50 > 40, 60)
REDUNDANT = 0.55  # cosine above which a candidate says what a pick already says
LAMBDA = 0.7  # relevance vs. novelty in MMR
EXPLICIT_BONUS = 0.05  # sentences that name the day are good evidence for it
FIRST_HAND_BONUS = 0.0  # a recap naming the day is as good as a report (0.15 lost ROUGE)
LEDE_BONUS = 0.1  # early sentences carry the news
NEW_SOURCE_BONUS = 0.1  # cite another outlet when it says nearly as much
QUERY_FILTER = True  # summarize with sentences that mention the query, when there are k
QUERY_WEIGHT = 0.1  # per share of query terms the sentence mentions
HEADLINE_WORDS = 16
SHARED_WEIGHT = 1.5  # x mean share of the day's reports using each content word (1, 2, 3: worse)

# A photo caption or a transcript header: "... in this handout picture taken ...",
# "(AP Photo/...)", "Aired January 25, 2011 - 16:00:00 ET THIS IS A RUSH TRANSCRIPT."
_CAPTION = re.compile(
    r"\b(?:in this (?:handout |undated |file )?(?:image|photo|picture|photograph|video(?: image)?)"
    r"|(?:photo|picture|image) (?:taken|released|provided)|AP Photo|RUSH TRANSCRIPT"
    r"|Aired [A-Z][a-z]+ \d{1,2}, \d{4})\b|\bis seen\b",
    re.IGNORECASE,
)
# Web page leftovers glued to a lede: "VENICE, La. | Sun May 2, 2010 7:55 pm EDT".
_PAGE_FURNITURE = re.compile(r"\||\d:\d\d ?[ap]\.?m|\b(?:EDT|EST|GMT|BST)\b")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40},?(?: [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([^)]{1,40}\))? ?[-–—]+ ?"
)


def select_summary(
    dated: Sequence[DatedSentence],
    members: Sequence[int],
    sim: np.ndarray,
    k: int,
    query_terms: Sequence[str] = (),
) -> list[int]:
    """Pick up to k of `members` (indices into `dated`; `sim` is their similarity matrix)."""
    n = len(members)
    if n == 0 or k <= 0:
        return []
    centrality = sim.sum(axis=1) / max(n - 1, 1) if n > 1 else np.ones(1)
    usable = _candidates(dated, members, k)
    if QUERY_FILTER and query_terms:
        on_topic = [j for j in usable if mentions_any(dated[members[j]].sentence.text, query_terms)]
        if len(on_topic) >= k:
            usable = on_topic
    shared = _shared_words(dated, members, usable) if SHARED_WEIGHT else {}
    relevance = {
        j: centrality[j]
        + SHARED_WEIGHT * shared.get(j, 0.0)
        + EXPLICIT_BONUS * dated[members[j]].explicit
        + FIRST_HAND_BONUS * dated[members[j]].first_hand
        + LEDE_BONUS * (dated[members[j]].sentence.index < 3)
        + _query_overlap(dated[members[j]].sentence.text, query_terms)
        for j in usable
    }
    picked: list[int] = []
    cited: set[str] = set()
    while len(picked) < k:
        best, best_score = None, -np.inf
        for j in usable:
            if j in picked:
                continue
            overlap = max((sim[j, p] for p in picked), default=0.0)
            if overlap > REDUNDANT:
                continue
            source = dated[members[j]].article.source or dated[members[j]].article.id
            score = LAMBDA * relevance[j] - (1 - LAMBDA) * overlap
            score += NEW_SOURCE_BONUS * (source not in cited)
            if score > best_score:
                best, best_score = j, score
        if best is None:
            break
        picked.append(best)
        cited.add(dated[members[best]].article.source or dated[members[best]].article.id)
    # The day's own reports lead and recaps add to them (the first pick heads the event).
    picked.sort(key=lambda j: not dated[members[j]].first_hand)
    return [members[j] for j in picked]


def _candidates(dated: Sequence[DatedSentence], members: Sequence[int], k: int) -> list[int]:
    """`candidates` over the usable members (all members when none is usable)."""
    naming = [j for j, m in enumerate(members) if dated[m].explicit and _usable(dated[m])]
    if len(naming) >= k:
        return naming  # the same as candidates(...), without testing the other sentences
    usable = [j for j, m in enumerate(members) if _usable(dated[m])] or list(range(len(members)))
    return candidates(dated, members, usable, k)


def candidates(
    dated: Sequence[DatedSentence], members: Sequence[int], usable: list[int], k: int
) -> list[int]:
    """Positions (into `members`) a summary may use: sentences naming the day, when k exist.

    A sentence that names the day ("on April 20 the rig exploded") is the best evidence of
    what happened on it; an undated lede sentence only inherits the day. Measured on
    Timeline17: naming sentences first beat first-hand reports first (docs/benchmarks.md).
    """
    naming = [j for j in usable if dated[members[j]].explicit]
    return naming if len(naming) >= k else usable


def headline(
    dated: Sequence[DatedSentence], summary: Sequence[int], members: Sequence[int] = ()
) -> str:
    """The lead report's title when it reports this day, else its shortened lead sentence."""
    if not summary:
        return ""
    lead = dated[summary[0]]
    if lead.first_hand and lead.article.title:
        return lead.article.title
    # Else the title of the first-hand report that says most about the day.
    counts: dict[str, int] = {}
    titles: dict[str, str] = {}
    for i in [*summary, *members]:
        ds = dated[i]
        if ds.first_hand and ds.article.title:
            counts[ds.article.id] = counts.get(ds.article.id, 0) + 1
            titles[ds.article.id] = ds.article.title
    if counts:
        return titles[max(counts, key=lambda a: counts[a])]
    return shorten(lead.sentence.text)


def shorten(sentence: str, words: int = HEADLINE_WORDS) -> str:
    """Drop a leading dateline and cut a sentence to about `words` words at a clause break."""
    text = _DATELINE.sub("", sentence).strip()
    tokens = text.split()
    if len(tokens) <= words:
        return text.rstrip(".")
    cut = " ".join(tokens[:words])
    for mark in (";", ",", " — ", " - "):
        pos = cut.rfind(mark)
        if pos > len(cut) // 2:
            return cut[:pos].rstrip() + " …"
    return cut.rstrip(",;:") + " …"


def _usable(ds: DatedSentence) -> bool:
    """A sentence a reader can take alone: full length, a statement, quotes balanced."""
    text = ds.sentence.text
    n = len(text.split())
    end = text.rstrip("”\"'’)")
    if not MIN_WORDS <= n <= MAX_WORDS or not end.endswith((".", "!")):
        return False  # too short or long, a question, or a headline-like line with no stop
    if _PAGE_FURNITURE.search(text):
        return False  # too short or long, a question, or a headline-like line with no stop
    if _CAPTION.search(text):
        return False  # a photo caption or transcript header, not a news sentence
    if text.count('"') % 2 or text.count("“") != text.count("”") or text[0].islower():
        return False  # a fragment of a longer quote or sentence
    return text != ds.article.title


_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=CONTENT_WORDS_MEMO)
def _content_words(text: str) -> tuple[str, ...]:
    """A sentence's content words, lower-cased (memoized: a day's sentences recur in builds)."""
    return tuple(w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS)


def _shared_words(
    dated: Sequence[DatedSentence], members: Sequence[int], usable: Sequence[int]
) -> dict[int, float]:
    """For each usable position: the mean share of the day's reports using its content words.

    A sentence made of words many reports of the day use states what the day was about;
    one padded with color, attribution or background words scores low per word.
    """
    wanted = set(usable)
    content: dict[int, list[str]] = {}  # the usable sentences' content words, read once
    by_article: dict[str, set[str]] = {}
    for j, m in enumerate(members):
        words = _content_words(dated[m].sentence.text)
        if j in wanted:
            content[j] = words
        by_article.setdefault(dated[m].article.id, set()).update(words)
    df = Counter(w for words in by_article.values() for w in words)
    n = len(by_article)
    return {
        j: sum(df[w] for w in words) / (n * len(words)) if words else 0.0
        for j, words in content.items()
    }


def _query_overlap(text: str, terms: Sequence[str]) -> float:
    if not terms:
        return 0.0
    return QUERY_WEIGHT * matched_terms(text, terms) / len(terms)
