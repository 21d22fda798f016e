"""The clean stage's fast paths return exactly what the slow, obvious code returns."""

from __future__ import annotations

from collections import Counter

import ftfy
import pytest

from newsline.clean import ptb
from newsline.clean.normalize import fix_unicode
from newsline.text.language import _LEXICON, _WORD, MIN_SHARE, MIN_WORDS, guess_language

TRICKY = [
    "Plain ASCII text with nothing to fix.\nSecond line.",
    "Fish &amp; chips at the quay\n<p>markup here &amp; no unescape after it\nlast &amp; line",
    "caf\u00e9 &lt;open&gt;\r\nnext\x00line \x1b[31mred",
    "The union\u00e2\u20ac\u2122s leader\n\nok & fine",
    "\ufb02ubber\u2028line\ufeff",
    "",
    "\n\n\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fix_unicode_equals_ftfy(text: str) -> None:
    assert fix_unicode(text) == ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)


def _slow_detokenize(text: str) -> str:
    text = ptb._BRACKET_RE.sub(lambda m: ptb._BRACKETS[m.group(0)], text)
    for pattern, repl, _needs in ptb._RULES:
        text = pattern.sub(repl, text)
    return text


@pytest.mark.parametrize(
    "text",
    [
        "-LRB- Coastline Wire -RRB- -- `` We 're here , '' said Mr. Okafor , who did n't say .",
        "a $ 5 million deal , up 4 % -lsb- sic -rsb- .",
        "Plain words only here",
        "The dockers ' union met .",
    ],
)
def test_detokenize_skipping_rules_changes_nothing(text: str) -> None:
    assert ptb.detokenize(text) == _slow_detokenize(text)


def _slow_guess(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return None
    counts = {lang: sum(w in lex for w in words) for lang, lex in _LEXICON.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= MIN_SHARE * len(words) else None


@pytest.mark.parametrize(
    "text",
    [
        "The harbour was closed and the ferries were held in port, officials said on Friday. " * 3,
        "Der Hafen ist nicht offen und die Fähren sind auch nicht im Dienst, sagte man. " * 3,
        "THE Harbour WAS Closed AND The Ferries WERE Held In Port By The Council Today. " * 3,
        "short text",
    ],
)
def test_language_counting_is_unchanged(text: str) -> None:
    assert guess_language(text) == _slow_guess(text)
    assert Counter(_WORD.findall(text))  # the fixture has words
