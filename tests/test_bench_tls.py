"""The Timeline17 benchmark harness: task construction, building and scoring plumbing.

The fixture is two fictional topics in the t17 layout, written to tmp_path. Tests that
need tilse's ROUGE-1.5.5 skip when tilse or Perl's XML::Parser is missing; the test on the
real data skips when ../shared/data/t17 is absent.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.bench import format_report, run_tls
from newsline.bench.t17 import keywords_query, list_topics, load_tasks
from newsline.bench.tls import (
    Scorer,
    average,
    date_scores,
    dated_summaries,
    prf,
    read_input,
    run_task,
    scoring_problem,
)
from newsline.cli import app
from newsline.pipeline import query_terms
from newsline.records import Article, Event, Rejection, SummarySentence, Timeline

T17 = Path(__file__).parents[1] / ".." / "shared" / "data" / "t17"
SCORING = scoring_problem()
needs_rouge = pytest.mark.skipif(SCORING is not None, reason=f"no ROUGE: {SCORING}")

D = date


def _harbor_text(day: int) -> str:
    return (
        f"Dock workers at Port Selwyn stayed off the job on day {day} of the strike .\n"
        "The harbor authority said cargo ships were waiting outside the breakwater .\n"
        f"On March {day} , union leaders met the port operator for talks that ended "
        "without a deal .\n"
        "Fishermen said the closure was costing them dearly .\n"
    )


HARBOR_ARTICLES = [
    # one before the first window, days inside both windows, one after the last
    {"id": "gazette/2024-02-28/1", "source": "gazette", "published": "2024-02-28"},
    {"id": "gazette/2024-03-02/1", "source": "gazette", "published": "2024-03-02"},
    {"id": "tribune/2024-03-03/1", "source": "tribune", "published": "2024-03-03"},
    {"id": "gazette/2024-03-04/1", "source": "gazette", "published": "2024-03-04"},
    {"id": "tribune/2024-03-05/2", "source": "tribune", "published": "2024-03-05"},
    {"id": "herald/2024-03-07/1", "source": "herald", "published": "2024-03-07"},
    {"id": "herald/2024-03-08/1", "source": "herald", "published": "2024-03-08"},
    {"id": "gazette/2024-03-12/1", "source": "gazette", "published": "2024-03-12"},
]
HARBOR_TIMELINES = [
    {
        "name": "gazette/tl1",  # k = round(5/3) = 2
        "timeline": [
            ["2024-03-04", ["Talks fail .", "Ships wait outside the harbor ."]],
            ["2024-03-02", ["Dock workers walk out over pay ."]],
            ["2024-03-05", ["The union meets the port operator .", "No deal is reached ."]],
        ],
    },
    {
        "name": "tribune/tl2",  # k = round(5/2) = round(2.5) = 2 (halves to even)
        "timeline": [
            ["2024-03-03", ["Cargo piles up .", "Fishermen complain ."]],
            ["2024-03-08", ["Strike enters its second week .", "Talks resume .", "Police watch ."]],
        ],
    },
]


def _write_topic(root: Path, name: str, keywords, articles, timelines) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "keywords.json").write_text(json.dumps(keywords), encoding="utf-8")
    with open(folder / "timelines.jsonl", "w", encoding="utf-8") as handle:
        for tl in timelines:
            handle.write(json.dumps(tl) + "\n")
    with gzip.open(folder / "articles.jsonl.gz", "wt", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps(a) + "\n")


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    root = tmp_path / "t17"
    harbor = [dict(a, text=_harbor_text(int(a["published"][-2:]))) for a in HARBOR_ARTICLES]
    harbor.append(
        {"id": "tribune/2024-03-04/9", "source": "tribune", "published": "2024-03-04", "text": ""}
    )
    _write_topic(root, "harbor", ["strike", "dock workers"], harbor, HARBOR_TIMELINES)
    flood = [
        {
            "id": f"courier/2023-10-{d:02d}/1",
            "source": "courier",
            "published": f"2023-10-{d:02d}",
            "text": (
                f"The river Alden burst its banks near Millford on October {d} , 2023 .\n"
                "The flood forced two hundred families from their homes .\n"
                "Volunteers filled sandbags through the night .\n"
            ),
        }
        for d in (9, 10, 11, 12)
    ]
    flood_tl = {
        "name": "courier/flood",
        "timeline": [
            ["2023-10-10", ["The Alden floods Millford .", "Families leave their homes ."]],
            ["2023-10-12", ["Volunteers fill sandbags ."]],
        ],
    }
    _write_topic(root, "flood", ["flood", "river alden"], flood, [flood_tl])
    (root / "notes").mkdir()  # a folder without timelines.jsonl is not a topic
    return root


# ---------------------------------------------------------------- tasks


def test_tasks_follow_the_protocol(data_dir: Path) -> None:
    tasks = load_tasks(data_dir)
    assert [t.name for t in tasks] == [
        "flood/courier/flood",
        "harbor/gazette/tl1",
        "harbor/tribune/tl2",
    ]
    flood, tl1, tl2 = tasks
    assert (flood.l, flood.k, flood.start, flood.end) == (2, 2, D(2023, 10, 10), D(2023, 10, 12))
    assert (tl1.l, tl1.k, tl1.start, tl1.end) == (3, 2, D(2024, 3, 2), D(2024, 3, 5))
    assert (tl2.l, tl2.k, tl2.start, tl2.end) == (2, 2, D(2024, 3, 3), D(2024, 3, 8))
    assert list(tl1.timeline.dates) == [D(2024, 3, 2), D(2024, 3, 4), D(2024, 3, 5)]


def test_topics_can_be_chosen(data_dir: Path) -> None:
    assert [t.name for t in list_topics(data_dir, ["harbor"])] == ["harbor"]
    with pytest.raises(FileNotFoundError, match="no topic nope"):
        list_topics(data_dir, ["nope"])
    with pytest.raises(FileNotFoundError):
        list_topics(data_dir / "missing")


@pytest.mark.parametrize(
    "keywords",
    [["financ", "bank", "crisis"], ["oil", "spill", "bp"], ["river alden", "in", "flood"]],
)
def test_keywords_reach_the_pipeline_whole(keywords: list[str]) -> None:
    # Each keyword is one lower-case substring term: phrases and stopwords stay whole.
    assert query_terms(keywords_query(keywords)) == keywords


def test_input_is_the_window_of_published_dates(data_dir: Path) -> None:
    tl1 = load_tasks(data_dir, ["harbor"])[0]
    items, n_input = read_input(tl1)
    ids = [i.id for i in items if isinstance(i, Article)]
    assert ids == [
        "gazette/2024-03-02/1",
        "tribune/2024-03-03/1",
        "gazette/2024-03-04/1",
        "tribune/2024-03-05/2",
    ]  # first and last reference dates included
    assert n_input == 4
    assert any(isinstance(i, Rejection) for i in items)  # the empty article


def test_task_timeline_is_the_build_command(data_dir: Path, tmp_path: Path) -> None:
    task = load_tasks(data_dir, ["harbor"])[1]
    run = run_task(task)
    assert run.seconds["total"] >= run.seconds["build"] >= 0
    assert run.n_input == 5 and run.n_used == 5
    assert 0 < len(run.predicted) <= task.l
    assert all(task.start <= d <= task.end for d in run.predicted)
    # The same articles through `newsline build --dates l --sentences k --query Q --start --end`:
    window = tmp_path / "window.jsonl"
    window.write_text(
        "".join(
            json.dumps(dict(a, text=_harbor_text(int(a["published"][-2:])))) + "\n"
            for a in HARBOR_ARTICLES
            if task.in_window(date.fromisoformat(a["published"]))
        ),
        encoding="utf-8",
    )
    args = ["build", str(window), "--dates", str(task.l), "--sentences", str(task.k)]
    args += ["--start", task.start.isoformat(), "--end", task.end.isoformat()]
    result = CliRunner().invoke(app, [*args, "--query", task.query, "--format", "json"])
    assert result.exit_code == 0, result.output
    built: dict[str, list[str]] = {}
    for event in json.loads(result.stdout)["events"]:
        built.setdefault(event["date"], []).extend(s["text"] for s in event["summary"])
    assert {d.isoformat(): s for d, s in run.predicted.items()} == built


# ---------------------------------------------------------------- scoring plumbing


def _event(day: str, texts: list[str], granularity: str = "day") -> Event:
    summary = [SummarySentence(t, "a", i) for i, t in enumerate(texts)]
    return Event(day, day, granularity, texts[0], summary, ["a"], 1.0)


def test_events_on_one_date_merge() -> None:
    timeline = Timeline(
        query=None,
        generated_at="",
        articles=[],
        events=[
            _event("2024-03-04", ["B1."]),
            _event("2024-03-02", ["A1.", "A2."]),
            _event("2024-03-04", ["B2."]),
            _event("2024-03", ["month-level event."], granularity="month"),
        ],
        rejected=[],
    )
    predicted, skipped = dated_summaries(timeline)
    assert predicted == {D(2024, 3, 2): ["A1.", "A2."], D(2024, 3, 4): ["B1.", "B2."]}
    assert list(predicted) == [D(2024, 3, 2), D(2024, 3, 4)]
    assert skipped == 1


def test_date_scores() -> None:
    s = date_scores(
        [D(2024, 3, 1), D(2024, 3, 2), D(2024, 3, 3), D(2024, 3, 9)], [D(2024, 3, 2), D(2024, 3, 3)]
    )
    assert (s["precision"], s["recall"]) == (0.5, 1.0)
    assert s["f_score"] == pytest.approx(2 / 3)
    assert date_scores([], [D(2024, 3, 2)]) == prf(0.0, 0.0)


def test_f_is_computed_from_averaged_precision_and_recall() -> None:
    one = {m: prf(1.0, 0.0) for m in ("rouge_1", "rouge_2", "date")}
    two = {m: prf(0.0, 1.0) for m in ("rouge_1", "rouge_2", "date")}
    avg = average([one, two])
    assert avg["rouge_1"] == {"precision": 0.5, "recall": 0.5, "f_score": 0.5}  # not mean F = 0


def test_build_only_runs_without_tilse(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "timelines.jsonl"
    result = run_tls(data_dir, ["harbor"], save_timelines=out, score=False)
    assert [r["timeline_name"] for r in result["tasks"]] == ["gazette/tl1", "tribune/tl2"]
    assert result["overall"]["tasks"] == 2 and "scores" not in result["overall"]
    assert result["topics"][0]["seconds"]["total"] > 0
    assert result["overall"]["peak_rss_mib"] > 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["topic"], r["timeline_name"]) for r in lines] == [
        ("harbor", "gazette/tl1"),
        ("harbor", "tribune/tl2"),
    ]
    for record in lines:
        for day, sentences in record["timeline"]:
            assert date.fromisoformat(day) and all(isinstance(s, str) for s in sentences)
    assert "overall (2 tasks, 1 topics)" in format_report(result)


@needs_rouge
def test_rouge_of_a_perfect_and_an_empty_timeline() -> None:
    ref = {
        D(2024, 3, 2): ["Dock workers walk out over pay ."],
        D(2024, 3, 4): ["Talks between the union and the port fail ."],
    }
    scorer = Scorer()
    perfect = scorer.score(ref, ref)
    for m in ("rouge_1", "rouge_2", "date"):
        assert perfect[m]["f_score"] == pytest.approx(1.0)
    # One day off: the alignment still matches the content, weighted by 1 / (1 + days apart).
    shifted = scorer.score({D(2024, 3, 3): ref[D(2024, 3, 2)]}, ref)
    assert shifted["date"]["f_score"] == 0.0
    assert shifted["rouge_1"]["precision"] == pytest.approx(0.5)
    empty = scorer.score({}, ref)
    assert empty["rouge_1"]["f_score"] == empty["date"]["f_score"] == 0.0


@needs_rouge
def test_benchmark_end_to_end(data_dir: Path) -> None:
    result = run_tls(data_dir)
    assert result["overall"]["tasks"] == 3 and result["overall"]["topics"] == 2
    for row in result["tasks"]:
        for m in ("rouge_1", "rouge_2", "date"):
            assert 0.0 <= row["scores"][m]["f_score"] <= 1.0
    report = format_report(result)
    assert "harbor/tribune/tl2" in report and "F is computed from the averages" in report


# ---------------------------------------------------------------- the real data


@pytest.mark.skipif(not T17.is_dir(), reason="../shared/data/t17 is absent")
def test_timeline17_tasks() -> None:
    tasks = {t.name: t for t in load_tasks(T17)}
    assert len(tasks) == 13
    haiti = tasks["haiti/bbc/bbc"]
    assert (haiti.l, haiti.k) == (11, 8)
    assert query_terms(
        tasks["Finan/washingtonpost/financial_crisis_wallstreet_washingtonpost"].query
    ) == ["financ", "bank", "crisis"]


def test_processing_a_topic_once_gives_the_per_task_timelines(
    data_dir: Path, tmp_path: Path
) -> None:
    shared, fresh = tmp_path / "shared.jsonl", tmp_path / "fresh.jsonl"
    once = run_tls(data_dir, ["harbor"], save_timelines=shared, score=False)
    anew = run_tls(data_dir, ["harbor"], save_timelines=fresh, score=False, per_task=True)
    assert shared.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")
    assert [r["input_articles"] for r in once["tasks"]] == [
        r["input_articles"] for r in anew["tasks"]
    ]
    assert once["protocol"]["processing"] != anew["protocol"]["processing"]
    assert once["topics"][0]["seconds"]["process"] > 0  # the shared pass is counted once
