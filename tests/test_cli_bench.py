"""`newsline bench tls`: the Timeline17 benchmark from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from test_bench_tls import SCORING, data_dir  # noqa: F401  (the fictional t17-layout fixture)

runner = CliRunner()


def test_missing_data_dir_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", "tls", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such directory" in result.output


@pytest.mark.skipif(SCORING is not None, reason=f"no ROUGE: {SCORING}")
def test_bench_tls_scores_and_saves_timelines(data_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "tl.jsonl"
    result = runner.invoke(
        app,
        [
            "bench",
            "tls",
            str(data_dir),
            "--topics",
            "harbor",
            "--save-timelines",
            str(out),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["overall"]["tasks"] == 2
    assert 0.0 <= scores["overall"]["scores"]["date"]["f_score"] <= 1.0
    saved = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [s["timeline_name"] for s in saved] == ["gazette/tl1", "tribune/tl2"]
