"""Sentence splitting keeps offsets and respects news abbreviations."""

from newsline.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text() -> None:
    text = "Dockers walked out on Monday.  The port closed.\n\nTalks resume Friday."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dockers walked out on Monday.",
        "The port closed.",
        "Talks resume Friday.",
    ]
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Mr. Okafor met Gen. Duarte on Sept. 17 at 10 a.m. in the harbor office. "
        "Lena K. Varga of Maren Shipping Inc. said little."
    )
    assert texts(text) == [
        "Mr. Okafor met Gen. Duarte on Sept. 17 at 10 a.m. in the harbor office.",
        "Lena K. Varga of Maren Shipping Inc. said little.",
    ]


def test_quotes_close_sentences() -> None:
    text = '"We will not back down." The minister left. "Why now?" she asked.'
    assert texts(text) == [
        '"We will not back down."',
        "The minister left.",
        '"Why now?" she asked.',
    ]


def test_lower_case_after_period_is_not_a_boundary() -> None:
    assert texts("Wages rose 3.5 percent. prices did not.") == [
        "Wages rose 3.5 percent. prices did not."
    ]


def test_paragraph_break_always_ends_a_sentence() -> None:
    assert texts("A headline without a stop\n\nThe body starts here.") == [
        "A headline without a stop",
        "The body starts here.",
    ]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n  ") == []
