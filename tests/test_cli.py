"""End-to-end tests of the `newsline` command, run the way a user runs it.

Most tests drive `newsline.cli.app` through typer's CliRunner; a few start a real
process with `python -m newsline`. Every run is checked for a traceback.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsline.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DEMO = EXAMPLES / "port-maren"
BAD = EXAMPLES / "bad-inputs"
NOT_FOUND_PAGE = DEMO / "bad" / "maren-courier-page-not-found.html"

# examples/README.md, "Ground-truth events".
GROUND_TRUTH = [
    "2025-09-12",
    "2025-09-17",
    "2025-09-22",
    "2025-09-25",
    "2025-09-29",
    "2025-10-02",
    "2025-10-09",
    "2025-10-14",
]

# examples/README.md, "Files and publication dates": file -> (published, published_from).
PUBLISHED = {
    "maren-courier-2025-09-13-dockers-back-strike.txt": ("2025-09-13", "header"),
    "national-ledger-2025-09-18-strike-shuts-port.html": ("2025-09-18", "html"),
    "southern-herald-2025-09-18-ships-queue-off-port-maren.txt": ("2025-09-18", "dateline"),
    "maren-courier-2025-09-22-minister-talks.html": ("2025-09-22", "html"),
    "harbour-fm-2025-09-25-north-gate-clashes.txt": ("2025-09-25", "header"),
    "maren-courier-2025-09-26-arrests-docker-hurt.txt": ("2025-09-26", "header"),
    "meridian-business-review-2025-09-29-court-injunction.txt": ("2025-09-29", "header"),
    "national-ledger-2025-09-30-court-curbs-pickets.html": ("2025-09-30", "html"),
    "harbour-fm-2025-10-03-talks-collapse.txt": ("2025-10-03", "header"),
    "meridian-business-review-2025-10-09-deal-reached.html": ("2025-10-09", "html"),
    "harbour-fm-2025-10-09-dockers-back-at-work.txt": (None, "none"),
    "maren-courier-2025-10-14-dockers-ratify.html": ("2025-10-14", "html"),
    "southern-herald-2025-10-15-dockers-ratify-deal.txt": ("2025-10-15", "header"),
}
WIRE = {
    "cw-20250912-0412": "2025-09-12",
    "cw-20250918-0233": "2025-09-18",
    "cw-20250923-0107": "2025-09-23",
    "cw-20251002-0988": "2025-10-02",
}

# examples/bad-inputs: input -> start of the one-line reason it is rejected with.
BAD_REASONS = {
    "broken.jsonl:2": "invalid JSON on line 2",
    "empty.txt": "empty file",
    "image.txt": "binary file",
    "no-body.html": "HTML page has no article body",
    "no-text-column.csv": "CSV has no text column",
    "whitespace.txt": "only boilerplate after cleaning",
}
BAD_USED = {
    "bad-1": "broken.jsonl",
    "bad-3": "broken.jsonl",
    "compressed-article.txt.gz": "compressed-article.txt.gz",
    "latin1.txt": "latin1.txt",
}

ARTICLE_FIELDS = {
    "id",
    "path",
    "url",
    "title",
    "source",
    "author",
    "published",
    "published_from",
    "published_confidence",
    "published_note",
    "text",
    "removed",
    "language",
    "n_sentences",
    "duplicates",
    "duplicate_of",
}
TIMELINE_KEYS = {"schema", "query", "generated_at", "articles", "events", "rejected"}
TIMELINE_ARTICLE_KEYS = {
    "id",
    "title",
    "url",
    "source",
    "published",
    "published_from",
    "published_confidence",
    "published_note",
    "n_sentences",
    "duplicates",
    "duplicate_of",
}
EVENT_KEYS = {
    "id",
    "date",
    "granularity",
    "headline",
    "summary",
    "articles",
    "quotes",
    "actors",
    "score",
    "mentions",
}
SUMMARY_KEYS = {"text", "article_id", "sentence_index"}
PUBLISHED_FROM = {"metadata", "header", "dateline", "html", "crawl", "text", "none"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Most tests check *what* is said and run wide, so that where the repository lives does
# not matter; the "one line" tests run at a plain 80 columns: stderr must never wrap.
WIDE, PLAIN = "1000", "80"


def run(*args: str | Path, input: str | bytes | None = None, columns: str = WIDE) -> Result:
    """Run `newsline ARGS`; fail on any traceback or escaped exception."""
    runner = CliRunner(env={"COLUMNS": columns})
    result = runner.invoke(app, [str(a) for a in args], input=input, prog_name="newsline")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"newsline raised {result.exception!r}") from result.exception
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    return result


def run_process(*args: str | Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run `python -m newsline ARGS` in a real process."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsline", *map(str, args)],
        input=input,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "COLUMNS": WIDE},
    )
    assert b"Traceback" not in proc.stdout
    assert b"Traceback" not in proc.stderr
    return proc


def timeline_of(result: Result) -> dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def event_dates(timeline: dict) -> list[str]:
    return [e["date"] for e in timeline["events"]]


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.splitlines()


def squash(text: str) -> str:
    return " ".join(text.split())


# --- the demo corpus, built once --------------------------------------------------------


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    out = tmp_path_factory.mktemp("demo") / "out"
    result = run("build", DEMO, "-o", out, "--query", "port strike")
    assert result.exit_code == 0, result.stderr
    return result, out


@pytest.fixture(scope="module")
def demo_timeline(demo_build: tuple[Result, Path]) -> dict:
    return json.loads((demo_build[1] / "timeline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo_articles() -> list[dict]:
    result = run("articles", DEMO)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_build_writes_the_three_files(demo_build: tuple[Result, Path]) -> None:
    result, out = demo_build
    assert sorted(p.name for p in out.iterdir()) == [
        "timeline.html",
        "timeline.json",
        "timeline.md",
    ]
    for p in out.iterdir():
        assert p.stat().st_size > 1000, p
    assert result.stdout == ""
    assert str((out / "timeline.html").resolve()) in result.stderr
    assert re.search(r"newsline: \d+ events from 17 articles \(1 rejected\)", result.stderr)


def test_timeline_json_follows_the_contract(demo_timeline: dict, demo_articles: list[dict]) -> None:
    t = demo_timeline
    assert set(t) == TIMELINE_KEYS
    assert t["schema"] == "newsline.timeline/1"
    assert t["query"] == "port strike"
    assert re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", t["generated_at"])

    assert len(t["articles"]) == 17
    ids = [a["id"] for a in t["articles"]]
    assert len(set(ids)) == len(ids)
    for a in t["articles"]:
        assert set(a) == TIMELINE_ARTICLE_KEYS
        assert isinstance(a["id"], str) and a["id"]
        assert a["published"] is None or DAY.match(a["published"])
        assert a["published_from"] in PUBLISHED_FROM
        assert isinstance(a["n_sentences"], int) and a["n_sentences"] > 0
        for key in ("title", "url", "source"):
            assert a[key] is None or isinstance(a[key], str)

    clean_text = {a["id"]: a["text"] for a in demo_articles}
    n_sentences = {a["id"]: a["n_sentences"] for a in t["articles"]}
    assert set(clean_text) == set(ids)

    events = t["events"]
    assert 1 <= len(events) <= 40
    assert any(q["speaker"] == "Tomas Brandt" for e in events for q in e["quotes"])
    assert event_dates(t) == sorted(event_dates(t))
    assert len({e["id"] for e in events}) == len(events)
    for e in events:
        assert set(e) == EVENT_KEYS
        assert isinstance(e["id"], str) and e["id"]
        assert e["granularity"] == "day" and DAY.match(e["date"])
        date.fromisoformat(e["date"])
        assert isinstance(e["headline"], str) and e["headline"].strip()
        assert isinstance(e["score"], float)
        quote_keys = {"speaker", "speaker_title", "text", "kind", "cue", "article_id"}
        for q in e["quotes"]:
            assert quote_keys | {"sentence_index", "date"} == set(q)
            assert q["speaker"] and q["date"] == e["date"] and q["article_id"] in e["articles"]
        assert all({"name", "kind", "mentions", "titles"} == set(a) for a in e["actors"])
        assert {(m["article_id"], m["sentence_index"]) for m in e["mentions"]}
        assert e["articles"] and set(e["articles"]) <= set(ids)
        assert 1 <= len(e["summary"]) <= 2
        for s in e["summary"]:
            assert set(s) == SUMMARY_KEYS
            assert s["article_id"] in ids
            assert s["article_id"] in e["articles"]
            assert isinstance(s["sentence_index"], int)
            assert 0 <= s["sentence_index"] < n_sentences[s["article_id"]]
            assert s["text"].strip() and s["text"] in clean_text[s["article_id"]]

    assert t["rejected"] == [
        {"input": str(NOT_FOUND_PAGE), "reason": "HTML page has no article body"}
    ]


def test_html_report_has_one_element_per_event(
    demo_build: tuple[Result, Path], demo_timeline: dict
) -> None:
    html = (demo_build[1] / "timeline.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert re.findall(r'data-event-date="([^"]*)"', html) == event_dates(demo_timeline)


def test_markdown_has_a_dated_section_per_event(
    demo_build: tuple[Result, Path], demo_timeline: dict
) -> None:
    md = (demo_build[1] / "timeline.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## (\d{4}-\d{2}-\d{2})\b", md, flags=re.M)
    assert sections == event_dates(demo_timeline)


# --- ground truth -----------------------------------------------------------------------


def test_ground_truth_events_are_found_with_support(demo_timeline: dict) -> None:
    by_date: dict[str, set[str]] = {}
    for e in demo_timeline["events"]:
        by_date.setdefault(e["date"], set()).update(e["articles"])
    missing = [d for d in GROUND_TRUTH if d not in by_date]
    assert not missing, f"ground-truth dates missing: {missing}; got {sorted(by_date)}"
    for d in GROUND_TRUTH:
        assert len(by_date[d]) >= 2, f"{d} supported only by {by_date[d]}"


def test_publication_dates_match_the_ground_truth(demo_articles: list[dict]) -> None:
    by_file = {Path(a["path"]).name: a for a in demo_articles if a["path"]}
    for name, (published, source) in PUBLISHED.items():
        a = by_file[name]
        assert (a["published"], a["published_from"]) == (published, source), name
    wire = {a["id"]: a for a in demo_articles if a["id"] in WIRE}
    assert {i: a["published"] for i, a in wire.items()} == WIRE
    assert {a["published_from"] for a in wire.values()} == {"metadata"}
    assert all(Path(a["path"]).name == "wire-export.jsonl" for a in wire.values())
    assert len(demo_articles) == len(PUBLISHED) + len(WIRE)


def test_timeline_articles_carry_the_same_publication_dates(
    demo_timeline: dict, demo_articles: list[dict]
) -> None:
    read = {a["id"]: (a["published"], a["published_from"]) for a in demo_articles}
    assert {a["id"]: (a["published"], a["published_from"]) for a in demo_timeline["articles"]} == (
        read
    )


# --- articles ---------------------------------------------------------------------------


def test_articles_prints_one_record_per_line(demo_articles: list[dict]) -> None:
    for a in demo_articles:
        assert set(a) == ARTICLE_FIELDS
        assert isinstance(a["text"], str) and len(a["text"].split()) > 50
        assert isinstance(a["removed"], list) and all(isinstance(r, str) for r in a["removed"])
        assert a["language"] == "en"
        assert isinstance(a["n_sentences"], int) and a["n_sentences"] > 0
        assert a["path"] and Path(a["path"]).is_file()
        assert a["published"] is None or DAY.match(a["published"])
        assert a["published_from"] in PUBLISHED_FROM


def test_articles_removes_boilerplate_from_txt(demo_articles: list[dict]) -> None:
    txt = [a for a in demo_articles if a["path"].endswith(".txt")]
    removed = [line for a in txt for line in a["removed"]]
    for row in ("Skip to content", "Share this article", "Facebook Twitter WhatsApp Email"):
        assert row in removed, row
    for a in txt:
        for line in a["removed"]:
            if line in ("Skip to content", "Share this article", "Share on X"):
                assert line not in a["text"], (a["path"], line)
        assert "Facebook Twitter WhatsApp Email" not in a["text"]
        assert "Skip to" not in a["text"]


def test_articles_json_format_is_a_list(tmp_path: Path) -> None:
    result = run("articles", DEMO / "wire-export.jsonl", "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == list(WIRE)
    assert all(set(r) == ARTICLE_FIELDS for r in records)


def test_articles_on_bad_inputs() -> None:
    result = run("articles", BAD)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(set(r) == ARTICLE_FIELDS for r in records)
    used = {r["id"] if r["id"] in BAD_USED else Path(r["path"]).name: r for r in records}
    assert set(used) == set(BAD_USED)
    assert "Zoë Lefèvre" in used["latin1.txt"]["text"]
    assert "Lifeboat" in used["compressed-article.txt.gz"]["title"]
    for name, reason in BAD_REASONS.items():
        assert f"rejected: {BAD / name}: {reason}" in squash(result.stderr), name


# --- output formats ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_input() -> list[Path]:
    return [DEMO / "wire-export.jsonl", DEMO / "harbour-fm-2025-09-25-north-gate-clashes.txt"]


def test_default_stdout_is_json(small_input: list[Path]) -> None:
    t = timeline_of(run("build", *small_input))
    assert t["schema"] == "newsline.timeline/1" and t["query"] is None
    assert len(t["articles"]) == 5 and t["events"]


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_format_without_output_writes_to_stdout(
    fmt: str, small_input: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build", *small_input, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        assert json.loads(out)["schema"] == "newsline.timeline/1"
    elif fmt == "md":
        assert out.startswith("# ") and re.search(r"^## 2025-09-\d\d", out, flags=re.M)
    else:
        assert out.lstrip().lower().startswith("<!doctype html")
        assert "data-event-date=" in out and out.rstrip().endswith("</html>")
    assert list(tmp_path.iterdir()) == []  # nothing written to the working directory
    assert "wrote" not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_output_with_format_writes_only_that_file(
    fmt: str, small_input: list[Path], tmp_path: Path
) -> None:
    result = run("build", *small_input, "-o", tmp_path / "out", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"timeline.{fmt}"]
    assert result.stdout == ""
    assert str((tmp_path / "out" / f"timeline.{fmt}").resolve()) in result.stderr


def test_stderr_names_a_long_html_path_on_one_line(small_input: list[Path], tmp_path: Path) -> None:
    out = tmp_path / ("reports-" + "x" * 80)
    result = run("build", *small_input, "-o", out, columns=PLAIN)
    assert result.exit_code == 0
    assert f"newsline: wrote {(out / 'timeline.html').resolve()}" in stderr_lines(result)


# --- options ----------------------------------------------------------------------------


def test_dates_bounds_the_number_of_dates() -> None:
    t = timeline_of(run("build", DEMO, "--dates", "3"))
    dates = set(event_dates(t))
    assert len(dates) == 3
    assert "2025-09-17" in dates  # the walkout: reported by every outlet
    t1 = timeline_of(run("build", DEMO, "--dates", "1"))
    assert set(event_dates(t1)) == {"2025-09-17"}


def test_sentences_bounds_the_summary() -> None:
    one = timeline_of(run("build", DEMO, "--sentences", "1"))
    assert one["events"] and all(len(e["summary"]) == 1 for e in one["events"])
    three = timeline_of(run("build", DEMO, "--sentences", "3"))
    assert all(1 <= len(e["summary"]) <= 3 for e in three["events"])
    assert max(len(e["summary"]) for e in three["events"]) == 3


def test_start_and_end_restrict_event_dates() -> None:
    t = timeline_of(run("build", DEMO, "--start", "2025-09-20", "--end", "2025-10-05"))
    dates = event_dates(t)
    assert dates and all("2025-09-20" <= d <= "2025-10-05" for d in dates)
    assert {"2025-09-22", "2025-09-25", "2025-09-29", "2025-10-02"} <= set(dates)
    assert len(t["articles"]) == 17  # the window limits events, not the articles read
    only_start = timeline_of(run("build", DEMO, "--start", "2025-10-01"))
    assert only_start["events"] and min(event_dates(only_start)) >= "2025-10-01"
    only_end = timeline_of(run("build", DEMO, "--end", "2025-09-20"))
    assert only_end["events"] and max(event_dates(only_end)) <= "2025-09-20"


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "18/09/2025"])
def test_invalid_start_is_a_usage_error(bad: str) -> None:
    result = run("build", DEMO, "--start", bad)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--start" in result.stderr and "YYYY-MM-DD" in result.stderr and bad in result.stderr


def test_start_after_end_is_a_usage_error() -> None:
    result = run("build", DEMO, "--start", "2025-10-10", "--end", "2025-10-01")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--start is after --end" in result.stderr


@pytest.mark.parametrize("flag", ["--dates", "--sentences"])
def test_non_positive_counts_are_usage_errors(flag: str) -> None:
    result = run("build", DEMO, flag, "0")
    assert result.exit_code == 2
    assert flag in result.stderr and result.stdout == ""


def test_query_matching_nothing_is_a_usage_error() -> None:
    result = run("build", DEMO, "--query", "zebra")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "none of the 17 articles mentions the query 'zebra'" in result.stderr


# --- stdin ------------------------------------------------------------------------------


def test_stdin_jsonl() -> None:
    lines = (DEMO / "wire-export.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    t = timeline_of(run("build", "-", input="".join(lines[:2])))
    assert [a["id"] for a in t["articles"]] == ["cw-20250912-0412", "cw-20250918-0233"]
    assert t["events"] and t["rejected"] == []
    assert "2025-09-17" in event_dates(t)


def test_stdin_plain_text_article() -> None:
    text = (DEMO / "harbour-fm-2025-09-25-north-gate-clashes.txt").read_text(encoding="utf-8")
    t = timeline_of(run("build", "-", input=text))
    [a] = t["articles"]
    assert a["title"] == "Docker in hospital after clashes at North Gate"
    assert (a["published"], a["published_from"]) == ("2025-09-25", "header")
    assert event_dates(t) == ["2025-09-25"]
    record = json.loads(run("articles", "-", input=text).stdout)
    assert record["path"] is None and record["source"] == "Harbour FM News"


# --- each input format alone (fictional) ------------------------------------------------

STORY = [
    "The Tollby ferry company suspended all crossings to Wren Island on Tuesday after a "
    "fire broke out in the engine room of its largest vessel, the company said.",
    "Nobody was hurt in the blaze, which crew members put out within an hour while the "
    "ship was moored at the Tollby quay.",
    '"Safety comes before the timetable, and we will not sail until inspectors are '
    'satisfied," said operations director Hanna Quist.',
    "About 1,200 islanders rely on the crossing every week to reach schools, shops and the "
    "regional hospital on the mainland.",
    "The company said a replacement vessel could be chartered from a neighbouring operator "
    "within ten days if repairs took longer than expected.",
]
TITLE = "Fire halts Tollby ferry crossings to Wren Island"
PUB = "2024-03-06"


def _txt() -> str:
    return f"Title: {TITLE}\nSource: The Tollby Gazette\nDate: {PUB}\n\n" + "\n\n".join(STORY)


def _html() -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in STORY)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | The Tollby Gazette</title>"
        f"<meta property='og:title' content='{TITLE}'>"
        "<meta property='og:site_name' content='The Tollby Gazette'>"
        f"<meta property='article:published_time' content='{PUB}T07:30:00+00:00'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{TITLE}</h1>\n{paras}</article>"
        "<footer>Copyright The Tollby Gazette</footer></body></html>"
    )


def _record() -> dict:
    return {
        "id": "tg-0001",
        "title": TITLE,
        "source": "The Tollby Gazette",
        "published": PUB,
        "url": "https://gazette.example/ferry-fire",
        "text": "\n\n".join(STORY),
    }


def _csv() -> str:
    body = "\n\n".join(STORY).replace('"', '""')
    return f'id,headline,outlet,date,body\ntg-0001,{TITLE},The Tollby Gazette,{PUB},"{body}"\n'


INPUTS = {
    "article.txt": (lambda: _txt().encode(), "header"),
    "article.html": (lambda: _html().encode(), "html"),
    "export.jsonl": (lambda: (json.dumps(_record()) + "\n").encode(), "metadata"),
    "export.json": (lambda: json.dumps([_record()]).encode(), "metadata"),
    "export.csv": (lambda: _csv().encode(), "metadata"),
    "article.txt.gz": (lambda: gzip.compress(_txt().encode()), "header"),
    "export.jsonl.gz": (lambda: gzip.compress((json.dumps(_record()) + "\n").encode()), "metadata"),
    "article-no-extension": (lambda: _txt().encode(), "header"),
}


@pytest.mark.parametrize("name", list(INPUTS))
def test_each_input_format_builds_a_timeline(name: str, tmp_path: Path) -> None:
    make, published_from = INPUTS[name]
    path = tmp_path / name
    path.write_bytes(make())
    t = timeline_of(run("build", path))
    assert t["rejected"] == []
    [a] = t["articles"]
    assert a["title"] == TITLE
    assert a["source"] == "The Tollby Gazette"
    assert (a["published"], a["published_from"]) == (PUB, published_from)
    assert a["n_sentences"] == len(STORY)
    assert event_dates(t) == ["2024-03-05"]  # "on Tuesday", the day before publication
    [e] = t["events"]
    assert e["articles"] == [a["id"]]
    assert all(s["text"] in "\n\n".join(STORY) for s in e["summary"])


# --- bad input --------------------------------------------------------------------------


def test_bad_inputs_are_rejected_and_the_good_ones_used(tmp_path: Path) -> None:
    result = run("build", BAD, "-o", tmp_path)
    assert result.exit_code == 0, result.stderr
    t = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    rejected = {r["input"]: r["reason"] for r in t["rejected"]}
    assert set(rejected) == {str(BAD / name) for name in BAD_REASONS}
    for name, reason in BAD_REASONS.items():
        got = rejected[str(BAD / name)]
        assert got.startswith(reason) and "\n" not in got, (name, got)
        assert f"rejected: {BAD / name}: {squash(got)}" in squash(result.stderr)
    ids = {a["id"] for a in t["articles"]}
    assert {"bad-1", "bad-3"} <= ids and len(ids) == 4
    assert "newsline: 4 events from 4 articles (6 rejected)" in squash(result.stderr)


def test_each_rejection_is_one_line_on_stderr(tmp_path: Path) -> None:
    result = run("build", BAD, "-o", tmp_path, columns=PLAIN)
    t = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    lines = stderr_lines(result)
    for r in t["rejected"]:
        assert f"rejected: {r['input']}: {r['reason']}" in lines


def test_folder_of_only_bad_files_is_a_usage_error(tmp_path: Path) -> None:
    for name in ("empty.txt", "image.txt", "no-body.html", "no-text-column.csv"):
        (tmp_path / name).write_bytes((BAD / name).read_bytes())
    result = run("build", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "no usable article in the input (4 rejected)" in result.stderr
    assert not (tmp_path / "out").exists()
    assert result.stdout == ""
    articles = run("articles", tmp_path)
    assert articles.exit_code == 2 and "no usable article" in articles.stderr


def test_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", tmp_path)
    assert result.exit_code == 2
    assert "no usable article" in result.stderr


@pytest.mark.parametrize("command", ["build", "articles"])
def test_nonexistent_path_is_a_usage_error(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(command, DEMO / "wire-export.jsonl", "no-such-folder")
    assert result.exit_code == 2
    assert "newsline: error: no such file or directory: no-such-folder" in squash(result.stderr)
    assert result.stdout == ""


def test_error_naming_a_long_path_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / ("no-such-folder-" + "x" * 60)
    result = run("build", missing, columns=PLAIN)
    assert result.exit_code == 2
    assert f"newsline: error: no such file or directory: {missing}" in stderr_lines(result)


def test_unwritable_output_is_exit_1(small_input: list[Path], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run("build", *small_input, "-o", blocker)
    assert result.exit_code == 1
    assert f"newsline: error: cannot write to {blocker}: " in squash(result.stderr)
    assert blocker.read_text() == "not a directory"
    inside = run("build", *small_input, "-o", blocker / "out")
    assert inside.exit_code == 1 and "cannot write to" in squash(inside.stderr)


def test_same_file_twice_is_a_repeat(tmp_path: Path) -> None:
    path = DEMO / "harbour-fm-2025-09-25-north-gate-clashes.txt"
    t = timeline_of(run("build", path, path))
    assert len(t["articles"]) == 1
    [r] = t["rejected"]
    assert r["input"] == str(path)
    assert r["reason"].startswith(f"repeat of article {t['articles'][0]['id']}")


def test_same_jsonl_twice_rejects_every_record_once(tmp_path: Path) -> None:
    path = DEMO / "wire-export.jsonl"
    result = run("build", path, path)
    t = timeline_of(result)
    assert [a["id"] for a in t["articles"]] == list(WIRE)
    reasons = sorted(r["reason"] for r in t["rejected"])
    assert [re.match(r"repeat of article (\S+)", r).group(1) for r in reasons] == sorted(WIRE)
    assert all(r["input"].startswith(f"{path}#") for r in t["rejected"])


# --- a real process ---------------------------------------------------------------------


def test_python_m_newsline_builds_markdown() -> None:
    proc = run_process("build", DEMO, "--format", "md", "--query", "port strike")
    assert proc.returncode == 0, proc.stderr.decode()
    md = proc.stdout.decode("utf-8")
    dates = re.findall(r"^## (\d{4}-\d{2}-\d{2})\b", md, flags=re.M)
    assert set(GROUND_TRUTH) <= set(dates)
    assert b"rejected: " in proc.stderr and b"maren-courier-page-not-found.html" in proc.stderr


def test_python_m_newsline_reads_stdin() -> None:
    data = (DEMO / "wire-export.jsonl").read_bytes()
    proc = run_process("articles", "-", input=data)
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == list(WIRE)


def test_python_m_newsline_usage_errors() -> None:
    proc = run_process("build", BAD / "empty.txt")
    assert proc.returncode == 2
    assert b"no usable article" in proc.stderr
    proc = run_process("build", DEMO, "--end", "Oct 5")
    assert proc.returncode == 2 and b"--end must be a date as YYYY-MM-DD" in proc.stderr
    version = run_process("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"newsline ")


def test_query_matches_words_not_parts_of_words(tmp_path: Path) -> None:
    text = (
        "Title: Runway lights upgraded at Tollby airport\nDate: 2024-03-06\n\n"
        "Tollby airport finished upgrading its runway lights on Tuesday, the operator said.\n\n"
        "The work, which officials reported was on budget, had the support of the council "
        "and took four months to complete."
    )
    (tmp_path / "airport.txt").write_text(text, encoding="utf-8")
    result = run("build", tmp_path, "--query", "port")
    assert result.exit_code == 2
    assert "none of the 1 articles mentions the query 'port'" in result.stderr
