"""Everything that reads the one `dbt build` of the bundled sample drop (conftest's sample_build,
made once per session on the command line): its outcomes against the truth its generator planted,
the manifest and exports reconciling, each reconciliation check and date rule failing the build
by name when broken (on a private copy), the docs, and the release. The drop log across reruns,
a failed build and a proof run is in test_drop_release.py."""
from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from conftest import MAIL_LIST_HEADER, PROJECT, SAMPLE, DbtRun, copy_build, in_process_dbt, page_of, run_dbt


# ----- The sample drop against the outcomes its generator planted

def test_every_planted_outcome_is_found(sample_build) -> None:
    rows = sample_build.query(f"""
        select t.source_line, t.planted_outcome, coalesce(o.reason_code, 'MAILED') as got,
               t.survivor_record_id, o.survivor_record_id
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        left join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
    """)
    assert len(rows) == 5000
    assert {r[1] for r in rows} >= {"NCOA_MOVED_NO_FORWARD", "SUPPRESS_DMA", "SUPPRESS_PRISON", "DEDUPE_HOUSEHOLD"}
    # a sound drop raises no warning (a source over the DPV threshold, reference files that code few)
    assert "warning(s):" not in sample_build.output
    assert [r for r in rows if r[1] != r[2]] == []
    # each removed duplicate names the survivor the generator planted
    assert [r for r in rows if r[3] != r[4]] == []


def test_rerouted_movers_go_to_their_new_address(sample_build) -> None:
    rows = sample_build.query(f"""
        select o.ncoa_rerouted, o.reason_code, o.zip5 || o.zip4 || o.delivery_point = t.new_zip5 || t.new_zip4 || t.new_delivery_point
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.note = 'ncoa_rerouted'
    """)
    assert len(rows) > 100
    assert set(rows) == {(True, None, True)}


def test_mailed_records_get_the_planted_zip4_delivery_point_and_dpv_code(sample_build) -> None:
    rows = sample_build.query(f"""
        select t.source_line, t.zip5 || t.zip4 || t.delivery_point, o.zip5 || o.zip4 || o.delivery_point,
               t.expected_dpv_code, o.dpv_code
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.planted_outcome = 'MAILED' and coalesce(t.note, '') not in ('ncoa_rerouted', 'analyst_corrected')
    """)
    assert len(rows) > 3500
    assert [r for r in rows if r[1] != r[2] or r[3] != r[4]] == []


def test_corrections_are_flagged(sample_build) -> None:
    got = dict(sample_build.query(f"""
        select t.note, count(*) filter (where o.is_zip_corrected or o.is_street_corrected or o.is_analyst_corrected)
               * 1.0 / count(*)
        from read_csv('{SAMPLE}/truth.csv', all_varchar = true) as t
        join intermediate.int_mail_list__outcomes as o on o.source_line = cast(t.source_line as bigint)
        where t.note in ('zip_missing', 'zip_wrong', 'street_misspelled', 'analyst_corrected')
        group by 1
    """))
    assert got == {"zip_missing": 1.0, "zip_wrong": 1.0, "street_misspelled": 1.0, "analyst_corrected": 1.0}


def test_rejections_carry_delivery_line_and_suggestions(sample_build) -> None:
    rows = dict(sample_build.query("""
        select reason_code, count(*) filter (where delivery_line is null) from marts.rejected_records
        where step in ('cass', 'dpv') group by 1
    """))
    assert rows["CASS_UNPARSEABLE"] > 0  # nothing to standardize there
    assert rows["CASS_NOT_CODED"] == 0 and rows["DPV_NOT_CONFIRMED"] == 0 and rows["DPV_VACANT"] == 0
    suggestions = sample_build.query("""
        select count(*), count(suggested_correction) from marts.rejected_records where reason_code = 'DPV_NOT_CONFIRMED'
    """)[0]
    assert suggestions[0] > 0 and suggestions[0] == suggestions[1]


# ----- The drop cannot go to press unless it reconciles: the manifest and the exports agree with the
# tables, and every date-currency rule holds. Each check is shown failing the build, by name.

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
    return copy_build(sample_build, tmp_path), sample_build


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
        ("primary_key_mail_ready_household_key",
         "update marts.mail_ready set household_key = (select min(household_key) from marts.mail_ready) "
         "where record_id = (select max(record_id) from marts.mail_ready)"),
        # a piece that lost its record id (the key's test finds the empty key as well as a repeat)
        ("primary_key_mail_ready_record_id",
         "update marts.mail_ready set record_id = null where record_id = (select min(record_id) from marts.mail_ready)"),
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
    run = run_dbt(tmp, "build", SAMPLE, select="int_drop__settings int_drop__output_directory date_currency_checks")
    assert run.returncode != 0
    assert "Failure in test date_rule_date_list_processed_is_coding_date" in run.output


