"""Small text helpers shared by the readers: newline tidying, paragraphs, usable-text check."""

from __future__ import annotations

import re

_BLANK_RUNS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"""[.!?:;"'”’»)\]]$""")
_WORD = re.compile(r"[^\W\d_]{2,}")
_FRAGMENT_TAG = re.compile(
    r"</?(?:p|div|br|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|section)\b[^>]*>",
    re.IGNORECASE,
)


def tidy_text(text: str) -> str:
    """Normalize newlines and blank-line runs; one-paragraph-per-line text gets blank lines.

    Nothing is removed beyond trailing spaces: boilerplate is the clean stage's job.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    return _paragraph_lines(text)


def _paragraph_lines(text: str) -> str:
    """If no blank lines and most lines end a sentence, treat each line as a paragraph."""
    if "\n\n" in text or "\n" not in text:
        return text
    lines = [line for line in text.split("\n") if line.strip()]
    ends = sum(1 for line in lines if _SENTENCE_END.search(line))
    if ends >= 0.6 * len(lines):
        return "\n\n".join(lines)
    return text


def lines_to_paragraphs(text: str) -> str:
    """Join non-empty lines with blank lines (trafilatura puts one paragraph per line)."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def has_usable_text(text: str | None) -> bool:
    """True when text has at least one real word."""
    return bool(text) and _WORD.search(text) is not None


def word_count(text: str) -> int:
    """Number of whitespace-separated tokens containing a letter."""
    return sum(1 for token in text.split() if _WORD.search(token))


PROSE_LINE_WORDS = 10  # a line this long is running text, not a menu item or a heading


def prose_word_count(text: str) -> int:
    """Words in lines long enough to be running prose: what a page body is made of."""
    return sum(n for n in (word_count(line) for line in text.splitlines()) if n >= PROSE_LINE_WORDS)


def looks_like_html_fragment(text: str) -> bool:
    """True for a text field that holds HTML markup (e.g. an RSS <content:encoded>)."""
    return len(_FRAGMENT_TAG.findall(text[:5000])) >= 2


def html_fragment_to_text(fragment: str) -> str:
    """Markup to plain text, with block elements becoming paragraph breaks."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError, XMLSyntaxError, ValueError...
        return _FRAGMENT_TAG.sub("\n", fragment)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.xpath(
        "//p|//div|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote|//figure|//section|//tr"
    ):
        block.tail = "\n\n" + (block.tail or "")
        block.text = "\n\n" + (block.text or "")
    text = root.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
