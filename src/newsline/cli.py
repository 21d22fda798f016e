"""The `newsline` command line: a thin layer over the pipeline.

Exit codes: 0 success; 1 an output could not be written; 2 bad usage or no
usable input. Rejected inputs are listed on stderr, one line each, and never
abort a batch.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsline import __version__
from newsline.console import err, report_rejection
from newsline.console import fail as _fail
from newsline.console import parse_day as _parse_day
from newsline.console import plural as _n
from newsline.ingest import read_paths
from newsline.pipeline import BuildOptions, build_timeline, is_relevant, process_all, query_terms
from newsline.records import Article, Rejection
from newsline.render import FORMATS, article_to_dict, render
from newsline.workers import warm_up

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a pile of news reports into a dated, de-duplicated, source-cited timeline.",
    pretty_exceptions_enable=False,
)


class TimelineFormat(StrEnum):
    json = "json"
    md = "md"
    html = "html"


class ArticlesFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _read(paths: list[str], workers: int | None = None) -> tuple[list[Article], list[Rejection]]:
    """Read and process every input with a progress bar; report rejections on stderr."""
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise _fail(f"no such file or directory: {p}")
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]reading articles"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rejected]} rejected"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )

    with progress:
        task = progress.add_task("read", total=None, rejected=0)
        n_rejected = 0

        def on_item(item: Article | Rejection) -> None:
            nonlocal n_rejected
            if isinstance(item, Rejection):
                n_rejected += 1
                report_rejection(item, progress.console)
            progress.update(task, advance=1, rejected=n_rejected)

        stdin = sys.stdin.buffer if "-" in paths else None
        result = process_all(read_paths(paths, stdin=stdin), on_item=on_item, workers=workers)
    # The articles live until the run ends: the cyclic collector need not re-scan them at
    # every collection of the build (about 5% of a big build's time).
    gc.freeze()
    return result


@app.command()
def build(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories (recursive) or - for stdin."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Directory for timeline.json/.md/.html.")
    ] = None,
    fmt: Annotated[
        TimelineFormat | None,
        typer.Option("--format", "-f", help="Write only this format (to stdout without -o)."),
    ] = None,
    query: Annotated[
        str | None, typer.Option(help="What the story is about, e.g. 'harbor strike'.")
    ] = None,
    dates: Annotated[
        int | None,
        typer.Option(min=1, help="How many dates the timeline has (default: by story size)."),
    ] = None,
    sentences: Annotated[int, typer.Option(min=1, help="Summary sentences per event.")] = 2,
    start: Annotated[str | None, typer.Option(help="First date to include, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option(help="Last date to include, YYYY-MM-DD.")] = None,
    from_dir: Annotated[
        Path | None,
        typer.Option("--from", help="Select the story from a directory written by `process`."),
    ] = None,
    duplicate_threshold: Annotated[
        float,
        typer.Option(min=0.1, max=1.0, help="Similarity at which articles are copies."),
    ] = 0.8,
    keep_duplicates: Annotated[
        bool, typer.Option(help="Count near-duplicate copies as separate reports.")
    ] = False,
    ner: Annotated[
        str | None, typer.Option(help="Actor extractor: rules (default) or spacy:MODEL.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Processes for per-article work: cleaning, tagging, quotes "
            "(default: all cores for big inputs; 1: one process).",
        ),
    ] = None,
) -> None:
    """Build a timeline from news articles."""
    options = BuildOptions(
        query=query,
        dates=dates,
        sentences=sentences,
        start=_parse_day(start, "--start"),
        end=_parse_day(end, "--end"),
        duplicate_threshold=None if keep_duplicates else duplicate_threshold,
        ner=_check_ner(ner),
        workers=workers,
    )
    if options.start and options.end and options.start > options.end:
        raise _fail("--start is after --end")
    if bool(paths) == (from_dir is not None):
        raise _fail("give input PATHs or --from PROCESSED_DIR (one of the two)")
    if workers != 1:
        warm_up()  # worker processes start while the input is read
    if from_dir is not None:
        articles, rejected = _read_processed(from_dir, query, options)
    else:
        articles, rejected = _read(paths or [], workers)
    if not articles:
        raise _fail(f"no usable article in the input ({len(rejected)} rejected)")
    terms = query_terms(query)
    if not any(is_relevant(a, terms) for a in articles):
        raise _fail(f"none of the {len(articles)} articles mentions the query {query!r}")
    with _status(f"building the timeline from {_n(len(articles), 'article')}"):
        timeline = build_timeline(articles, rejected, options)
    if output is None:
        sys.stdout.write(render(timeline, (fmt or TimelineFormat.json).value))
    else:
        formats = [fmt.value] if fmt else list(FORMATS)
        if output.exists() and not output.is_dir():
            raise _fail(f"cannot write to {output}: it is a file; -o takes a directory", code=1)
        try:
            output.mkdir(parents=True, exist_ok=True)
            for f in formats:
                (output / FORMATS[f]).write_text(render(timeline, f), encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write to {output}: {exc.strerror or exc}", code=1) from None
    err.print(
        f"newsline: {_n(len(timeline.events), 'event')} from {_n(len(articles), 'article')}"
        f" ({len(rejected)} rejected)",
        markup=False,
    )
    if not timeline.events:
        err.print(
            "newsline: warning: no sentence in the story could be dated; the timeline is empty"
            " (check publication dates with `newsline articles`)",
            markup=False,
        )
    if output is not None:
        shown = FORMATS[fmt.value] if fmt else FORMATS["html"]
        err.print(f"newsline: wrote {(output / shown).resolve()}", markup=False)


@app.command()
def articles(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    fmt: Annotated[
        ArticlesFormat, typer.Option("--format", "-f", help="jsonl (default) or json.")
    ] = (ArticlesFormat.jsonl),
) -> None:
    """Show what newsline read: one clean article record per line."""
    used, rejected = _read(paths)
    records = [article_to_dict(a) for a in used]
    if fmt is ArticlesFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    if not used:
        raise _fail(f"no usable article in the input ({len(rejected)} rejected)")


@app.command()
def quotes(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    include_unattributed: Annotated[
        bool, typer.Option("--all", help="Also list quotes nobody can be credited with.")
    ] = False,
    ner: Annotated[
        str | None, typer.Option(help="Actor extractor: rules (default) or spacy:MODEL.")
    ] = None,
) -> None:
    """Who said what: one JSON quote record per line, with the article's outlet."""
    from newsline.text.quotes import quotes_and_actors

    ner = _check_ner(ner)
    used, rejected = _read(paths)
    n = 0
    for article in used:
        found, _ = quotes_and_actors(article, ner)
        for q in found:
            if q.speaker or include_unattributed:
                record = dict(q.to_dict(), source=article.source, url=article.url)
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    if not used:
        raise _fail(f"no usable article in the input ({len(rejected)} rejected)")
    err.print(
        f"newsline: {_n(n, 'quote')} from {_n(len(used), 'article')} ({len(rejected)} rejected)",
        markup=False,
    )