def lose_the_last_piece(lines: list[str]) -> list[str]:
    return lines[:-1]


def swap_two_pieces(lines: list[str]) -> list[str]:
    return [lines[0], lines[2], lines[1], *lines[3:]]


def rewrite_parquet(path: Path, edit) -> None:
    """Write the Parquet file again with its rows edited as edit() edits a list of lines."""
    with duckdb.connect() as con:
        con.execute(f"create table placed as select *, row_number() over () as file_row from read_parquet('{path}')")
        (count,) = con.execute("select count(*) from placed").fetchone()
        rows = edit(list(range(1, count + 1)))
        con.execute("create table edited_order as select unnest($rows) as file_row, unnest(range(len($rows))) as place",
                    {"rows": rows})
        con.execute(f"copy (select placed.* exclude (file_row) from placed join edited_order using (file_row) "
                    f"order by edited_order.place) to '{path}' (format parquet)")


@pytest.mark.parametrize(("file_name", "edit"), [("mail_ready.csv", lose_the_last_piece),
                                                  ("mail_ready.csv", swap_two_pieces),
                                                  ("mail_ready.parquet", swap_two_pieces)])
def test_an_edited_mail_file_fails_the_mail_file_test(built_copy: tuple[Path, DbtRun], file_name: str, edit) -> None:
    """Each mail file is read back once, for its records and their order (the printer's files)."""
    tmp, _ = built_copy
    mail_file = tmp / "output" / file_name
    test_name = "assert_mail_file_in_mail_order"
    clean = run_dbt(tmp, "test", SAMPLE, select=test_name)
    assert clean.returncode == 0, clean.output[-2000:]
    if file_name.endswith(".csv"):
        lines = mail_file.read_text(encoding="utf-8").splitlines()
        mail_file.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    else:
        rewrite_parquet(mail_file, edit)
    run = run_dbt(tmp, "test", SAMPLE, select=test_name)
    assert run.returncode != 0
    assert f"Failure in test {test_name}" in run.output


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
    copy_build(sample_build, tmp_path)
    run = run_dbt(tmp_path, "build", SAMPLE, extra_vars=drop_vars,
                  select="int_drop__settings int_drop__output_directory date_currency_checks")
    assert run.returncode != 0
    assert f"Failure in test date_rule_{rule}" in run.output
    rows = run.query(f"select passes, message from marts.date_currency_checks where rule_name = '{rule}'")
    assert rows[0][0] is False and rule in rows[0][1] and dates in rows[0][1]


def test_source_quality_flags_a_source_above_the_threshold(built_copy: tuple[Path, DbtRun], chromium: Any) -> None:
    tmp, sample = built_copy
    rates = dict(sample.query("select list_source, dpv_not_confirmed_rate from marts.source_quality"))
    assert sample.query("select count(*) from marts.source_quality where is_flagged") == [(0,)]  # default 0.05
    top, second = sorted(rates.values())[-1], sorted(rates.values())[-2]
    threshold = round((top + second) / 2, 6)  # exactly one source is above it
    run = run_dbt(tmp, "build", SAMPLE, extra_vars={"source_dpv_failure_threshold": str(threshold)},
                  select="int_drop__settings int_drop__output_directory source_quality")
    assert run.returncode == 0, run.output[-2000:]
    flagged = run.query("select list_source from marts.source_quality where is_flagged")
    assert flagged == [(max(rates, key=rates.get),)]
    # the build warns, naming the source, and goes on
    warning = next(line for line in run.output.splitlines() if "test warn_sources_above_dpv_failure_threshold: " in line)
    assert f"1 rows (list_source={flagged[0][0]}," in warning and "send the source's owner its lines" in warning
    # every source above the threshold: the reference files are the likelier cause, and it says so
    run = run_dbt(tmp, "build", SAMPLE, extra_vars={"source_dpv_failure_threshold": "0"},
                  select="int_drop__settings int_drop__output_directory source_quality")
    assert run.returncode == 0, run.output[-2000:]
    checked = [source for source, rate in rates.items() if rate > 0]
    assert len(checked) >= 5
    warning = next(line for line in run.output.splitlines() if "test warn_sources_above_dpv_failure_threshold: " in line)
    assert f"{len(checked)} rows (" in warning and "every source is flagged: check the reference files" in warning
    # the page the analyst approves the drop from says it too, under the build's status
    with page_of(chromium, run.output_dir / "drop_report.html") as (page, _):
        shown = page.locator("#status #warnings li").all_inner_texts()
    assert shown == [warning.strip().removeprefix("- ")]


