"""The per-process memo of per-article build work: bounded, and never changes a result.

A later build reuses near-duplicate fingerprints, sentence days and quotes of articles an
earlier build read; the timeline must be exactly what a fresh process would build.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from newsline.clean import duplicates
from newsline.events import people
from newsline.ingest import read_paths
from newsline.memo import Memo
from newsline.pipeline import BuildOptions, build_timeline, process_all
from newsline.records import Article, Event
from newsline.render.data import timeline_to_dict
from newsline.text.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "port-maren"


def test_memo_computes_once_and_keeps_the_most_recent() -> None:
    memo: Memo[str] = Memo(2)
    calls: list[str] = []

    def compute(key: str) -> str:
        calls.append(key)
        return key.upper()

    assert memo.get("a", lambda: compute("a")) == "A"
    assert memo.get("a", lambda: compute("a")) == "A"
    assert calls == ["a"]
    memo.get("b", lambda: compute("b"))
    memo.get("a", lambda: compute("a"))  # "a" is now the most recent, "b" the oldest
    memo.get("c", lambda: compute("c"))
    assert len(memo) == 2
    memo.get("a", lambda: compute("a"))
    memo.get("b", lambda: compute("b"))
    assert calls == ["a", "b", "c", "b"]
    with pytest.raises(ValueError):
        Memo(0)


def test_get_many_makes_only_what_is_missing_in_one_call() -> None:
    memo: Memo[str] = Memo(10)
    memo.get("b", lambda: "B")
    calls: list[list[str]] = []

    def upper_all(items: list[str]) -> list[str]:
        calls.append(items)
        return [i.upper() for i in items]

    assert memo.get_many(["a", "b", "c"], ["a", "b", "c"], upper_all) == ["A", "B", "C"]
    assert calls == [["a", "c"]]
    assert memo.get_many(["c", "a"], ["c", "a"], upper_all) == ["C", "A"]
    assert calls == [["a", "c"]]


def _timeline_json(articles: list[Article]) -> dict:
    out = timeline_to_dict(build_timeline(articles, [], BuildOptions(query="port maren")))
    out.pop("generated_at")
    return out


def test_a_second_build_in_the_same_process_is_the_same_timeline() -> None:
    raw = list(read_paths([EXAMPLES]))
    articles, _ = process_all(raw, today=date(2026, 11, 23), workers=1)
    duplicates._FINGERPRINTS.clear()
    people._PEOPLE.clear()
    cold = _timeline_json(articles)
    assert len(people._PEOPLE) > 0 and len(duplicates._FINGERPRINTS) == len(articles)
    warm = _timeline_json(articles)
    assert warm == cold
    # Half the story only: reused pieces from the full build change nothing either.
    half = articles[: len(articles) // 2]
    warm_half = _timeline_json(half)
    duplicates._FINGERPRINTS.clear()
    people._PEOPLE.clear()
    assert _timeline_json(half) == warm_half


def test_an_edited_text_is_read_again() -> None:
    text = "The ferry strike ended on Monday, the union said. " * 4
    [first] = duplicates.fingerprints([text], workers=1)
    assert duplicates.fingerprints([text], workers=1)[0] is first  # from the memo
    assert duplicates.fingerprints([text + "It resumes Friday."], workers=1)[0] is not first


def test_an_article_that_trips_the_quote_reader_is_logged_not_fatal(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(article: Article, ner: str | None = None) -> None:
        raise RuntimeError("odd input")

    monkeypatch.setattr(people, "quotes_and_actors", broken)
    text = '"We will sail again," said Ada Voss, the harbour master, on Tuesday.'
    a = Article(
        id="logged-1",
        text=text,
        published=date(2026, 3, 4),
        sentences=split_sentences(text),
    )
    ev = Event("e", "2026-03-03", "day", "h", [], ["logged-1"], 1.0, mentions=[("logged-1", 0)])
    with caplog.at_level(logging.WARNING, logger="newsline.events.people"):
        people.attach_people([ev], [a])
    assert ev.quotes == [] and ev.actors == []
    assert "logged-1" in caplog.text and "RuntimeError: odd input" in caplog.text
