"""Bad input stops the build with one clear message naming the file, column or var."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_drop, run_dbt


def test_missing_required_file_is_named(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop")
    (drop / "zip4_ranges.csv").unlink()
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode != 0
    assert "required drop file 'zip4_ranges' is missing" in run.output
    assert "zip4_ranges.csv or zip4_ranges.parquet" in run.output


def test_missing_optional_file_reads_as_empty(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop")  # no suppression, conversion, history or correction files
    run = run_dbt(tmp_path, "build", drop, select="stg_drop__suppress_dma stg_drop__mail_history")
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select count(*) from staging.stg_drop__suppress_dma") == [(0,)]


def test_missing_required_column_names_file_and_column(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop")
    moves = (drop / "coa_moves.csv").read_text(encoding="utf-8").splitlines()
    moves[0] = moves[0].replace("move_type", "kind_of_move")
    (drop / "coa_moves.csv").write_text("\n".join(moves) + "\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode != 0
    assert "coa_moves.csv' has no column 'move_type'" in run.output


def test_header_names_are_case_insensitive(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop")
    points = (drop / "delivery_points.csv").read_text(encoding="utf-8").splitlines()
    points[0] = points[0].upper()
    (drop / "delivery_points.csv").write_text("\n".join(points) + "\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop, select="stg_drop__delivery_points")
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select count(*) > 1000, count(zip4) = count(*) from staging.stg_drop__delivery_points") == [
        (True, True)]


def test_missing_input_dir_is_named(tmp_path: Path) -> None:
    run = run_dbt(tmp_path, "build", tmp_path / "no_such_folder")
    assert run.returncode != 0
    assert "required drop file 'mail_list' is missing from input_dir" in run.output
    assert "no_such_folder" in run.output


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("mailing_date", "2026-13-45", "var 'mailing_date' = '2026-13-45' is not a date: expected YYYY-MM-DD"),
        ("mailing_date", "12/08/2026", "var 'mailing_date' = '12/08/2026' is not a date"),
        ("coding_date", "2026-02-30", "var 'coding_date' = '2026-02-30' is not a date"),
        ("dedupe_level", "street", "var 'dedupe_level' = 'street' is not one of: household, individual, address"),
        ("frequency_cap_days", "thirty", "var 'frequency_cap_days' = 'thirty' is not a whole number"),
        ("reject_vacant", "maybe", "var 'reject_vacant' = 'maybe' is not a switch: expected true or false"),
        ("piece_cost_usd", "-1", "var 'piece_cost_usd' = '-1' is not an amount"),
    ],
)
def test_malformed_var_is_named(tmp_path: Path, name: str, value: str, message: str) -> None:
    drop = make_drop(tmp_path / "drop", ["R1,A,,B,,,1 MAIN ST,,X,TX,78233,,"])
    run = run_dbt(tmp_path, "build", drop, extra_vars={name: value})
    assert run.returncode != 0
    assert message in run.output
