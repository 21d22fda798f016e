"""Per-story selection: which days make the timeline and what each date gets (fictional news)."""

from __future__ import annotations

from datetime import date

from newsline.events.dates import day_evidence, day_score, day_scores, select_dates
from newsline.events.dating import date_sentences
from newsline.events.story import build_events
from newsline.pipeline import build_timeline, process_article
from newsline.records import Article, BuildOptions, Rejection

COLLAPSE = date(2025, 4, 2)  # a Wednesday: the Kestrel Bridge gives way
VOTE = date(2025, 4, 9)  # the council votes on a rebuild


def article(aid: str, text: str, published: date, source: str) -> Article:
    raw = Article(id=aid, text=text, published=published, source=source, title=None)
    done = process_article(raw, today=date(2025, 6, 1))
    assert not isinstance(done, Rejection), done
    return done


STORY = [
    article(
        "bell-1",
        "The Kestrel Bridge in Port Maren collapsed into the Ashby River on Wednesday evening. "
        "Two cars fell with the span and four people were taken to hospital.\n\n"
        "Engineers had flagged cracks in the main girder last year.",
        date(2025, 4, 3),
        "Maren Bell",
    ),
    article(
        "wire-1",
        "The Kestrel Bridge collapsed on Wednesday, cutting the only road between the two halves "
        "of Port Maren. Divers searched the Ashby River through the night.",
        date(2025, 4, 3),
        "Coast Wire",
    ),
    article(
        "bell-2",
        "Ferries replaced the road link across the Ashby River on Saturday. "
        "The crossing has been closed since the bridge collapsed on April 2.",
        date(2025, 4, 5),
        "Maren Bell",
    ),
    article(
        "wire-2",
        "Councillors voted on Wednesday to rebuild the Kestrel Bridge in steel. "
        "The old span fell into the river on April 2 after years of warnings.",
        date(2025, 4, 10),
        "Coast Wire",
    ),
    article(
        "post-1",
        "The council approved a steel replacement for the Kestrel Bridge on Wednesday. "
        "Inspectors said on April 2 the girder had failed without warning.",
        date(2025, 4, 10),
        "Harbour Post",
    ),
    # Published on a quiet day and naming no day: it counts as published, not as named.
    article(
        "post-2",
        "Shops near the river reported fewer customers. Traders asked the council for help.",
        date(2025, 4, 7),
        "Harbour Post",
    ),
]


def _dated():
    return [ds for a in STORY for ds in date_sentences(a)]


def test_a_day_that_many_articles_name_outranks_the_rest() -> None:
    evidence = day_evidence(_dated())
    naming, _published, sentences = evidence[COLLAPSE]
    assert naming == 5  # every article but the quiet-day one names the collapse
    assert sentences == 5
    assert evidence[date(2025, 4, 7)][0] == 0  # published on, never named
    scores = day_scores(_dated())
    assert max(scores, key=scores.get) == COLLAPSE
    assert select_dates(scores, 2) == sorted([COLLAPSE, VOTE])


def test_naming_weighs_more_than_publishing() -> None:
    # One article naming a day beats several published on a day nobody names.
    assert day_score(1, 0, 1) > day_score(0, 5, 0)
    # With like counts otherwise, more naming articles rank higher.
    assert day_score(3, 0, 3) > day_score(2, 1, 3)


def test_explicit_dates_give_one_event_of_k_sentences_per_date() -> None:
    events = build_events(STORY, BuildOptions(dates=2, sentences=2))
    assert [e.date for e in events] == [COLLAPSE.isoformat(), VOTE.isoformat()]
    collapse = events[0]
    assert len(collapse.summary) == 2
    # The collapse day has more than two sentences naming it: the summary uses only those.
    by_id = {a.id: a for a in STORY}
    for s in collapse.summary:
        text = by_id[s.article_id].sentences[s.sentence_index].text
        assert "Wednesday" in text or "April 2" in text
    assert set(collapse.articles) == {"bell-1", "wire-1", "bell-2", "wire-2", "post-1"}


def test_without_explicit_dates_days_may_hold_several_events() -> None:
    # The default timeline keeps clustering: every event is dated and summarized.
    events = build_events(STORY, BuildOptions(sentences=1))
    assert events and all(len(e.summary) <= 1 for e in events)
    assert COLLAPSE.isoformat() in {e.date for e in events}


def test_build_with_a_query_and_explicit_length_matches_build_events() -> None:
    options = BuildOptions(query='"kestrel"', dates=1, sentences=1)
    timeline = build_timeline(STORY, [], options)
    story = [a for a in STORY if "Kestrel" in a.text]
    assert [(e.date, [s.text for s in e.summary]) for e in timeline.events] == [
        (e.date, [s.text for s in e.summary]) for e in build_events(story, options)
    ]
    assert [e.date for e in timeline.events] == [COLLAPSE.isoformat()]


def test_date_window_limits_the_choice() -> None:
    events = build_events(STORY, BuildOptions(dates=3, sentences=1, start=date(2025, 4, 4)))
    assert events and all(e.date >= "2025-04-04" for e in events)


def test_a_huge_day_is_read_from_its_ledes_first(monkeypatch) -> None:
    """Over the per-day bound, every report's lede is kept before any report's later filler."""
    import newsline.events.story as story

    filler = " ".join(
        f"Residents of ward {n} queued for water at the depot near the harbour wall."
        for n in range(1, 9)
    )
    long_report = article(
        "post-9",
        f"Divers searched the Ashby River for a third car through the day. {filler}",
        date(2025, 4, 2),
        "Harbour Post",
    )
    short_report = article(
        "wire-9",
        "Ferries were ordered to the Kestrel crossing by the harbour master after the collapse.",
        date(2025, 4, 2),
        "Coast Wire",
    )
    monkeypatch.setattr(story, "MAX_SENTENCES_PER_DAY", 2)
    events = build_events([long_report, short_report], BuildOptions(dates=1, sentences=2))
    assert {s.article_id for s in events[0].summary} == {"post-9", "wire-9"}
