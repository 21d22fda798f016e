"""`process`: plan partitions, skip the ones done, map the rest over an engine, write the manifest.

The output directory holds one folder per table (`articles/`, `sentences/`, `timexes/`,
`rejections/`, and any list-of-records field Article gains, e.g. `quotes/`), one
Parquet file per partition in each, `_done/part-N.json` markers and `manifest.json`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from newsline import __version__

from . import schema
from .engines import DEFAULT_ATTEMPTS, ScaleError, close, connect, run_dask, run_local
from .partition import DONE_DIR, TMP_SUFFIX, Task, marker_path, read_marker, table_path
from .plan import DEFAULT_PARTITION_BYTES, Partition, plan

MANIFEST = "manifest.json"
MANIFEST_REJECTIONS = 1000  # rejections listed in the manifest; all are in rejections/
ENGINES = ("local", "dask")


@dataclass
class RunResult:
    """What a `process` run did: partitions done now, skipped as already done, and failed."""

    out_dir: Path
    done: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.failed


def read_manifest(out_dir: str | Path) -> dict[str, Any]:
    """The manifest of a processed directory; ScaleError when there is none."""
    path = Path(out_dir) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScaleError(f"{out_dir} is not a processed directory (no {MANIFEST})") from None
    except (OSError, ValueError) as exc:
        raise ScaleError(f"cannot read {path}: {exc}") from None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(f".{os.getpid()}{TMP_SUFFIX}")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _salt(today: date) -> str:
    return f"{schema.fingerprint()}|{today.isoformat()}|{__version__}"


def _tidy(out_dir: Path, keep: set[str]) -> None:
    """Remove temporary files of killed runs and partitions that are not in the plan."""
    for folder in [*schema.table_names(), DONE_DIR]:
        d = out_dir / folder
        if not d.is_dir():
            continue
        for p in d.iterdir():
            stem = p.name.split(".")[0]
            if p.name.endswith(TMP_SUFFIX) or stem not in keep:
                p.unlink(missing_ok=True)


def _rejections(out_dir: Path, names: list[str], limit: int) -> tuple[list[dict], int]:
    """The first `limit` rejections of the done partitions, and how many there are in all."""
    listed: list[dict] = []
    total = 0
    for name in names:
        source = pq.ParquetFile(table_path(out_dir, schema.REJECTIONS, name))
        total += source.metadata.num_rows
        if len(listed) < limit and source.metadata.num_rows:
            table = source.read(columns=["input", "reason"])
            listed.extend(table.slice(0, limit - len(listed)).to_pylist())
    return listed, total


def process(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    engine: str = "local",
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int | None = None,
    today: date | None = None,
    max_attempts: int = DEFAULT_ATTEMPTS,
    on_partition: Callable[[str, dict[str, Any]], None] | None = None,
    dask_processes: bool = True,
) -> RunResult:
    """Run the per-article stages over `paths` into a partitioned Parquet dataset at `out_dir`.

    Re-running with the same inputs skips partitions already written (restart after a
    crash); `today` (default: the previous run's, else today) fixes relative dates so
    that a restarted run writes the same data. `on_partition(event, info)` is called
    with "planned" (info: counts), "skipped", "done" or "failed" for progress display.
    """
    if engine not in ENGINES:
        raise ScaleError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ScaleError("workers must be at least 1")
    out = Path(out_dir)
    previous: dict[str, Any] = read_manifest(out) if (out / MANIFEST).exists() else {}
    if partition_size is None:
        partition_size = int(previous.get("partition_bytes") or DEFAULT_PARTITION_BYTES)
    if today is None and previous.get("today"):
        today = date.fromisoformat(previous["today"])
    today = today or datetime.now(UTC).date()
    the_plan = plan(paths, partition_size)
    base = {
        "schema": schema.SCHEMA_VERSION,
        "schema_fingerprint": schema.fingerprint(),
        "tables": schema.table_names(),
        "newsline_version": __version__,
        "today": today.isoformat(),
        "inputs": [os.fspath(p) for p in paths],
        "partition_bytes": partition_size,
        "engine": engine,
        "workers": workers,
        "scheduler": scheduler,
    }
    notify = on_partition or (lambda event, info: None)
    if engine == "local":
        runner: Runner = partial(run_local, workers=workers, max_attempts=max_attempts)
        return _execute(the_plan, out, today, base, runner, notify)
    client = connect(scheduler, workers, dask_processes)  # fails before anything is written
    try:
        runner = partial(run_dask, client=client, max_attempts=max_attempts)
        return _execute(the_plan, out, today, base, runner, notify)
    finally:
        close(client, owned_cluster=not scheduler)


Runner = Callable[..., None]  # (tasks, on_done=, on_failed=) -> None
Notify = Callable[[str, dict[str, Any]], None]


def _execute(
    the_plan: list[Partition],
    out: Path,
    today: date,
    base: dict[str, Any],
    runner: Runner,
    notify: Notify,
) -> RunResult:
    """Skip the partitions done, run the others, and write the manifest before and after."""
    out.mkdir(parents=True, exist_ok=True)
    salt = _salt(today)
    tasks = [Task(p, str(out), today, p.fingerprint(salt)) for p in the_plan]
    _tidy(out, {p.name for p in the_plan})
    result = RunResult(out)
    todo: list[Task] = []
    for task in tasks:
        marker = read_marker(out, task.partition.name)
        if marker is not None and marker.get("fingerprint") == task.fingerprint:
            result.skipped.append(marker)
        else:
            marker_path(out, task.partition.name).unlink(missing_ok=True)
            todo.append(task)
    notify("planned", {"partitions": len(tasks), "todo": len(todo), "skipped": len(result.skipped)})
    for marker in result.skipped:
        notify("skipped", marker)
    _write_json(out / MANIFEST, _manifest(base, "running", the_plan, out, result))

    def on_done(task: Task, marker: dict[str, Any]) -> None:
        result.done.append(marker)
        notify("done", marker)

    def on_failed(task: Task, attempts: int, error: str) -> None:
        failure = {
            "partition": task.partition.name,
            "files": [f.path for f in task.partition.files],
            "attempts": attempts,
            "error": error,
        }
        result.failed.append(failure)
        notify("failed", failure)

    if todo:
        runner(todo, on_done=on_done, on_failed=on_failed)
    status = "complete" if not result.failed else "incomplete"
    result.manifest = _manifest(base, status, the_plan, out, result)
    _write_json(out / MANIFEST, result.manifest)
    return result


def _manifest(
    base: dict[str, Any],
    status: str,
    partitions: list[Partition],
    out: Path,
    result: RunResult,
) -> dict[str, Any]:
    """The manifest: run settings, every partition's state, failures and rejections."""
    failed = {f["partition"]: f for f in result.failed}
    entries = []
    done_names = []
    for p in partitions:
        marker = read_marker(out, p.name) if p.name not in failed else None
        if marker is not None:
            done_names.append(p.name)
            entries.append({**marker, "status": "done"})
        else:
            state = "failed" if p.name in failed else "pending"
            entries.append(
                {"partition": p.name, "files": [f.path for f in p.files], "status": state}
            )
    listed, n_rejected = _rejections(out, done_names, MANIFEST_REJECTIONS)
    return {
        **base,
        "status": status,
        "totals": {
            "partitions": len(partitions),
            "done": len(done_names),
            "failed": len(failed),
            "articles": sum(e.get("articles", 0) for e in entries),
            "rejected": n_rejected,
        },
        "partitions": entries,
        "failed": list(failed.values()),
        "rejected": listed,
        "rejected_listed_all": n_rejected <= MANIFEST_REJECTIONS,
    }
