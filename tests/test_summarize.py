"""Summary candidates: sentences that name the day first, no page leftovers, no run-ons."""

from __future__ import annotations

from datetime import date

import numpy as np

from newsline.events.dating import DatedSentence
from newsline.records import Article, Sentence
from newsline.summarize import MAX_WORDS, _usable, candidates, select_summary

DAY = date(2025, 4, 2)
NEWS = Article(id="a", text="", source="Maren Bell", published=date(2025, 4, 3))


def dated(text: str, explicit: bool, index: int = 0) -> DatedSentence:
    sentence = Sentence(index=index, start=0, end=len(text), text=text)
    return DatedSentence(NEWS, sentence, DAY, explicit, DAY)


def test_sentences_naming_the_day_are_preferred_when_there_are_enough() -> None:
    ds = [
        dated("The bridge fell into the river on Wednesday evening.", True),
        dated("Divers searched the water through the night.", False),
        dated("The span gave way on April 2 after years of warnings.", True),
    ]
    members = [0, 1, 2]
    assert candidates(ds, members, [0, 1, 2], k=2) == [0, 2]
    # Not enough naming sentences for k: every usable sentence stays a candidate.
    assert candidates(ds, members, [0, 1, 2], k=3) == [0, 1, 2]


def test_page_leftovers_and_run_ons_are_not_usable() -> None:
    assert _usable(dated("The Kestrel Bridge collapsed into the Ashby River on Wednesday.", True))
    glued = "Bridge falls PORT MAREN | Wed Apr 2, 2025 7:55 pm EDT The span collapsed on Wednesday."
    assert not _usable(dated(glued, True))
    run_on = " ".join(["word"] * MAX_WORDS) + " and more words."
    assert not _usable(dated(run_on.capitalize(), True))
    assert not _usable(dated("Was the bridge safe before Wednesday?", True))


def test_sentences_mentioning_the_query_are_preferred() -> None:
    ds = [
        dated("Traffic on the coast road doubled on Wednesday as drivers took detours.", True),
        dated("The Kestrel Bridge fell into the river on Wednesday evening.", True, index=5),
        dated("Shops by the water stayed shut on Wednesday after the collapse.", True),
    ]
    members = [0, 1, 2]
    sim = np.eye(3)
    assert select_summary(ds, members, sim, k=1, query_terms=["kestrel"]) == [1]
    # Fewer query matches than k: the other naming sentences fill the summary.
    picks = select_summary(ds, members, sim, k=2, query_terms=["kestrel"])
    assert len(picks) == 2 and 1 in picks
    # No query: the lede sentence wins on position alone.
    assert select_summary(ds, members, sim, k=1) in ([0], [2])


def test_photo_captions_and_transcript_headers_are_not_usable() -> None:
    caption = "Rescue boats search the Ashby River in this handout picture taken on April 2, 2025."
    assert not _usable(dated(caption, True))
    header = (
        "Bridge Falls; Storm Warning Aired April 2, 2025 - 16:00:00 ET THIS IS A RUSH TRANSCRIPT."
    )
    assert not _usable(dated(header, True))


def test_sentences_using_the_days_shared_words_are_preferred() -> None:
    def report(text: str, article: str) -> DatedSentence:
        news = Article(id=article, text="", source=article, published=DAY)
        return DatedSentence(
            news, Sentence(index=5, start=0, end=len(text), text=text), DAY, True, DAY
        )

    ds = [
        report("A local poet once wrote verses about its graceful iron arches and lamps.", "c"),
        report("The Kestrel Bridge collapsed into the Ashby River on Wednesday.", "a"),
        report("The Kestrel Bridge collapsed on Wednesday, trapping cars in the river.", "b"),
        report("The Kestrel Bridge collapsed and the Ashby River rose on Wednesday.", "d"),
    ]
    members = [0, 1, 2, 3]
    sim = np.zeros((4, 4))  # no TF-IDF centrality: the first sentence would win a tie
    assert select_summary(ds, members, sim, k=1) in ([1], [3])
