"""Score publication-date inference from article text on Timeline17 (../shared/data/t17).

Protocol:
- every article of every topic folder (`articles.jsonl.gz`), its gold date = `published`;
- the date is hidden: the article is built with no date and no title (Timeline17 has none),
  cleaned with `newsline.clean.clean_article` (PTB detokenization, boilerplate) as the
  pipeline does, and given to `newsline.temporal.estimate_publication(text, today)`;
- `today` is the day of the run (no hint from the gold date);
- per confidence band: how many articles get an answer, and how many answers are the exact
  day, within ±1 day, within ±7 days of the gold date; coverage = answered / all articles.

Usage: python benchmarks/pubdate.py [--data DIR] [--topic NAME] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from newsline.clean import clean_article
from newsline.records import Article, Rejection
from newsline.temporal import estimate_publication

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "t17"
BANDS = (("high", 0.6, 1.01), ("medium", 0.4, 0.6), ("low", 0.0, 0.4))


@dataclass
class Tally:
    n: int = 0
    exact: int = 0
    day1: int = 0
    day7: int = 0

    def add(self, gap: int) -> None:
        self.n += 1
        self.exact += gap == 0
        self.day1 += gap <= 1
        self.day7 += gap <= 7


def articles(data: Path, topic: str | None):
    """(topic, id, gold date, raw text) of every Timeline17 article."""
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        if topic and folder.name.lower() != topic.lower():
            continue
        path = folder / "articles.jsonl.gz"
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                yield folder.name, rec["id"], date.fromisoformat(rec["published"]), rec["text"]


def band_of(confidence: float) -> str:
    return next(name for name, lo, hi in BANDS if lo <= confidence < hi)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--topic")
    ap.add_argument("--errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"pubdate: data directory {args.data} not found; nothing to score.")
        return 0
    today = datetime.now(UTC).date()
    total = 0
    rejected = 0
    future = 0
    tallies = {name: Tally() for name, _, _ in BANDS}
    overall = Tally()
    errors: list[str] = []
    t0 = time.perf_counter()
    for _topic, aid, gold, raw in articles(args.data, args.topic):
        total += 1
        cleaned = clean_article(Article(id=aid, text=raw))
        if isinstance(cleaned, Rejection):
            rejected += 1
            continue
        guess = estimate_publication(cleaned.text, today)
        if guess is None:
            continue
        future += guess.day > today
        gap = abs((guess.day - gold).days)
        tallies[band_of(guess.confidence)].add(gap)
        overall.add(gap)
        if gap > 7 and len(errors) < args.errors:
            errors.append(
                f"{aid}: gold {gold} got {guess.day} ({guess.confidence:.2f}) {guess.reason}"
            )
    seconds = time.perf_counter() - t0
    rows = {name: vars(t) for name, t in tallies.items()}
    rows["all answers"] = vars(overall)
    result = {
        "articles": total,
        "rejected_by_cleaning": rejected,
        "answered": overall.n,
        "future_answers": future,
        "today": today.isoformat(),
        "seconds": round(seconds, 1),
        "bands": rows,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
        for line in errors:
            print(line)
    return 0


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "—"


def _print(result: dict) -> None:
    n = result["articles"]
    print(
        f"Timeline17 publication dates: {n} articles, {result['rejected_by_cleaning']} rejected"
        f" by cleaning, {result['answered']} answered, {result['future_answers']} after today"
        f" ({result['seconds']} s)"
    )
    print(f"{'band':14}{'answers':>9}{'coverage':>10}{'exact':>8}{'±1 day':>8}{'±7 days':>9}")
    for name, t in result["bands"].items():
        print(
            f"{name:14}{t['n']:>9}{_pct(t['n'], n):>10}{_pct(t['exact'], t['n']):>8}"
            f"{_pct(t['day1'], t['n']):>8}{_pct(t['day7'], t['n']):>9}"
        )


if __name__ == "__main__":
    sys.exit(main())
