"""Score newsline's cross-outlet event clustering with B-cubed on the annotated stories.

Usage: python benchmarks/clustering.py [STORIES_DIR] [--stories S...] [--dates gold|auto]
       [--errors]

Data: `benchmarks/data/stories/<story>/articles.jsonl` (fictional articles: id, source,
published, title, text) and `gold.json` (the story's events, each with its `date` and its
`mentions`: an article id and an exact substring of the sentence that reports the event).

Items are the gold mentions: (article, sentence). A mention's gold cluster is its event.
Its system cluster is found the way a reader finds it in the timeline: the system event
whose `articles` cite the mention's article *and* whose `date` is the day the system gave
that sentence (`events.dating.date_sentences`, the dating `build_events` itself uses). A
mention in no event (sentence undated, its day not selected, its cluster dropped) is a
singleton, which costs recall and never helps precision. B-cubed precision and recall are
averaged over mentions (Bagga & Baldwin 1998); F1 from the two averages.

The *strict* variant also requires the system event's date to equal the gold date: a
mention put in a wrongly dated event counts as unclustered. `date acc.` is the share of
mentions whose sentence the system dated to the gold day; `cited` the share of mentions
whose article the right-dated event cites.

The timeline is built as `newsline build FILE --dates N` builds it: `ingest.read_paths` →
`pipeline.process_all` → `pipeline.build_timeline(articles, rejected, BuildOptions(dates=N))`.
`--dates auto` (default) lets newsline choose the number of dates, as a user's plain
`newsline build` does. `--dates gold` asks for as many dates as the gold events have distinct
days (the Timeline17 protocol); note that with an explicit `--dates` newsline currently makes
one event per day without clustering, so that mode measures dating, not clustering.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsline.events.dating import date_sentences
from newsline.ingest import read_paths
from newsline.pipeline import BuildOptions, build_timeline, process_all
from newsline.records import Article, Event

DEFAULT_STORIES = Path(__file__).resolve().parent / "data" / "stories"
TODAY = date(2026, 1, 1)  # fixed run date: every story is in 2025, results do not drift


@dataclass(frozen=True)
class Mention:
    """One gold report of an event: an article's sentence, found by an exact substring."""

    article: str
    text: str
    event: str
    date: str


@dataclass(frozen=True)
class Scores:
    """B-cubed precision, recall and F1 over a set of items."""

    precision: float
    recall: float
    f1: float
    n: int


@dataclass(frozen=True)
class StoryResult:
    """One story's scores plus what each mention became, for error analysis."""

    story: str
    bcubed: Scores
    strict: Scores
    date_accuracy: float
    cited: float
    n_gold_events: int
    n_system_events: int
    placements: list[tuple[Mention, str | None, str | None]]  # mention, system day, event id
    shown_days: frozenset[str] = frozenset()


def bcubed(gold: Mapping[Hashable, Hashable], system: Mapping[Hashable, Hashable | None]) -> Scores:
    """B-cubed P/R/F1 of `system` labels against `gold` labels over gold's items.

    An item whose system label is None (or missing) is a singleton system cluster.
    """
    items = list(gold)
    if not items:
        return Scores(0.0, 0.0, 0.0, 0)
    sys_label = {i: system.get(i) for i in items}
    sys_members: dict[Hashable, set[Hashable]] = {}
    gold_members: dict[Hashable, set[Hashable]] = {}
    for i in items:
        gold_members.setdefault(gold[i], set()).add(i)
        if sys_label[i] is not None:
            sys_members.setdefault(sys_label[i], set()).add(i)
    p_sum = r_sum = 0.0
    for i in items:
        s = sys_members[sys_label[i]] if sys_label[i] is not None else {i}
        g = gold_members[gold[i]]
        both = len(s & g)
        p_sum += both / len(s)
        r_sum += both / len(g)
    p, r = p_sum / len(items), r_sum / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, len(items))


def micro(results: Sequence[StoryResult], strict: bool = False) -> Scores:
    """B-cubed over all stories' mentions at once (stories never share an event)."""
    n = sum(r.bcubed.n for r in results)
    if not n:
        return Scores(0.0, 0.0, 0.0, 0)
    pick = [(r.strict if strict else r.bcubed) for r in results]
    p = sum(s.precision * s.n for s in pick) / n
    rec = sum(s.recall * s.n for s in pick) / n
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return Scores(p, rec, f, n)


