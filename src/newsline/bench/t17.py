"""The Timeline17 data layout and the news-tls task protocol.

A data directory holds one folder per topic with
- `articles.jsonl.gz`: one article a line (`id`, `source`, `published` YYYY-MM-DD, `text`);
- `timelines.jsonl`: reference timelines, one a line: `name`, `timeline` =
  `[[YYYY-MM-DD, [sentence, ...]], ...]`;
- `keywords.json`: the topic's query terms (lower-case substrings).

Protocol (Ghalandari & Ifrim, ACL 2020, as in news-tls `experiments/evaluate.py`): one task
per reference timeline; input = the topic's articles published between the timeline's first
and last date (both included); the system outputs l = number of reference dates, with
k = round(mean sentences per reference date) sentences each (Python's round, halves to
even, as news-tls); the query is the topic's keywords.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ARTICLES = "articles.jsonl.gz"
TIMELINES = "timelines.jsonl"
KEYWORDS = "keywords.json"


@dataclass(frozen=True)
class RefTimeline:
    """A reference timeline written by journalists: date → its sentences, in date order."""

    name: str
    dates: dict[date, list[str]]


@dataclass(frozen=True)
class Topic:
    """One topic folder: its keywords and reference timelines."""

    name: str
    path: Path
    keywords: list[str]
    timelines: list[RefTimeline]

    @property
    def articles_path(self) -> Path:
        return self.path / ARTICLES


@dataclass(frozen=True)
class Task:
    """One benchmark task: build a timeline like `timeline` from `topic`'s articles."""

    topic: Topic
    timeline: RefTimeline
    start: date  # first reference date: articles published before it are not input
    end: date  # last reference date: articles published after it are not input
    l: int  # noqa: E741 - the protocol's name: number of dates to output
    k: int  # sentences per date
    query: str  # the keywords in `newsline build --query` syntax

    @property
    def name(self) -> str:
        return f"{self.topic.name}/{self.timeline.name}"

    def in_window(self, published: date | None) -> bool:
        """True when an article published on `published` is input of this task."""
        return published is not None and self.start <= published <= self.end


def keywords_query(keywords: list[str]) -> str:
    """The `--query` that makes `newsline.pipeline.query_terms` see exactly these keywords.

    Each keyword is quoted, so it stays one whole lower-case substring (a quoted phrase
    keeps stopwords and inner spaces); the pipeline keeps an article mentioning any of them.
    """
    terms = [" ".join(kw.lower().replace('"', " ").split()) for kw in keywords]
    return " ".join(f'"{t}"' for t in terms if t)


def read_timeline(record: dict) -> RefTimeline:
    """A reference timeline from one `timelines.jsonl` record.

    As in news-tls, the dates form a dict: a date listed twice keeps its last sentences.
    """
    dates: dict[date, list[str]] = {}
    for day, sentences in record["timeline"]:
        dates[date.fromisoformat(str(day)[:10])] = [str(s) for s in sentences]
    return RefTimeline(str(record.get("name", "")), dict(sorted(dates.items())))


def read_topic(path: Path) -> Topic:
    """Read a topic folder's keywords and reference timelines (not its articles)."""
    keywords = json.loads((path / KEYWORDS).read_text(encoding="utf-8"))
    if isinstance(keywords, str):
        keywords = [keywords]
    timelines = []
    with open(path / TIMELINES, encoding="utf-8") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record, list):  # news-tls's own layout: the bare timeline
                record = {"name": f"tl{n}", "timeline": record}
            timeline = read_timeline(record)
            if timeline.dates:
                timelines.append(timeline)
    return Topic(path.name, path, [str(k) for k in keywords], timelines)


def list_topics(data_dir: Path | str, topics: list[str] | None = None) -> list[Topic]:
    """The topic folders of `data_dir` (sorted by name, as news-tls), or the named ones."""
    root = Path(data_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"no such data directory: {root}")
    found = sorted(p.name for p in root.iterdir() if p.is_dir() and (p / TIMELINES).is_file())
    if topics:
        missing = [t for t in topics if t not in found]
        if missing:
            raise FileNotFoundError(
                f"no topic {', '.join(missing)} in {root} (topics: {', '.join(found)})"
            )
        found = [t for t in found if t in set(topics)]
    return [read_topic(root / name) for name in found]


def make_task(topic: Topic, timeline: RefTimeline) -> Task:
    """The task of one reference timeline: input window, l, k and query."""
    days = sorted(timeline.dates)
    k = round(statistics.mean(len(s) for s in timeline.dates.values()))
    return Task(
        topic=topic,
        timeline=timeline,
        start=days[0],
        end=days[-1],
        l=len(days),
        k=k,
        query=keywords_query(topic.keywords),
    )


def load_tasks(data_dir: Path | str, topics: list[str] | None = None) -> list[Task]:
    """Every task of the data directory: topics in name order, timelines in file order."""
    return [make_task(t, tl) for t in list_topics(data_dir, topics) for tl in t.timelines]
