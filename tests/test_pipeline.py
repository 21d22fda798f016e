"""Pipeline orchestration: publication-date provenance and story selection by query."""

from __future__ import annotations

from datetime import date

from newsline.pipeline import date_publication, is_relevant, process_article
from newsline.records import Article

TODAY = date(2025, 10, 1)


def test_metadata_date_is_kept_without_inference() -> None:
    a = Article(
        id="a",
        text="The ferry sailed on Monday.",
        published=date(2025, 9, 3),
        published_from="metadata",
    )
    out = date_publication(a, TODAY)
    assert (out.published, out.published_from) == (date(2025, 9, 3), "metadata")
    assert out.published_confidence is None and out.published_note is None


def test_future_metadata_date_is_dropped_and_the_dateline_used() -> None:
    a = Article(
        id="a",
        text="GULL ISLAND, Sept. 12 (Harbour Wire) - The ferry service resumed on Friday.",
        published=date(2031, 1, 1),
        published_from="metadata",
    )
    out = date_publication(a, TODAY)
    assert out.published == date(2025, 9, 12)
    assert out.published_from == "dateline"


def test_date_is_inferred_from_the_text_only_when_nothing_else_gives_one() -> None:
    text = (
        "Dock workers in Port Maren walked out yesterday after talks collapsed on "
        "Sept. 14, 2025. The union said the strike would last a week."
    )
    out = date_publication(Article(id="a", text=text), TODAY)
    assert out.published_from == "text"
    assert out.published == date(2025, 9, 15)
    assert 0 < out.published_confidence <= 1
    assert "inferred" in out.published_note


def test_no_evidence_gives_no_date_and_says_why() -> None:
    out = date_publication(Article(id="a", text="The harbour was quiet. Gulls circled."), TODAY)
    assert out.published is None and out.published_from == "none"
    assert "no date" in out.published_note


def test_future_metadata_with_no_other_evidence_is_explained() -> None:
    a = Article(id="a", text="Quiet day.", published=date(2030, 5, 5), published_from="metadata")
    out = date_publication(a, TODAY)
    assert out.published is None
    assert "2030-05-05" in out.published_note and "after today" in out.published_note


def test_process_article_tags_relative_dates_against_the_inferred_date() -> None:
    text = (
        "Talks between the port authority and the union broke down on Sept. 14, 2025, "
        "and dock workers walked out yesterday. Ferries to Gull Island were cancelled."
    )
    out = process_article(Article(id="a", text=text), TODAY)
    assert out.published_from == "text"
    values = {t.text.lower(): t.value for t in out.timexes}
    assert values["yesterday"] == date.fromordinal(out.published.toordinal() - 1).isoformat()


def test_query_terms_match_at_word_starts() -> None:
    a = Article(id="a", text="The report cited support from the airport.", title="Weather")
    assert not is_relevant(a, ["port"])
    b = Article(id="b", text="Ports across the region reopened.", title=None)
    assert is_relevant(b, ["port"])
    c = Article(id="c", text="The strike at Port   Maren ended.")
    assert is_relevant(c, ["port maren"])
    assert is_relevant(a, [])
