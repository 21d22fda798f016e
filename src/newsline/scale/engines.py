"""Map `run_partition` over partitions: this machine's processes, or a Dask cluster.

Both engines retry a partition that raises or whose worker dies, up to `max_attempts`;
a partition that still fails is reported to `on_failed` and the run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .partition import Task, run_partition

OnDone = Callable[[Task, dict[str, Any]], None]
OnFailed = Callable[[Task, int, str], None]
DEFAULT_ATTEMPTS = 3
SCHEDULER_TIMEOUT = "10s"
TASKS_PER_WORKER_PROCESS = 50  # fresh worker processes now and then: leaks cannot pile up


class ScaleError(RuntimeError):
    """The run cannot start (unreachable scheduler, bad engine): a clear one-line message."""


def _reason(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:300]


def run_local(
    tasks: Sequence[Task],
    workers: int,
    on_done: OnDone,
    on_failed: OnFailed,
    max_attempts: int = DEFAULT_ATTEMPTS,
) -> None:
    """Run the tasks on `workers` local processes, at most one partition per process at a time.

    Keeping only `workers` partitions in flight means that when a worker process dies
    (killed, out of memory) the pool's failure is charged to the partitions that were
    actually running, and the rest are resubmitted to a fresh pool.
    """
    queue = deque(tasks)
    attempts: dict[str, int] = {}
    context = multiprocessing.get_context("spawn")
    while queue:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, max_tasks_per_child=TASKS_PER_WORKER_PROCESS
        ) as pool:
            running: dict[Future, Task] = {}
            broken = False
            while (queue or running) and not broken:
                while queue and len(running) < workers:
                    task = queue.popleft()
                    running[pool.submit(run_partition, task)] = task
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = running.pop(future)
                    try:
                        on_done(task, future.result())
                        continue
                    except BrokenProcessPool as exc:
                        broken, error = True, "worker process died: " + _reason(exc)
                    except Exception as exc:
                        error = _reason(exc)
                    _retry(task, error, attempts, max_attempts, queue, on_failed)
            if broken:  # every partition still in flight went down with the pool
                for task in running.values():
                    _retry(task, "worker process died", attempts, max_attempts, queue, on_failed)
                pool.shutdown(wait=False, cancel_futures=True)


def _retry(
    task: Task,
    error: str,
    attempts: dict[str, int],
    max_attempts: int,
    queue: deque[Task],
    on_failed: OnFailed,
) -> None:
    """Queue the task again, or report it failed after `max_attempts`."""
    name = task.partition.name
    attempts[name] = attempts.get(name, 0) + 1
    if attempts[name] >= max_attempts:
        on_failed(task, attempts[name], error)
    else:
        queue.append(task)


def connect(scheduler: str | None, workers: int, processes: bool = True) -> Any:
    """A dask.distributed Client: to `scheduler` when given, else to a new LocalCluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ScaleError(f"the dask engine needs dask[distributed]: {exc}") from None
    if scheduler:
        try:
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ScaleError(
                f"cannot reach the Dask scheduler at {scheduler}: {_reason(exc)}"
            ) from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # the per-article stages are pure Python: one thread per process
        processes=processes,
        dashboard_address=None,
    )
    return Client(cluster)


def close(client: Any, owned_cluster: bool) -> None:
    """Close a client from `connect`, and its LocalCluster when `connect` started one."""
    cluster = client.cluster
    client.close()
    if owned_cluster and cluster is not None:
        cluster.close()


def run_dask(
    tasks: Sequence[Task],
    client: Any,
    on_done: OnDone,
    on_failed: OnFailed,
    max_attempts: int = DEFAULT_ATTEMPTS,
) -> None:
    """Run the tasks on a Dask cluster; a task that raises is retried, a dead worker's rerun.

    Workers write the Parquet files themselves, so on a real cluster the output
    directory must be on storage every worker and the client can reach.
    """
    from dask.distributed import as_completed

    futures = [
        client.submit(
            run_partition,
            task,
            key=f"newsline-{task.partition.name}-{task.fingerprint}",
            retries=max_attempts - 1,
            pure=False,
        )
        for task in tasks
    ]
    by_key = {f.key: t for f, t in zip(futures, tasks, strict=True)}
    for future in as_completed(futures):
        task = by_key[future.key]
        try:
            marker = future.result()
        except Exception as exc:  # KilledWorker after repeated worker deaths, or a bug
            on_failed(task, max_attempts, _reason(exc))
        else:
            on_done(task, marker)
        future.release()
