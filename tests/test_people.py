"""Quotes and actors per event (events.people): merged across outlets, reporters left out.

All outlets, people and places here are invented.
"""

from __future__ import annotations

from datetime import date

from newsline.events.people import attach_people
from newsline.records import Article, Event
from newsline.text.sentences import split_sentences


def article(id: str, text: str, source: str, day: int, author: str | None = None) -> Article:
    return Article(
        id=id,
        text=text,
        source=source,
        author=author,
        published=date(2026, 3, day),
        sentences=split_sentences(text),
    )


def event(*articles: Article) -> Event:
    return Event(
        id="ev1",
        date="2026-03-04",
        granularity="day",
        headline="Ferry talks end without a deal",
        summary=[],
        articles=[a.id for a in articles],
        score=1.0,
        mentions=[(a.id, s.index) for a in articles for s in a.sentences],
    )


WIRE = article(
    "tw1",
    "SKELLBY, March 4 (Tidewater Wire) - Ferry talks in Skellby ended without a deal on "
    "Tuesday.\n\n"
    '"Both crews have agreed to keep the ferry running," council spokeswoman Mira Tansel '
    "said.\n\n"
    "At least six sailings were cancelled, according to figures compiled by Tidewater Wire. "
    "Tidewater Wire could not reach the crews' union for comment. Skellby Radio understands "
    "that Skellby Radio was the first to report the walkout. Mira Tansel declined to say more.",
    "Tidewater Wire",
    4,
)
POST = article(
    "sp1",
    "Ferry talks in Skellby ended without a deal on Tuesday, Inga Roald reports.\n\n"
    '"Both crews have agreed to keep the ferry running, and the council will meet them again '
    "within days,\" Mira Tansel, the council's spokeswoman, said. Inga Roald asked Mira Tansel "
    "about the timetable.\n\n"
    '"We sail when it is safe," said Jon Arvik, the crews\' union leader. Jon Arvik spoke at '
    "the quay.",
    "The Skellby Radio News",
    5,
    author="By Inga Roald and Per Vik",
)


def test_an_excerpt_from_another_outlet_merges_into_the_full_quote() -> None:
    ev = event(WIRE, POST)
    attach_people([ev], [WIRE, POST])
    tansel = [q for q in ev.quotes if q["speaker"] == "Mira Tansel"]
    assert len(tansel) == 1
    assert tansel[0]["text"].endswith("the council will meet them again within days")
    assert tansel[0]["article_id"] == "sp1"  # the citation goes with the text kept
    assert tansel[0]["date"] == "2026-03-04"
    assert any(q["speaker"] == "Jon Arvik" for q in ev.quotes)


def test_outlets_and_authors_are_not_actors() -> None:
    ev = event(WIRE, POST)
    attach_people([ev], [WIRE, POST])
    names = {a["name"] for a in ev.actors}
    assert "Mira Tansel" in names and "Jon Arvik" in names
    assert not names & {"Tidewater Wire", "Skellby Radio", "Inga Roald"}
    assert "Skellby" in names  # the place the outlet is named after stays
