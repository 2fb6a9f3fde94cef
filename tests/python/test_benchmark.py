"""The benchmark script end to end on a small drop: it runs, accounts for every line and
writes the JSON the scale issue asks for. Timings are reported, never asserted."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import benchmark
from conftest import PROJECT

BENCHMARK = PROJECT / "scripts" / "benchmark.py"


def test_help_explains_itself() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARK), "--help"], capture_output=True, text=True, check=True)
    assert "--records" in done.stdout and "floor" in done.stdout and "unit_test" in done.stdout


def test_a_small_run_accounts_for_every_line(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    done = subprocess.run([sys.executable, str(BENCHMARK), "--records", "1000", "--seed", "3", "--cache",
                           str(tmp_path), "--json", str(out), "--compare-scourgify", "100"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    result = json.loads(out.read_text())
    for key in ("records", "wall_s", "floor_s", "records_per_s", "peak_rss_mb", "rows_accounted", "models"):
        assert key in result, key
    assert result["rows_accounted"] == result["list_lines"] == result["mailed"] + result["rejected"]
    assert result["lines_misnumbered"] == 0 and result["extra_columns_misplaced"] == 0
    assert result["peak_rss_mb"] > 0 and result["floor_s"] > 0
    # the processor time of the build, from dbt's own resource report
    assert result["cpu_s"] > 0
    assert "int_addresses__standardized" in result["models"] and "mail_ready" in result["models"]
    assert result["scourgify"]["addresses"] == 100
    # the confusion table covers every line, and the pipeline finds what was planted
    assert sum(n for _, _, n in result["confusion"]) == result["list_lines"]
    found = sum(n for planted, got, n in result["confusion"] if planted == got)
    assert found == result["list_lines"], [row for row in result["confusion"] if row[0] != row[1]]
    # the drop is cached with the version of the generator that made it; another version's drop is made again
    stamp = tmp_path / "drop_1000_s3" / "generator.sha256"
    assert stamp.read_text().strip() == benchmark.generator_digest()
    stamp.write_text("made by another generator\n")
    (tmp_path / "drop_1000_s3" / "truth.csv").write_text("stale\n")
    assert benchmark.generated_drop(1000, 3, tmp_path) == tmp_path / "drop_1000_s3"
    assert stamp.read_text().strip() == benchmark.generator_digest()
    assert (tmp_path / "drop_1000_s3" / "truth.csv").read_text().startswith("source_line,")


def test_the_baseline_table_shows_each_model_against_an_earlier_run() -> None:
    earlier = {"records": 1000, "wall_s": 30.0, "peak_rss_mb": 500, "cpu_s": 50.0,
               "models": {"a": 2.0, "b": 1.0, "gone": 0.5}}
    now = {"records": 1000, "wall_s": 27.5, "peak_rss_mb": 450, "cpu_s": 44.0,
           "models": {"a": 1.0, "b": 1.25, "new": 0.25}}
    table = benchmark.against_baseline(now, earlier).splitlines()
    assert table[2].split() == ["wall_s", "30.00", "27.50", "-2.50"]
    assert table[4].split() == ["cpu_s", "50.00", "44.00", "-6.00"]
    assert table[5].split() == ["models,", "total", "3.50", "2.50", "-1.00"]
    # the model that changed most first; a model only one run has shows a dash
    assert table[6].split() == ["a", "2.00", "1.00", "-1.00"]
    assert ["gone", "0.50", "-", "-"] in [line.split() for line in table]
    assert ["new", "-", "0.25", "-"] in [line.split() for line in table]
