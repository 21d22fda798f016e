"""Typed records that flow between the pipeline stages.

Stages are pure functions over these dataclasses; only `ingest` (reading) and
`render`/`cli` (writing) touch the outside world.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where an article's publication date came from, best evidence first.
# "crawl" is a WARC capture date: weaker than a dateline, stronger than inference from the text.
PUBLISHED_FROM = ("metadata", "html", "header", "dateline", "crawl", "text", "none")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's clean text, with character offsets into it."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in text, normalized to a TimeML TIMEX3 value.

    `start`/`end` are character offsets into the text that was tagged.
    `value` examples: "2024-03-18", "2024-03", "2024", "2024-W11", "PAST_REF", "P2W".
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass
class Article:
    """A news article: metadata, clean main text and what cleaning removed.

    Readers fill `text` with the raw main text; the clean stage replaces it with
    the cleaned text, records dropped lines in `removed` and splits `sentences`.
    """

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: date | None = None
    published_from: str = "none"
    # How sure and why: set when the date was inferred ("text") or could not be found.
    published_confidence: float | None = None
    published_note: str | None = None
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)  # offsets into `text`
    # Set by the story stage: near-duplicate copies of this article, or the one it copies.
    duplicates: list[str] = field(default_factory=list)
    duplicate_of: str | None = None

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)

    @property
    def label(self) -> str:
        """How messages name this article: its file (with `#id` for many-article files)."""
        if self.path:
            many = self.path.endswith((".jsonl", ".json", ".csv", ".tsv", ".gz", ".warc"))
            return f"{self.path}#{self.id}" if many else self.path
        return self.url or self.id


@dataclass(frozen=True)
class Rejection:
    """An input that could not be used, with a one-line human reason."""

    input: str
    reason: str


@dataclass(frozen=True)
class SummarySentence:
    """A sentence chosen for an event summary, citing the article it came from."""

    text: str
    article_id: str
    sentence_index: int


@dataclass
class Event:
    """A real-world happening on a date, supported by one or more articles."""

    id: str
    date: str  # YYYY-MM-DD | YYYY-MM | YYYY
    granularity: str  # day | month | year
    headline: str
    summary: list[SummarySentence]
    articles: list[str]
    score: float
    quotes: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    # The member sentences that report the event: (article id, sentence index).
    mentions: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of the timeline (the flags of `newsline build`).

    `dates=None` lets the story's size choose the timeline length; with an explicit
    `dates` the timeline has exactly that many dates when the news supports them.
    """

    query: str | None = None
    dates: int | None = None
    sentences: int = 2
    start: date | None = None
    end: date | None = None
    duplicate_threshold: float | None = 0.8  # None: keep near-duplicate copies as reports
    ner: str | None = None  # None/"rules": built-in actor extractor; "spacy:MODEL" for spaCy
    workers: int | None = None  # processes for per-article work; None: by batch size, 1: here


@dataclass
class Timeline:
    """The product: dated events with their sources, plus what was read and rejected."""

    query: str | None
    generated_at: str
    articles: list[Article]
    events: list[Event]
    rejected: list[Rejection]
