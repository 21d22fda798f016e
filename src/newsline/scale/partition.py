"""Process one partition on a worker and write its part of every table, atomically.

Items stream from the readers through `process_article` into Parquet writers that
flush every `FLUSH_ROWS` items, so a worker holds one input file and one batch in
memory, whatever the corpus size. Every table is written to a temporary file and
renamed; the partition's `_done/part-N.json` marker is written last, so a partition is
either complete or absent after a crash.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsline.ingest import read_paths
from newsline.ingest.warc import WARC_SUFFIXES, read_warc
from newsline.pipeline import process_article
from newsline.records import Article, Rejection

from . import schema
from .plan import Partition

DONE_DIR = "_done"
TMP_SUFFIX = ".tmp"
FLUSH_ROWS = 1000


@dataclass(frozen=True)
class Task:
    """Everything a worker needs for one partition (small and picklable)."""

    partition: Partition
    out_dir: str
    today: date
    fingerprint: str  # the partition's fingerprint: files + schema + run date + version


def table_path(out_dir: str | Path, table: str, partition_name: str) -> Path:
    return Path(out_dir) / table / f"{partition_name}.parquet"


def marker_path(out_dir: str | Path, partition_name: str) -> Path:
    return Path(out_dir) / DONE_DIR / f"{partition_name}.json"


def read_marker(out_dir: str | Path, partition_name: str) -> dict[str, Any] | None:
    """The done-marker of a partition, or None when it is absent or unreadable."""
    try:
        return json.loads(marker_path(out_dir, partition_name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class _Writers:
    """Buffered rows per table, flushed to Parquet writers on temporary files."""

    def __init__(self, out_dir: str, partition_name: str) -> None:
        self.out_dir = out_dir
        self.name = partition_name
        self.tables = schema.table_names()
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in self.tables}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.tmp = {
            t: table_path(out_dir, t, partition_name).with_suffix(f".{os.getpid()}{TMP_SUFFIX}")
            for t in self.tables
        }

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        for t in self.tables:
            if not self.rows[t] and t in self.writers:
                continue
            arrow = pa.Table.from_pylist(self.rows[t], schema=schema.arrow_schema(t))
            if t not in self.writers:
                self.tmp[t].parent.mkdir(parents=True, exist_ok=True)
                self.writers[t] = pq.ParquetWriter(self.tmp[t], arrow.schema, compression="zstd")
            self.writers[t].write_table(arrow)
            self.rows[t].clear()

    def commit(self) -> None:
        """Close every file and rename it into place (atomic on one filesystem)."""
        self.flush()
        for t in self.tables:
            self.writers[t].close()
        for t in self.tables:
            os.replace(self.tmp[t], table_path(self.out_dir, t, self.name))

    def abort(self) -> None:
        for t, w in self.writers.items():
            try:
                w.close()
            finally:
                self.tmp[t].unlink(missing_ok=True)


def _process(raw: Article, today: date) -> Article | Rejection:
    """`process_article`, with a crash in one article turned into that article's Rejection."""
    try:
        return process_article(raw, today)
    except Exception as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return Rejection(raw.label, f"internal error while processing: {reason}")


def _read_items(partition: Partition) -> Iterator[Article | Rejection]:
    """The partition's raw articles and rejections, as `read_paths` gives them.

    WARC files are streamed from disk rather than read whole (CC-NEWS files are ~1 GB).
    """
    for f in partition.entries:
        if isinstance(f, Rejection):
            yield f
        elif not f.path.lower().endswith(WARC_SUFFIXES):
            yield from read_paths([f.path])
        else:
            yield from _stream_warc(f.path)


def _stream_warc(path: str) -> Iterator[Article | Rejection]:
    """A WARC file read as a stream; OS errors become a Rejection like `read_paths` gives."""
    try:
        with open(path, "rb") as handle:
            yield from read_warc(handle, path)
    except OSError as exc:
        yield Rejection(path, "cannot read: " + " ".join((exc.strerror or str(exc)).split()))


def run_partition(task: Task) -> dict[str, Any]:
    """Process and write one partition; return its marker (counts, time, peak memory)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    name = task.partition.name
    writers = _Writers(task.out_dir, name)
    n_articles = n_rejected = 0
    children = schema.child_tables()
    try:
        for pos, item in enumerate(_read_items(task.partition)):
            result = item if isinstance(item, Rejection) else _process(item, task.today)
            key = {"part": task.partition.number, "pos": pos}
            if isinstance(result, Rejection):
                n_rejected += 1
                row = {**key, "input": result.input, "reason": result.reason}
                writers.add(schema.REJECTIONS, row)
            else:
                n_articles += 1
                writers.add(schema.ARTICLES, {**key, **schema.article_row(result)})
                for child in children:
                    for row in schema.child_rows(result, child):
                        writers.add(child.field, {**key, **row})
            if (pos + 1) % FLUSH_ROWS == 0:
                writers.flush()
        writers.commit()
    except BaseException:
        writers.abort()
        raise
    marker = {
        "partition": name,
        "fingerprint": task.fingerprint,
        "files": [f.path for f in task.partition.files],
        "bytes": task.partition.size,
        "articles": n_articles,
        "rejected": n_rejected,
        "seconds": round(time.perf_counter() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "worker_pid": os.getpid(),
    }
    path = marker_path(task.out_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}{TMP_SUFFIX}")
    tmp.write_text(json.dumps(marker, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return marker


def _peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (ru_maxrss is KB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
