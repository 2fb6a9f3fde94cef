"""The drop cannot go to press unless it reconciles: the manifest and the exports agree with the
tables, and every date-currency rule holds. Each check is shown failing the build, by name."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import MAIL_LIST_HEADER, PROJECT, SAMPLE, DbtRun, run_dbt

OUTPUT_FILES = ["mail_ready.csv", "mail_ready.parquet", "rejected_records.csv", "drop_manifest.csv", "cass_summary.csv",
                "date_currency_checks.csv"]


def test_a_build_writes_all_six_files_and_the_manifest_reconciles_with_them(sample_build: DbtRun) -> None:
    for name in OUTPUT_FILES:
        assert (sample_build.output_dir / name).exists(), name
    with open(sample_build.output_dir / "drop_manifest.csv", encoding="utf-8", newline="") as f:
        manifest = {row["step"]: row for row in csv.DictReader(f)}
    steps = ["intake", "ncoa", "cass", "dpv", "external_suppression", "internal_suppression", "dedupe"]
    assert list(manifest) == steps + ["total"]
    for before, after in zip(steps, steps[1:]):
        assert manifest[before]["records_out"] == manifest[after]["records_in"]
    with open(sample_build.output_dir / "mail_ready.csv", encoding="utf-8", newline="") as f:
        mailed = sum(1 for _ in csv.DictReader(f))
    with open(sample_build.output_dir / "rejected_records.csv", encoding="utf-8", newline="") as f:
        rejected = sum(1 for _ in csv.DictReader(f))
    lines = sum(1 for _ in open(SAMPLE / "mail_list.csv", encoding="utf-8")) - 1
    assert int(manifest["intake"]["records_in"]) == lines == mailed + rejected
    assert int(manifest["dedupe"]["records_out"]) == mailed
    assert int(manifest["total"]["removed"]) == rejected
    assert float(manifest["total"]["removed_cost_usd"]) == pytest.approx(rejected * 0.65)


@pytest.fixture()
def built_copy(tmp_path: Path, sample_build: DbtRun) -> tuple[Path, DbtRun]:
    """A private copy of the sample build's warehouse and output, to tamper with."""
    shutil.copy(sample_build.warehouse, tmp_path / "warehouse.duckdb")
    shutil.copytree(sample_build.output_dir, tmp_path / "output")
    return tmp_path, sample_build


def tampered_test(tmp: Path, test_name: str, sql: str | None = None) -> DbtRun:
    if sql:
        with duckdb.connect(str(tmp / "warehouse.duckdb")) as con:
            con.execute(sql)
    return run_dbt(tmp, "test", SAMPLE, select=test_name)


@pytest.mark.parametrize(
    ("test_name", "sql"),
    [
        ("assert_manifest_steps_flow", "update marts.drop_manifest set removed = removed + 1 where step = 'cass'"),
        ("assert_manifest_steps_flow",
         "update marts.drop_manifest set records_in = records_in - 1, records_out = records_out - 1 where step = 'dpv'"),
        ("assert_manifest_steps_flow", "delete from marts.mail_ready where record_id = (select min(record_id) from marts.mail_ready)"),
        ("assert_every_list_line_is_mailed_or_rejected",
         "delete from marts.rejected_records where source_line = (select min(source_line) from marts.rejected_records)"),
        ("assert_exports_match_tables",
         "delete from marts.rejected_records where source_line = (select max(source_line) from marts.rejected_records)"),
        # a reason code that is not one of SPEC's
        ("relationships_rejected_records_reason_code__reason_code__ref_reason_codes_",
         "update marts.rejected_records set reason_code = 'SUPPRESS_BECAUSE_I_SAID_SO' "
         "where source_line = (select min(source_line) from marts.rejected_records)"),
        # two pieces for one household
        ("unique_mail_ready_household_key",
         "update marts.mail_ready set household_key = (select min(household_key) from marts.mail_ready) "
         "where record_id = (select max(record_id) from marts.mail_ready)"),
        # a barcode whose check digit does not check
        ("valid_dpbc_check_digit_mail_ready_check_digit",
         "update marts.mail_ready set check_digit = (cast(check_digit as integer) + 1) % 10 "
         "where record_id = (select min(record_id) from marts.mail_ready)"),
    ],
)
def test_tampered_data_fails_the_named_test(built_copy: tuple[Path, DbtRun], test_name: str, sql: str) -> None:
    tmp, _ = built_copy
    clean = run_dbt(tmp, "test", SAMPLE, select=test_name)
    assert clean.returncode == 0, clean.output[-2000:]
    run = tampered_test(tmp, test_name, sql)
    assert run.returncode != 0
    assert f"Failure in test {test_name}" in run.output


