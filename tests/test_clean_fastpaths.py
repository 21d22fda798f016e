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


@pytest.mark.parametrize(
    "line",
    [
        "Ana Voss is a staff writer at the Valley Courier.",
        "Ana Voss is a nurse at the Valley clinic.",
        "She covers courts and crime for the paper.",
        "She covers her ears.",
        "About the author: Tom Lee is a freelance photographer.",
        "The reporter was detained on Friday.",
        "Reporters Without Borders has condemned the arrest.",
        "he was a correspondent in Cairo",
    ],
)
def test_bio_feature_is_read_as_before(line: str) -> None:
    """`_Line.bio` skips its regex without a BIO_WORDS word: every reader asks for one too."""
    from newsline.clean import boilerplate as B
    from newsline.clean import boilerplate_patterns as P

    line_ = B._features(line)
    plain = P.BIO_SUBJECT.match(line_.core) is not None
    bio_word = not line_.wordset.isdisjoint(P.BIO_WORDS)
    assert line_.bio == (plain and bio_word)


@pytest.mark.parametrize(
    "line",
    [
        "World",
        "Home | News",
        "Home | News | World",
        "the World",
        "World 2024",
        "| • |",
        "",
        "Sections and more",
        "News of the day",
        "Sign in / Register",
        "Skip to content",
        "Menu: search",
    ],
)
def test_lone_menu_item_matches_the_plain_filter(line: str) -> None:
    """The early-exit loop answers as filtering every token first would."""
    from newsline.clean import boilerplate as B
    from newsline.clean import boilerplate_patterns as P

    tokens = B._features(line).tokens if line else []
    nav_words = [t for t in tokens if t not in P.FILLER]
    plain = 1 <= len(nav_words) <= 2 and all(t in P.NAV_VOCAB for t in nav_words)
    assert B._lone_menu_item(tokens) == plain


_PROSE = (
    "Dockers in Port Maren walked off the job on Tuesday after talks over pay and safety "
    "rules collapsed late on Monday night, the union said in a statement."
)
_VOCABULARY_DOCS = [
    [_PROSE, "Key facts", "Pay: 3%", _PROSE.replace("Dockers", "Crane drivers")],
    [
        _PROSE,
        "Related stories",
        "Storm shuts the old harbour bridge",
        _PROSE.replace("Tuesday", "Friday"),
        "Ana Voss is a staff reporter who covers courts and journalism for the Valley Courier "
        "and previously worked as a freelance photographer and producer in the capital city.",
        "The newsroom staff thanks readers for their letters about the bureau and its "
        "reporting over many months.",
        "The correspondent and photographer travelled with the freelance producer to the "
        "bureau to meet each contributing columnist.",
    ],
    [
        "The newsroom staff thanks readers for their letters about the bureau and its "
        "reporting over many months."
    ],
    ["Advertisement", "Share this", "Sign up"],
]


@pytest.mark.parametrize("lines", _VOCABULARY_DOCS)
def test_updated_vocabulary_equals_a_fresh_count(lines: list[str]) -> None:
    """`_update_vocabulary` leaves the counts `_set_vocabulary` would build from scratch."""
    from newsline.clean import boilerplate as B

    scorer = B._Scorer(lines, "Dockers strike in Port Maren")
    fresh = B._Scorer(lines, "Dockers strike in Port Maren")
    fresh._set_vocabulary(set(scorer.vocab_lines))
    assert scorer.df == fresh.df and set(scorer.df) == set(fresh.df)
    assert scorer._elsewhere == fresh._elsewhere
    assert scorer._elsewhere_own == fresh._elsewhere_own


def test_vocabulary_docs_drop_bio_like_tail_anchors() -> None:
    """The documents above do exercise `remove`: tail anchors that read like a bio."""
    from newsline.clean import boilerplate as B

    for lines in _VOCABULARY_DOCS[1:3]:
        scorer = B._Scorer(lines, "Dockers strike in Port Maren")
        assert B._is_anchor(scorer.lines[-1]) and len(scorer.lines) - 1 not in scorer.anchors
