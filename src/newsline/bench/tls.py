"""Timeline-summarization benchmark: newsline on Timeline17, scored as news-tls scores.

For every task (one reference timeline, see `newsline.bench.t17`) the timeline is built
exactly as `newsline build ARTICLES --dates l --sentences k --query Q` builds it from the
task's input articles: `newsline.ingest.read_paths` reads the topic's `articles.jsonl.gz`,
articles published outside the task's window are dropped, `pipeline.process_all` cleans
and tags the rest and `pipeline.build_timeline` makes the timeline. Its events become a
date → sentences mapping (events on one date merge into that date, in event order).

Scores (news-tls `experiments/evaluate.py`): tilse's
`TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])` (ROUGE-1.5.5 perl, stemming,
stopwords removed, raw counts) with `evaluate_align_date_content_costs_many_to_one`
against a `GroundTruth` of the one reference timeline; date precision/recall = shared
dates over output/reference dates. Overall: precision and recall are averaged over tasks
and F is computed from those averages (per topic likewise over its tasks).

Time: seconds from raw text to timelines, scoring excluded. A topic's articles are read,
cleaned and tagged once (`process_all` is per-article pure, so an article processes the
same whichever window it is in); each task then builds from its window's articles. A
topic's time = read + process + the sum of its tasks' builds, as the published systems
count it (they preprocess a topic once). `--per-task` re-reads and re-processes every
task's window instead, exactly like separate `newsline build` runs. Memory: the process's
peak RSS (`resource.getrusage`, ROUGE's perl children excluded).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from newsline.ingest import read_paths
from newsline.pipeline import BuildOptions, build_timeline, process_all
from newsline.records import Article, Rejection, Timeline
from newsline.workers import warm_up

from .t17 import Task, load_tasks

MEASURES = ("rouge_1", "rouge_2", "date")
LABELS = {"rouge_1": "AR-1", "rouge_2": "AR-2", "date": "Date"}
METRIC = "align_date_content_costs_many_to_one"
INSTALL_HINT = (
    "scoring needs tilse (pip install -e '.[bench]') and Perl's XML::Parser "
    "(apt-get install libxml-parser-perl)"
)

PRF = dict[str, float]  # {"precision", "recall", "f_score"}


@dataclass
class TaskRun:
    """What building one task's timeline gave, and how long each step took."""

    task: Task
    predicted: dict[date, list[str]]
    n_input: int  # articles in the task's window, as read
    n_used: int  # articles that survived cleaning
    n_rejected: int
    n_events: int
    n_skipped: int  # events without a day date (month/year granularity)
    seconds: dict[str, float] = field(default_factory=dict)  # read, process, build, total


# ---------------------------------------------------------------- building


def read_input(task: Task) -> tuple[list[Article | Rejection], int]:
    """The task's raw input through `newsline.ingest`: in-window articles and all rejections."""
    items: list[Article | Rejection] = []
    n_input = 0
    for item in read_paths([task.topic.articles_path]):
        if isinstance(item, Rejection):
            items.append(item)
        elif task.in_window(item.published):
            items.append(item)
            n_input += 1
    return items, n_input


def build_options(task: Task) -> BuildOptions:
    """`newsline build --dates l --sentences k --query Q --start S --end E`.

    S and E bound the input window (first and last reference date), so the timeline's
    dates stay inside the period the input covers, as news-tls restricts them.
    """
    return BuildOptions(
        query=task.query, dates=task.l, sentences=task.k, start=task.start, end=task.end
    )


def dated_summaries(timeline: Timeline) -> tuple[dict[date, list[str]], int]:
    """Date → summary sentence texts; events on one date merge. Also: events skipped.

    Events dated by month or year have no day in a daily timeline and are skipped.
    """
    out: dict[date, list[str]] = {}
    skipped = 0
    for event in timeline.events:
        try:
            day = date.fromisoformat(event.date) if event.granularity == "day" else None
        except ValueError:
            day = None
        if day is None:
            skipped += 1
            continue
        out.setdefault(day, []).extend(s.text for s in event.summary)
    return dict(sorted(out.items())), skipped


