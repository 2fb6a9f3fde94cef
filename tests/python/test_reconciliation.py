"""The build fails, naming the test, when the outputs stop reconciling with the list."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import make_drop, run_dbt

LINES = [
    "R1,Ann,,Lee,,,1 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,",
    "R2,Bob,,Kim,,,2 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,",
    "R2,Bob,,Kim,,,2 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,",
    ",Cy,,Wu,,,3 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,",
    # lines 6 and 7: one record, its company written over two lines in a quoted field
    'R3,Dee,,Fox,,"Acme',
    'West",5 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,',
]
TEST = "assert_every_list_line_is_mailed_or_rejected"


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small drop built once; the test passes on it as built."""
    tmp = tmp_path_factory.mktemp("reconciliation")
    drop = make_drop(tmp / "drop", LINES)
    run = run_dbt(tmp, "build", drop, select="+drop_release")
    assert run.returncode == 0, run.output[-3000:]
    run = run_dbt(tmp, "test", drop, select=TEST)
    assert run.returncode == 0 and f"PASS {TEST}" in run.output, run.output[-3000:]
    return tmp


@pytest.fixture()
def built(clean_build: Path, tmp_path: Path) -> Path:
    """A private copy of the clean build (warehouse and drop folder) to break."""
    shutil.copy(clean_build / "warehouse.duckdb", tmp_path / "warehouse.duckdb")
    shutil.copytree(clean_build / "drop", tmp_path / "drop")
    return tmp_path / "drop"


def assert_fails_after(built: Path, tmp_path: Path, test: str, statement: str) -> None:
    """The named test fails on the private copy of the build once the statement has changed it."""
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute(statement)
    run = run_dbt(tmp_path, "test", built, select=test)
    assert run.returncode != 0
    assert f"Failure in test {test}" in run.output


def test_a_line_lost_between_steps_fails_the_build(built: Path, tmp_path: Path) -> None:
    assert_fails_after(built, tmp_path, TEST, "delete from marts.rejected_records where source_line = 4")


def test_a_line_counted_twice_fails_the_build(built: Path, tmp_path: Path) -> None:
    assert_fails_after(built, tmp_path, TEST,
                       "insert into marts.rejected_records (source_line, reason_code, step) values (2, 'SUPPRESS_DMA', "
                       "'external_suppression')")


def test_a_line_added_to_the_file_after_the_build_fails(built: Path, tmp_path: Path) -> None:
    drop = built
    with open(drop / "mail_list.csv", "a", encoding="utf-8") as f:
        f.write("R9,Di,,Ng,,,9 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,\n")
    run = run_dbt(tmp_path, "test", drop, select=TEST)
    assert run.returncode != 0
    assert f"Failure in test {TEST}" in run.output


def test_a_record_cut_short_of_its_lines_fails_the_build(built: Path, tmp_path: Path) -> None:
    drop = built
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        assert con.execute("select record_id, last_line, company from intermediate.int_mail_list__intake "
                           "where source_line = 6").fetchall() == [("R3", 7, "Acme\nWest")]
        # read as its first line alone: line 7 is then in no output
        con.execute("update intermediate.int_mail_list__intake set last_line = 6 where source_line = 6")
    run = run_dbt(tmp_path, "test", drop, select=TEST)
    assert run.returncode != 0
    assert f"Failure in test {TEST}" in run.output


KEY_TEST = "list_record_key_int_mail_list__ncoa_source_line"


def test_a_step_that_doubles_a_record_fails_its_key_test(built: Path, tmp_path: Path) -> None:
    assert_fails_after(built, tmp_path, KEY_TEST, "insert into intermediate.int_mail_list__ncoa "
                       "select * from intermediate.int_mail_list__ncoa where source_line = 2")


def test_a_step_with_more_rows_than_the_list_has_lines_fails_its_key_test(built: Path, tmp_path: Path) -> None:
    """Six data lines, five records (lines 6 and 7 are one): two rows more, under keys of their own, are
    seven rows for six lines. One more row (six) would still fit the count, and is not asked about."""
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        assert con.execute("select count(*) from intermediate.int_mail_list__ncoa").fetchone() == (5,)
    assert_fails_after(built, tmp_path, KEY_TEST,
                       "insert into intermediate.int_mail_list__ncoa (source_line) values (900), (901)")


def test_the_key_test_passes_on_the_build(built: Path, tmp_path: Path) -> None:
    run = run_dbt(tmp_path, "test", built, select=KEY_TEST)
    assert run.returncode == 0 and f"PASS {KEY_TEST}" in run.output, run.output[-3000:]
