"""A warehouse held open by another process is named before dbt fails on the lock."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import PROJECT

SCRIPT = PROJECT / "scripts" / "check_warehouse.py"


def run_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--warehouse", str(path)], capture_output=True, text=True,
                          timeout=60)


def test_a_free_or_missing_warehouse_passes(tmp_path: Path) -> None:
    assert run_check(tmp_path / "not_yet.duckdb").returncode == 0
    duckdb.connect(str(tmp_path / "free.duckdb")).close()
    assert run_check(tmp_path / "free.duckdb").returncode == 0


def test_a_warehouse_held_by_another_process_is_named(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); "
                               "print('open', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        done = run_check(path)
        assert done.returncode == 1
        assert f"The warehouse {path} is open in another process" in done.stderr
        assert "close the DuckDB CLI" in done.stderr
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.2)
    assert run_check(path).returncode == 0
