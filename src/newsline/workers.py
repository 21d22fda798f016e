"""Run the per-article stage on this machine's cores, results in input order.

`pipeline.process_article` is pure and per-article, so a batch splits into chunks that
worker processes clean and tag side by side. Small batches stay in this process (a pool
costs about a second to start); big ones use up to `default_workers()` processes. If the
pool breaks (a worker killed, out of memory), the rest of the batch runs here: a batch
never fails because of the pool.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from itertools import islice

from newsline.records import Article, Rejection

PARALLEL_MIN = 200  # articles: below this a pool's start-up costs more than it saves
CHUNK = 32  # articles per task sent to a worker
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: bounds memory on huge batches
MAX_WORKERS = 8

Processor = Callable[[Article, date], Article | Rejection]


def default_workers() -> int:
    """Worker processes for a big batch: the usable cores, at most MAX_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def process_in_order(
    items: Iterable[Article | Rejection],
    process: Processor,
    today: date,
    workers: int | None = None,
) -> Iterator[Article | Rejection]:
    """Yield `process(article, today)` for every article (rejections pass through), in order.

    `workers=None` decides by batch size; 1 always runs here; N > 1 uses N processes
    however small the batch is.
    """
    stream = iter(items)
    n = workers if workers is not None else default_workers()
    if workers is None and n > 1:
        head = list(islice(stream, PARALLEL_MIN))
        if len(head) < PARALLEL_MIN:
            n = 1
        stream = _chain(head, stream)
    if n <= 1:
        yield from _serial(stream, process, today)
        return
    yield from _pooled(stream, process, today, n)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _serial(
    items: Iterable[Article | Rejection], process: Processor, today: date
) -> Iterator[Article | Rejection]:
    for item in items:
        yield item if isinstance(item, Rejection) else safe_process(item, process, today)


def safe_process(article: Article, process: Processor, today: date) -> Article | Rejection:
    """`process(article, today)`, or a Rejection naming the error.

    One article never aborts a batch: a bug met on odd input is reported, not raised.
    """
    try:
        return process(article, today)
    except Exception as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return Rejection(article.label, f"could not be processed ({reason})")


def _process_chunk(
    chunk: list[Article | Rejection], process: Processor, today: date
) -> list[Article | Rejection]:
    return list(_serial(chunk, process, today))


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (a clean, preloaded parent to fork from), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsline.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


def _pooled(
    stream: Iterator[Article | Rejection], process: Processor, today: date, workers: int
) -> Iterator[Article | Rejection]:
    pending: deque[tuple[list[Article | Rejection], Future | None]] = deque()  # input order
    broken = False
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        while not broken:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER:
                chunk = list(islice(stream, CHUNK))
                if not chunk:
                    break
                pending.append((chunk, _submit(pool, chunk, process, today)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                done = future.result() if future is not None else None
            except BrokenProcessPool:
                done = None
            broken = done is None
            yield from done if done is not None else _serial(chunk, process, today)
        pool.shutdown(wait=False, cancel_futures=True)
    # The pool died (a worker killed, out of memory): the rest of the batch runs here.
    for chunk, _future in pending:
        yield from _serial(chunk, process, today)
    yield from _serial(stream, process, today)


def _submit(
    pool: ProcessPoolExecutor, chunk: list[Article | Rejection], process: Processor, today: date
) -> Future | None:
    """The chunk's future, or None when the pool is already broken."""
    try:
        return pool.submit(_process_chunk, chunk, process, today)
    except BrokenProcessPool:
        return None
