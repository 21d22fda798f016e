"""Who took part and who said what, per event: quotes and actors from its reports.

Quotes come from the sentences that report the event (its `mentions`), so a later
article's recap of another day never lends its quotes here; actors come from the
reporting articles and are merged across outlets ("Okafor" -> "Lena Okafor"). The outlets
and authors of the story's articles are who reports, not who takes part: they are never
actors ("(Coastline Wire)", "Harbour FM understands…"). Only the reports the summary cites
and the earliest others are read, which bounds the cost.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial

from newsline.memo import Memo, text_key
from newsline.records import Article, Event
from newsline.text.actors import Actor, merge_actors
from newsline.text.quotes import Quote, merge_quotes, quotes_and_actors
from newsline.workers import map_in_order, workers_for

MAX_QUOTES = 10
# Read people from at most this many reports of an event: those its summary cites, then the
# earliest. A big day (hundreds of reports) says who spoke in its first few reports.
MAX_ARTICLES = 6
MAX_ACTORS = 12
MIN_ACTOR_MENTIONS = 2
# Words an outlet's name may end with that its short name leaves out: "Harbour FM News" is
# "Harbour FM" in its own copy.
OUTLET_SUFFIXES = ("news", "online")
PEOPLE_MEMO = 8192  # articles whose quotes and actors later builds in this process reuse
# Articles to read before a process pool pays: a long report takes 10-25 ms to read.
POOL_MIN_REPORTS = 48

_log = logging.getLogger(__name__)
# One article's quotes and actors, shared by every build that reads it (so never mutated).
_People = tuple[tuple[Quote, ...], tuple[Actor, ...]]
_PEOPLE: Memo[_People] = Memo(PEOPLE_MEMO)


def _name_key(name: str) -> str:
    key = " ".join(name.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def reporter_keys(story: Iterable[Article]) -> tuple[set[str], set[str]]:
    """Name keys of the story's outlets and authors, and of the outlets' short names."""
    names: set[str] = set()
    short: set[str] = set()
    for a in story:
        if a.source and a.source.strip():
            key = _name_key(a.source)
            names.add(key)
            words = key.split()
            if len(words) > 2 and words[-1] in OUTLET_SUFFIXES:
                short.add(" ".join(words[:-1]))
        if a.author and a.author.strip():
            for part in re.split(r"\s*(?:[,;&/|]|\band\b)\s*", a.author):
                part = re.sub(r"^by\s+", "", part.strip(), flags=re.I)
                if part:
                    names.add(_name_key(part))
    return names, short - {""}


def _is_reporter(actor: Actor, names: set[str], short: set[str]) -> bool:
    key = _name_key(actor.name)
    return key in names or (actor.kind != "place" and key in short)


def _reporting(event: Event, by_id: dict[str, Article]) -> list[str]:
    """The reports people are read from: those the summary cites, then the earliest others."""
    cited = {s.article_id for s in event.summary}
    ids = sorted(
        {aid for aid, _ in event.mentions if aid in by_id},
        key=lambda aid: (aid not in cited, by_id[aid].published or date.max, aid),
    )[:MAX_ARTICLES]
    return sorted(ids, key=lambda aid: (by_id[aid].published or date.max, aid))


def _people_key(article: Article, ner: str | None) -> tuple:
    return (article.id, article.published, ner, *text_key(article.text))


def read_people(
    articles: Sequence[Article], ner: str | None = None, workers: int | None = None
) -> dict[str, _People]:
    """Quotes and actors of each article by id, each read once per process.

    Articles this process has not read yet are read on several cores when there are
    POOL_MIN_REPORTS of them or more (`workers` as in `workers.map_in_order`: None decides by
    count, 1 stays here); the answers are the same either way.
    """
    keys = [_people_key(a, ner) for a in articles]
    read = _PEOPLE.get_many(keys, articles, partial(_read_all, ner=ner, workers=workers))
    return {a.id: people for a, people in zip(articles, read, strict=True)}


def _read_all(articles: list[Article], ner: str | None, workers: int | None) -> list[_People]:
    """Each article's people, in order; read longest first, one at a time, so that a
    book-length text does not hold up one worker at the end."""
    n = workers_for(len(articles), workers, POOL_MIN_REPORTS)
    order = sorted(range(len(articles)), key=lambda i: -len(articles[i].text))
    read = partial(_extract_people, ner=ner)
    found = map_in_order(read, [articles[i] for i in order], n, chunk=1)
    done = dict(zip(order, found, strict=True))
    return [done[i] for i in range(len(articles))]


def _extract_people(article: Article, ner: str | None) -> _People:
    """One article's quotes and actors; none when the text trips the extractor (never fatal,
    but said on the log)."""
    try:
        quotes, actors = quotes_and_actors(article, ner)
        return tuple(quotes), tuple(actors)
    except Exception as exc:
        _log.warning(
            "no quotes or actors read from article %s (%s: %s)", article.id, type(exc).__name__, exc
        )
        return (), ()


def attach_people(
    events: Sequence[Event],
    story: Sequence[Article],
    ner: str | None = None,
    workers: int | None = None,
) -> None:
    """Fill each event's `quotes` and `actors` (extraction runs once per reporting article)."""
    by_id = {a.id: a for a in story}
    outlets, outlet_short = reporter_keys(story)
    reporting = [_reporting(event, by_id) for event in events]
    needed = list(dict.fromkeys(aid for ids in reporting for aid in ids))
    people = read_people([by_id[aid] for aid in needed], ner, workers)
    for event, ids in zip(events, reporting, strict=True):
        members = set(event.mentions)
        quotes = [
            q
            for aid in ids
            for q in people[aid][0]
            if q.speaker and (aid, q.sentence_index) in members
        ]
        actors = merge_actors(people[aid][1] for aid in ids)
        actors = [a for a in actors if not _is_reporter(a, outlets, outlet_short)]
        quotes = merge_quotes(quotes, [a for a in actors if a.kind == "person"])[:MAX_QUOTES]
        speakers = {q.speaker for q in quotes}
        event.quotes = [dict(q.to_dict(), date=event.date) for q in quotes]
        kept = [a for a in actors if a.mentions >= MIN_ACTOR_MENTIONS or a.name in speakers]
        kept.sort(key=lambda a: -a.mentions)
        event.actors = [a.to_dict() for a in kept[:MAX_ACTORS]]