def read_gold(path: Path) -> list[Mention]:
    """The gold mentions of one story's `gold.json`."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    return [
        Mention(m["article"], m["text"], e["id"], e["date"])
        for e in gold["events"]
        for m in e["mentions"]
    ]


def sentence_of(article: Article, text: str) -> int:
    """Index of the article sentence holding the exact substring `text` (clean text)."""
    at = article.text.find(text)
    if at < 0:
        raise ValueError(f"gold text not in article {article.id}: {text!r}")
    for s in article.sentences:
        if s.start <= at < s.end:
            return s.index
    raise ValueError(f"gold text not inside one sentence of {article.id}: {text!r}")


def check_items(mentions: Sequence[Mention], articles: Sequence[Article]) -> None:
    """Items must be distinct sentences: one sentence can support only one gold event."""
    by_id = {a.id: a for a in articles}
    seen: dict[tuple[str, int], Mention] = {}
    for m in mentions:
        if m.article not in by_id:
            continue
        key = (m.article, sentence_of(by_id[m.article], m.text))
        if key in seen:
            raise ValueError(f"two gold mentions in one sentence: {seen[key]} and {m}")
        seen[key] = m


def place(
    mentions: Sequence[Mention], articles: Sequence[Article], events: Sequence[Event]
) -> list[tuple[Mention, str | None, str | None]]:
    """For each mention: the day the system gave its sentence and the event that shows it."""
    by_id = {a.id: a for a in articles}
    days: dict[str, dict[int, str]] = {}
    out = []
    for m in mentions:
        article = by_id.get(m.article)
        if article is None:  # rejected by the pipeline: the reader never sees it
            out.append((m, None, None))
            continue
        if m.article not in days:
            days[m.article] = {
                ds.sentence.index: ds.day.isoformat() for ds in date_sentences(article)
            }
        day = days[m.article].get(sentence_of(article, m.text))
        hits = [e.id for e in events if e.date == day and m.article in e.articles]
        out.append((m, day, hits[0] if hits else None))
    return out


def score_story(story_dir: Path, dates: str = "auto") -> StoryResult:
    """Run the real pipeline on one story and score its events against the gold."""
    mentions = read_gold(story_dir / "gold.json")
    articles, rejected = process_all(read_paths([str(story_dir / "articles.jsonl")]), today=TODAY)
    n_dates = len({m.date for m in mentions}) if dates == "gold" else None
    timeline = build_timeline(articles, rejected, BuildOptions(dates=n_dates))
    placements = place(mentions, articles, timeline.events)
    check_items(mentions, articles)
    event_date = {e.id: e.date for e in timeline.events}
    gold = {i: m.event for i, (m, _, _) in enumerate(placements)}
    system = {i: ev for i, (_, _, ev) in enumerate(placements)}
    strict = {
        i: (ev if ev is not None and event_date[ev] == m.date else None)
        for i, (m, _, ev) in enumerate(placements)
    }
    n = len(placements) or 1
    return StoryResult(
        story=story_dir.name,
        bcubed=bcubed(gold, system),
        strict=bcubed(gold, strict),
        date_accuracy=sum(day == m.date for m, day, _ in placements) / n,
        cited=sum(v is not None for v in strict.values()) / n,
        n_gold_events=len({m.event for m in mentions}),
        n_system_events=len(timeline.events),
        placements=placements,
        shown_days=frozenset(e.date for e in timeline.events),
    )


def error_lines(result: StoryResult) -> list[str]:
    """Human-readable errors: mentions misdated, unplaced, or split/merged events."""
    lines = []
    by_event: dict[str, list[str | None]] = {}
    for m, day, ev in result.placements:
        by_event.setdefault(m.event, []).append(ev)
        if day != m.date:
            lines.append(f"  misdated  {m.article}: {m.text!r} gold {m.date}, system {day}")
        elif ev is None and day not in result.shown_days:
            lines.append(f"  no day    {m.article}: {m.text!r} ({day} not among the dates)")
        elif ev is None:
            lines.append(f"  dropped   {m.article}: {m.text!r} (no {day} event cites it)")
    for gold_event, evs in by_event.items():
        placed = Counter(e for e in evs if e is not None)
        if len(placed) > 1:
            lines.append(f"  split     gold {gold_event} over {len(placed)} system events")
    owners: dict[str, set[str]] = {}
    for m, _, ev in result.placements:
        if ev is not None:
            owners.setdefault(ev, set()).add(m.event)
    for ev, golds in owners.items():
        if len(golds) > 1:
            lines.append(f"  merged    system {ev} holds gold {', '.join(sorted(golds))}")
    return lines


def format_report(results: Sequence[StoryResult], errors: bool = False) -> str:
    """Markdown table: per-story and overall B-cubed, strict B-cubed, date accuracy."""
    head = (
        "| story | mentions | gold ev. | sys ev. | B3 P | B3 R | B3 F1 | strict F1 "
        "| date acc. | cited |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = [head]
    for r in results:
        rows.append(
            f"| {r.story} | {r.bcubed.n} | {r.n_gold_events} | {r.n_system_events} "
            f"| {r.bcubed.precision:.3f} | {r.bcubed.recall:.3f} | {r.bcubed.f1:.3f} "
            f"| {r.strict.f1:.3f} | {r.date_accuracy:.3f} | {r.cited:.3f} |"
        )
    total, strict = micro(results), micro(results, strict=True)
    n = total.n or 1
    date_acc = sum(r.date_accuracy * r.bcubed.n for r in results) / n
    cited = sum(r.cited * r.bcubed.n for r in results) / n
    rows.append(
        f"| **all (micro)** | {total.n} | {sum(r.n_gold_events for r in results)} "
        f"| {sum(r.n_system_events for r in results)} | {total.precision:.3f} "
        f"| {total.recall:.3f} | **{total.f1:.3f}** | {strict.f1:.3f} | {date_acc:.3f} "
        f"| {cited:.3f} |"
    )
    out = "\n".join(rows)
    if errors:
        for r in results:
            lines = error_lines(r)
            if lines:
                out += f"\n\n{r.story}:\n" + "\n".join(lines)
    return out


def story_dirs(root: Path, names: Sequence[str] | None = None) -> list[Path]:
    """The story folders under `root` (those with a gold.json), optionally only `names`."""
    dirs = sorted(p.parent for p in root.glob("*/gold.json"))
    if names:
        dirs = [d for d in dirs if d.name in set(names)]
    return dirs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories_dir", nargs="?", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--stories", nargs="*")
    parser.add_argument("--dates", choices=("gold", "auto"), default="auto")
    parser.add_argument("--errors", action="store_true", help="list each story's errors")
    args = parser.parse_args(argv)
    dirs = story_dirs(args.stories_dir, args.stories)
    if not dirs:
        parser.error(f"no stories with gold.json under {args.stories_dir}")
    results = [score_story(d, args.dates) for d in dirs]
    print(format_report(results, errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
