"""Event building: sentence dating, day selection, clustering and summaries."""

from __future__ import annotations

import math
from datetime import date

import pytest

from newsline.events.cluster import cluster_day
from newsline.events.dates import day_evidence, day_scores, select_dates
from newsline.events.dating import date_sentences, event_date, sentence_days
from newsline.events.vectors import sentence_vectors
from newsline.pipeline import BuildOptions, build_timeline, default_dates, process_article
from newsline.records import Article, Rejection
from newsline.summarize import REDUNDANT, headline, select_summary, shorten

THU = date(2025, 3, 13)  # a Thursday


def article(aid: str, text: str, published: date | None, source: str, title: str = "") -> Article:
    raw = Article(id=aid, text=text, published=published, source=source, title=title or None)
    done = process_article(raw, today=date(2025, 6, 1))
    assert not isinstance(done, Rejection), done
    return done


FERRY_1 = article(
    "gull-1",
    "Ferry crews at Gull Island walked off the job on Wednesday over unpaid overtime. "
    "The island's only link to the mainland stood idle all day.\n\n"
    "The crews' union said the stoppage would last until wages were paid. "
    "The strike is the first on the route since March 3, 2019.",
    THU,
    "Gull Gazette",
    "Ferry crews strike over overtime",
)
FERRY_2 = article(
    "tide-1",
    "Ferry services to Gull Island were halted Wednesday as crews struck over unpaid overtime "
    "payments. Islanders were left stranded on the mainland quay overnight.",
    THU,
    "Tidewater Post",
    "Gull Island ferries halted by strike",
)
FERRY_RECAP = article(
    "gull-2",
    "Talks to end the ferry strike opened on Monday at the harbour office. "
    "The crews first walked out on March 12 over unpaid overtime.",
    date(2025, 3, 18),
    "Gull Gazette",
    "Ferry strike talks open",
)


def test_weekday_in_lede_gives_the_article_its_event_date() -> None:
    days = sentence_days(FERRY_1)
    assert days[0] == [date(2025, 3, 12)]  # "on Wednesday" before a Thursday publication
    assert event_date(FERRY_1, days) == date(2025, 3, 12)
    dated = date_sentences(FERRY_1)
    by_index = {ds.sentence.index: ds for ds in dated}
    # undated sentences inherit the lede's day, not the publication date
    assert by_index[1].day == date(2025, 3, 12) and not by_index[1].explicit
    assert by_index[3].day == date(2019, 3, 3) and by_index[3].explicit
    assert not by_index[3].first_hand and by_index[0].first_hand


def test_future_dates_do_not_date_a_sentence() -> None:
    plan = article(
        "plan",
        "The council met on Tuesday. A vote on the new timetable is scheduled for April 30.",
        THU,
        "Gull Gazette",
    )
    days = [ds.day for ds in date_sentences(plan)]
    assert date(2025, 4, 30) not in days
    assert days[0] == date(2025, 3, 11)


def test_article_without_any_date_contributes_nothing() -> None:
    undated = article(
        "u", "Crews walked off the job over unpaid overtime. Nobody knows when.", None, "X"
    )
    assert date_sentences(undated) == []


def test_day_scores_count_the_articles_that_name_the_day() -> None:
    dated = [ds for a in (FERRY_1, FERRY_2, FERRY_RECAP) for ds in date_sentences(a)]
    scores = day_scores(dated)
    strike = date(2025, 3, 12)
    # three articles name the strike day in three sentences; none was published on it
    assert day_evidence(dated)[strike] == (3, 0, 3)
    assert scores[strike] == pytest.approx(math.log(4) + 0.25 * math.log(4))
    assert max(scores, key=scores.get) == strike
    assert select_dates(scores, 1) == [strike]
    assert select_dates(scores, 10, start=date(2025, 3, 13)) == [date(2025, 3, 17)]
    assert select_dates(scores, 10) == sorted(scores)


def test_reports_of_one_event_form_one_cluster_and_recaps_join_it() -> None:
    dated = [ds for a in (FERRY_1, FERRY_2, FERRY_RECAP) for ds in date_sentences(a)]
    vectors = sentence_vectors([ds.sentence.text for ds in dated])
    members = [i for i, ds in enumerate(dated) if ds.day == date(2025, 3, 12)]
    clusters = cluster_day(dated, members, vectors)
    assert len(clusters) == 1
    assert clusters[0].articles == {"gull-1", "tide-1", "gull-2"}
    assert clusters[0].sources == {"Gull Gazette", "Tidewater Post"}


