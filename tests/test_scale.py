"""Partitioned processing (local processes and Dask), restarts, and stories read back with DuckDB.

The synthetic corpus is invented: the island of Fenwick Sound and its made-up outlets.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsline.ingest import read_paths
from newsline.pipeline import build_timeline, process_all
from newsline.records import BuildOptions
from newsline.render.data import timeline_to_dict
from newsline.scale import (
    ScaleError,
    dataset_warning,
    engines,
    load_rejections,
    load_story,
    process,
)
from newsline.scale.query import terms_regex
from newsline.scale.schema import table_names
from newsline.text.query import mentions_any, query_terms

ROOT = Path(__file__).resolve().parents[1]
PORT_MAREN = ROOT / "examples" / "port-maren"
TODAY = date(2026, 1, 15)
OUTLETS = ["Fenwick Sound Echo", "Tidewater Bulletin", "Gullhaven Radio"]
TOPICS = [
    ("ferry", "The Fenwick Sound ferry service was suspended on {day} after a engine fault."),
    ("bridge", "Engineers closed the Gullhaven bridge on {day} to inspect cracked bearings."),
    ("festival", "The harbour festival opened on {day} with a parade of fishing boats."),
]


def write_corpus(folder: Path, n: int = 24) -> Path:
    """`n` small invented articles, one .txt file each, spread over three topics and outlets."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        topic, lede = TOPICS[i % 3]
        day = date(2025, 5, 1 + i % 28)
        words = day.strftime("%B %d, %Y").replace(" 0", " ")
        body = [
            lede.format(day=words),
            f"Officials said update number {i} would follow later in the week.",
            f"Residents of Fenwick Sound told reporters the {topic} news had surprised them.",
        ]
        (folder / f"article-{i:03d}.txt").write_text(
            f"Title: {topic.title()} update {i}\nSource: {OUTLETS[i % 3]}\n"
            f"Date: {day.isoformat()}\n\n" + "\n\n".join(body) + "\n",
            encoding="utf-8",
        )
    return folder


def dataset(out: Path) -> dict[str, list[dict]]:
    """Every table of a processed directory, rows sorted by their keys: for comparisons."""
    tables = {}
    for name in table_names():
        files = sorted((out / name).glob("*.parquet"))
        rows = [r for f in files for r in pq.read_table(f).to_pylist()]
        tables[name] = sorted(rows, key=lambda r: (r["part"], r["pos"], r.get("item", 0)))
    return tables


def timeline_json(articles, rejected, query: str | None) -> dict:
    data = timeline_to_dict(build_timeline(articles, rejected, BuildOptions(query=query)))
    data.pop("generated_at")
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "fenwick")


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """An uninterrupted local run over the corpus, one file per partition."""
    out = tmp_path_factory.mktemp("reference")
    result = process([corpus], out, workers=2, partition_size=1, today=TODAY)
    assert result.complete and len(result.done) == 24
    return dataset(out)


def test_build_from_processed_equals_build_on_port_maren(tmp_path: Path) -> None:
    result = process([PORT_MAREN], tmp_path, workers=2, partition_size=20_000, today=TODAY)
    assert result.complete and len(result.done) > 2
    query = "port maren strike"
    articles, rejected = process_all(read_paths([PORT_MAREN]), today=TODAY)
    story = load_story(tmp_path, query)
    assert [a.id for a in story] == [a.id for a in articles]
    assert story == articles  # every field, sentences and time expressions included
    assert load_rejections(tmp_path) == rejected
    assert timeline_json(story, load_rejections(tmp_path), query) == timeline_json(
        articles, rejected, query
    )
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["status"] == "complete" and manifest["today"] == TODAY.isoformat()
    assert dataset_warning(tmp_path) is None
    assert manifest["totals"]["articles"] == len(articles)
    assert manifest["rejected"] == [{"input": r.input, "reason": r.reason} for r in rejected]


