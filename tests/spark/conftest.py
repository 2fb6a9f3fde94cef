"""Builds of the sample drop on DuckDB and on Spark, shared by the tests of tests/spark.

`make test-spark` runs these (CI runs it after `make test`): they need `make install` (.venv)
and `make install-spark` (.venv-spark, Java 17). Each build gets its own warehouse, output
folder and dbt target folder under pytest's temporary directory, so nothing here touches the
project's own warehouse/ or output/. The two builds run side by side.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DBT = ROOT / ".venv" / "bin" / "dbt"
SPARK_PYTHON = ROOT / ".venv-spark" / "bin" / "python"
SAMPLE_VARS = "coding_date: '2026-11-20', mailer_id: '123456', service_type_id: '040'"


@dataclass
class Build:
    engine: str
    output_dir: Path
    target_dir: Path
    warehouse: Path
    returncode: int
    log: str


def spark_env(warehouse: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "DO_NOT_TRACK": "1", "DBT_PROFILES_DIR": str(ROOT),
            "DROP_HYGIENE_SPARK_WAREHOUSE": str(warehouse), **extra}


def start_build(engine: str, base: Path, vars_: str, select: str | None = None,
                extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen, Build]:
    """Start `dbt build` of the project on one engine; with `select`, only those nodes and the data
    tests all of whose inputs they include (cautious indirect selection: a reconciliation test
    that also reads the marts is left out)."""
    output_dir, target_dir = base / "output", base / "target"
    warehouse = base / "warehouse"
    warehouse.mkdir(parents=True, exist_ok=True)
    args = ["build", "--vars", "{" + vars_ + f", output_dir: '{output_dir}'" + "}",
            "--target-path", str(target_dir), "--log-path", str(base / "logs")]
    if select:
        args += ["--select", select, "--indirect-selection", "cautious"]
    if engine == "spark":
        command = [str(SPARK_PYTHON), str(ROOT / "scripts" / "run_on_spark.py"), *args, "--target", "spark"]
        env = spark_env(warehouse, **(extra_env or {}))
    else:
        command = [str(DBT), *args]
        env = {**os.environ, "DO_NOT_TRACK": "1", "DBT_PROFILES_DIR": str(ROOT),
               "DROP_HYGIENE_WAREHOUSE": str(warehouse / "drop_hygiene.duckdb"), **(extra_env or {})}
    log = open(base / "build.log", "w")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    return process, Build(engine, output_dir, target_dir, warehouse, -1, str(base / "build.log"))


def finish(process: subprocess.Popen, build: Build) -> Build:
    build.returncode = process.wait(timeout=3600)
    build.log = Path(build.log).read_text(errors="replace")
    return build


@pytest.fixture(scope="session")
def sample_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Build]:
    """The sample drop built on both engines (every unit test and data test included)."""
    if not SPARK_PYTHON.exists() or not DBT.exists():
        pytest.fail("tests/spark need `make install` and `make install-spark` first", pytrace=False)
    base = tmp_path_factory.mktemp("sample_on_both")
    started = {engine: start_build(engine, base / engine, SAMPLE_VARS) for engine in ("duckdb", "spark")}
    builds = {engine: finish(*pair) for engine, pair in started.items()}
    for engine, build in builds.items():
        if build.returncode != 0:
            sys.stderr.write(build.log[-20000:])
    return builds
