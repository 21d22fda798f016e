"""Sentence vectors for similarity: TF-IDF over the story's own sentences.

Rows are L2-normalized, so a dot product is a cosine similarity. IDF comes
from the story itself, which is what makes "strike" uninformative in a strike story.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer


def sentence_vectors(texts: Sequence[str]) -> csr_matrix:
    """L2-normalized TF-IDF rows, one per text; all-zero when nothing is usable."""
    if not texts:
        return csr_matrix((0, 1))
    vectorizer = TfidfVectorizer(
        stop_words="english",
        sublinear_tf=True,
        lowercase=True,
        token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
    )
    try:
        return vectorizer.fit_transform(texts).tocsr()
    except ValueError:  # every text was stop words only
        return csr_matrix((len(texts), 1))


def similarity(vectors: csr_matrix, rows: Sequence[int]) -> np.ndarray:
    """Dense cosine-similarity matrix among the given rows."""
    sub = vectors[list(rows)]
    return np.asarray((sub @ sub.T).todense())
