"""Query terms and how they match: a term matches at the start of a word.

"port" finds "port" and "ports" but not "report" or "support"; "financ" still
finds "financial". Quoted phrases stay whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_QUERY_STOPWORDS = frozenset("a an and the of in on at to for from with by or vs".split())


def query_terms(query: str | None) -> list[str]:
    """Lower-case query terms: each "quoted phrase" whole, other words one by one."""
    if not query:
        return []
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', query.lower()):
        if phrase.strip():
            terms.append(" ".join(phrase.split()))
        else:
            terms.extend(w for w in re.findall(r"\w+", word) if w not in _QUERY_STOPWORDS)
    return list(dict.fromkeys(terms))


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """Regex finding `term` at a word start (a phrase's words may be split by any whitespace)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()), re.IGNORECASE)


def mentions_any(text: str, terms: Sequence[str]) -> bool:
    """True when `text` mentions any query term (no terms: always)."""
    return not terms or any(term_pattern(t).search(text) for t in terms)


def matched_terms(text: str, terms: Sequence[str]) -> int:
    """How many of the query terms occur in `text`."""
    return sum(1 for t in terms if term_pattern(t).search(text))
