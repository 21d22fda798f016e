"""`newsline process`: the per-article stages over partitions, with a progress bar on stderr.

`register(app)` adds the command to the main Typer app; `articles_from` (re-exported
here) is what `newsline build --from` calls.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsline.console import err
from newsline.console import fail as _fail

from .engines import ScaleError
from .plan import DEFAULT_PARTITION_BYTES, PlanError
from .query import articles_from, dataset_warning
from .run import process

__all__ = ["articles_from", "dataset_warning", "register"]


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def process_command(
    paths: Annotated[list[str], typer.Argument(help="Files and directories (recursive).")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Directory for the Parquet dataset.")
    ],
    engine: Annotated[
        Engine, typer.Option(help="local: this machine's cores; dask: a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of a running Dask scheduler (default: a local cluster)."),
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (local, or a new local Dask cluster).")
    ] = 2,
    partition_mb: Annotated[
        float | None,
        typer.Option(
            "--partition-mb",
            min=0.001,
            help=f"Input megabytes per partition (default: the previous run's, else"
            f" {DEFAULT_PARTITION_BYTES / 2**20:g}).",
        ),
    ] = None,
) -> None:
    """Process articles into a Parquet dataset for `newsline build --from`."""
    if scheduler and engine is not Engine.dask:
        raise _fail("--scheduler needs --engine dask")
    progress = Progress(
        TextColumn("[bold]processing partitions"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[articles]} articles, {task.fields[rejected]} rejected"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    counts = {"articles": 0, "rejected": 0}

    def on_partition(event: str, info: dict[str, Any]) -> None:
        if event == "planned":
            progress.update(bar, total=info["partitions"])
            return
        if event == "failed":
            progress.console.print(
                f"failed: {info['partition']} after {info['attempts']} attempts: {info['error']}",
                markup=False,
            )
        for key in counts:
            counts[key] += info.get(key, 0)
        progress.update(bar, advance=1, **counts)

    try:
        with progress:
            bar = progress.add_task("process", total=None, articles=0, rejected=0)
            result = process(
                paths,
                output,
                engine=engine.value,
                workers=workers,
                scheduler=scheduler,
                partition_size=max(1, int(partition_mb * 2**20)) if partition_mb else None,
                on_partition=on_partition,
            )
    except (ScaleError, PlanError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write to {output}: {exc.strerror or exc}", code=1) from None
    totals = result.manifest["totals"]
    err.print(
        f"newsline: {totals['articles']} articles, {totals['rejected']} rejected, in"
        f" {totals['done']} partitions ({len(result.skipped)} already done) -> {output}",
        markup=False,
    )
    if result.failed:
        raise _fail(
            f"{len(result.failed)} partitions failed (see {output / 'manifest.json'});"
            " run the same command again to retry them",
            code=1,
        )


def register(app: typer.Typer) -> None:
    """Add `newsline process` to the main app."""
    app.command("process")(process_command)
