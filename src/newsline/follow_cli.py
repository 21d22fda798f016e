"""Commands to follow a story over time: a store, feeds, saved stories and the web app.

`register(app)` adds `add`, `feed add|poll|list`, `story add|show|list`, `serve` and
`reindex` to the `newsline` command. Exit codes as elsewhere: 0 success, 1 an output
or the store could not be written, 2 bad usage or input (unknown story, not a store).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsline.console import err, report_rejection
from newsline.console import fail as _fail
from newsline.console import parse_day as _parse_day
from newsline.console import plural as _n
from newsline.console import say as _say
from newsline.records import Article, Rejection

StoreOption = Annotated[
    Path, typer.Option("--store", "-s", help="The newsline store file (SQLite), e.g. news.db.")
]


class ShowFormat(StrEnum):
    json = "json"
    md = "md"
    html = "html"
    timelinejs = "timelinejs"
    csv = "csv"


@contextmanager
def _opened(path: Path, create: bool = False) -> Iterator:
    """The open store; store problems become one clear line and exit code 2 (1 if locked)."""
    from newsline.store import StoreError, open_store
    from newsline.store.connection import StoreBusy

    try:
        store = open_store(path, create=create)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    try:
        yield store
    except StoreBusy as exc:
        raise _fail(str(exc), code=1) from None
    except StoreError as exc:
        raise _fail(str(exc)) from None
    except sqlite3.OperationalError as exc:
        raise _fail(f"{path}: {exc}", code=1) from None
    finally:
        store.close()


def _report_item(kind: str, item: Article | Rejection) -> None:
    if kind == "rejected" and isinstance(item, Rejection):
        report_rejection(item)


def _report_stories(store) -> None:  # noqa: ANN001 - a Store
    """Refresh the stories whose articles changed and say which events are new."""
    from newsline.store import refresh_all

    for update in refresh_all(store):
        if not update.changed:
            continue
        _say(
            f"story {update.name!r}: {_n(len(update.new_events), 'new event')}"
            f" ({update.n_events} in the timeline)"
        )
        for e in update.new_events:
            err.print(f"  new: {e['date']}  {e['headline']}", markup=False)


def add(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    store_path: StoreOption,
) -> None:
    """Add articles to the store (created if missing); repeats are skipped."""
    from newsline.ingest import read_paths
    from newsline.store import add_items

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise _fail(f"no such file or directory: {p}")
    with _opened(store_path, create=True) as store:
        stdin = sys.stdin.buffer if "-" in paths else None
        result = add_items(store, read_paths(paths, stdin=stdin), on_item=_report_item)
        _say(
            f"added {_n(len(result.added), 'article')} to {store_path}"
            f" ({len(result.repeats)} already there, {len(result.rejected)} rejected)"
        )
        if result.added:
            _report_stories(store)
    if not result.added and not result.repeats:
        raise _fail(f"no usable article in the input ({len(result.rejected)} rejected)")


feed_app = typer.Typer(help="Subscribe to RSS/Atom feeds and poll them.", no_args_is_help=True)
story_app = typer.Typer(help="Saved stories: a query whose timeline grows.", no_args_is_help=True)


def _report_poll(results: list) -> int:  # noqa: ANN001 - PollResult list
    failed = 0
    for r in results:
        if r.status == "failed":
            failed += 1
            err.print(f"feed {r.url}: failed: {r.error}", markup=False)
        elif r.status == "unchanged":
            err.print(f"feed {r.url}: not changed since the last poll", markup=False)
        else:
            if r.warning:
                err.print(f"feed {r.url}: warning: {r.warning}", markup=False)
            err.print(
                f"feed {r.url}: {_n(r.n_entries, 'entry')}, {len(r.added)} new article"
                f"{'' if len(r.added) == 1 else 's'}, {r.n_seen} seen before,"
                f" {len(r.rejected)} rejected",
                markup=False,
            )
    return failed


@feed_app.command("add")
def feed_add(
    location: Annotated[str, typer.Argument(help="The feed's http(s) URL or a feed file.")],
    store_path: StoreOption,
    poll: Annotated[bool, typer.Option(help="Poll the feed right away.")] = True,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for the feed.")] = 20.0,
) -> None:
    """Subscribe to a feed (and poll it once)."""
    from newsline.ingest.feeds import is_url
    from newsline.store.feeds import add_feed, poll_all

    if not is_url(location) and not Path(location.removeprefix("file://")).is_file():
        raise _fail(f"not an http(s) URL and no such file: {location}")
    with _opened(store_path, create=True) as store:
        feed_id, new = add_feed(store, location)
        _say(f"{'subscribed to' if new else 'already subscribed to'} feed {feed_id}: {location}")
        if poll:
            failed = _report_poll(poll_all(store, timeout, on_item=_report_item, only=feed_id))
            _report_stories(store)
            if failed:
                raise typer.Exit(1)


@feed_app.command("poll")
def feed_poll(
    store_path: StoreOption,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait per feed.")] = 20.0,
) -> None:
    """Fetch every feed and add its new entries; exit 1 if any feed failed."""
    from newsline.store.feeds import list_feeds, poll_all

    with _opened(store_path) as store:
        if not list_feeds(store.conn):
            raise _fail(f"{store_path} has no feeds; add one with `newsline feed add`")
        failed = _report_poll(poll_all(store, timeout, on_item=_report_item))
        _report_stories(store)
    if failed:
        raise typer.Exit(1)


@feed_app.command("list")
def feed_list(store_path: StoreOption) -> None:
    """List the feeds with their last poll and last error."""
    from newsline.store.feeds import list_feeds

    with _opened(store_path) as store:
        for f in list_feeds(store.conn):
            state = f"error: {f['last_error']}" if f["last_error"] else f"ok {f['last_ok'] or '-'}"
            typer.echo(f"{f['id']}\t{f['n_items']} items\t{state}\t{f['title'] or ''}\t{f['url']}")


@story_app.command("add")
def story_add(
    name: Annotated[str, typer.Argument(help="A short name, e.g. port-strike.")],
    store_path: StoreOption,
    query: Annotated[str, typer.Option("--query", "-q", help="What the story is about.")],
    start: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="Only this outlet (repeatable).")
    ] = None,
) -> None:
    """Save a story and build its timeline from the articles already stored."""
    from newsline.store import Story, add_story, refresh

    story = Story(
        name=name,
        query=query,
        start=_parse_day(start, "--start"),
        end=_parse_day(end, "--end"),
        sources=list(source or []),
    )
    with _opened(store_path, create=True) as store:
        add_story(store, story)
        update = refresh(store, name)
        _say(f"story {name!r}: {_n(update.n_events, 'event')}")


@story_app.command("show")
def story_show(
    name: Annotated[str, typer.Argument(help="The story's name.")],
    store_path: StoreOption,
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ShowFormat.md
    ),
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file, not stdout.")
    ] = None,
) -> None:
    """Print a story's timeline (JSON, Markdown, HTML, TimelineJS or CSV)."""
    from newsline.store import refresh, story_timeline

    with _opened(store_path) as store:
        refresh(store, name)
        text = render_timeline(story_timeline(store, name), fmt.value)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}", code=1) from None
    _say(f"wrote {output.resolve()}")