@dataclass
class ProcessedTopic:
    """A topic's articles read, cleaned and tagged once, shared by its tasks."""

    articles: list[Article]
    rejected: list[Rejection]
    read_by_id: dict[str, date | None]  # every article read: id -> publication date
    seconds: dict[str, float]  # read, process


def process_topic(task: Task, today: date | None = None) -> ProcessedTopic:
    """Read and process all of a task's topic articles (any window), timing each step."""
    t0 = time.perf_counter()
    items = list(read_paths([task.topic.articles_path]))
    t1 = time.perf_counter()
    articles, rejected = process_all(items, today=today)
    gc.freeze()  # as `newsline build` does: the articles live through every build of the topic
    t2 = time.perf_counter()
    read = {i.id: i.published for i in items if isinstance(i, Article)}
    return ProcessedTopic(articles, rejected, read, {"read": t1 - t0, "process": t2 - t1})


def run_task(
    task: Task, today: date | None = None, processed: ProcessedTopic | None = None
) -> TaskRun:
    """Build one task's timeline, timing each step.

    Without `processed`, from raw text (read the window, process it, build). With it, from
    the topic's already processed articles that fall in the task's window.
    """
    t0 = time.perf_counter()
    if processed is None:
        items, n_input = read_input(task)
        t1 = time.perf_counter()
        articles, rejected = process_all(items, today=today)
    else:
        n_input = sum(task.in_window(d) for d in processed.read_by_id.values())
        t1 = time.perf_counter()
        articles = [a for a in processed.articles if task.in_window(a.published)]
        rejected = processed.rejected
    t2 = time.perf_counter()
    timeline = build_timeline(articles, rejected, build_options(task))
    t3 = time.perf_counter()
    predicted, skipped = dated_summaries(timeline)
    return TaskRun(
        task=task,
        predicted=predicted,
        n_input=n_input,
        n_used=len(articles),
        n_rejected=len(rejected),
        n_events=len(timeline.events),
        n_skipped=skipped,
        seconds={"read": t1 - t0, "process": t2 - t1, "build": t3 - t2, "total": t3 - t0},
    )


# ---------------------------------------------------------------- scoring


def prf(precision: float, recall: float) -> PRF:
    f = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f_score": f}


def date_scores(predicted: Iterable[date], reference: Iterable[date]) -> PRF:
    """Date selection: shared dates over predicted (precision) and reference (recall) dates."""
    pred, ref = set(predicted), set(reference)
    shared = len(pred & ref)
    return prf(shared / len(pred) if pred else 0.0, shared / len(ref) if ref else 0.0)


def scoring_problem() -> str | None:
    """Why tilse's ROUGE cannot run here, or None when it can."""
    try:
        import tilse.evaluation.rouge  # noqa: F401
    except ImportError as exc:
        return f"cannot import tilse ({exc}); {INSTALL_HINT}"
    perl = shutil.which("perl")
    if perl is None:
        return f"perl not found; {INSTALL_HINT}"
    check = subprocess.run(
        [perl, "-MXML::Parser", "-MDB_File", "-e", "1"], capture_output=True, check=False
    )
    if check.returncode != 0:
        return f"Perl lacks XML::Parser or DB_File; {INSTALL_HINT}"
    return None


class Scorer:
    """tilse's alignment-based ROUGE (as news-tls configures it) plus date F1."""

    def __init__(self) -> None:
        problem = scoring_problem()
        if problem:
            raise RuntimeError(problem)
        from tilse.data.timelines import GroundTruth
        from tilse.data.timelines import Timeline as TilseTimeline
        from tilse.evaluation import rouge

        self._timeline = TilseTimeline
        self._ground_truth = GroundTruth
        self._evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])

    def score(
        self, predicted: dict[date, list[str]], reference: dict[date, list[str]]
    ) -> dict[str, PRF]:
        """AR-1, AR-2 and date precision/recall/F of one predicted timeline."""
        dates = date_scores(predicted, reference)
        if not predicted:
            # tilse cannot align an empty timeline (argmin of an empty row): it scores 0.
            zero = prf(0.0, 0.0)
            return {"rouge_1": zero, "rouge_2": dict(zero), "date": dates}
        pred = self._timeline(predicted)
        truth = self._ground_truth([self._timeline(reference)])
        rouge_scores = self._evaluator.evaluate_align_date_content_costs_many_to_one(pred, truth)
        out = {
            m: prf(rouge_scores[m]["precision"], rouge_scores[m]["recall"]) for m in MEASURES[:2]
        }
        out["date"] = dates
        return out


