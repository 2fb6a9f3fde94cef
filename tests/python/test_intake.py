"""Intake loses nothing: every physical line of the list ends in the mail file or the
rejection report, with the SPEC reason code for each intake problem."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import MAIL_LIST_HEADER, make_drop, real_addresses, run_dbt

ADDRESSES = real_addresses(8)


# the list carries columns of its own, written with their own case: carried through untouched; two of
# them have the names of columns the pipeline writes (zip5 in mail_ready, source_line in rejected_records)
HEADER = MAIL_LIST_HEADER.replace("record_id", "Record_ID") + ",Segment_Code,promo,Zip5,source_line"


def good(record_id: str, k: int, first: str = "Maria", last: str = "Lopez", company: str = "") -> str:
    """A well-formed list line at the k-th real address of the sample drop, with its four extras."""
    a = ADDRESSES[k]
    return (f"{record_id},{first},,{last},,{company},{a['address_line_1']},{a['address_line_2']},{a['city']},"
            f"{a['state']},{a['zip']},ACME_DATA,,S{k},P{k},Z{k},L{k}")


LINES = [
    good("R1", 0),                                                                 # line 2: fine
    good("R9", 6, first="X" * 2_100_000),                                          # line 3: a 2.1 MB record
    'R2,"Broken,Quote,,,,1 ELM ST,,X,TX,78233,ACME_DATA,,,S,P',                     # line 4: unbalanced quote
    "R3,Too,Few",                                                                  # line 5: too few fields
    "",                                                                            # line 6: blank line
    good("", 1),                                                                   # line 7: empty record_id
    good("R1", 2),                                                                 # line 8: repeated id
    good("R7", 3, first='"Zoë ""Zo"""', last="Muñoz", company='"Acme, Inc."'),     # line 9: quoted, non-ASCII
    good("  ", 4),                                                                 # line 10: blank record_id
    good("R1", 5) + ",extra",                                                      # line 11: too many fields
    HEADER,                                                                        # line 12: the header again
]
EXPECTED = {
    3: "INTAKE_MALFORMED_ROW", 4: "INTAKE_MALFORMED_ROW", 5: "INTAKE_MALFORMED_ROW", 6: "INTAKE_MALFORMED_ROW",
    7: "INTAKE_MISSING_RECORD_ID", 8: "INTAKE_DUPLICATE_RECORD_ID", 10: "INTAKE_MISSING_RECORD_ID",
    11: "INTAKE_MALFORMED_ROW", 12: "INTAKE_MALFORMED_ROW",
}
# rejected_records.csv keeps the 2.1 MB line whole: past csv's default field limit
csv.field_size_limit(sys.maxsize)


