"""Speed and accuracy of the near-duplicate detector (`newsline.clean.duplicates`).

Usage: python benchmarks/duplicates.py [--n 10000] [--t17 DATA_DIR] [--show 10]

1. Synthetic: N generated articles (random words from a 20k-word vocabulary, 200-800 words)
   plus planted copies of 5% of them: a re-post with a site's header/footer lines, an update
   with a paragraph added, an edit with 2% of the words replaced, and a "same topic" text
   sharing only the first 20% of words (must not match). Reports time, recall of planted
   copies and false pairs.
2. Stories: the fictional multi-outlet stories of `benchmarks/data/stories` (gold.json lists
   their syndicated copies), pooled, at thresholds 0.5-0.9: pair precision and recall.
3. Timeline17 (real, read from ../shared/data/t17 at run time): cleans every article with
   `clean_article` and reports the groups found, the time, and the lowest-similarity pairs
   for reading by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

from newsline.clean import clean_article
from newsline.clean.duplicates import find_duplicates
from newsline.ingest import read_paths
from newsline.pipeline import process_all
from newsline.records import Article

STORIES = Path(__file__).resolve().parent / "data" / "stories"
DEFAULT_T17 = Path(__file__).resolve().parents[2] / "shared" / "data" / "t17"


def synthetic(n: int, seed: int = 0) -> tuple[list[Article], set[frozenset[str]], set[str]]:
    """N random articles, planted copies (true pairs, copy-copy included) and same-topic decoys."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    arts, pairs, decoys = [], set(), set()
    day0 = date(2026, 1, 1)
    for i in range(n):
        text = " ".join(rng.choices(vocab, k=rng.randint(200, 800)))
        arts.append(Article(id=f"a{i}", text=text, published=day0 + timedelta(days=i % 60)))
    for i in range(0, n, 20):
        src = arts[i]
        w = src.text.split()
        edited = [rng.choice(vocab) if rng.random() < 0.02 else x for x in w]
        variants = {
            "repost": f"Velmora Daily staff\n\n{src.text}\n\nRead more from our harbor desk.",
            "update": src.text + "\n\n" + " ".join(rng.choices(vocab, k=len(w) // 5)),
            "edit": " ".join(edited),
        }
        for kind, text in variants.items():
            cid = f"{kind}{i}"
            arts.append(Article(id=cid, text=text, published=src.published + timedelta(days=1)))
            pairs.add(frozenset((src.id, cid)))
        family = [src.id, *(f"{kind}{i}" for kind in variants)]
        pairs.update(frozenset((a, b)) for a in family for b in family if a < b)
        decoy = " ".join(w[: len(w) // 5] + rng.choices(vocab, k=len(w) - len(w) // 5))
        arts.append(Article(id=f"decoy{i}", text=decoy, published=src.published))
        decoys.add(f"decoy{i}")
    return arts, pairs, decoys


def run_synthetic(n: int) -> None:
    arts, pairs, decoys = synthetic(n)
    start, cpu = time.perf_counter(), time.process_time()
    groups = find_duplicates(arts)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    found = {frozenset((g.keep, c.id)) for g in groups for c in g.copies}
    together = {frozenset((a, b)) for g in groups for a in g.ids for b in g.ids if a < b}
    hit = len(pairs & together)
    false = [p for p in together if p not in pairs]
    decoy_hits = sum(1 for p in together if p & decoys)
    print(
        f"synthetic: {len(arts)} articles, {took:.2f} s wall, {cpu:.2f} s CPU, {len(groups)} groups"
    )
    print(f"  planted pairs found: {hit}/{len(pairs)} (recall {hit / len(pairs):.3f})")
    print(f"  pairs grouped that were not planted: {len(false)} (decoys matched: {decoy_hits})")
    print(f"  keep/copy pairs reported: {len(found)}")


def run_stories(root: Path) -> None:
    gold: set[frozenset[str]] = set()
    paths = []
    for g in sorted(root.glob("*/gold.json")):
        paths.append(str(g.parent / "articles.jsonl"))
        for ids in json.loads(g.read_text(encoding="utf-8")).get("duplicates", []):
            gold.update(frozenset((a, b)) for a in ids for b in ids if a < b)
    arts, _ = process_all(read_paths(paths), today=date(2026, 1, 1))
    print(f"stories: {len(arts)} articles, {len(gold)} gold duplicate pairs")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        groups = find_duplicates(arts, threshold=threshold)
        found = {frozenset((a, b)) for g in groups for a in g.ids for b in g.ids if a < b}
        tp = len(found & gold)
        p = tp / len(found) if found else 1.0
        r = tp / len(gold) if gold else 1.0
        print(f"  threshold {threshold}: {len(found)} pairs, precision {p:.3f}, recall {r:.3f}")


def run_t17(data_dir: Path, show: int) -> None:
    if not data_dir.is_dir():
        print(f"t17: {data_dir} not found, skipped")
        return
    paths = sorted(str(p) for p in data_dir.glob("*/articles.jsonl.gz"))
    start = time.perf_counter()
    arts = []
    for item in read_paths(paths):
        if isinstance(item, Article):
            cleaned = clean_article(item)
            if isinstance(cleaned, Article):
                arts.append(cleaned)
    cleaned_in = time.perf_counter() - start
    start = time.perf_counter()
    groups = find_duplicates(arts)
    took = time.perf_counter() - start
    by_id = {a.id: a for a in arts}
    copies = sum(len(g.copies) for g in groups)
    cross = sum(1 for g in groups if len({by_id[i].source for i in g.ids}) > 1)
    print(f"t17: {len(arts)} clean articles (cleaning {cleaned_in:.1f} s), dedup {took:.2f} s")
    print(f"  {len(groups)} groups, {copies} copies, {cross} groups span several outlets")
    pairs = sorted((c.similarity, g.keep, c.id) for g in groups for c in g.copies)
    for sim, keep, copy in pairs[:show]:
        a, b = by_id[keep], by_id[copy]
        print(f"  {sim:.3f} {keep} ({len(a.text.split())} w) ~ {copy} ({len(b.text.split())} w)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--t17", type=Path, default=DEFAULT_T17)
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--skip-t17", action="store_true")
    args = parser.parse_args()
    run_synthetic(args.n)
    run_stories(STORIES)
    if not args.skip_t17:
        run_t17(args.t17, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