def average(scores: list[dict[str, PRF]]) -> dict[str, PRF]:
    """news-tls averaging: precision and recall averaged over tasks, F from the averages."""
    out: dict[str, PRF] = {}
    for m in MEASURES:
        n = len(scores)
        p = sum(s[m]["precision"] for s in scores) / n if n else 0.0
        r = sum(s[m]["recall"] for s in scores) / n if n else 0.0
        out[m] = prf(p, r)
    return out


# ---------------------------------------------------------------- the benchmark


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def machine() -> dict[str, Any]:
    """CPU model, cores and memory of this machine, for the report."""
    cpu = platform.processor() or platform.machine()
    mem_gib = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    mem_gib = round(int(line.split()[1]) / 1024**2, 1)
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": mem_gib,
        "python": platform.python_version(),
        "system": platform.platform(),
    }


def timeline_record(run: TaskRun) -> dict[str, Any]:
    """One `--save-timelines` line: topic, reference timeline name, the built timeline."""
    return {
        "topic": run.task.topic.name,
        "timeline_name": run.task.timeline.name,
        "timeline": [[d.isoformat(), sents] for d, sents in run.predicted.items()],
    }


def run_tls(
    data_dir: Path | str,
    topics: list[str] | None = None,
    save_timelines: Path | str | None = None,
    *,
    score: bool = True,
    per_task: bool = False,
    progress: Callable[[str], None] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Run every task of `data_dir` (or of the named topics) and score it.

    Returns a JSON-ready dict: `tasks` (one per reference timeline), `topics`, `overall`
    (scores averaged as news-tls does), `protocol` and `machine`. With `score=False` the
    timelines are built and timed but not scored (no tilse needed). Each topic is read and
    processed once for all its tasks, unless `per_task` (every task from raw text).
    """
    tasks = load_tasks(data_dir, topics)
    warm_up()  # as `newsline build` does: the worker processes' imports overlap the reading
    scorer = Scorer() if score else None
    out_file: TextIO | None = None
    if save_timelines is not None:
        out_file = open(save_timelines, "w", encoding="utf-8")  # noqa: SIM115
    rows: list[dict[str, Any]] = []
    prep: dict[str, dict[str, float]] = {}
    processed: ProcessedTopic | None = None
    started = time.perf_counter()
    try:
        for n, task in enumerate(tasks, start=1):
            if not per_task and task.topic.name not in prep:
                processed = None  # free the previous topic first
                processed = process_topic(task, today=today)
                prep[task.topic.name] = processed.seconds
            run = run_task(task, today=today, processed=None if per_task else processed)
            row = _task_row(run)
            if scorer is not None:
                row["scores"] = scorer.score(run.predicted, task.timeline.dates)
            row["peak_rss_mib"] = round(peak_rss_mib(), 1)
            rows.append(row)
            if out_file is not None:
                out_file.write(json.dumps(timeline_record(run), ensure_ascii=False) + "\n")
                out_file.flush()
            if progress is not None:
                progress(_progress_line(n, len(tasks), row))
    finally:
        if out_file is not None:
            out_file.close()
    return {
        "benchmark": "tls",
        "metric": METRIC,
        "protocol": {
            "tasks": "one per reference timeline",
            "input": "topic articles published between first and last reference date",
            "dates": "l = number of reference dates",
            "sentences": "k = round(mean sentences per reference date)",
            "query": "topic keywords, each quoted",
            "averaging": "precision and recall averaged over tasks, F from the averages",
            "processing": "per task" if per_task else "once per topic, shared by its tasks",
        },
        "data_dir": str(data_dir),
        "tasks": rows,
        "topics": _topic_rows(rows, score, prep),
        "overall": _overall(rows, score, prep),
        "wall_seconds": round(time.perf_counter() - started, 2),
        "machine": machine(),
    }


def _task_row(run: TaskRun) -> dict[str, Any]:
    task = run.task
    n_sentences = sum(len(s) for s in run.predicted.values())
    return {
        "topic": task.topic.name,
        "timeline_name": task.timeline.name,
        "start": task.start.isoformat(),
        "end": task.end.isoformat(),
        "l": task.l,
        "k": task.k,
        "query": task.query,
        "input_articles": run.n_input,
        "used_articles": run.n_used,
        "rejected": run.n_rejected,
        "events": run.n_events,
        "skipped_events": run.n_skipped,
        "output_dates": len(run.predicted),
        "output_sentences": n_sentences,
        "dates_over_k": sum(len(s) > task.k for s in run.predicted.values()),
        "seconds": {k: round(v, 3) for k, v in run.seconds.items()},
    }


def _sum_seconds(
    rows: list[dict[str, Any]], prep: dict[str, dict[str, float]] | None = None
) -> dict[str, float]:
    """Seconds summed over task rows plus each of their topics' shared read/process once."""
    keys = ("read", "process", "build", "total")
    out = {k: sum(r["seconds"][k] for r in rows) for k in keys}
    for name in dict.fromkeys(r["topic"] for r in rows):
        shared = (prep or {}).get(name, {})
        for k in ("read", "process"):
            out[k] += shared.get(k, 0.0)
            out["total"] += shared.get(k, 0.0)
    return {k: round(v, 3) for k, v in out.items()}


def _topic_rows(
    rows: list[dict[str, Any]], scored: bool, prep: dict[str, dict[str, float]] | None = None
) -> list[dict[str, Any]]:
    out = []
    for name in dict.fromkeys(r["topic"] for r in rows):
        mine = [r for r in rows if r["topic"] == name]
        topic: dict[str, Any] = {
            "topic": name,
            "tasks": len(mine),
            "seconds": _sum_seconds(mine, prep),
            "seconds_per_task": round(_sum_seconds(mine, prep)["total"] / len(mine), 3),
            "peak_rss_mib": max(r["peak_rss_mib"] for r in mine),
        }
        if scored:
            topic["scores"] = average([r["scores"] for r in mine])
        out.append(topic)
    return out


def _overall(
    rows: list[dict[str, Any]], scored: bool, prep: dict[str, dict[str, float]] | None = None
) -> dict[str, Any]:
    n_topics = len({r["topic"] for r in rows})
    total = _sum_seconds(rows, prep)
    overall: dict[str, Any] = {
        "tasks": len(rows),
        "topics": n_topics,
        "seconds": total,
        "seconds_per_topic": round(total["total"] / n_topics, 3) if n_topics else 0.0,
        "seconds_per_task": round(total["total"] / len(rows), 3) if rows else 0.0,
        "max_seconds_per_task": max((r["seconds"]["total"] for r in rows), default=0.0),
        "max_seconds_per_topic": max(
            (
                _sum_seconds([r for r in rows if r["topic"] == t], prep)["total"]
                for t in {r["topic"] for r in rows}
            ),
            default=0.0,
        ),
        "peak_rss_mib": max((r["peak_rss_mib"] for r in rows), default=0.0),
    }
    if scored:
        overall["scores"] = average([r["scores"] for r in rows])
    return overall


# ---------------------------------------------------------------- report


def _f3(x: float) -> str:
    return f"{x:.3f}".lstrip("0") if x < 1 else f"{x:.2f}"


def _score_cells(scores: dict[str, PRF] | None) -> str:
    if scores is None:
        return ""
    cells = []
    for m in MEASURES:
        s = scores[m]
        cells.append(f"{_f3(s['precision']):>5} {_f3(s['recall']):>5} {_f3(s['f_score']):>5}")
    return "  ".join(cells)


def _progress_line(n: int, total: int, row: dict[str, Any]) -> str:
    line = (
        f"[{n}/{total}] {row['topic']}/{row['timeline_name']}: l={row['l']} k={row['k']}"
        f" {row['input_articles']} articles, {row['output_dates']} dates,"
        f" {row['seconds']['total']:.1f} s"
    )
    if "scores" in row:
        s = row["scores"]
        line += (
            f"  AR-1 F {_f3(s['rouge_1']['f_score'])} AR-2 F {_f3(s['rouge_2']['f_score'])}"
            f" Date F {_f3(s['date']['f_score'])}"
        )
    return line


def format_report(result: dict[str, Any]) -> str:
    """The benchmark result as a plain-text table: per task, per topic and overall."""
    scored = "scores" in result["overall"]
    head = f"{'task':<42} {'l':>3} {'k':>2} {'arts':>4} {'dates':>5} {'sents':>5} {'sec':>5}"
    if scored:
        head += "   " + "  ".join(f"{LABELS[m] + ' P':>5} {'R':>5} {'F':>5}" for m in MEASURES)
    lines = [
        "Timeline summarization (news-tls protocol; tilse "
        f"{METRIC}, ROUGE-1.5.5) on {result['data_dir']}",
        head,
        "-" * len(head),
    ]
    for r in result["tasks"]:
        name = f"{r['topic']}/{r['timeline_name']}"
        line = (
            f"{name[:42]:<42} {r['l']:>3} {r['k']:>2} {r['input_articles']:>4}"
            f" {r['output_dates']:>5} {r['output_sentences']:>5} {r['seconds']['total']:>5.1f}"
        )
        if scored:
            line += "   " + _score_cells(r["scores"])
        lines.append(line)
    lines.append("-" * len(head))
    for t in result["topics"]:
        line = f"{'topic ' + t['topic'] + ' (' + str(t['tasks']) + ' tasks)':<42}"
        line += f" {'':>3} {'':>2} {'':>4} {'':>5} {'':>5} {t['seconds']['total']:>5.1f}"
        if scored:
            line += "   " + _score_cells(t["scores"])
        lines.append(line)
    o = result["overall"]
    label = f"overall ({o['tasks']} tasks, {o['topics']} topics)"
    line = f"{label:<42} {'':>3} {'':>2} {'':>4} {'':>5} {'':>5} {o['seconds']['total']:>5.1f}"
    if scored:
        line += "   " + _score_cells(o["scores"])
    lines.append(line)
    if scored:
        lines.append("P and R are averaged over tasks, F is computed from the averages.")
    s = o["seconds"]
    lines.append(
        f"time from raw text to timelines: {o['seconds_per_topic']:.2f} s per topic"
        f" (max {o.get('max_seconds_per_topic', 0.0):.2f}), {o['seconds_per_task']:.2f} s per"
        f" task; {result['protocol'].get('processing', 'per task')};"
        f" of {s['total']:.1f} s: read {s['read']:.1f}, clean+tag {s['process']:.1f},"
        f" build {s['build']:.1f}"
    )
    m = result["machine"]
    lines.append(
        f"peak memory {o['peak_rss_mib']:.0f} MiB; {m['cpu']}, {m['cores']} cores,"
        f" {m['memory_gib']} GiB, Python {m['python']}"
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None, default_data: Path | None = None) -> int:
    """`python benchmarks/tls.py DATA_DIR [--topics T...] [--save-timelines F] [--json]`."""
    parser = argparse.ArgumentParser(
        prog="tls", description="Score newsline on Timeline17 (news-tls protocol)."
    )
    parser.add_argument(
        "data_dir",
        nargs="?" if default_data else None,
        type=Path,
        default=default_data,
        help="one folder per topic (articles.jsonl.gz, timelines.jsonl, keywords.json)",
    )
    parser.add_argument("--topics", nargs="+", metavar="TOPIC", help="only these topics")
    parser.add_argument("--save-timelines", type=Path, metavar="FILE", help="JSON lines out")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--no-score", action="store_true", help="build and time only")
    parser.add_argument(
        "--per-task",
        action="store_true",
        help="read and process every task's window anew (default: each topic once)",
    )
    args = parser.parse_args(argv)
    if not args.no_score:
        problem = scoring_problem()
        if problem:
            print(f"tls: {problem}", file=sys.stderr)
            return 2
    try:
        result = run_tls(
            args.data_dir,
            args.topics,
            args.save_timelines,
            score=not args.no_score,
            per_task=args.per_task,
            progress=lambda line: print(line, file=sys.stderr, flush=True),
        )
    except FileNotFoundError as exc:
        print(f"tls: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
