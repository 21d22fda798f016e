"""`newsline tag-time`: JSON Lines output, offsets into the raw input, bad input handling."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from newsline.temporal.cli import register


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop", hidden=True)
    def _noop() -> None:  # a second command keeps typer from collapsing to a single command
        """Placeholder."""

    return app


def run(app: typer.Typer, args: list[str], data: bytes | str | None = None):
    return CliRunner().invoke(app, ["tag-time", *args], input=data)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_prints_one_json_object_per_expression(app):
    text = "The Marlow council voted on Wednesday to close the pier by June 18, 2025."
    res = run(app, ["--dct", "2025-03-14"], text)
    assert res.exit_code == 0, res.output
    recs = records(res.stdout)
    assert [r["text"] for r in recs] == ["Wednesday", "June 18, 2025"]
    assert recs[0] == {
        "start": text.index("Wednesday"),
        "end": text.index("Wednesday") + 9,
        "text": "Wednesday",
        "type": "DATE",
        "value": "2025-03-12",
    }
    assert recs[1]["value"] == "2025-06-18"


def test_offsets_index_the_raw_text_with_crlf_bom_and_non_ascii(tmp_path, app):
    text = (
        "\ufeffZürich – «Café» reopened yesterday.\r\n\r\nIt closed on 3 March 2024 — années ago."
    )
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    res = run(app, ["--dct", "2024-06-10", str(path)])
    assert res.exit_code == 0, res.output
    recs = records(res.stdout)
    assert [r["value"] for r in recs] == ["2024-06-09", "2024-03-03"]
    for r in recs:
        assert text[r["start"] : r["end"]] == r["text"]


def test_reads_stdin_with_dash(app):
    res = run(app, ["--dct", "2024-01-10", "-"], "Talks resume next Tuesday.")
    assert res.exit_code == 0
    assert [r["value"] for r in records(res.stdout)] == ["2024-01-16"]


@pytest.mark.parametrize("bad", ["2024-02-30", "yesterday", "20240101x", ""])
def test_invalid_dct_is_a_one_line_error_with_exit_2(app, bad):
    res = run(app, ["--dct", bad], "Nothing here.")
    assert res.exit_code == 2
    assert "--dct" in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_missing_file_exits_2(tmp_path, app):
    res = run(app, ["--dct", "2024-01-10", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2
    assert "cannot read" in res.output


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\xff\xfe\x80binary\x00\x01" * 50,
        b"no dates in this sentence at all, just words and 1,500 people.",
        ("word " * 200_000).encode(),
    ],
)
def test_empty_binary_long_or_dateless_input_prints_nothing(app, data):
    res = run(app, ["--dct", "2024-01-10"], data)
    assert res.exit_code == 0
    assert res.stdout == ""


def test_impossible_date_does_not_crash(app):
    res = run(app, ["--dct", "2024-01-10"], "The vote was set for February 30 and then May 2.")
    assert res.exit_code == 0
    recs = records(res.stdout)
    assert all(r["value"] != "2024-02-30" for r in recs)
    assert any(r["text"] == "May 2" for r in recs)


def test_invalid_utf8_keeps_offsets_on_the_decoded_text(app):
    data = b"\xff\xfe On Monday \xc3 the mayor resigned."
    res = run(app, ["--dct", "2024-01-10"], data)
    assert res.exit_code == 0
    text = data.decode("utf-8", errors="replace")
    (rec,) = records(res.stdout)
    assert text[rec["start"] : rec["end"]] == "Monday"
    assert rec["value"] == "2024-01-08"