def render_timeline(timeline, fmt: str) -> str:  # noqa: ANN001 - a Timeline
    """A timeline in any format of `story show`."""
    from newsline.render import render
    from newsline.render.csv import to_csv
    from newsline.render.timelinejs import to_timelinejs

    if fmt == "timelinejs":
        return to_timelinejs(timeline)
    if fmt == "csv":
        return to_csv(timeline)
    return render(timeline, fmt)


@story_app.command("list")
def story_list(store_path: StoreOption) -> None:
    """List the stories: name, events, query."""
    from newsline.store import list_stories

    with _opened(store_path) as store:
        for s in list_stories(store.conn):
            n = len((s.timeline or {}).get("events", []))
            typer.echo(f"{s.name}\t{_n(n, 'event')}\t{s.query}")


def serve(
    store_path: StoreOption,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="NEWSLINE_TOKEN", help="Require this token for writes (POST)."),
    ] = None,
) -> None:
    """Serve the store's stories and articles in the browser, with a JSON API."""
    import uvicorn

    from newsline.serve import create_app

    with _opened(store_path):
        pass  # fail early and clearly if it is not a store
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        _say(f"warning: listening on {host} without --token: anyone who can reach it can write")
    problem = _cannot_listen(host, port)
    if problem:
        raise _fail(f"cannot listen on {host}:{port}: {problem}", code=1)
    app = create_app(store_path, token=token)
    _say(f"serving {store_path} at http://{host}:{port}/ (Ctrl+C to stop)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    except SystemExit as exc:  # uvicorn exits when it cannot start
        if exc.code:
            raise _fail(f"the server stopped (uvicorn exit code {exc.code})", code=1) from None


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the address cannot be bound (in use, not this machine's), or None if it can."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return exc.strerror or str(exc)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def reindex(store_path: StoreOption) -> None:
    """Re-process every stored article with this version of newsline, then its stories."""
    from newsline.store import refresh_all
    from newsline.store import reindex as run_reindex

    with _opened(store_path) as store:
        done, kept = run_reindex(store, on_item=_report_item)
        _say(f"re-processed {_n(done, 'article')} ({len(kept)} kept as they were)")
        refresh_all(store, force=True)


def register(app: typer.Typer) -> None:
    """Add the follow-a-story commands to the `newsline` app (a second call does nothing)."""
    if getattr(app, "_newsline_follow", False):
        return
    app._newsline_follow = True  # type: ignore[attr-defined]
    app.command("add")(add)
    app.add_typer(feed_app, name="feed")
    app.add_typer(story_app, name="story")
    app.command("serve")(serve)
    app.command("reindex")(reindex)


def main() -> None:
    """`python -m newsline.follow_cli ...`: the newsline command with these commands added."""
    from newsline import cli

    register(cli.app)
    cli.main()


if __name__ == "__main__":
    main()
