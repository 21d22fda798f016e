"""Find exact and near-duplicate articles: syndicated wire copy, re-posts, updated versions.

Each article's clean text becomes a set of word shingles (K consecutive lowercase words).
MinHash signatures in a datasketch MinHashLSH index only *propose* candidate pairs; every
candidate is then verified on the real shingle sets, so the LSH never decides alone:

    similarity(A, B) = max(Jaccard(A, B), containment(A, B))
    containment(A, B) = |A ∩ B| / min(|A|, |B|)   counted only when min/max size >= MIN_SIZE_RATIO

Containment catches an updated version (a paragraph added) and a re-post that kept a few
lines of its own boilerplate; the size-ratio guard stops a short brief quoted inside a long
round-up from making the round-up a "copy". Texts with fewer than MIN_SHINGLES shingles are
only matched when their normalized words are identical, so short texts never match by chance.

Groups are stars, not chains: articles are visited in reading-copy order (earliest published,
then longest clean text, then id) and each unassigned article keeps its unassigned verified
neighbours, so every copy is itself similar to the group's reading copy.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial

import numpy as np
from datasketch import MinHash, MinHashLSH

from newsline.memo import Memo, text_key
from newsline.records import Article
from newsline.workers import map_in_order, workers_for

SHINGLE_WORDS = 5  # words per shingle: long enough that shared phrases of a topic rarely match
MIN_SHINGLES = 8  # fewer shingles than this: only an exact (normalized) match counts
MIN_SIZE_RATIO = 0.5  # containment counts only between texts of comparable length
NUM_PERM = 128  # MinHash permutations: about ±0.04 error on the Jaccard estimate
SEED = 1
FINGERPRINT_MEMO = 8192  # texts whose fingerprints later builds in this process reuse

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant for the rolling shingle hash


@dataclass(frozen=True)
class DuplicateCopy:
    """An article that repeats the group's reading copy, with its verified similarity."""

    id: str
    similarity: float


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that are one text: `keep` is the reading copy, `copies` repeat it."""

    keep: str
    copies: tuple[DuplicateCopy, ...]

    @property
    def ids(self) -> list[str]:
        """Every article id of the group, reading copy first."""
        return [self.keep, *(c.id for c in self.copies)]


def words(text: str) -> list[str]:
    """Lowercase word tokens: punctuation, case and whitespace differences do not count."""
    return _WORD.findall(text.lower())


class WordHashes(dict):
    """A stable 32-bit hash per word (crc32), cached: news vocabulary repeats a lot."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