def test_a_3553_summary_that_misreports_b2_fails_the_build(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, _ = built_copy
    with duckdb.connect(str(tmp / "warehouse.duckdb")) as con:
        con.execute("update marts.cass_summary set date_list_processed = date '2026-11-19'")
    run = run_dbt(tmp, "build", SAMPLE, select="int_drop__output_directory date_currency_checks")
    assert run.returncode != 0
    assert "Failure in test date_rule_date_list_processed_is_coding_date" in run.output


def test_an_edited_mail_file_fails_the_export_test(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, _ = built_copy
    mail_file = tmp / "output" / "mail_ready.csv"
    lines = mail_file.read_text(encoding="utf-8").splitlines()
    mail_file.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # the printer lost a piece
    run = run_dbt(tmp, "test", SAMPLE, select="assert_exports_match_tables")
    assert run.returncode != 0
    assert "Failure in test assert_exports_match_tables" in run.output


@pytest.mark.parametrize(
    ("rule", "drop_vars", "dates"),
    [
        ("reference_current", {"coding_date": "2027-02-15", "mailing_date": "2027-02-20"}, "2027-02-15"),
        ("mailing_within_days_of_coding", {"mailing_date": "2027-02-19"}, "2027-02-19"),
        ("carrier_route_info_within_90_days", {"carrier_route_info_date": "2026-09-08"}, "2026-09-08"),
        ("delivery_stop_info_current_105_days", {"carrier_route_info_date": "2026-08-06",
                                                 "mailing_date": "2026-11-04"}, "2026-08-06"),
        ("ncoa_within_move_update_days", {"ncoa_processed_date": "2026-09-03"}, "2026-09-03"),
    ],
)
def test_a_broken_date_rule_fails_the_build_and_names_the_rule(sample_build: DbtRun, tmp_path: Path, rule: str,
                                                              drop_vars: dict, dates: str) -> None:
    shutil.copy(sample_build.warehouse, tmp_path / "warehouse.duckdb")
    run = run_dbt(tmp_path, "build", SAMPLE, extra_vars=drop_vars, select="int_drop__output_directory date_currency_checks")
    assert run.returncode != 0
    assert f"Failure in test date_rule_{rule}" in run.output
    rows = run.query(f"select passes, message from marts.date_currency_checks where rule_name = '{rule}'")
    assert rows[0][0] is False and rule in rows[0][1] and dates in rows[0][1]


def test_source_quality_flags_a_source_above_the_threshold(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, sample = built_copy
    rates = dict(sample.query("select list_source, dpv_not_confirmed_rate from marts.source_quality"))
    assert sample.query("select count(*) from marts.source_quality where is_flagged") == [(0,)]  # default 0.05
    top, second = sorted(rates.values())[-1], sorted(rates.values())[-2]
    threshold = round((top + second) / 2, 6)  # exactly one source is above it
    run = run_dbt(tmp, "build", SAMPLE, extra_vars={"source_dpv_failure_threshold": str(threshold)},
                  select="source_quality")
    assert run.returncode == 0, run.output[-2000:]
    flagged = run.query("select list_source from marts.source_quality where is_flagged")
    assert flagged == [(max(rates, key=rates.get),)]


def test_docs_generate_offline(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, _ = built_copy
    env = dict(os.environ, DO_NOT_TRACK="1", DBT_PROFILES_DIR=str(PROJECT),
               DROP_HYGIENE_WAREHOUSE=str(tmp / "warehouse.duckdb"))
    done = subprocess.run([str(Path(sys.executable).with_name("dbt")), "docs", "generate", "--target-path",
                           str(tmp / "target"), "--vars", "{coding_date: '2026-11-20'}"],
                          cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:]
    assert (tmp / "target" / "catalog.json").exists() and (tmp / "target" / "index.html").exists()
    catalog = (tmp / "target" / "catalog.json").read_text()
    assert "drop_manifest" in catalog and "printer_mail_file" in (tmp / "target" / "manifest.json").read_text()
    # every model, and every column it really has in the warehouse, is described; the only
    # undescribed columns allowed are the list's own extra columns, carried through as written
    manifest = json.loads((tmp / "target" / "manifest.json").read_text())
    columns_in_warehouse = json.loads(catalog)["nodes"]
    with open(SAMPLE / "mail_list.csv", encoding="utf-8") as f:
        list_header = f.readline().strip().split(",")
    declared = set(MAIL_LIST_HEADER.split(","))
    extras = {name.lower() for name in list_header} - declared
    undescribed = []
    for unique_id, node in manifest["nodes"].items():
        if node["resource_type"] != "model":
            continue
        if not node["description"].strip():
            undescribed.append(unique_id)
        described = {name.lower() for name, col in node["columns"].items() if col["description"].strip()}
        for column in columns_in_warehouse.get(unique_id, {}).get("columns", {}):
            if column.lower() not in described and column.lower() not in extras:
                undescribed.append(f"{unique_id}.{column}")
    assert extras, "the sample list carries an extra column, so this test sees one"
    assert undescribed == []