bench_app = typer.Typer(help="Score newsline on the field's benchmarks.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("tls")
def bench_tls(
    data_dir: Annotated[
        Path, typer.Argument(help="One folder per topic, as ../shared/data/t17 (see its README).")
    ],
    topics: Annotated[
        list[str] | None,
        typer.Option("--topics", help="Only these topics (repeat the flag or separate by commas)."),
    ] = None,
    save_timelines: Annotated[
        Path | None, typer.Option(help="Write one JSON line per task with its timeline.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    per_task: Annotated[
        bool,
        typer.Option(help="Read and process every task's window anew (default: each topic once)."),
    ] = False,
) -> None:
    """Timeline17 protocol (news-tls): build each task's timeline and score it with tilse."""
    from newsline.bench.tls import format_report, run_tls, scoring_problem

    if not data_dir.is_dir():
        raise _fail(f"no such directory: {data_dir}")
    problem = scoring_problem()
    if problem:
        raise _fail(problem)
    if topics:
        topics = [t for given in topics for t in given.split(",") if t.strip()]
    try:
        result = run_tls(
            data_dir,
            topics,
            save_timelines,
            score=True,
            per_task=per_task,
            progress=lambda line: err.print(line, markup=False),
        )
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    sys.stdout.write(json.dumps(result, indent=1) + "\n" if as_json else format_report(result))


def _check_ner(ner: str | None) -> str | None:
    """Fail early, with the install hint, when the asked-for spaCy pipeline is missing."""
    if ner in (None, "rules"):
        return None
    from newsline.text.actors import NERUnavailable, load_spacy

    if not ner.startswith("spacy:") or not ner[len("spacy:") :]:
        raise _fail(f"--ner must be 'rules' or 'spacy:MODEL', got {ner!r}")
    try:
        load_spacy(ner[len("spacy:") :])
    except NERUnavailable as exc:
        raise _fail(str(exc)) from None
    return ner


def _read_processed(
    from_dir: Path, query: str | None, options: BuildOptions
) -> tuple[list[Article], list[Rejection]]:
    """The story's articles from a `newsline process` dataset (DuckDB selection)."""
    from newsline.scale import ScaleError
    from newsline.scale.cli import articles_from, dataset_warning

    try:
        warning = dataset_warning(from_dir)
        if warning:
            err.print(f"newsline: warning: {warning}", markup=False)
        with _status(f"selecting the story from {from_dir}"):
            return articles_from(from_dir, query, options.start, options.end)
    except ScaleError as exc:
        raise _fail(str(exc)) from None


def _status(message: str) -> AbstractContextManager[object]:
    """A spinner on stderr while a step runs (only on a terminal: logs stay clean)."""
    return err.status(message) if err.is_terminal else nullcontext()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """newsline: news reports in, a dated and source-cited timeline out."""


def _register_commands() -> None:
    """Commands that live beside their stage: follow a story, scale out, tag time."""
    from newsline.follow_cli import register as register_follow
    from newsline.scale.cli import register as register_process
    from newsline.temporal.cli import register as register_tag_time

    register_follow(app)
    register_process(app)
    register_tag_time(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    for noisy in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    app()
