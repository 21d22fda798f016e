"""The follow-a-story commands: add, story add/show, reindex; a real `add` killed mid-way;
two processes writing at once; clear errors for bad input. All articles are fictional.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsline.cli import app
from newsline.follow_cli import register

register(app)
register(app)  # a second registration is harmless

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "port-maren"
runner = CliRunner()


def run(*args: str, input: str | None = None) -> Result:
    result = runner.invoke(app, [str(a) for a in args], input=input)
    assert "Traceback" not in (result.output or "")
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result


def write_wire(path: Path, n: int, start: int = 0) -> Path:
    """A JSON Lines file of `n` fictional wire reports on the Lake Orrin ferry dispute."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + n):
            day = 1 + i % 28
            body = " ".join(
                f"Ferry crews on Lake Orrin held meeting {i}-{k} on May {day}, 2024, union says."
                f" Crossing {k} to Vell Island was cancelled on Tuesday and again on Wednesday."
                for k in range(12)
            )
            record = {
                "id": f"orrin-wire-{i}",
                "title": f"Orrin ferry dispute, report {i}",
                "source": "Orrin Wire",
                "url": f"https://wire.orrin.example/{i}",
                "published": f"2024-05-{day:02d}",
                "text": body,
            }
            out.write(json.dumps(record) + "\n")
    return path


def follow(*args: str) -> subprocess.Popen:
    """A real `newsline` process with the follow commands."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsline.follow_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def article_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def check_integrity(db: Path) -> int:
    """Assert the store is valid and every article is complete; return the article count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        partial = conn.execute(
            "SELECT a.id FROM articles a WHERE"
            " a.n_sentences != (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)"
            " OR a.n_timexes != (SELECT count(*) FROM timexes t WHERE t.article_id = a.id)"
            " OR 1 != (SELECT count(*) FROM articles_fts f WHERE f.article_id = a.id)"
        ).fetchall()
        assert partial == []
        orphans = conn.execute(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n
        return n
    finally:
        conn.close()


def test_add_story_show_every_format(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    added = run("add", "--store", db, DEMO)
    assert added.exit_code == 0, added.output
    assert "added 17 articles" in added.output and "1 rejected" in added.output
    assert "maren-courier-page-not-found.html" in added.output
    story = run("story", "add", "port", "--store", db, "--query", "port strike")
    assert story.exit_code == 0 and "story 'port':" in story.output

    as_json = json.loads(run("story", "show", "port", "--store", db, "-f", "json").stdout)
    assert as_json["schema"] == "newsline.timeline/1" and as_json["events"]
    md = run("story", "show", "port", "--store", db, "-f", "md").stdout
    assert md.startswith("#") and as_json["events"][0]["headline"][:20] in md
    page = run("story", "show", "port", "--store", db, "-f", "html").stdout
    assert page.count("data-event-date=") == len(as_json["events"])
    tljs = json.loads(run("story", "show", "port", "--store", db, "-f", "timelinejs").stdout)
    assert len(tljs["events"]) == len(as_json["events"])
    rows = list(
        csv.DictReader(io.StringIO(run("story", "show", "port", "--store", db, "-f", "csv").stdout))
    )
    assert {r["event_id"] for r in rows} == {e["id"] for e in as_json["events"]}

    out = tmp_path / "port.html"
    wrote = run("story", "show", "port", "--store", db, "-f", "html", "-o", out)
    assert wrote.exit_code == 0 and out.read_text(encoding="utf-8").count("data-event-date=")


def test_add_again_is_a_no_op_and_reports_new_events(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    first_half = [p for p in sorted(DEMO.glob("*.txt")) if "2025-10" not in p.name]
    run("add", "--store", db, *first_half)
    run("story", "add", "port", "--store", db, "--query", "strike")
    again = run("add", "--store", db, *first_half)
    assert again.exit_code == 0 and "added 0 articles" in again.output
    assert f"{len(first_half)} already there" in again.output
    more = run("add", "--store", db, DEMO)
    assert more.exit_code == 0
    assert "story 'port':" in more.output and "new: 2025-10" in more.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("story", "show", "nope"), "no story named 'nope'"),
        (("story", "add", "x", "--query", "strike", "--start", "May 1"), "--start must be a date"),
        (("story", "add", "bad/name", "--query", "strike"), "invalid story name"),
        (("add", "missing-dir"), "no such file or directory: missing-dir"),
    ],
)
def test_bad_usage_exits_2_with_one_line(tmp_path: Path, args: tuple, message: str) -> None:
    db = tmp_path / "news.db"
    run("add", "--store", db, DEMO / "harbour-fm-2025-09-25-north-gate-clashes.txt")
    result = run(*args, "--store", db)
    assert result.exit_code == 2
    assert message in result.output


def test_not_a_store_and_missing_store(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("title: shopping list\n\nmilk, bread\n", encoding="utf-8")
    result = run("story", "show", "port", "--store", text)
    assert result.exit_code == 2 and "is not a newsline store" in result.output
    assert text.read_text(encoding="utf-8").startswith("title: shopping list")  # untouched
    result = run("add", "--store", text, DEMO)
    assert result.exit_code == 2 and "is not a newsline store" in result.output
    result = run("reindex", "--store", tmp_path / "missing.db")
    assert result.exit_code == 2 and "no such store" in result.output


def test_no_usable_input_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("add", "--store", db, empty)
    assert result.exit_code == 2 and "no usable article" in result.output


def test_reindex_command(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run("add", "--store", db, DEMO)
    run("story", "add", "port", "--store", db, "--query", "strike")
    result = run("reindex", "--store", db)
    assert result.exit_code == 0 and "re-processed 17 articles" in result.output
    assert check_integrity(db) == 17


def test_killed_add_leaves_every_article_whole_and_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    total = 400
    wire = write_wire(tmp_path / "wire.jsonl", total)
    proc = follow("add", "--store", str(db), str(wire))
    deadline = time.monotonic() + 120
    while article_count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "add finished before it could be killed; use more articles"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    stored = check_integrity(db)
    assert 20 <= stored < total

    rerun = follow("add", "--store", str(db), str(wire))
    _, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert f"{stored} already there" in stderr
    assert check_integrity(db) == total


def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    a = write_wire(tmp_path / "a.jsonl", 40)
    b = write_wire(tmp_path / "b.jsonl", 40, start=40)
    procs = [
        follow("add", "--store", str(db), str(a)),
        follow("add", "--store", str(db), str(b)),
        follow("add", "--store", str(db), str(a)),  # the same articles as the first one
    ]
    for p in procs:
        _, stderr = p.communicate(timeout=600)
        assert p.returncode == 0, stderr
        assert "Traceback" not in stderr
    assert check_integrity(db) == 80


def test_serve_refuses_a_bad_store_and_a_busy_port(tmp_path: Path) -> None:
    import socket

    text = tmp_path / "notes.db"
    text.write_text("not a store", encoding="utf-8")
    result = run("serve", "--store", text)
    assert result.exit_code == 2 and "is not a newsline store" in result.output
    db = tmp_path / "news.db"
    run("add", "--store", db, DEMO / "harbour-fm-2025-09-25-north-gate-clashes.txt")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--store", db, "--port", str(port))
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
