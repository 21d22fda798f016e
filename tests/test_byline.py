"""Bylines and headlines found in plain text fill author, source and title."""

from __future__ import annotations

import pytest

from newsline.clean import clean_article
from newsline.records import Article
from newsline.text.byline import find_byline, leading_headline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Leo Marsh, Harbour FM News", ("Leo Marsh", "Harbour FM News")),
        ("BY MARIA LIND", ("MARIA LIND", None)),
        ("By Ann Lee, Political Correspondent", ("Ann Lee", None)),
        ("By Ann Lee and Bob Ray | The Daily Star", ("Ann Lee and Bob Ray", "The Daily Star")),
        (
            "Written by Tom Ode for Meridian Business Review",
            ("Tom Ode", "Meridian Business Review"),
        ),
        ("by Jo Hall - Southern Herald", ("Jo Hall", "Southern Herald")),
        ("By Ann Lee, Bob Ray", ("Ann Lee, Bob Ray", None)),
        ("By the end of the week, the port was closed.", (None, None)),
        ("Bystanders filmed the clashes.", (None, None)),
    ],
)
def test_byline_forms(line: str, expected: tuple[str | None, str | None]) -> None:
    assert find_byline(f"Headline here\n\n{line}\n\nThe strike began on Monday.") == expected


def test_byline_deep_in_the_text_is_not_a_byline() -> None:
    body = "\n\n".join(f"Paragraph {i} of the report goes on." for i in range(10))
    assert find_byline(body + "\n\nBy Leo Marsh, Harbour FM News") == (None, None)


def test_leading_headline() -> None:
    assert leading_headline("Dockers return to work\n\nCranes moved again.") == (
        "Dockers return to work"
    )
    assert leading_headline("Cranes moved again at the port.\n\nMore text.") is None
    assert leading_headline("One line only with no paragraph after") is None
    assert leading_headline("too\n\nshort") is None
    top = "Skip to content\n\nDockers return to work\n\nCranes moved again.\n\nShort line here now"
    assert leading_headline(top, body="Cranes moved again.\n\nShort line here now") == (
        "Dockers return to work"
    )
    assert (
        leading_headline(
            "Cranes moved again.\n\nShort line here now",
            body="Cranes moved again.\n\nShort line here now",
        )
        is None
    )


def test_clean_fills_missing_title_author_and_source_only() -> None:
    text = (
        "Skip to content\n\nDockers return to work as deal ends strike\n\n"
        "By Leo Marsh, Harbour FM News\n\n"
        "Cranes are moving again at Port Maren after a deal ended the three-week strike. "
        "Union negotiators signed the agreement in Aldsund this morning after 19 hours "
        "of talks chaired by the mediator.\n\n"
        "The port authority said the first container ships would berth by nightfall, and "
        "the union said members would vote on the deal next week."
    )
    out = clean_article(Article(id="a", text=text))
    assert out.title == "Dockers return to work as deal ends strike"
    assert (out.author, out.source) == ("Leo Marsh", "Harbour FM News")
    assert out.text.startswith("Cranes are moving")
    assert out.title not in out.removed and "Skip to content" in out.removed
    given = clean_article(Article(id="b", text=text, title="Given", source="Given Outlet"))
    assert (given.title, given.source, given.author) == ("Given", "Given Outlet", "Leo Marsh")
