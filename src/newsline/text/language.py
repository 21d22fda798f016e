"""Guess an article's language from its function words.

Good enough to label news prose (ISO 639-1 code) and to warn that an article is
not English; the temporal and quote rules are English-only.
"""

from __future__ import annotations

import re
from collections import Counter

_FUNCTION_WORDS = {
    "en": "the and of to in is that for on was with as by at from have has said it are were be",
    "de": "der die und das ist nicht mit den von zu ein eine auch sich auf dem des im für wurde",
    "fr": "le la les et des est une dans pour que qui du au sur pas avec ont été par sont",
    "es": "el la los las y de que en un una por con para es se del al fue como más pero",
    "it": "il di che la e per una sono non con del della gli le nel è da anche ha stato",
    "nl": "de het een en van is dat op te in niet met voor zijn aan er ook werd bij heeft",
    "pt": "o a os as e de que em um uma para com não por se do da dos foi mais é",
}
_LEXICON = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20  # fewer words than this: too little evidence to say
MIN_SHARE = 0.12  # function words are at least this share of news prose


def _lowered_words(sample: str) -> list[str]:
    """The words of `sample`, each lower-cased.

    Lower-casing the sample first finds the same words faster, since lower-casing maps each
    character to one character of the same kind; except for a character that lower-cases to
    two ("İ") and "Σ", whose lower case depends on its neighbours: then word by word.
    """
    low = sample.lower()
    if len(low) != len(sample) or "\u03a3" in sample:
        return [w.lower() for w in _WORD.findall(sample)]
    return _WORD.findall(low)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the likeliest language, or None when the evidence is thin."""
    words = _lowered_words(text[:20000])
    if len(words) < MIN_WORDS:
        return None
    # Count each distinct word once, then look the few function words up (same counts, faster).
    freq = Counter(words)
    counts = {lang: sum(freq.get(w, 0) for w in lex) for lang, lex in _LEXICON.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= MIN_SHARE * len(words) else None
