"""Clean stage: unicode repair, PTB detokenization, boilerplate removal, sentence split.

`clean_article` is pure: it takes a raw Article from `ingest` and returns a new
Article whose `text` is the clean main text, `removed` the dropped lines and
`sentences` the offsets into that text; or a Rejection when nothing usable is left.
"""

from __future__ import annotations

import dataclasses
import re

from newsline.clean.boilerplate import split_boilerplate
from newsline.clean.normalize import normalize_text
from newsline.clean.ptb import detokenize, looks_tokenized
from newsline.records import Article, Rejection
from newsline.text.byline import find_byline, leading_headline
from newsline.text.language import guess_language
from newsline.text.sentences import split_sentences

MIN_WORDS = 5  # fewer words than this after cleaning is not an article


def clean_article(article: Article) -> Article | Rejection:
    """Return the cleaned article, or a Rejection when no usable text remains."""
    text = normalize_text(article.text)
    if looks_tokenized(text):
        text = detokenize(text)
    title = normalize_text(article.title) if article.title else None
    if title and looks_tokenized(title):
        title = detokenize(title)
    author, outlet = (None, None) if article.author and article.source else find_byline(text)
    kept, removed = split_boilerplate(text, title=title)
    found = None if title else leading_headline(text, body=kept)
    title = title or found
    kept, repeated = _drop_repeated_title(kept, title)
    removed = [*repeated, *(r for r in removed if found is None or r != found)]  # title moved
    if len(kept.split(None, MIN_WORDS)) < MIN_WORDS:  # (splits no further than it needs)
        what = "only boilerplate" if removed else "no usable text"
        return Rejection(article.label, f"{what} after cleaning ({len(kept.split())} words)")
    return dataclasses.replace(
        article,
        text=kept,
        title=title,
        author=article.author or author,
        source=article.source or outlet,
        removed=[*article.removed, *removed],
        sentences=split_sentences(kept),
        language=article.language or guess_language(kept),
    )


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _drop_repeated_title(text: str, title: str | None) -> tuple[str, list[str]]:
    """Web copy often repeats the headline as the first line; it is not article text."""
    if not title:
        return text, []
    paragraphs = text.split("\n\n")
    dropped = []
    while paragraphs and _fold(paragraphs[0]) == _fold(title):
        dropped.append(paragraphs.pop(0))
    return "\n\n".join(paragraphs), dropped