def test_docs_generate_offline(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, _ = built_copy
    run = run_dbt(tmp, "docs generate", SAMPLE)
    assert run.returncode == 0, run.output[-2000:]
    target = in_process_dbt().target
    assert (target / "catalog.json").exists() and (target / "index.html").exists()
    catalog = (target / "catalog.json").read_text()
    assert "drop_manifest" in catalog and "printer_mail_file" in (target / "manifest.json").read_text()
    # every model, and every column it really has in the warehouse, is described; the only
    # undescribed columns allowed are the list's own extra columns, carried through as written
    manifest = json.loads((target / "manifest.json").read_text())
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


# ----- Release: files are published only when every check passed, with a manifest a printer can
# check; a failed build publishes nothing, says why, and leaves drop_log alone.

VERIFY = [sys.executable, str(PROJECT / "scripts" / "verify_release.py")]


def test_a_release_publishes_every_file_with_its_rows_and_sha256(sample_build: DbtRun) -> None:
    out = sample_build.output_dir
    manifest = json.loads((out / "release_manifest.json").read_text(encoding="utf-8"))
    assert manifest["drop_id"] == "SAMPLE-2026-12" and manifest["offer_code"] == "WINTER26"
    assert manifest["mailing_date"] == "2026-12-08" and manifest["coding_date"] == "2026-11-20"
    assert manifest["project_version"] == "drop_hygiene " + yaml.safe_load(
        (PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))["version"]
    listed = {entry["file"]: entry for entry in manifest["files"]}
    assert set(listed) == set(OUTPUT_FILES) | {"source_quality.csv", "ncoa_updates.csv", "ncoa_updates.parquet"}
    for name, entry in listed.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == entry["sha256"], name
    with open(out / "mail_ready.csv", encoding="utf-8", newline="") as f:
        assert listed["mail_ready.csv"]["rows"] == sum(1 for _ in csv.DictReader(f))
    assert listed["mail_ready.parquet"]["rows"] == sample_build.query("select count(*) from marts.mail_ready")[0][0]
    assert sorted(sample_build.query("select file_name from marts.drop_release")) == sorted((n,) for n in listed)
    assert not (out / "DROP_FAILED.txt").exists()
    assert not list(out.parent.glob(".*.pending"))  # nothing left waiting


def test_verify_release_passes_the_released_folder_and_names_an_edited_file(built_copy: tuple[Path, DbtRun]) -> None:
    tmp, _ = built_copy
    ok = subprocess.run([*VERIFY, str(tmp / "output")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    mail_file = tmp / "output" / "mail_ready.csv"
    mail_file.write_text("\n".join(mail_file.read_text(encoding="utf-8").splitlines()[:-1]) + "\n", encoding="utf-8")
    edited = subprocess.run([*VERIFY, str(tmp / "output")], capture_output=True, text=True)
    assert edited.returncode == 1
    assert "mail_ready.csv: SHA-256 differs from the release manifest" in edited.stderr
    assert "rejected_records.csv" not in edited.stderr
    help_text = subprocess.run([*VERIFY, "--help"], capture_output=True, text=True).stdout
    assert "release_manifest.json" in help_text and "Exit status" in help_text


def test_the_ncoa_update_file_lists_every_record_that_matched_a_move(sample_build: DbtRun) -> None:
    with open(SAMPLE / "truth.csv", encoding="utf-8", newline="") as f:
        truth = {t["record_id"]: t for t in csv.DictReader(f) if t["record_id"]}
    with open(sample_build.output_dir / "ncoa_updates.csv", encoding="utf-8", newline="") as f:
        updates = {r["record_id"]: r for r in csv.DictReader(f)}
    rerouted = {r for r, t in truth.items() if t["note"] == "ncoa_rerouted"}
    dropped = {r for r, t in truth.items() if t["planted_outcome"].startswith("NCOA_")}
    assert rerouted and dropped
    assert set(updates) == rerouted | dropped
    for record_id in rerouted:
        row, t = updates[record_id], truth[record_id]
        assert (row["ncoa_action"], row["return_code"]) == ("REROUTED", "A")
        assert (row["new_zip5"], row["new_zip4"]) == (t["new_zip5"], t["new_zip4"])
        assert row["old_zip5"] and row["old_delivery_line"] and row["move_type"] in ("I", "F", "B")
    for record_id in dropped:
        row, planted = updates[record_id], truth[record_id]["planted_outcome"]
        assert row["ncoa_action"] == planted
        assert row["return_code"] in (("A",) if planted == "NCOA_FORWARDING_EXPIRED" else ("01", "02", "03"))
        assert row["move_effective_date"] < "2026-11-20"
