"""scripts/run_drops.py: several drops built one after another on one parse of the project.

What a letter shop checks: each drop comes out as `dbt build` on the command line makes it, a
drop that fails is not released and stops the drops after it (unless told to keep going), and
drops that are not given as vars are named before anything runs.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from conftest import PROJECT, SAMPLE, SAMPLE_IMB_VARS, DbtRun, drop_vars, engine_env

RUN_DROPS = PROJECT / "scripts" / "run_drops.py"
# the files that go to the printer and back to the list's owner
PRINTED_FILES = ["mail_ready.csv", "rejected_records.csv", "ncoa_updates.csv", "drop_manifest.csv"]


def drop(tmp: Path, name: str, input_dir: Path = SAMPLE, **more: str) -> str:
    """One drop's vars, as run_drops.py takes them: the sample's, written to tmp/<name>."""
    return drop_vars(tmp, input_dir, {"output_dir": tmp / name, "drop_id": name, **SAMPLE_IMB_VARS, **more})


def run_drops(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    """run_drops.py as a user runs it from tmp, its warehouse, dbt's target and log folders in tmp."""
    env = {**os.environ, **engine_env(tmp), "DBT_TARGET_PATH": str(tmp / "target"), "DBT_LOG_PATH": str(tmp / "logs")}
    return subprocess.run([sys.executable, str(RUN_DROPS), *args], env=env, capture_output=True, text=True,
                          timeout=900, cwd=tmp)


def test_help_says_what_it_does() -> None:
    done = subprocess.run([sys.executable, str(RUN_DROPS), "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "one process, parsing the project once" in done.stdout
    assert "--keep-going" in done.stdout and "--file" in done.stdout


def test_drops_that_are_not_vars_are_named_before_anything_runs(tmp_path: Path) -> None:
    listed = tmp_path / "drops.yml"
    listed.write_text("input_dir: sample_drop\n", encoding="utf-8")
    for args, named in [(["[1, 2]"], "drop 1 ('[1, 2]') is not a mapping of vars"),
                        (["{input_dir: sample_drop}", "{input_dir: ["], "drop 2 ('{input_dir: [') is not YAML"),
                        (["--file", str(listed)], f"--file {listed} must hold a YAML list of drops"),
                        ([], "no drop given")]:
        done = run_drops(tmp_path, *args)
        assert done.returncode == 2, done.stderr
        assert named in done.stderr
    assert not (tmp_path / "warehouse.duckdb").exists()


def test_a_failed_drop_stops_the_drops_after_it(tmp_path: Path) -> None:
    done = run_drops(tmp_path, "--json", "drops.json",
                     drop(tmp_path, "MISSING", input_dir=tmp_path / "no_such_folder"), drop(tmp_path, "AFTER"))
    assert done.returncode == 1
    assert "drop 1 (MISSING): FAILED: nothing of it was published" in done.stdout
    assert "drop 2 (AFTER): not built (a drop before it failed" in done.stdout
    assert "no_such_folder" in done.stdout + done.stderr
    assert not (tmp_path / "MISSING").exists() and not (tmp_path / "AFTER").exists()
    # a relative --json is taken from where the script was run, not from the project folder
    outcomes = json.loads((tmp_path / "drops.json").read_text())
    assert [(o["vars"]["drop_id"], o["released"]) for o in outcomes] == [("MISSING", False)]
    assert "no_such_folder" in outcomes[0]["error"]


def test_drops_on_one_parse_come_out_as_the_command_line_builds_them(tmp_path: Path, sample_build: DbtRun) -> None:
    """A proof run of the sample, a drop that fails, and the sample again with --keep-going: both
    sample drops are released with the files the command line's build of the sample wrote, only the
    second is in drop_log, and the run says that one drop failed."""
    outcomes = tmp_path / "drops.json"
    done = run_drops(tmp_path, "--keep-going", "--json", str(outcomes),
                     drop(tmp_path, "PROOF", log_drop="false"),
                     drop(tmp_path, "MISSING", input_dir=tmp_path / "no_such_folder"),
                     drop(tmp_path, "LOGGED"))
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-2000:]
    assert [(o["vars"]["drop_id"], o["released"]) for o in json.loads(outcomes.read_text())] == [
        ("PROOF", True), ("MISSING", False), ("LOGGED", True)]
    for name in ["PROOF", "LOGGED"]:
        for file in PRINTED_FILES:
            assert (tmp_path / name / file).read_bytes() == (sample_build.output_dir / file).read_bytes(), (name, file)
    assert not (tmp_path / "MISSING").exists()
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select distinct drop_id from marts.drop_log").fetchall() == [("LOGGED",)]
