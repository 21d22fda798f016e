"""Unicode repair, whitespace folding and PTB detokenization."""

from newsline.clean.normalize import normalize_text
from newsline.clean.ptb import detokenize, looks_tokenized


def test_mojibake_is_repaired() -> None:
    assert normalize_text("The union\u00e2\u20ac\u2122s leader") == "The union\u2019s leader"


def test_spaces_and_blank_lines_are_folded() -> None:
    raw = "  First\u00a0 line \t here \r\n\r\n\r\n\r\nSecond\u200b line  "
    assert normalize_text(raw) == "First line here\n\nSecond line"


def test_ptb_text_is_detected_and_detokenized() -> None:
    raw = (
        "-LRB- Coastline Wire -RRB- -- `` We 're not leaving , '' said Mr. Okafor ,"
        " who did n't say ."
    )
    assert looks_tokenized(raw)
    assert detokenize(raw) == (
        "(Coastline Wire) \u2014 \u201cWe're not leaving,\u201d said Mr. Okafor, who didn't say."
    )


def test_money_and_percent_are_rejoined() -> None:
    assert detokenize("a $ 5 million deal , up 4 % .") == "a $5 million deal, up 4%."


def test_ordinary_text_is_not_taken_for_ptb() -> None:
    assert not looks_tokenized("\"We're here,\" she said. It isn't over (yet).")