@pytest.fixture(scope="module")
def intake_run(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("intake")
    drop = make_drop(tmp / "drop", LINES, header=HEADER)
    run = run_dbt(tmp, "build", drop, select="+drop_release")
    assert run.returncode == 0, run.output[-4000:]
    return run


def test_each_intake_problem_gets_its_reason_code(intake_run) -> None:
    got = dict(intake_run.query("select source_line, reason_code from marts.rejected_records where step = 'intake'"))
    assert got == EXPECTED


def test_malformed_lines_keep_their_raw_text(intake_run) -> None:
    raw = dict(intake_run.query(
        "select source_line, raw_line from marts.rejected_records where reason_code = 'INTAKE_MALFORMED_ROW'"))
    assert raw[4] == LINES[2] and raw[5] == "R3,Too,Few" and raw[6] is None and raw[12] == HEADER


def test_a_line_of_megabytes_is_rejected_whole_not_the_build(intake_run) -> None:
    """A damaged record 2.1 MB long (past DuckDB's reader limit of 2,000,000 bytes a line, which
    stopped the build before, printing the line) is rejected as malformed (a list's record is a few
    hundred characters; over 100,000 is not one), kept whole in the rejection report and its file,
    and the page shows the start of it."""
    [(length, record_id)] = intake_run.query("select length(raw_line), record_id from marts.rejected_records "
                                             "where source_line = 3")
    assert (length, record_id) == (len(LINES[1]), None)
    with open(intake_run.output_dir / "rejected_records.csv", encoding="utf-8", newline="") as f:
        rows = {row["source_line"]: row for row in csv.DictReader(f)}
    assert rows["3"]["raw_line"] == LINES[1]
    # the page's example shows the line's first 200 characters, not 2 MB of it
    page = (intake_run.output_dir / "drop_report.html").read_text(encoding="utf-8")
    assert "R9," + "X" * 150 in page and "X" * 300 not in page and len(page) < 500_000


def test_every_line_is_counted_once(intake_run) -> None:
    rejected = intake_run.query("select source_line from marts.rejected_records")
    mailed = intake_run.query("select record_id from marts.mail_ready order by 1")
    assert len(rejected) + len(mailed) == len(LINES)
    assert [m[0] for m in mailed] == ["R1", "R7"]


def test_first_occurrence_of_a_repeated_id_goes_on(intake_run) -> None:
    # line 2 holds the first R1; line 7 repeats it and is rejected
    assert intake_run.query("select count(*) from marts.rejected_records where source_line = 2") == [(0,)]


def test_quoted_fields_are_unquoted_and_non_ascii_names_kept(intake_run) -> None:
    # unquoted and kept as written for the printer (quotes, accents, punctuation); the match keys fold them
    row = intake_run.query("select first_name, last_name, company from marts.mail_ready where record_id = 'R7'")
    assert row == [('Zoë "Zo"', "Muñoz", "Acme, Inc.")]


def test_exports_match_the_tables(intake_run) -> None:
    out = intake_run.output_dir
    with open(out / "rejected_records.csv", encoding="utf-8", newline="") as f:
        exported = list(csv.DictReader(f))
    assert sorted(int(r["source_line"]) for r in exported) == sorted(EXPECTED)
    with open(out / "mail_ready.csv", encoding="utf-8", newline="") as f:
        assert sorted(r["record_id"] for r in csv.DictReader(f)) == ["R1", "R7"]
    parquet = duckdb.connect().execute(f"select count(*) from read_parquet('{out}/mail_ready.parquet')").fetchall()
    assert parquet == [(2,)]


def test_extra_columns_are_carried_through(intake_run) -> None:
    assert intake_run.query('select record_id, "Segment_Code", promo from marts.mail_ready order by 1') == [
        ("R1", "S0", "P0"), ("R7", "S3", "P3")]
    with open(intake_run.output_dir / "mail_ready.csv", encoding="utf-8") as f:
        assert f.readline().strip().endswith(
            '"ncoa_move_effective_date","Segment_Code","promo","list_Zip5","list_source_line"')


def test_extra_columns_named_as_the_pipelines_own_are_carried_under_names_of_their_own(intake_run) -> None:
    """A list column named as a column the pipeline writes (`Zip5`, `source_line`: names compare in any
    case) is carried as `list_<name>`, its values as written, and the pipeline's own column keeps its name
    and its values; the build warns which. Before, `source_line` came out as our line number (the list's
    values lost) and `Zip5` as `Zip5_1`."""
    assert intake_run.query('select record_id, zip5, "list_Zip5", "list_source_line" from marts.mail_ready '
                            "order by 1") == [("R1", ADDRESSES[0]["zip"][:5], "Z0", "L0"),
                                             ("R7", ADDRESSES[3]["zip"][:5], "Z3", "L3")]
    assert intake_run.query('select source_line, "list_Zip5", "list_source_line" from marts.rejected_records '
                            "where source_line in (7, 8) order by 1") == [(7, "Z1", "L1"), (8, "Z2", "L2")]
    assert ("warn_list_columns_renamed: 2 rows (column_as_written=Zip5, carried_as=list_Zip5; "
            "column_as_written=source_line, carried_as=list_source_line)") in intake_run.output


def test_an_empty_result_exports_a_header_only_file(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop", ["bad,line", ',"unbalanced'])
    run = run_dbt(tmp_path, "build", drop, select="+drop_release")
    assert run.returncode == 0, run.output[-4000:]
    text = (run.output_dir / "mail_ready.csv").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and text.startswith('"record_id"')
    assert run.query("select count(*) from marts.rejected_records") == [(2,)]
