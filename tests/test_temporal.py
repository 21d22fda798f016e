"""The temporal tagger finds news time expressions and normalizes them against the DCT."""

from __future__ import annotations

from datetime import date

import pytest

from newsline.records import TimeExpression
from newsline.temporal import parse_dateline, tag, value_to_day
from newsline.temporal.tagger import scan

DCT = date(2025, 9, 18)  # a Thursday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression, after checking offsets and ordering."""
    out = tag(text, dct)
    last_end = -1
    for tx in out:
        assert isinstance(tx, TimeExpression)
        assert text[tx.start : tx.end] == tx.text
        assert tx.start >= last_end
        last_end = tx.end
    return [(tx.text, tx.type, tx.value) for tx in out]


def one(text: str, dct: date | None = DCT) -> tuple[str, str, str]:
    """The single expression in `text`."""
    result = found(text, dct)
    assert len(result) == 1, result
    return result[0]


def test_fixed_dct_is_a_thursday() -> None:
    assert DCT.isoweekday() == 4


ABSOLUTE = [
    ("The port closed on June 18, 2021, after a fire.", "June 18, 2021", "2021-06-18"),
    ("The port closed on 18 June 2021 after a fire.", "18 June 2021", "2021-06-18"),
    ("Shipping resumed Nov. 14, 2022, the agency said.", "Nov. 14, 2022", "2022-11-14"),
    ("The ruling came on 2021-06-18 in the morning session.", "2021-06-18", "2021-06-18"),
    ("The form was dated 6/18/2021 by the clerk.", "6/18/2021", "2021-06-18"),
    ("The ferry sank on the 7th of October, 2019.", "the 7th of October, 2019", "2019-10-07"),
    ("The levee failed in June 2021, residents recall.", "June 2021", "2021-06"),
    ("The levee failed in June of 2021.", "June of 2021", "2021-06"),
    ("The mill opened in 2021 with 40 looms.", "2021", "2021"),
    ("The 2024 Olympics drew large crowds to the bay.", "2024", "2024"),
    ("The rail line was built in the 1990s by a consortium.", "1990s", "199X"),
    ("Such ferries were common in the '90s along the coast.", "'90s", "199X"),
    ("The harbor froze in the spring of 2010 at last.", "the spring of 2010", "2010-SP"),
    ("Revenue fell in Q3 2023 at the shipyard.", "Q3 2023", "2023-Q3"),
    ("Orders slumped in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
    ("Its fiscal 2023 results disappointed investors.", "fiscal 2023", "2023"),
    ("Cargo volumes dropped in early 2024, the port said.", "early 2024", "2024"),
    ("Cargo volumes dropped in the first half of 2024.", "the first half of 2024", "2024-H1"),
    ("It was done Thursday, Sept. 16, 2021.", "Thursday, Sept. 16, 2021", "2021-09-16"),
    ("The dock reopened on Jan. 3rd, 2020.", "Jan. 3rd, 2020", "2020-01-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), ABSOLUTE)
def test_absolute_dates(text: str, span: str, value: str) -> None:
    assert one(text) == (span, "DATE", value)


PARTIAL = [
    # DCT 2025-09-18: past tense takes the previous occurrence, future tense the next one.
    ("Dockers walked out on April 9 over pay.", "April 9", "2025-04-09"),
    ("The new terminal will open on April 9.", "April 9", "2026-04-09"),
    ("The board met June 2 to discuss the merger.", "June 2", "2025-06-02"),
    ("The inquiry is scheduled to report on Sept. 25.", "Sept. 25", "2025-09-25"),
    ("Crews finished repairs on Sept. 17, the company said.", "Sept. 17", "2025-09-17"),
    ("Talks resumed Sep 5th after a pause.", "Sep 5th", "2025-09-05"),
    ("The strike ended on the seventh of August.", "the seventh of August", "2025-08-07"),
    ("Trading fell sharply in mid-March, brokers said.", "mid-March", "2025-03"),
    ("Prices rose in the third quarter, the bank said.", "the third quarter", "2025-Q3"),
    ("The fourth quarter was the worst on record.", "The fourth quarter", "2024-Q4"),
    ("Since January the ferry has run at a loss.", "January", "2025-01"),
    ("The lease expires next March, the council said.", "next March", "2026-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), PARTIAL)
def test_partial_dates_take_the_year_from_the_dct_and_tense(
    text: str, span: str, value: str
) -> None:
    assert one(text) == (span, "DATE", value)


def test_partial_date_across_new_year_prefers_the_recent_past() -> None:
    assert one("The crane collapsed on Dec. 28, officials said.", date(2025, 1, 5)) == (
        "Dec. 28",
        "DATE",
        "2024-12-28",
    )
    assert one("The vote will be held on Jan. 20.", date(2024, 12, 30))[2] == "2025-01-20"


WEEKDAYS = [
    ("Police said the suspect was arrested on Thursday.", "Thursday", "DATE", "2025-09-18"),
    ("The union walked out on Wednesday.", "Wednesday", "DATE", "2025-09-17"),
    ("The mayor spoke Monday at the pier.", "Monday", "DATE", "2025-09-15"),
    ("The council will vote on Wednesday.", "Wednesday", "DATE", "2025-09-24"),
    ("The minister is expected to visit Friday.", "Friday", "DATE", "2025-09-19"),
    ("Last Saturday the ferry ran aground.", "Last Saturday", "DATE", "2025-09-13"),
    ("The crew returns next Tuesday.", "next Tuesday", "DATE", "2025-09-23"),
    ("The ship will dock this Friday.", "this Friday", "DATE", "2025-09-19"),
    ("Fire broke out Tuesday night in the warehouse.", "Tuesday night", "TIME", "2025-09-16TNI"),
    ("Divers searched late Sunday for survivors.", "late Sunday", "DATE", "2025-09-14"),
    ("Talks collapsed last Thursday.", "last Thursday", "DATE", "2025-09-11"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), WEEKDAYS)
def test_weekdays(text: str, span: str, kind: str, value: str) -> None:
    assert one(text) == (span, kind, value)


RELATIVE = [
    ("Today the harbor is quiet.", "Today", "DATE", "2025-09-18"),
    ("The fleet sailed yesterday.", "yesterday", "DATE", "2025-09-17"),
    ("The fleet sails tomorrow.", "tomorrow", "DATE", "2025-09-19"),
    ("Crews will work tonight.", "tonight", "TIME", "2025-09-18TNI"),
    ("The crane toppled this morning.", "this morning", "TIME", "2025-09-18TMO"),
    ("Divers returned this afternoon.", "this afternoon", "TIME", "2025-09-18TAF"),
    ("Lights failed last night.", "last night", "TIME", "2025-09-17TNI"),
    ("Workers protested last week.", "last week", "DATE", "2025-W37"),
    ("The report is due this week.", "this week", "DATE", "2025-W38"),
    ("The report will be published next week.", "next week", "DATE", "2025-W39"),
    ("Crowds gathered last weekend.", "last weekend", "DATE", "2025-W37-WE"),
    ("Prices jumped last month.", "last month", "DATE", "2025-08"),
    ("The plan was drafted earlier this month.", "earlier this month", "DATE", "2025-09"),
    ("The plant closed last year.", "last year", "DATE", "2024"),
    ("Elections are due next year.", "next year", "DATE", "2026"),
    ("Output rose earlier this year.", "earlier this year", "DATE", "2025"),
    ("The pier collapsed three days ago.", "three days ago", "DATE", "2025-09-15"),
    ("The pier collapsed two weeks ago.", "two weeks ago", "DATE", "2025-W36"),
    ("The pier collapsed six months ago.", "six months ago", "DATE", "2025-03"),
    ("The pier collapsed two years ago.", "two years ago", "DATE", "2023"),
    ("The company recently cut jobs.", "recently", "DATE", "PAST_REF"),
    ("The firm is now bankrupt.", "now", "DATE", "PRESENT_REF"),
    ("It currently employs 300 people.", "currently", "DATE", "PRESENT_REF"),
    ("Rents are high at present.", "at present", "DATE", "PRESENT_REF"),
    ("Few ships call there nowadays.", "nowadays", "DATE", "PRESENT_REF"),
    ("The port may close in the future.", "the future", "DATE", "FUTURE_REF"),
    ("A decision is expected soon.", "soon", "DATE", "FUTURE_REF"),
    ("Fares rose over the past few years.", "the past few years", "DURATION", "PXY"),
    ("The ferry will resume in three days.", "three days", "DATE", "2025-09-21"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), RELATIVE)
def test_relative_expressions(text: str, span: str, kind: str, value: str) -> None:
    assert one(text) == (span, kind, value)


DURATIONS_SETS_TIMES = [
    ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
    ("The strike lasted almost two weeks.", "almost two weeks", "DURATION", "P2W"),
    ("They began a three-day walkout.", "three-day", "DURATION", "P3D"),
    ("The project took 18 months.", "18 months", "DURATION", "P18M"),
    ("The dispute has run for a decade.", "a decade", "DURATION", "P10Y"),
    ("Rescuers worked for several hours.", "several hours", "DURATION", "PTXH"),
    ("Negotiators met for three hours.", "three hours", "DURATION", "PT3H"),
    ("The talks have dragged on for years.", "years", "DURATION", "PXY"),
    ("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("The newsletter appears weekly.", "weekly", "SET", "P1W"),
    ("The ferry runs daily.", "daily", "SET", "P1D"),
    ("Each year the festival grows.", "Each year", "SET", "P1Y"),
    ("The ferry sails twice a week.", "twice a week", "SET", "P1W"),
    ("The market opens on Saturdays.", "Saturdays", "SET", "XXXX-WXX-6"),
    ("The doors open at 10 a.m.", "10 a.m.", "TIME", "2025-09-18T10:00"),
    ("The vote closed at 3:30 p.m. sharp.", "3:30 p.m.", "TIME", "2025-09-18T15:30"),
    ("The curfew starts at midnight.", "midnight", "TIME", "2025-09-18T24:00"),
    ("The rally began at noon.", "noon", "TIME", "2025-09-18T12:00"),
    ("The shift ends at 14:30 local time.", "14:30 local time", "TIME", "2025-09-18T14:30"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), DURATIONS_SETS_TIMES)
def test_durations_sets_and_clock_times(text: str, span: str, kind: str, value: str) -> None:
    assert one(text) == (span, kind, value)


def test_clock_time_takes_the_day_of_an_adjacent_date() -> None:
    assert found("The hearing opened Tuesday at 9 a.m. in the hall.") == [
        ("Tuesday", "DATE", "2025-09-16"),
        ("9 a.m.", "TIME", "2025-09-16T09:00"),
    ]
    assert found("The hearing opens at 9 a.m. on Sept. 30, 2025.")[0][2] == "2025-09-30T09:00"


def test_anchored_expressions_follow_the_last_mentioned_date() -> None:
    text = (
        "The storm made landfall on Aug. 4. Two days later, the port reopened. "
        "The next day, ferries sailed. The following week, the inquiry began."
    )
    assert found(text) == [
        ("Aug. 4", "DATE", "2025-08-04"),
        ("Two days later", "DATE", "2025-08-06"),
        ("The next day", "DATE", "2025-08-07"),
        ("The following week", "DATE", "2025-W33"),
    ]


def test_anchored_expressions_fall_back_to_the_dct() -> None:
    assert one("The day after, crowds returned.") == ("The day after", "DATE", "2025-09-19")
    assert one("A week later the ban was lifted.") == ("A week later", "DATE", "2025-W39")


NOT_DATES = [
    "About 1,500 people marched to the harbor.",
    "Shoplifting rose at the 7-Eleven on the corner.",
    "The case turns on Section 230 of the law.",
    "She paid $2,000 for the permit.",
    "Organizers counted 2,000 marchers.",
    "Call the hotline at 555-2024 for details.",
    "The home side won 3-1 in extra time.",
    "The Boeing 737 landed safely.",
    "The diner sits on Route 66.",
    "The pilot issued a Mayday call.",
    "They will march to the square.",
    "Residents may leave the zone.",
    "May we ask a question, she said.",
    "The warehouse holds 2021 crates of fish.",
    "Some 2000 protesters blocked the road.",
    "The March on Washington was recalled by speakers.",
    "June Carter sang at the fair.",
    "The fall of the old regime surprised everyone.",
    "The 45-year-old captain was questioned.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert found(text) == []


def test_sentence_initial_may_needs_a_day_or_year() -> None:
    assert one("May 5 was the deadline.") == ("May 5", "DATE", "2025-05-05")
    assert one("In May the rains came.") == ("May", "DATE", "2025-05")


def test_without_dct_values_are_underspecified_and_pure_relatives_skipped() -> None:
    assert found("The vote was set for June 18.", None) == [("June 18", "DATE", "XXXX-06-18")]
    assert found("The fleet sailed yesterday and returned last week.", None) == []
    assert found("It ran for two weeks in 2021.", None) == [
        ("two weeks", "DURATION", "P2W"),
        ("2021", "DATE", "2021"),
    ]
    assert found("They met Thursday at 10 a.m.", None) == [
        ("Thursday", "DATE", "XXXX-WXX-4"),
        ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
    ]
    assert found("The third quarter was weak.", None) == [("The third quarter", "DATE", "XXXX-Q3")]


def test_non_existent_dates_do_not_crash() -> None:
    assert found("The ship arrives on February 30.") == []
    assert one("The memo was dated February 30, 2024.") == (
        "February 30, 2024",
        "DATE",
        "2024-02",
    )
    assert one("The ship will arrive on Feb. 29.")[2] == "2028-02-29"
    assert one("The ship arrived on Feb. 29.")[2] == "2024-02-29"


def test_offsets_in_a_longer_text_are_exact() -> None:
    text = "PORT MAREN — Dockers struck on Monday.\n\nBy 6 p.m. the quay was empty; two days later"
    result = tag(text, DCT)
    assert [text[t.start : t.end] for t in result] == ["Monday", "6 p.m.", "two days later"]
    assert result[0].start == text.index("Monday")
    assert result[2].value == "2025-09-17"


def test_longest_match_wins() -> None:
    assert one("It happened the day before yesterday.")[2] == "2025-09-16"
    assert one("Crews stayed the night before.")[2] == "2025-09-17TNI"
    assert one("Sales doubled in the past five years.") == (
        "the past five years",
        "DURATION",
        "P5Y",
    )


def test_trigger_scan_finds_what_a_full_scan_finds() -> None:
    corpus = " ".join(
        [t for t, *_ in ABSOLUTE + PARTIAL + WEEKDAYS + RELATIVE + DURATIONS_SETS_TIMES] + NOT_DATES
    )
    fast = [m.span() for m in scan(corpus, fast=True)]
    slow = [m.span() for m in scan(corpus, fast=False)]
    assert fast == slow
    assert len(fast) > 90


def test_value_to_day() -> None:
    assert value_to_day("2024-03-18") == ("2024-03-18", "day")
    assert value_to_day("2024-03") == ("2024-03", "month")
    assert value_to_day("2024") == ("2024", "year")
    assert value_to_day("2024-03-18T10:00") == ("2024-03-18", "day")
    assert value_to_day("2024-03-18TNI") == ("2024-03-18", "day")
    for value in ("2024-W11", "2024-W11-WE", "2023-Q4", "2010-SP", "199X", "PRESENT_REF"):
        assert value_to_day(value) is None
    for value in ("P2W", "PT2H", "XXXX-06-18", "XXXX-WXX-1", "2024-13", "2024-02-30", ""):
        assert value_to_day(value) is None


TODAY = date(2025, 9, 18)


def test_dateline_with_and_without_year() -> None:
    assert parse_dateline("LAGOS, June 3 (Reuters) - Oil workers struck.", today=TODAY) == date(
        2025, 6, 3
    )
    assert parse_dateline(
        "PORT MAREN, Sept. 18 (Coastline Wire) — Dockers struck.", today=TODAY
    ) == date(2025, 9, 18)
    assert parse_dateline("Sept. 18, 2024 — Dockers struck.", today=TODAY) == date(2024, 9, 18)
    assert parse_dateline("LAGOS, June 3, 2019 (Reuters) - x", today=TODAY) == date(2019, 6, 3)


def test_dateline_year_from_hint_and_today() -> None:
    text = "LAGOS, Dec. 31 (Reuters) - Fuel queues grew."
    assert parse_dateline(text, dct_hint=date(2025, 1, 2)) == date(2024, 12, 31)
    assert parse_dateline(text, dct_hint=date(2023, 12, 31)) == date(2023, 12, 31)
    assert parse_dateline(text, today=TODAY) == date(2024, 12, 31)
    text = "LAGOS, Sept. 19 (Reuters) - Fuel queues grew."
    assert parse_dateline(text, today=TODAY) == date(2024, 9, 19)  # never after today


def test_dateline_hyphen_dash_and_region_variants() -> None:
    assert parse_dateline("NEW YORK, Dec. 1 (AP) -- Markets fell.", today=TODAY) == date(
        2024, 12, 1
    )
    assert parse_dateline("KANO, Nigeria, 3 June – Rain fell.", today=TODAY) == date(2025, 6, 3)
    assert parse_dateline("  BRIGHTWATER, Aug. 2 - The mill shut.", today=TODAY) == date(2025, 8, 2)


def test_no_dateline() -> None:
    assert parse_dateline("WASHINGTON — Lawmakers met.", today=TODAY) is None
    assert parse_dateline("Workers walked out on June 3 — again.", today=TODAY) is None
    assert parse_dateline("Workers walked out of the plant on Monday.", today=TODAY) is None
    assert parse_dateline("", today=TODAY) is None
    assert parse_dateline("LAGOS, Feb. 30 (Reuters) - x", dct_hint=date(2025, 3, 1)) is None


_FUZZ_TOKENS = (
    "the a an in on at last next this early late mid every each two three 18 2021 1999 31 30 29 "
    "0 February Feb. June May March Sept. Monday Mondays Q3 quarter first third half of fiscal "
    "FY23 '90s 1990s days weeks years ago later earlier day week month year weekend morning "
    "night tonight today yesterday 10 a.m. p.m. 3:30 24:00 noon midnight , . — - ( ) 's spring "
    "fall past few coming recent recently now soon 2/30/2021 2021-02-30 once twice per times "
    "about more than at least seventh o'clock LAGOS (Reuters)"
).split()


def test_random_token_soup_never_crashes_and_trigger_scan_is_complete() -> None:
    import random

    rng = random.Random(7)
    for _ in range(400):
        text = " ".join(rng.choice(_FUZZ_TOKENS) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in scan(text)] == [m.span() for m in scan(text, fast=False)]
        for dct in (None, DCT, date(1, 1, 1), date(9999, 12, 31)):
            for tx in tag(text, dct):
                assert text[tx.start : tx.end] == tx.text
            parse_dateline(text, dct_hint=dct, today=dct)


def test_more_news_forms() -> None:
    assert one("Profit rose in the first quarter of last year.")[2] == "2024-Q1"
    assert one("Tolls rise in the fall of 2026.")[2] == "2026-FA"
    assert one("The mill will shut this summer.")[2] == "2026-SU"
    assert one("The mill shut last summer.")[2] == "2025-SU"
    assert one("The agency fined it $5 million a year.") == ("a year", "SET", "P1Y")
    # TimeML (TimeBank) leaves frequency adjectives after a determiner untagged ("its quarterly
    # dividend"); the adverb use is a SET.
    assert found("The weekly market will open over the weekend.", date(2025, 9, 15)) == [
        ("the weekend", "DATE", "2025-W38-WE"),
    ]
    assert one("The market is held weekly near the pier.") == ("weekly", "SET", "P1W")
    assert found("Crews met over the weekend.")[0] == ("the weekend", "DATE", "2025-W37-WE")
    assert one("Output fell in the late 1980s.") == ("late 1980s", "DATE", "198X")
    assert one("Thousands left the city years ago.") == ("years ago", "DATE", "PAST_REF")
    assert one("A plant opened at 1400 GMT.") == ("1400 GMT", "TIME", "2025-09-18T14:00")


def test_rates_and_prepositions() -> None:
    assert one("The port handles 1.2 million containers a year.") == ("a year", "SET", "P1Y")
    assert one("Wages rose 3 percent over two years.") == ("two years", "DURATION", "P2Y")
    assert one("Wages rose for just over two years.") == ("just over two years", "DURATION", "P2Y")


# ---- reporting periods, spoken years, centuries, holidays (TimeML conventions) -------------

EARNINGS_DCT = date(2025, 10, 28)


def test_earnings_report_periods_follow_the_reported_quarter() -> None:
    text = (
        "The brewer earned $4 million in the third quarter, up from $3 million a year earlier. "
        "Sales in the latest quarter rose 5%. In the year-ago quarter, sales fell. "
        "Year-earlier results included a charge. The 2024 period had no such gain."
    )
    got = {t: v for t, _, v in found(text, EARNINGS_DCT)}
    assert got["the third quarter"] == "2025-Q3"
    assert got["a year earlier"] == "2024-Q3"
    assert got["the latest quarter"] == "2025-Q3"
    assert got["the year-ago quarter"] == "2024-Q3"
    assert got["Year-earlier"] == "2024-Q3"
    assert got["The 2024 period"] == "2024-Q3"


def test_quarter_ended_names_the_calendar_quarter() -> None:
    text = "For the quarter ended June 30, the mill lost money. During the quarter, prices fell."
    assert found(text, EARNINGS_DCT) == [
        ("the quarter", "DATE", "2025-Q2"),
        ("June 30", "DATE", "2025-06-30"),
        ("the quarter", "DATE", "2025-Q2"),
    ]


def test_quarter_words_that_are_not_periods() -> None:
    assert found("The quarter-to-quarter gain was small.", EARNINGS_DCT) == []
    assert found("He lives in the quarter near the old port.", EARNINGS_DCT) == []
    assert one("Profit in this year's second quarter doubled.", EARNINGS_DCT)[2] == "2025-Q2"
    assert one("Sales for the current quarter look weak.", EARNINGS_DCT)[2] == "2025-Q4"


def test_a_year_ago_without_quarters_is_a_year() -> None:
    assert one("The dam burst a year ago, villagers recalled.")[2] == "2024"


SPOKEN = [
    ("The station first aired in nineteen ninety-one.", "nineteen ninety-one", "1991"),
    ("By the year two thousand the line was closed.", "the year two thousand", "2000"),
    ("It was built in nineteen oh five.", "nineteen oh five", "1905"),
    ("Snow fell in January nineteen eighty-seven.", "January nineteen eighty-seven", "1987-01"),
    ("Ice closed it in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), SPOKEN)
def test_years_in_words(text: str, span: str, value: str) -> None:
    assert one(text) == (span, "DATE", value)


def test_two_thousand_as_a_count_is_not_a_year() -> None:
    assert found("Some two thousand fans cheered.") == []


def test_centuries() -> None:
    assert one("The chapel dates from the 12th century.") == ("the 12th century", "DATE", "11")
    assert one("A twentieth-century mill stands there.")[2] == "19"


HOLIDAYS = [
    ("The ferry sank on Christmas Day, officials said.", "Christmas Day", "2024-12-25"),
    ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28"),
    ("Shops will close on New Year's Eve.", "New Year's Eve", "2025-12-31"),
    ("Turnout was high last Election Day.", "last Election Day", "2024-11-05"),
    ("The pier opened on Labor Day 2019.", "Labor Day 2019", "2019-09-02"),
]


@pytest.mark.parametrize(("text", "span", "value"), HOLIDAYS)
def test_holidays(text: str, span: str, value: str) -> None:
    assert one(text) == (span, "DATE", value)


def test_holiday_words_as_modifiers_are_not_dates() -> None:
    assert found("Christmas shopping started early.") == []


def test_month_with_relative_year() -> None:
    assert one("The mine flooded in July last year.") == ("July last year", "DATE", "2024-07")
    assert one("Voting ends April 3 next year.") == ("April 3 next year", "DATE", "2026-04-03")


def test_fractional_durations_use_smaller_units() -> None:
    assert one("They lived in the camp for 2 1/2 years.") == ("2 1/2 years", "DURATION", "P2Y6M")
    assert one("The call lasted a minute and a half.")[2] == "PT1M30S"
    assert one("Repairs took 5 1/2 hours.")[2] == "PT5H30M"


def test_frequency_adjective_after_determiner_is_not_a_set() -> None:
    assert found("The firm cut its quarterly dividend.") == []
    assert one("Dividends are paid quarterly.") == ("quarterly", "SET", "P3M")


def test_tense_cues() -> None:
    # "next to" is a place, not a future cue; "will be paid": "paid" is not a past cue.
    assert one("Bombs exploded next to the station on Friday.", date(2025, 9, 20))[2] == (
        "2025-09-19"
    )
    assert one("Bonuses would be paid in January.", date(2025, 10, 20))[2] == "2026-01"
    assert one("Talks are set to resume Monday.", date(2025, 9, 20))[2] == "2025-09-22"


def test_this_season_in_a_past_sentence_is_the_current_year() -> None:
    assert one("Marchers said they blocked roads this summer.", date(2025, 3, 20))[2] == "2025-SU"


# ---- clock times joined to their day, "soon", adjectives in -ed ----------------------------


def test_clock_time_and_the_day_after_it_are_one_time() -> None:
    # DCT Thursday 2025-09-18.
    assert one("The offer will expire at 5 p.m. EST Tuesday.") == (
        "5 p.m. EST Tuesday",
        "TIME",
        "2025-09-23T17:00",
    )
    assert one("Shelling stopped at noon Saturday.") == (
        "noon Saturday",
        "TIME",
        "2025-09-13T12:00",
    )


def test_clock_time_before_a_preposition_stays_apart() -> None:
    result = found("Divers met at 6 a.m. on Friday near the wreck.")
    assert [r[0] for r in result] == ["6 a.m.", "Friday"]
    assert result[0][2] == "2025-09-12T06:00"  # the day of the adjacent Friday


def test_soon_is_future_only_when_it_means_before_long() -> None:
    assert one("The ferry will soon resume service.") == ("soon", "DATE", "FUTURE_REF")
    assert one("Repairs must finish as soon as possible.") == (
        "as soon as possible",
        "DATE",
        "FUTURE_REF",
    )
    assert found("The guard was soon released by the rebels.") == []
    assert found("Soon after the vote, the mayor resigned.") == []
    assert found("Crews will leave as soon as the wind drops.") == []


def test_adjectives_in_ed_do_not_make_a_sentence_past() -> None:
    # "unspecified" and "the revised" are adjectives; the sentence is about the future.
    assert one("The bonus would be paid on an unspecified date in January.")[2] == "2026-01"
    assert one("Shares will trade under the revised terms from March.")[2] == "2026-03"
    # A real past verb still points back.
    assert one("The bonus was paid in January.")[2] == "2025-01"


def test_current_as_an_adjective_is_the_present() -> None:
    assert one("Its current owner bought the ferry line.") == ("current", "DATE", "PRESENT_REF")
    assert found("Shares were sold at the then current price.") == []
    assert found("The current account deficit widened.") == []


def test_possessive_weekday_is_a_day_that_has_happened() -> None:
    # DCT Thursday 2025-09-18: "Monday's vote" even in a sentence about the future.
    assert one("Lawyers will challenge Monday's vote in court.") == ("Monday", "DATE", "2025-09-15")
    assert one("Lawyers will challenge the vote on Monday.")[2] == "2025-09-22"


def test_the_previous_or_following_weekday_counts_from_the_date_in_focus() -> None:
    result = found("The index closed at 210 on Friday, Sept. 12, down from the previous Friday.")
    assert result[-1] == ("the previous Friday", "DATE", "2025-09-05")
    result = found("The port shut on Aug. 6, 2025 and reopened the following Monday.")
    assert result[-1] == ("the following Monday", "DATE", "2025-08-11")


def test_partial_date_a_year_ahead_yields_to_a_recent_one() -> None:
    # DCT 2025-09-18: "Sept. 7" in a future-tense sentence is 11 days ago, not next year.
    assert one("Aid will reach towns hit by the Sept. 7 floods.")[2] == "2025-09-07"
    assert one("The ferry will sail on Oct. 7.")[2] == "2025-10-07"


def test_that_year_and_that_day_take_the_date_in_focus() -> None:
    result = found("The mill closed in June 2019 and reopened later that year.")
    assert result[-1] == ("later that year", "DATE", "2019")
    result = found("The levee broke on March 4, 2021. Earlier that day, crews had left.")
    assert result[-1] == ("Earlier that day", "DATE", "2021-03-04")
    result = found("The dam failed on May 2, 2022. That same week the mayor resigned.")
    assert result[-1] == ("That same week", "DATE", "2022-W18")
    assert found("Nothing else happened that year.") == []  # no date in focus yet


DURATIONS_MORE = [
    ("The navy may use the base for at least 20 more years.", "at least 20 more years", "P20Y"),
    ("The ferry will run for two more weeks.", "two more weeks", "P2W"),
    ("The loan may be extended by an additional year.", "an additional year", "P1Y"),
    ("The lighthouse has stood for almost a hundred years.", "almost a hundred years", "P100Y"),
    ("Crews expect to finish within weeks.", "weeks", "PXW"),
    ("Prices may fall in the months ahead.", "the months ahead", "PXM"),
    ("The town will be without power for a while.", "a while", "PXX"),
]


@pytest.mark.parametrize(("text", "span", "value"), DURATIONS_MORE)
def test_more_duration_forms(text: str, span: str, value: str) -> None:
    assert one(text) == (span, "DURATION", value)


def test_hundred_is_not_a_time_without_a_unit() -> None:
    assert found("About a hundred people and two thousand boats came.") == []


def test_an_outlook_quarter_does_not_become_the_reported_one() -> None:
    # DCT 2025-10-30: Q3 has been reported; Q4 is still running, so it is only an outlook.
    text = (
        "Harbor Mills said third-quarter profit rose. It expects fourth-quarter sales to slow. "
        "In the latest quarter, revenue rose 4% from a year ago."
    )
    result = found(text, date(2025, 10, 30))
    assert ("the latest quarter", "DATE", "2025-Q3") in result
    assert ("a year ago", "DATE", "2024-Q3") in result


def test_a_unit_in_a_hyphenated_compound_is_not_a_duration() -> None:
    # "a year-earlier" is the year-earlier period, not "a year"; "-long" still is a duration.
    assert one("Profit rose from a year-earlier $4 million.") == ("year-earlier", "DATE", "2024")
    assert one("It was a week-long strike.") == ("a week", "DURATION", "P1W")


def test_second_day_of_a_pair_or_range_shares_the_month() -> None:
    assert found("The summit is set for April 24 and 25.")[-1] == ("25", "DATE", "2026-04-25")
    assert found("Talks ran June 3-5, 2021, in Oslo.") == [
        ("June 3", "DATE", "2021-06-03"),
        ("5, 2021", "DATE", "2021-06-05"),
    ]
    # a count after "and" is not a day
    assert found("On March 3 and 14 people were hurt.") == [("March 3", "DATE", "2025-03-03")]


def test_year_end() -> None:
    assert one("The deal should close by year-end.") == ("year-end", "DATE", "2025-12-31")
    assert one("Shares rose 5% since year-end.") == ("year-end", "DATE", "2024-12-31")


def test_the_next_couple_of_years() -> None:
    assert one("Sales will grow over the next couple of years.") == (
        "the next couple of years",
        "DURATION",
        "P2Y",
    )


def test_now_as_a_discourse_marker_is_not_a_time() -> None:
    assert found("Now, the mayor says, the pier must close.") == []
    assert one("Now the pier is closed.") == ("Now", "DATE", "PRESENT_REF")
    assert one("The pier is now closed.") == ("now", "DATE", "PRESENT_REF")


_HOLIDAY_TEXTS = [
    "On Christmas Day and Christmas Eve, and on Christmas itself, shops shut.",
    "New Year's Day, New  Year’s Eve and New\nYear's; not New Years or New Year alone.",
    "Thanksgiving Day, Thanksgiving, Halloween and Halloweens.",
    "Independence Day, Independence Hall, Valentine's Day, Valentine’s  Day, Valentine's card.",
    "Labor Day, Labor day, Labor Party, Memorial Day, Memorial service, Election Day, Election.",
    "Veterans Day, Veterans Affairs, Boxing Day, Boxing match, last Christmas, next Halloween.",
]


def test_trigger_holiday_heads_agree_with_the_holiday_pattern() -> None:
    """TRIGGER spells holidays as HOLIDAY_HEADS; a lookahead on HOLIDAY itself must agree."""
    import re

    from newsline.temporal import patterns as P

    plain = re.compile(P._WORD_START + "(?=" + P.HOLIDAY + ")")
    heads = re.compile(P._WORD_START + "(?=" + "|".join(P.HOLIDAY_HEADS) + ")")
    for text in _HOLIDAY_TEXTS:
        assert [m.start() for m in heads.finditer(text)] == [
            m.start() for m in plain.finditer(text)
        ]
        found = {m.start() for m in P.TRIGGER.finditer(text)}
        assert {m.start() for m in plain.finditer(text)} <= found
        assert [m.span() for m in scan(text)] == [m.span() for m in scan(text, fast=False)]
