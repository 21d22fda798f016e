"""Publication dates inferred from what an article reports, with a confidence and a reason."""

from __future__ import annotations

from datetime import date

from newsline.temporal import PublicationEstimate, estimate_publication, infer_publication_date

TODAY = date(2026, 1, 10)


def guess(text: str, title: str | None = None) -> PublicationEstimate:
    found = estimate_publication(text, TODAY, title=title)
    assert found is not None
    assert 0.0 <= found.confidence <= 1.0
    assert found.reason and "\n" not in found.reason
    assert found.day <= TODAY
    return found


def test_yesterday_next_to_the_latest_date_means_the_day_after() -> None:
    text = (
        "The toll bridge, shut on March 3, 2023 after a barge strike, reopened yesterday, "
        "the transport office said. Engineers had inspected it on Feb. 20, 2023."
    )
    g = guess(text)
    assert g.day == date(2023, 3, 4)
    assert g.confidence >= 0.6
    assert "yesterday" in g.reason


def test_today_is_the_same_day() -> None:
    text = "Voters queued from dawn on Oct. 12, 2024. Counting began this morning in the capital."
    assert guess(text).day == date(2024, 10, 12)


def test_weekday_naming_the_latest_date_is_a_same_day_report() -> None:
    # Oct. 1, 2025 is a Wednesday; "on Friday" is the first Friday on or after it.
    text = "The strike began on Oct. 1, 2025, and the union called it off on Friday."
    g = guess(text)
    assert g.day == date(2025, 10, 3)
    assert 0.4 <= g.confidence <= 0.7


def test_days_ago_counts_from_the_latest_date() -> None:
    text = "The levee failed on Aug. 2, 2024, three days ago, flooding the lower town."
    assert guess(text).day == date(2024, 8, 5)


def test_since_date_is_only_a_lower_bound() -> None:
    text = "The harbor board met on Thursday for the first time since Nov. 14, 2022, members said."
    g = guess(text)
    assert g.day > date(2022, 11, 14)
    assert g.confidence <= 0.2
    assert "since" in g.reason


def test_future_dates_are_ignored_and_the_estimate_never_passes_today() -> None:
    text = "The plant opened on June 18, 2021. It will close on Jan. 5, 2030."
    assert guess(text).day == date(2021, 6, 18)
    late = "The vote was held on Jan. 9, 2026, and results came out two weeks ago."
    g = guess(late)
    assert g.day == TODAY
    assert "today" in g.reason


def test_no_dated_evidence_gives_none() -> None:
    assert estimate_publication("The council met on Thursday to discuss roads.", TODAY) is None
    assert estimate_publication("", TODAY) is None
    assert estimate_publication("   \n ", TODAY) is None
    assert estimate_publication("Dates after today: March 3, 2031.", TODAY) is None


def test_earliest_timestamp_is_the_article_day() -> None:
    text = (
        "Flood barriers held along the Wend river overnight, the Dunmore Courier reported.\n"
        "March 4, 2024 09:12 am | Residents stacked sandbags near the mill.\n"
        "March 5, 2024 10:40 pm | A reader asked when the bridge reopens.\n"
    )
    g = guess(text)
    assert g.day == date(2024, 3, 4)
    assert "timestamp" in g.reason
    assert g.confidence >= 0.6


def test_late_dates_only_at_the_end_are_left_out() -> None:
    body = (
        "The Ostrava Gazette said the tram depot burned on May 6, 2019, and firefighters "
        "worked through the night. Officials said yesterday that the cause was a faulty heater. "
    )
    filler = "Commuters took buses while the line was closed for repairs. " * 6
    tail = "Related: council elects new chair on Sept. 30, 2021."
    g = guess(body + filler + tail)
    assert g.day == date(2019, 5, 7)


def test_a_later_year_named_alone_marks_the_date_as_background() -> None:
    text = (
        "The quarry collapse of April 2, 2001 is still remembered in Vell. "
        "In 2008 the town opened a museum about it, the mayor said."
    )
    g = guess(text)
    assert g.day >= date(2008, 1, 1)
    assert g.confidence <= 0.1
    assert "background" in g.reason


def test_partial_dates_in_past_sentences_take_the_year_of_the_full_date() -> None:
    text = (
        "The Kessel bridge closed on Feb. 2, 2023 for repairs. Crews reopened one lane on "
        "March 9 and the second lane yesterday, the agency said."
    )
    g = guess(text)
    assert g.day == date(2023, 3, 10)
    assert "year taken" in g.reason


def test_title_is_read_as_evidence() -> None:
    g = guess("Traffic was light all morning.", title="Ring road reopens, June 3, 2022")
    assert g.day == date(2022, 6, 3)


def test_legacy_pair_api_matches_the_estimate() -> None:
    text = "Rain fell on May 1, 2024, May 2, 2024 and May 3, 2024. The river rose yesterday."
    day, conf = infer_publication_date(text, TODAY)
    g = guess(text)
    assert (day, conf) == (g.day, g.confidence) == (date(2024, 5, 4), g.confidence)
