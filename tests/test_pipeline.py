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
    assert "2031-01-01" in out.published_note and "after today" in out.published_note


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


def _report(aid: str, source: str, text: str, day: date) -> Article:
    return process_article(
        Article(id=aid, text=text, source=source, published=day, published_from="metadata"),
        TODAY,
    )


WIRE = (
    "GULL ISLAND (Harbour Wire) - The Gull Island ferry ran aground on a sandbank on "
    'Tuesday with 140 passengers aboard, the coastguard said. "Everyone is safe and '
    'accounted for," coastguard spokeswoman Ida Varga said. Tugs freed the vessel at high '
    "tide and it returned to Port Maren under its own power. The operator, Isle Lines, "
    "said it would inspect the hull before the ferry sails again. Varga said the crew had "
    "reported a steering fault shortly before the grounding."
)


def test_syndicated_copies_are_read_once_and_cited_on_the_event() -> None:
    from newsline.pipeline import BuildOptions, build_timeline

    day = date(2025, 9, 10)
    story = [
        _report("wire", "Harbour Wire", WIRE, day),
        _report("copy", "Southern Herald", WIRE + "\n\nShare this story", day),
        _report(
            "own",
            "Maren Courier",
            "The Gull Island ferry grounded on a sandbank off the island on Tuesday. "
            "Coastguard spokeswoman Ida Varga said all 140 passengers were safe.",
            day,
        ),
    ]
    t = build_timeline(story, [], BuildOptions(dates=1, sentences=2))
    by_id = {a.id: a for a in t.articles}
    assert by_id["copy"].duplicates == ["wire"] and by_id["wire"].duplicates == ["copy"]
    reading = "copy" if by_id["wire"].duplicate_of == "copy" else "wire"
    assert {by_id["copy"].duplicate_of, by_id["wire"].duplicate_of} == {None, reading}
    [event] = t.events
    assert event.date == "2025-09-09"
    assert set(event.articles) == {"wire", "copy", "own"}
    assert {aid for aid, _ in event.mentions} == {reading, "own"}  # the copy is read once
    assert any(q["speaker"] == "Ida Varga" for q in event.quotes)
    assert all(q["date"] == "2025-09-09" for q in event.quotes)
    assert "Ida Varga" in {a["name"] for a in event.actors}
    kept = build_timeline(story, [], BuildOptions(dates=1, duplicate_threshold=None))
    assert {aid for aid, _ in kept.events[0].mentions} == {"wire", "copy", "own"}
    assert all(a.duplicate_of is None for a in kept.articles)


def test_a_thin_report_of_the_day_is_cited_not_dropped() -> None:
    from newsline.pipeline import BuildOptions, build_timeline

    day = date(2025, 9, 10)
    ferry = [
        _report(
            f"f{i}",
            outlet,
            f"The Gull Island ferry ran aground on a sandbank on Tuesday, {outlet} reported. "
            "All 140 passengers were taken off safely by lifeboat crews from Port Maren.",
            day,
        )
        for i, outlet in enumerate(("Harbour Wire", "Maren Courier", "Southern Herald"))
    ]
    council = _report(
        "council",
        "Harbour FM News",
        "Councillors in Aldsund approved a new budget for school libraries on Tuesday "
        "after a long evening debate about reading programmes.",
        day,
    )
    t = build_timeline([*ferry, council], [], BuildOptions())
    [event] = [e for e in t.events if e.date == "2025-09-09"]
    assert {"f0", "f1", "f2", "council"} <= set(event.articles)
    assert all(s.article_id != "council" for s in event.summary[:1])
