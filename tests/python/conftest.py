"""Helpers for the end-to-end tests: make small drop folders and run dbt on them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

PROJECT = Path(__file__).resolve().parents[2]
SAMPLE = PROJECT / "sample_drop"
DBT = str(Path(sys.executable).with_name("dbt"))
REFERENCE_FILES = ["coa_moves.csv", "city_state.csv", "zip4_ranges.csv", "delivery_points.csv"]
MAIL_LIST_HEADER = ("record_id,first_name,middle_name,last_name,name_suffix,company,address_line_1,"
                    "address_line_2,city,state,zip,list_source,customer_id")


def real_addresses(count: int) -> list[dict[str, str]]:
    """Addresses of the sample drop that go to the press as they stand (planted MAILED, DPV Y,
    no mess): the fields of their mail_list line."""
    import csv

    with open(SAMPLE / "truth.csv", encoding="utf-8") as f:
        good = {int(t["source_line"]) for t in csv.DictReader(f)
                if t["planted_outcome"] == "MAILED" and t["expected_dpv_code"] == "Y" and t["note"] == ""}
    with open(SAMPLE / "mail_list.csv", encoding="utf-8", newline="") as f:
        rows = [r for line, r in enumerate(csv.DictReader(f), start=2) if line in good]
    return rows[:count]


@dataclass
class DbtRun:
    returncode: int
    output: str
    warehouse: Path
    output_dir: Path

    def query(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql).fetchall()


def make_drop(folder: Path, mail_list_lines: list[str] | None = None, header: str = MAIL_LIST_HEADER,
              optional: bool = False) -> Path:
    """A drop folder with the sample's reference files and, when given, our own mail list."""
    folder.mkdir(parents=True, exist_ok=True)
    names = REFERENCE_FILES + ([p.name for p in SAMPLE.glob("*.csv")
                                if p.name not in REFERENCE_FILES + ["mail_list.csv", "truth.csv"]] if optional else [])
    for name in names:
        shutil.copy(SAMPLE / name, folder / name)
    if mail_list_lines is None:
        shutil.copy(SAMPLE / "mail_list.csv", folder / "mail_list.csv")
    else:
        (folder / "mail_list.csv").write_text("\n".join([header, *mail_list_lines]) + "\n", encoding="utf-8")
    return folder


def run_dbt(tmp: Path, command: str, drop: Path, extra_vars: dict | None = None,
            select: str | None = None) -> DbtRun:
    """Run one dbt command on a drop, in a warehouse and target folder of its own."""
    warehouse = tmp / "warehouse.duckdb"
    output_dir = tmp / "output"
    drop_vars = {"input_dir": str(drop), "output_dir": str(output_dir), "coding_date": "2026-11-20"}
    drop_vars.update(extra_vars or {})
    rendered = "{" + ", ".join(f"{k}: '{v}'" for k, v in drop_vars.items()) + "}"
    args = [DBT, command, "--vars", rendered, "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")]
    if select:
        # run only the tests whose every parent is selected (the default would also run, say,
        # the manifest test for a selection that does not build the manifest)
        args += ["--select", select, "--indirect-selection", "cautious"]
    env = dict(os.environ, DO_NOT_TRACK="1", DBT_PROFILES_DIR=str(PROJECT),
               DROP_HYGIENE_WAREHOUSE=str(warehouse), DROP_HYGIENE_TEMP_DIR=str(tmp / "duckdb_tmp"))
    done = subprocess.run(args, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    return DbtRun(done.returncode, done.stdout + done.stderr, warehouse, output_dir)


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> DbtRun:
    """One full build of the bundled sample drop, shared by the tests that only read it."""
    tmp = tmp_path_factory.mktemp("sample_build")
    run = run_dbt(tmp, "build", SAMPLE)
    assert run.returncode == 0, run.output[-4000:]
    return run
