"""The event-clustering benchmark: B-cubed scorer, mention placement, gold data, end to end."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from newsline.pipeline import process_article
from newsline.records import Article, Event, Rejection

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "benchmarks" / "data" / "stories"


def _load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "clustering_bench", ROOT / "benchmarks" / "clustering.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()

# Gold: {a, b, c} is one event, {d, e} another.
GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_bcubed_textbook_case() -> None:
    # System {a, b} and {c, d, e}: P = R = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
    scores = bench.bcubed(GOLD, {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"})
    assert scores.precision == pytest.approx(11 / 15)
    assert scores.recall == pytest.approx(11 / 15)
    assert scores.f1 == pytest.approx(11 / 15)
    assert scores.n == 5


def test_bcubed_extremes() -> None:
    perfect = bench.bcubed(GOLD, {"a": 7, "b": 7, "c": 7, "d": 8, "e": 8})
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    lumped = bench.bcubed(GOLD, dict.fromkeys(GOLD, "all"))
    assert lumped.precision == pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5)  # 13/25
    assert lumped.recall == 1.0
    alone = bench.bcubed(GOLD, {k: k for k in GOLD})
    assert alone.precision == 1.0
    assert alone.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2)) / 5)  # 2/5


def test_bcubed_unplaced_items_are_singletons() -> None:
    # c is in no system event: it can only cost recall.
    scores = bench.bcubed(GOLD, {"a": "x", "b": "x", "c": None, "d": "y", "e": "y"})
    assert scores.precision == 1.0
    assert scores.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert bench.bcubed(GOLD, {}).precision == 1.0
    assert bench.bcubed({}, {}).n == 0


def _article(aid: str, text: str, published: date, source: str) -> Article:
    done = process_article(
        Article(id=aid, text=text, published=published, source=source), today=date(2026, 1, 1)
    )
    assert not isinstance(done, Rejection)
    return done


def _event(eid: str, day: str, articles: list[str]) -> Event:
    return Event(
        id=eid, date=day, granularity="day", headline="", summary=[], articles=articles, score=1.0
    )


def test_a_mention_belongs_to_the_event_with_its_article_and_its_sentences_day() -> None:
    thu = date(2025, 6, 5)
    art = _article(
        "el-1",
        "Mediators met both sides on Wednesday at the maritime court. "
        "The crews walked out on June 2 after the pay talks failed.",
        thu,
        "Estuary Ledger",
    )
    mentions = [
        bench.Mention("el-1", "Mediators met both sides on Wednesday", "e2", "2025-06-04"),
        bench.Mention("el-1", "The crews walked out on June 2", "e1", "2025-06-02"),
    ]
    events = [_event("sys-a", "2025-06-02", ["el-1"]), _event("sys-b", "2025-06-04", ["other"])]
    placed = bench.place(mentions, [art], events)
    assert [(day, ev) for _, day, ev in placed] == [("2025-06-04", None), ("2025-06-02", "sys-a")]
    # An event on the right day that cites the article holds the mention.
    events.append(_event("sys-c", "2025-06-04", ["el-1", "other"]))
    assert bench.place(mentions[:1], [art], events)[0][2] == "sys-c"
    # A mention of a rejected (absent) article is unplaced, not an error.
    assert bench.place([bench.Mention("gone", "x", "e1", "2025-06-02")], [art], events)[0][1:] == (
        None,
        None,
    )


def test_gold_text_must_be_in_one_sentence() -> None:
    art = _article(
        "a", "Ferry crews struck on Monday. Talks opened on Wednesday.", date(2025, 6, 5), "X"
    )
    with pytest.raises(ValueError):
        bench.sentence_of(art, "not in the text")
    with pytest.raises(ValueError):
        bench.check_items(
            [
                bench.Mention("a", "Ferry crews", "e1", "2025-06-02"),
                bench.Mention("a", "struck", "e2", "2025-06-02"),
            ],
            [art],
        )


def test_story_set_is_well_formed() -> None:
    dirs = bench.story_dirs(STORIES)
    assert len(dirs) >= 10
    for d in dirs:
        lines = (d / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        assert 4 <= len(records) <= 10, d.name
        assert all({"id", "source", "published", "title", "text"} <= set(r) for r in records)
        assert len({r["source"] for r in records}) >= 3, d.name
        texts = {r["id"]: r["text"] for r in records}
        mentions = bench.read_gold(d / "gold.json")
        events = {m.event for m in mentions}
        assert len(events) >= 2, d.name
        for m in mentions:
            assert texts[m.article].count(m.text) == 1, (d.name, m)
            date.fromisoformat(m.date)


def test_end_to_end_on_one_story() -> None:
    result = bench.score_story(STORIES / "velmora-ferry-strike")
    mentions = bench.read_gold(STORIES / "velmora-ferry-strike" / "gold.json")
    assert result.bcubed.n == len(mentions)
    assert len(result.placements) == len(mentions)
    for s in (result.bcubed, result.strict):
        assert 0.0 <= s.precision <= 1.0 and 0.0 <= s.recall <= 1.0
    assert result.n_system_events >= 1
    report = bench.format_report([result], errors=True)
    assert "velmora-ferry-strike" in report and "all (micro)" in report
