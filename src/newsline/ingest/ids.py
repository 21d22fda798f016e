"""Stable article ids: the given id, else a short hash of the URL, else of the content.

The content hash (not the path) keeps ids the same whichever folder newsline is run
from, and makes a byte-identical copy of an article the same article.
"""

from __future__ import annotations

import hashlib

ID_LENGTH = 12


def short_hash(key: str) -> str:
    """A short hex digest, stable across runs and machines."""
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:ID_LENGTH]


def article_id(given: object, url: str | None, path: str | None, index: int, text: str) -> str:
    """Pick the id: explicit id first, then hash of URL, of the text, of path#index."""
    if given is not None and not isinstance(given, bool | dict | list):
        given_text = str(given).strip()
        if given_text:
            return given_text
    if url:
        return short_hash("url:" + url.strip())
    if text.strip():
        return short_hash("text:" + " ".join(text.split()))
    return short_hash(f"path:{path}#{index}")