def shingles(tokens: list[str], cache: WordHashes | None = None) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's SHINGLE_WORDS-word shingles."""
    n = len(tokens) - SHINGLE_WORDS + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    cache = WordHashes() if cache is None else cache
    hashes = np.fromiter(map(cache.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE_WORDS):
            acc = acc * _MIX + hashes[j : j + n]
        acc ^= acc >> np.uint64(29)
    return np.unique(acc & _MASK32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Verified similarity of two shingle sets: Jaccard, or containment between similar sizes."""
    if a.size == 0 or b.size == 0:
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    small, large = sorted((a.size, b.size))
    jaccard = inter / (a.size + b.size - inter)
    if small / large >= MIN_SIZE_RATIO:
        return max(jaccard, inter / small)
    return jaccard


def _lsh_threshold(threshold: float) -> float:
    """The lowest Jaccard a pair can have and still verify above `threshold` by containment."""
    r, c = MIN_SIZE_RATIO, threshold
    return max(0.05, 0.8 * (c * r) / (1 + r - c * r))  # 0.8: slack for the MinHash estimate


def _signature(template: MinHash, values: np.ndarray) -> MinHash:
    """A MinHash of already well-mixed 32-bit shingle hashes, with the template's permutations.

    This is datasketch's own affine32 update (MurmurHash3 finalizer, then h * a + b mod 2^32,
    then the minimum per permutation) done as one numpy product, without its per-value Python
    hashing loop. Signatures of equal shingle sets are equal, which is all the LSH needs.
    """
    a, b = template.permutations
    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    m = template.copy()
    m.hashvalues = (h[:, None] * a + b).min(axis=0)
    return m


@lru_cache(maxsize=4)
def _template(num_perm: int, seed: int) -> MinHash:
    """The empty MinHash whose permutations every signature shares (made once)."""
    return MinHash(num_perm=num_perm, seed=seed)


@lru_cache(maxsize=16)
def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for a threshold, computed once (it integrates numerically)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


@dataclass(frozen=True)
class Fingerprint:
    """What the duplicate check needs of one text: computed once, shared by later builds."""

    words: bytes | None  # digest of the normalized word sequence; None when it has no words
    shingles: np.ndarray  # sorted unique 32-bit shingle hashes
    signature: np.ndarray | None  # MinHash values of the shingles; None when there are none


_FINGERPRINTS: Memo[Fingerprint] = Memo(FINGERPRINT_MEMO)


def _key(text: str) -> tuple:
    return (SHINGLE_WORDS, NUM_PERM, SEED, *text_key(text))


def fingerprints(texts: Sequence[str], workers: int | None = None) -> list[Fingerprint]:
    """Fingerprints of many texts; those not seen before are made on several cores when
    there are `workers.PARALLEL_MIN` of them (`workers` as in `workers.map_in_order`)."""
    return _FINGERPRINTS.get_many([_key(t) for t in texts], texts, partial(_make, workers=workers))


def _make(texts: list[str], workers: int | None) -> Iterator[Fingerprint]:
    n = workers_for(len(texts), workers)
    return map_in_order(partial(_fingerprint, cache=WordHashes() if n == 1 else None), texts, n)


def _fingerprint(text: str, cache: WordHashes | None) -> Fingerprint:
    tokens = words(text)
    digest = hashlib.blake2b(" ".join(tokens).encode(), digest_size=16).digest()
    values = shingles(tokens, cache).astype(np.uint32)
    signature = _signature(_template(NUM_PERM, SEED), values).hashvalues if values.size else None
    return Fingerprint(digest if tokens else None, values, signature)


def _minhash(values: np.ndarray) -> MinHash:
    """A MinHash holding these values, with the shared permutations (for the LSH index)."""
    m = _template(NUM_PERM, SEED).copy()
    m.hashvalues = values
    return m


def _order_key(article: Article) -> tuple[date, int, str]:
    """Reading-copy preference: earliest published, then longest clean text, then id."""
    return (article.published or date.max, -len(article.text), article.id)


def find_duplicates(
    articles: Sequence[Article], threshold: float = 0.8, workers: int | None = None
) -> list[DuplicateGroup]:
    """Groups of exact and near-duplicate articles (similarity >= threshold), reading copy first.

    Articles in no group are left out. Ids must be unique (the pipeline guarantees it).
    `workers`: for the fingerprints of texts not seen before (see `fingerprints`).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    order = sorted(articles, key=_order_key)
    prints = fingerprints([a.text for a in order], workers)
    sets = [f.shingles for f in prints]
    neighbours: list[dict[int, float]] = [{} for _ in order]

    # Exact copies (any length with words): identical normalized word sequences.
    exact: dict[bytes, int] = {}
    for i, f in enumerate(prints):
        if f.words is None:
            continue
        if f.words in exact:
            neighbours[exact[f.words]][i] = neighbours[i][exact[f.words]] = 1.0
        else:
            exact[f.words] = i

    # Near copies: LSH candidates, verified on the shingle sets.
    long_enough = [i for i, s in enumerate(sets) if s.size >= MIN_SHINGLES]
    if len(long_enough) > 1:
        lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params(_lsh_threshold(threshold), NUM_PERM))
        minhashes = {i: _minhash(prints[i].signature) for i in long_enough}
        with lsh.insertion_session() as session:
            for i in long_enough:
                session.insert(i, minhashes[i], check_duplication=False)
        for i in long_enough:
            for j in lsh.query(minhashes[i]):
                if j <= i or j in neighbours[i]:
                    continue
                sim = similarity(sets[i], sets[j])
                if sim >= threshold:
                    neighbours[i][j] = neighbours[j][i] = sim

    groups: list[DuplicateGroup] = []
    assigned: set[int] = set()
    for i in range(len(order)):
        if i in assigned or not neighbours[i]:
            continue
        members = sorted(j for j in neighbours[i] if j not in assigned)
        if not members:
            continue
        assigned.update([i, *members])
        copies = tuple(
            DuplicateCopy(order[j].id, round(float(neighbours[i][j]), 3)) for j in members
        )
        groups.append(DuplicateGroup(keep=order[i].id, copies=copies))
    return groups


def duplicates_by_article(groups: Sequence[DuplicateGroup]) -> dict[str, list[str]]:
    """For each article in a group, the ids of the group's other articles (the JSON field)."""
    out: dict[str, list[str]] = {}
    for group in groups:
        ids = group.ids
        for article_id in ids:
            out[article_id] = [other for other in ids if other != article_id]
    return out


def reading_copies(articles: Sequence[Article], groups: Sequence[DuplicateGroup]) -> list[Article]:
    """The articles without the copies: one reading copy per group, input order kept."""
    copies = {c.id for g in groups for c in g.copies}
    return [a for a in articles if a.id not in copies]


def cite_copies(article_ids: Sequence[str], groups: Sequence[DuplicateGroup]) -> list[str]:
    """Article ids with each reading copy followed by its copies: every copy stays a source."""
    copies = {g.keep: [c.id for c in g.copies] for g in groups}
    out: list[str] = []
    seen: set[str] = set()
    for article_id in article_ids:
        for cited in (article_id, *copies.get(article_id, ())):
            if cited not in seen:
                seen.add(cited)
                out.append(cited)
    return out
