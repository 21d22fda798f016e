"""The per-article stage on several processes: same results, same order, no lost article."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date
from pathlib import Path

import pytest

from newsline.ingest import read_paths
from newsline.pipeline import process_all, process_article
from newsline.records import Article, Rejection
from newsline.workers import map_in_order, process_in_order

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "port-maren"
TODAY = date(2026, 1, 15)


def _corpus() -> list[Article | Rejection]:
    items = list(read_paths([EXAMPLES]))
    assert sum(isinstance(i, Article) for i in items) >= 8
    return items


def _fragile(article: Article, today: date) -> Article | Rejection:
    """process_article, except that it raises on one article."""
    if "talks-collapse" in (article.path or ""):
        raise ValueError("odd input")
    return process_article(article, today)


def _dies_in_a_worker(article: Article, today: date) -> Article | Rejection:
    """process_article, except that a worker process handling the court story dies."""
    if "court-injunction" in (article.path or "") and multiprocessing.parent_process():
        os._exit(1)
    return process_article(article, today)


def _where(article: Article, today: date) -> Article | Rejection:
    """Which process handled the article (as a Rejection, the simplest picklable record)."""
    return Rejection(article.label, str(os.getpid()))


def test_two_workers_give_the_serial_result_in_input_order() -> None:
    items = _corpus()
    serial = process_all(items, today=TODAY, workers=1)
    pooled = process_all(items, today=TODAY, workers=2)
    assert pooled == serial
    assert [a.id for a in pooled[0]] == [a.id for a in serial[0]]


def test_an_article_that_raises_is_rejected_with_the_error_and_the_batch_goes_on() -> None:
    items = _corpus()
    for workers in (1, 2):
        out = list(process_in_order(items, _fragile, TODAY, workers))
        assert len(out) == len(items)
        failed = [r for r in out if isinstance(r, Rejection) and "odd input" in r.reason]
        assert len(failed) == 1
        assert failed[0].reason == "could not be processed (ValueError: odd input)"
        assert "talks-collapse" in failed[0].input


def test_a_dead_worker_does_not_lose_articles() -> None:
    items = _corpus()
    expected = list(process_in_order(items, process_article, TODAY, 1))
    out = list(process_in_order(items, _dies_in_a_worker, TODAY, 2))
    assert out == expected


def test_workers_run_elsewhere_and_small_batches_stay_here_by_default() -> None:
    items = _corpus()
    here = str(os.getpid())
    pooled = {r.reason for r in process_in_order(items, _where, TODAY, 2) if r.reason.isdigit()}
    assert pooled and here not in pooled
    default = {r.reason for r in process_in_order(items, _where, TODAY, None) if r.reason.isdigit()}
    assert default == {here}


def _pid(_item: object) -> int:
    return os.getpid()


def test_the_pool_is_kept_for_the_next_batch_and_replaced_when_it_breaks() -> None:
    """Warm workers serve the next batch; after a worker dies, a fresh pool serves."""

    def pids() -> set[int]:
        return set(map_in_order(_pid, range(40), 2, chunk=1))

    first, second = pids(), pids()
    assert len(first | second) <= 2 and os.getpid() not in first  # one pool of two, kept
    out = list(process_in_order(_corpus(), _dies_in_a_worker, TODAY, 2))  # breaks the pool
    assert len(out) == len(_corpus())
    after = pids()
    assert after and not after & (first | second) and os.getpid() not in after


def test_an_idle_pool_is_shut_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running server does not keep worker processes between builds for ever."""
    import time

    from newsline import workers

    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.2)
    first = set(map_in_order(_pid, range(20), 3, chunk=1))  # a pool of its own size
    assert 3 in workers._pools
    deadline = time.monotonic() + 10
    while 3 in workers._pools and time.monotonic() < deadline:
        time.sleep(0.05)
    assert 3 not in workers._pools
    again = set(map_in_order(_pid, range(20), 3, chunk=1))
    assert again and not again & first  # a fresh pool


def test_a_script_without_a_main_guard_still_works_in_one_process(tmp_path: Path) -> None:
    """Worker processes re-run such a script: they leave quietly and the parent goes on."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "from datetime import date\n"
        "from newsline.ingest import read_paths\n"
        "from newsline.pipeline import process_all\n"
        f"items = list(read_paths([{str(EXAMPLES)!r}]))\n"
        "articles, rejected = process_all(items, today=date(2026, 1, 15), workers=2)\n"
        "print(len(articles), len(rejected))\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300
    )
    serial = process_all(_corpus(), today=TODAY, workers=1)
    assert done.returncode == 0
    assert done.stdout.split() == [str(len(serial[0])), str(len(serial[1]))]
    assert "Traceback" not in done.stderr
    assert "guard" in done.stderr and done.stderr.count("\n") == 1


def test_a_build_on_two_processes_is_the_serial_build() -> None:
    """Duplicate fingerprints and quotes read in worker processes change nothing."""
    from newsline.clean import duplicates
    from newsline.events import people
    from newsline.pipeline import BuildOptions, build_timeline
    from newsline.render.data import timeline_to_dict

    articles, rejected = process_all(_corpus(), today=TODAY, workers=1)
    out = []
    for workers in (1, 2):
        duplicates._FINGERPRINTS.clear()
        people._PEOPLE.clear()
        options = BuildOptions(query="port maren", workers=workers)
        timeline = timeline_to_dict(build_timeline(articles, rejected, options))
        timeline.pop("generated_at")
        out.append(timeline)
        assert len(people._PEOPLE) > 0 and len(duplicates._FINGERPRINTS) > 0
    assert out[0] == out[1]
    assert any(e["quotes"] for e in out[0]["events"])
