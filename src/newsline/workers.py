"""Run per-article work on this machine's cores, results in input order.

`pipeline.process_article` is pure and per-article, so a batch splits into chunks that
worker processes handle side by side. Small batches stay in this process (a pool costs
more than it saves); big ones use up to `default_workers()` processes. The pool is kept
for the next batch (its workers' imports and caches stay warm: a Timeline17 topic ran 10%
faster). If the pool breaks (a worker killed, out of memory), the rest of the batch runs
here and the next batch starts a new pool: a batch never fails because of the pool.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import chain, islice
from typing import TypeVar

from newsline.records import Article, Rejection

PARALLEL_MIN = 200  # items: below this a pool's start-up costs more than it saves
CHUNK = 32  # items per task sent to a worker
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: bounds memory on huge batches
MAX_WORKERS = 8

T = TypeVar("T")
R = TypeVar("R")
Processor = Callable[[Article, date], Article | Rejection]


def default_workers() -> int:
    """Worker processes for a big batch: the usable cores, at most MAX_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def workers_for(n_items: int, workers: int | None, minimum: int = PARALLEL_MIN) -> int:
    """How many processes a batch of `n_items` gets: `workers` when given, else every core
    from `minimum` items on (below, a pool's start-up costs more than it saves), else 1."""
    if workers is not None:
        return workers
    return default_workers() if n_items >= minimum else 1


def map_in_order(
    func: Callable[[T], R], items: Iterable[T], workers: int | None = None, chunk: int = CHUNK
) -> Iterator[R]:
    """Yield `func(item)` for every item, in input order.

    `workers=None` decides by batch size (a pool only for PARALLEL_MIN items or more);
    1 always runs here; N > 1 uses N processes however small the batch is. `func` must be
    picklable (a module-level function or a `functools.partial` of one). `chunk` items go
    to a worker at a time: fewer when items differ a lot in cost, so that the slow ones
    spread over the workers.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # A worker that is still starting is re-running a script with no
        # `if __name__ == "__main__":` guard: it must not start a pool of its own. It leaves
        # quietly; the parent sees its pool fail to start and goes on in one process.
        raise SystemExit(1)
    stream = iter(items)
    n = workers if workers is not None else default_workers()
    if workers is None and n > 1:
        head = list(islice(stream, PARALLEL_MIN))
        if len(head) < PARALLEL_MIN:
            n = 1
        stream = chain(head, stream)
    if n <= 1:
        yield from map(func, stream)
    else:
        yield from _pooled(func, stream, n, max(1, chunk))


def process_in_order(
    items: Iterable[Article | Rejection],
    process: Processor,
    today: date,
    workers: int | None = None,
) -> Iterator[Article | Rejection]:
    """Yield `process(article, today)` for every article (rejections pass through), in order."""
    return map_in_order(partial(_process_item, process=process, today=today), items, workers)


def _process_item(
    item: Article | Rejection, process: Processor, today: date
) -> Article | Rejection:
    return item if isinstance(item, Rejection) else safe_process(item, process, today)


def safe_process(article: Article, process: Processor, today: date) -> Article | Rejection:
    """`process(article, today)`, or a Rejection naming the error.

    One article never aborts a batch: a bug met on odd input is reported, not raised.
    """
    try:
        return process(article, today)
    except Exception as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return Rejection(article.label, f"could not be processed ({reason})")


def _map_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (a clean, preloaded parent to fork from), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsline.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


def warm_up() -> None:
    """Start the fork server now, in the background: its imports (about a second) then run
    while this process reads the input, not when the first pool is needed."""
    context = _context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


_log = logging.getLogger(__name__)
_warned = False  # a broken pool is said once per process


IDLE_SECONDS = 120.0  # a kept pool that served no batch for this long is shut down


@dataclass
class _Kept:
    pool: ProcessPoolExecutor
    active: int = 0  # batches using the pool now
    last_used: float = field(default_factory=time.monotonic)


_pools: dict[int, _Kept] = {}
_pools_lock = threading.Lock()
_reaper: threading.Thread | None = None


def _pool(workers: int) -> ProcessPoolExecutor:
    """The pool of this many processes, kept for the next batch: a build's batches (articles,
    fingerprints, quotes) reuse warm workers. Call `_release` when the batch is done."""
    global _reaper
    with _pools_lock:
        kept = _pools.get(workers)
        if kept is None:
            kept = _pools[workers] = _Kept(ProcessPoolExecutor(workers, mp_context=_context()))
        kept.active += 1
        if _reaper is None:
            _reaper = threading.Thread(target=_reap, name="newsline-pool-reaper", daemon=True)
            _reaper.start()
        return kept.pool


def _release(workers: int, pool: ProcessPoolExecutor) -> None:
    with _pools_lock:
        kept = _pools.get(workers)
        if kept is not None and kept.pool is pool:
            kept.active -= 1
            kept.last_used = time.monotonic()


def _reap() -> None:
    """Shut down pools idle for IDLE_SECONDS, so that a long-running server (`serve`) does
    not hold its worker processes' memory between builds; ends when no pool is left."""
    global _reaper
    while True:
        time.sleep(min(max(IDLE_SECONDS / 4, 0.01), 1.0))  # short naps: cheap, and prompt
        with _pools_lock:
            now = time.monotonic()
            idle = [
                n
                for n, kept in _pools.items()
                if kept.active == 0 and now - kept.last_used >= IDLE_SECONDS
            ]
            closing = [_pools.pop(n).pool for n in idle]
            done = not _pools
            if done:
                _reaper = None  # the next `_pool` starts a new reaper
        for pool in closing:
            pool.shutdown(wait=False, cancel_futures=True)
        if done:
            return


def _drop_pool(workers: int, pool: ProcessPoolExecutor) -> None:
    """Forget a broken pool; the next batch starts a new one."""
    with _pools_lock:
        kept = _pools.get(workers)
        if kept is not None and kept.pool is pool:
            del _pools[workers]
    pool.shutdown(wait=False, cancel_futures=True)


def _pooled(
    func: Callable[[T], R], stream: Iterator[T], workers: int, chunk_size: int
) -> Iterator[R]:
    global _warned
    pool = _pool(workers)
    pending: deque[tuple[list[T], Future | None]] = deque()  # input order
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER:
                chunk = list(islice(stream, chunk_size))
                if not chunk:
                    break
                pending.append((chunk, _submit(pool, func, chunk)))
            if not pending:
                return
            chunk, future = pending[0]
            try:
                done = future.result() if future is not None else None
            except BrokenProcessPool:
                done = None
            if done is None:
                break
            pending.popleft()
            yield from done
    finally:  # the caller stopped early, or the pool broke: nothing more is wanted from it
        for _chunk, waiting in pending:
            if waiting is not None:
                waiting.cancel()
        _release(workers, pool)
    _drop_pool(workers, pool)
    if not _warned:
        _warned = True
        _log.warning(
            "worker processes stopped (killed, out of memory, or a script without an "
            "`if __name__ == '__main__':` guard); the rest runs in this process"
        )
    # The pool died (a worker killed, out of memory): the rest of the batch runs here.
    for chunk, _future in pending:
        yield from map(func, chunk)
    yield from map(func, stream)


def _submit(pool: ProcessPoolExecutor, func: Callable[[T], R], chunk: list[T]) -> Future | None:
    """The chunk's future, or None when the pool is already broken."""
    try:
        return pool.submit(_map_chunk, func, chunk)
    except BrokenProcessPool:
        return None