def test_rerun_skips_done_partitions_and_redoes_a_changed_file(
    corpus: Path, reference: dict, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = process([corpus], out, workers=1, partition_size=1, today=TODAY)
    again = process([corpus], out, workers=1, partition_size=1)  # today: the previous run's
    assert len(first.done) == 24 and not again.done and len(again.skipped) == 24
    assert dataset(out) == reference
    changed = corpus.parent / "changed"
    write_corpus(changed)
    (changed / "article-005.txt").write_text("Title: Bridge\n\nToo short to keep.\n")
    third = process([changed], out, workers=1, partition_size=1)
    assert [m["partition"] for m in third.done] == [f"part-{i:05d}" for i in range(24)]
    fourth_dir = corpus.parent / "changed"
    os.utime(fourth_dir / "article-007.txt", ns=(1, 1))
    fourth = process([changed], out, workers=1, partition_size=1)
    assert [m["partition"] for m in fourth.done] == ["part-00007"]


def test_killed_run_restarts_to_an_identical_result(
    corpus: Path, reference: dict, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code = (
        "from datetime import date\n"
        "from newsline.scale import process\n"
        "if __name__ == '__main__':\n"
        f"    process([{str(corpus)!r}], {str(out)!r}, workers=2, partition_size=1,"
        f" today=date({TODAY.year}, {TODAY.month}, {TODAY.day}))\n"
    )
    script = tmp_path / "run.py"
    script.write_text(code)
    run = subprocess.Popen([sys.executable, str(script)], start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((out / "_done").glob("*.json")):
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the run and its worker processes, mid-way
    run.wait()
    done_at_kill = len(list((out / "_done").glob("*.json")))
    assert 0 < done_at_kill < 24, "the run must be killed part-way"
    assert json.loads((out / "manifest.json").read_text())["status"] == "running"
    rerun = process([corpus], out, workers=2, partition_size=1)
    assert rerun.complete and len(rerun.skipped) >= done_at_kill
    assert len(rerun.done) + len(rerun.skipped) == 24
    assert dataset(out) == reference
    assert not [p for p in out.rglob("*.tmp")]


def test_dask_local_cluster_survives_a_killed_worker(
    corpus: Path, reference: dict, tmp_path: Path
) -> None:
    from dask.distributed import Client, LocalCluster

    out = tmp_path / "out"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        outcome: dict = {}

        def run() -> None:
            outcome["result"] = process(
                [corpus],
                out,
                engine="dask",
                scheduler=cluster.scheduler_address,
                partition_size=1,
                today=TODAY,
            )

        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list((out / "_done").glob("*.json")):
            time.sleep(0.05)
        os.kill(pids[0], signal.SIGKILL)  # one worker dies mid-run; its nanny restarts it
        thread.join(timeout=120)
        assert not thread.is_alive()
        first = outcome["result"]
        rerun = process([corpus], out, engine="dask", scheduler=cluster.scheduler_address)
    assert len(first.done) + len(first.failed) == 24
    assert rerun.complete and len(rerun.skipped) + len(rerun.done) == 24
    assert dataset(out) == reference


def test_a_partition_that_keeps_failing_is_recorded_and_the_run_completes(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "articles" / "part-00003.parquet").mkdir(parents=True)  # cannot be replaced
    result = process([corpus], out, workers=1, partition_size=1, today=TODAY)
    assert [f["partition"] for f in result.failed] == ["part-00003"]
    assert result.failed[0]["attempts"] == 3 and result.failed[0]["error"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "incomplete" and manifest["totals"]["done"] == 23
    assert "23 of 24 partitions done, 1 failed" in dataset_warning(out)
    assert manifest["failed"][0]["files"] == [str(corpus / "article-003.txt")]
    story = load_story(out, "ferry")  # the rest is usable
    assert len(story) == 7 and "article-003" not in {Path(a.path).stem for a in story}


def test_unreachable_scheduler_is_a_clear_error(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "SCHEDULER_TIMEOUT", "1s")
    with pytest.raises(ScaleError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        process([corpus], tmp_path / "out", engine="dask", scheduler="tcp://127.0.0.1:1")
    assert not (tmp_path / "out").exists()


def test_missing_input_and_bad_engine_are_errors(corpus: Path, tmp_path: Path) -> None:
    from newsline.scale import PlanError

    with pytest.raises(PlanError, match="no such file"):
        process([tmp_path / "nope"], tmp_path / "out")
    with pytest.raises(ScaleError, match="unknown engine"):
        process([corpus], tmp_path / "out", engine="spark")
    with pytest.raises(ScaleError, match="not a processed directory"):
        load_story(tmp_path, "ferry")


def test_story_filters_by_query_dates_and_sources(corpus: Path, tmp_path: Path) -> None:
    process([corpus], tmp_path, workers=1, today=TODAY)  # one partition
    ferry = load_story(tmp_path, "ferry")
    assert len(ferry) == 8 and all("ferry" in a.text.lower() for a in ferry)
    assert [a.path for a in ferry] == sorted(a.path for a in ferry)  # input order
    both = load_story(tmp_path, "ferry OR bridge")
    assert len(both) == 16
    assert load_story(tmp_path, '"fenwick sound ferry"') == ferry
    may = load_story(tmp_path, "ferry", start=date(2025, 5, 10), end=date(2025, 5, 12))
    assert all(a.published >= date(2025, 5, 10) for a in may) and len(may) < 8
    echo = load_story(tmp_path, None, sources=["fenwick sound echo"])
    assert {a.source for a in echo} == {"Fenwick Sound Echo"} and len(echo) == 8


def test_repeated_ids_are_rejected_like_the_in_memory_pipeline(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    line = {"id": "fs-1", "title": "Ferry suspended", "published": "2025-05-02"}
    text = "The Fenwick Sound ferry was suspended on Thursday after an engine fault. " * 3
    for name in ("a.jsonl", "b.jsonl"):
        (inputs / name).write_text(json.dumps({**line, "text": text}) + "\n")
    (inputs / "empty").mkdir()
    (inputs / "empty" / ".hidden").write_text("x")
    out = tmp_path / "out"
    process([inputs, inputs / "empty"], out, workers=1, partition_size=1, today=TODAY)
    articles, rejected = process_all(read_paths([inputs, inputs / "empty"]), today=TODAY)
    assert load_story(out) == articles and len(articles) == 1
    assert load_rejections(out) == rejected
    assert any(r.reason.startswith("repeat of article fs-1") for r in rejected)


CASES = [
    ("The port reopened.", "port"),
    ("Ports reopened.", "port"),
    ("A report said so.", "port"),
    ("Support grew.", "port"),
    ("PORT MAREN, Sept. 18", "port maren"),
    ("north\n gate clashes", "north gate"),
    ("northgate", "north gate"),
    ("Der Hafen in Århus", "århus"),
    ("Überseehafen", "hafen"),
    ("x_port", "port"),
    ("5port", "port"),
    ("(port)", "port"),
    ("émigré port", "émigré"),
    ("Financial news", "financ"),
    ("a+b port", "a+b"),
    ("", "port"),
]


@pytest.mark.parametrize(("text", "query"), CASES)
def test_sql_term_matching_agrees_with_python(text: str, query: str) -> None:
    import duckdb

    terms = query_terms(query)
    (found,) = duckdb.execute("SELECT regexp_matches(?, ?)", [text, terms_regex(terms)]).fetchone()
    assert found == mentions_any(text, terms)


def test_process_command_writes_the_dataset_and_reports_errors(
    corpus: Path, tmp_path: Path
) -> None:
    import typer
    from typer.testing import CliRunner

    from newsline.scale.cli import register

    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command, so that `process` is a subcommand
        """Unused."""

    runner = CliRunner()
    out = tmp_path / "out"
    ok = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    assert "24 articles, 0 rejected" in ok.output
    assert json.loads((out / "manifest.json").read_text())["status"] == "complete"
    missing = runner.invoke(app, ["process", str(tmp_path / "nope"), "-o", str(out)])
    assert missing.exit_code == 2 and "no such file or directory" in missing.output
    wrong = runner.invoke(app, ["process", str(corpus), "-o", str(out), "--scheduler", "x:1"])
    assert wrong.exit_code == 2 and "--scheduler needs --engine dask" in wrong.output


def test_warc_files_are_streamed_into_the_same_records(tmp_path: Path) -> None:
    from test_warc import make_warc

    inputs = tmp_path / "crawl"
    inputs.mkdir()
    (inputs / "a.warc.gz").write_bytes(make_warc(gzip=True))
    (inputs / "b.warc").write_bytes(make_warc(gzip=False)[:-300])  # cut short
    out = tmp_path / "out"
    result = process([inputs], out, workers=1, partition_size=1, today=TODAY)
    assert result.complete and len(result.done) == 2
    articles, rejected = process_all(read_paths([inputs]), today=TODAY)
    assert load_story(out) == articles and len(articles) == 2  # b.warc repeats a's URLs
    assert load_rejections(out) == rejected
    assert sum(r.reason.startswith("repeat of article") for r in rejected) == 2
    assert any(a.published_from == "crawl" for a in articles)
    assert rejected[-1].input.startswith(str(inputs / "b.warc#record-"))


def test_writing_in_small_batches_gives_the_same_tables(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsline.scale import partition as part_module
    from newsline.scale.plan import plan

    (whole,) = plan([corpus], partition_bytes=10**9)
    outs = []
    for flush_rows in (1000, 5):
        monkeypatch.setattr(part_module, "FLUSH_ROWS", flush_rows)
        out = tmp_path / f"flush-{flush_rows}"
        marker = part_module.run_partition(part_module.Task(whole, str(out), TODAY, "fp"))
        assert marker["articles"] == 24
        outs.append(out)
    row_groups = pq.ParquetFile(outs[1] / "articles" / "part-00000.parquet").num_row_groups
    assert row_groups >= 5
    assert dataset(outs[0]) == dataset(outs[1])