def test_unrelated_first_hand_reports_on_one_day_stay_apart() -> None:
    fire = [
        article(
            f"fire-{n}",
            "A fire destroyed the fish market warehouse on Wednesday night. "
            "Firefighters from three stations fought the blaze until dawn, and the market "
            "owner estimated the damage at several million.",
            THU,
            outlet,
        )
        for n, outlet in enumerate(("Gull Gazette", "Tidewater Post", "Island Radio"))
    ]
    stories = [FERRY_1, FERRY_2, *fire]
    dated = [ds for a in stories for ds in date_sentences(a)]
    vectors = sentence_vectors([ds.sentence.text for ds in dated])
    members = [i for i, ds in enumerate(dated) if ds.day == date(2025, 3, 12)]
    clusters = cluster_day(dated, members, vectors)
    assert [sorted(c.articles) for c in clusters] == [
        ["fire-0", "fire-1", "fire-2"],
        ["gull-1", "tide-1"],
    ]


def test_summary_is_central_non_redundant_and_prefers_sentences_naming_the_day() -> None:
    dated = [ds for a in (FERRY_1, FERRY_2, FERRY_RECAP) for ds in date_sentences(a)]
    vectors = sentence_vectors([ds.sentence.text for ds in dated])
    members = [i for i, ds in enumerate(dated) if ds.day == date(2025, 3, 12)]
    from newsline.events.vectors import similarity

    sim = similarity(vectors, members)
    picks = select_summary(dated, members, sim, k=2)
    assert len(picks) == 2
    assert all(dated[p].explicit for p in picks)
    assert dated[picks[0]].first_hand  # the report of the day leads, the recap adds to it
    rows = [members.index(p) for p in picks]
    assert sim[rows[0], rows[1]] <= REDUNDANT  # the second pick does not repeat the first
    assert select_summary(dated, members, sim, k=0) == []
    assert headline(dated, picks, members) in {
        "Ferry crews strike over overtime",
        "Gull Island ferries halted by strike",
    }


def test_shorten_drops_dateline_and_cuts_at_a_clause() -> None:
    long = (
        "GULL ISLAND, March 12 (Tide Wire) - Ferry crews walked off the job on Wednesday, "
        "leaving about 3,000 islanders without their only link to the mainland for the day"
    )
    short = shorten(long)
    assert short.startswith("Ferry crews walked off")
    assert short.endswith("…") and len(short.split()) <= 17
    assert shorten("Crews strike.") == "Crews strike"


def test_timeline_dates_sentences_and_window() -> None:
    stories = [FERRY_1, FERRY_2, FERRY_RECAP]
    full = build_timeline(stories, [], BuildOptions(sentences=1))
    assert [e.date for e in full.events] == sorted(e.date for e in full.events)
    assert "2025-03-12" in [e.date for e in full.events]
    assert all(len(e.summary) <= 1 for e in full.events)
    strike = next(e for e in full.events if e.date == "2025-03-12")
    assert set(strike.articles) == {"gull-1", "tide-1", "gull-2"}
    for e in full.events:
        for s in e.summary:
            source = next(a for a in stories if a.id == s.article_id)
            assert s.text in source.sentences[s.sentence_index].text
    one = build_timeline(stories, [], BuildOptions(dates=1))
    assert [e.date for e in one.events] == ["2025-03-12"]
    window = build_timeline(stories, [], BuildOptions(start=date(2025, 3, 13)))
    assert all(e.date >= "2025-03-13" for e in window.events)


def test_query_keeps_only_matching_articles() -> None:
    fire = article(
        "fire",
        "A fire destroyed the fish market warehouse on Wednesday night.",
        THU,
        "Island Radio",
    )
    t = build_timeline([FERRY_1, FERRY_2, fire], [], BuildOptions(query="fish market"))
    assert {a for e in t.events for a in e.articles} == {"fire"}
    assert len(t.articles) == 3  # every article read is still listed


def test_default_dates_grow_with_the_story_and_are_bounded() -> None:
    assert default_dates(1) == 5
    assert default_dates(17) == 9
    assert default_dates(1000) == 30


def test_query_terms_keep_quoted_phrases() -> None:
    from newsline.pipeline import query_terms

    assert query_terms(None) == []
    assert query_terms("Harbor strike") == ["harbor", "strike"]
    assert query_terms('"oil spill" BP the spill') == ["oil spill", "bp", "spill"]
    assert query_terms('"  gull   island " ferry') == ["gull island", "ferry"]
