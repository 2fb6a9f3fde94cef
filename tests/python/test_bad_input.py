"""Bad input stops the build with one clear message naming the file, column or var."""
from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
import yaml

from conftest import make_drop, real_addresses, run_dbt


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


def test_header_names_are_read_whatever_their_case_and_spacing(tmp_path: Path) -> None:
    """A header in upper case, and a list's header spelled for people (`First Name`, `Address Line 1`,
    `Middle-Name`): each column is read as the one it names. Taken for extra columns, the names
    would be lost, and with them every suppression that matches on a name. Both files end their
    lines with a spreadsheet's trailing commas (columns with no name, which are not read); the
    list's extra columns `#` and `$` are carried through as written."""
    header = ("Record ID,First Name,Middle-Name,LAST NAME,name suffix,Company,Address Line 1,Address.Line.2,"
              "City,State,ZIP,List Source,Customer ID,#,$,,")
    drop = make_drop(tmp_path / "drop", ["R1,Ann,Q,Lee,,,1 MAIN ST,APT 2,SAN ANTONIO,TX,78233,ACME_DATA,C9,h1,d2,,"],
                     header=header)
    points = (drop / "delivery_points.csv").read_text(encoding="utf-8").splitlines()
    points = [points[0].upper() + ","] + [line + "," for line in points[1:]]
    (drop / "delivery_points.csv").write_text("\n".join(points) + "\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop, select="+stg_drop__delivery_points +int_mail_list__intake")
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select count(*) > 1000, count(zip4) = count(*) from staging.stg_drop__delivery_points") == [
        (True, True)]
    assert run.query("select record_id, first_name, middle_name, last_name, address_line_1, address_line_2, zip, "
                     "list_source, customer_id, fails_intake_malformed_row from intermediate.int_mail_list__intake") == [
        ("R1", "Ann", "Q", "Lee", "1 MAIN ST", "APT 2", "78233", "ACME_DATA", "C9", False)]
    # extra columns named with signs only are carried through, each with its own value
    assert run.query('select "#", "$" from staging.stg_drop__mail_list') == [("h1", "d2")]


def test_a_list_the_reference_files_do_not_cover_warns(tmp_path: Path) -> None:
    """Three of four records in ZIPs the reference files do not hold (another region's files):
    the checks pass, the drop goes on, and the build warns with the numbers."""
    a = real_addresses(1)[0]
    drop = make_drop(tmp_path / "drop", ["R1,Ann,,Lee,,,1 MAIN ST,,BOISE,ID,83702,ACME_DATA,",
                                         "R2,Bo,,Kim,,,2 MAIN ST,,BOISE,ID,83702,ACME_DATA,",
                                         "R3,Cy,,Orr,,,3 MAIN ST,,BOISE,ID,83702,ACME_DATA,",
                                         f"R4,Di,,Ames,,,{a['address_line_1']},{a['address_line_2']},{a['city']},"
                                         f"{a['state']},{a['zip']},ACME_DATA,"])
    run = run_dbt(tmp_path, "build", drop, select="+drop_manifest")
    assert run.returncode == 0, run.output[-3000:]
    warning = next(line for line in run.output.splitlines() if "test warn_reference_files_code_few_addresses: " in line)
    assert "records_reaching_cass=4, cass_removed=3, dpv_not_confirmed=0, share_not_coded_or_confirmed=0.75" in warning


def test_a_column_named_twice_is_named(tmp_path: Path) -> None:
    """`first_name` and `First Name` are one column written twice: the build stops, naming it."""
    drop = make_drop(tmp_path / "drop", ["R1,Ann,Lee,1 MAIN ST,78233,Ann"],
                     header="record_id,first_name,last_name,address_line_1,zip,First Name")
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode != 0
    assert "mail_list.csv' has the column 'first_name' more than once" in run.output


def test_a_repeated_move_id_fails_the_build_where_the_file_is_read(tmp_path: Path) -> None:
    # both addresses of a move are keyed by its coa_id in the address pass: a file that gives two
    # moves one id fails on the COA file's own test, naming the file's model and column
    drop = make_drop(tmp_path / "drop")
    moves = (drop / "coa_moves.csv").read_text(encoding="utf-8").splitlines()
    first_id = moves[1].split(",")[0]
    moves[2] = first_id + moves[2][moves[2].index(","):]
    (drop / "coa_moves.csv").write_text("\n".join(moves) + "\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop, select="stg_drop__coa_moves")
    assert run.returncode != 0
    assert "Failure in test primary_key_stg_drop__coa_moves_coa_id" in run.output, run.output[-3000:]
    assert "Got 1 result" in run.output


def test_a_zip_in_two_states_fails_the_build_where_the_file_is_read(tmp_path: Path) -> None:
    # a City State file may list a ZIP on several rows, one per name, but not in two states: the
    # file's own test names the ZIP, its two states and the rows they are on
    drop = make_drop(tmp_path / "drop")
    rows = (drop / "city_state.csv").read_text(encoding="utf-8").splitlines()
    zip5, city, state = rows[1].split(",")[:3]
    other = "WI" if state != "WI" else "MN"
    with (drop / "city_state.csv").open("a", encoding="utf-8") as out:
        out.write(f"{zip5},{city} HEIGHTS,{state},STANDARD,\n{zip5},{city},{other},STANDARD,\n")
    run = run_dbt(tmp_path, "build", drop, select="+stg_drop__city_state")
    assert run.returncode != 0
    assert "Failure in test city_state_zip_in_one_state" in run.output, run.output[-3000:]
    assert "Got 1 result" in run.output
    [(got_zip, states, low, high, first, last)] = run.query(
        "select zip5, values_found, lowest_value, highest_value, first_row, last_row "
        "from (select zip5, count(distinct state) as values_found, min(state) as lowest_value, max(state) as highest_value, "
        "min(source_row) as first_row, max(source_row) as last_row from staging.stg_drop__city_state group by 1) "
        "where values_found > 1")
    assert (got_zip, states, {low, high}, first) == (zip5, 2, {state, other}, 1)
    assert last == len(rows) + 1


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
        ("drop_id", "../elsewhere", "var 'drop_id' = '../elsewhere' is not a drop id"),
    ],
)
def test_malformed_var_is_named(tmp_path: Path, name: str, value: str, message: str) -> None:
    drop = make_drop(tmp_path / "drop", ["R1,A,,B,,,1 MAIN ST,,X,TX,78233,,"])
    run = run_dbt(tmp_path, "build", drop, extra_vars={name: value})
    assert run.returncode != 0
    assert message in run.output


def test_malformed_barcode_vars_are_named(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop", ["R1,A,,B,,,1 MAIN ST,,X,TX,78233,,"])
    run = run_dbt(tmp_path, "build", drop, extra_vars={"mailer_id": "912345", "barcode_id": "05",
                                                        "serial_start": "12"})
    assert run.returncode != 0
    assert "var 'mailer_id' = '912345' is not a Mailer ID: expected 6 digits not starting with 9" in run.output
    assert "var 'service_type_id' = '' is not a service type: expected 3 digits with mailer_id" in run.output
    assert "var 'barcode_id' = '05' is not a barcode identifier: expected 2 digits, the second 0-4" in run.output
    # a Mailer ID YAML read as a number (its leading zero lost) is named too
    run = run_dbt(tmp_path, "build", drop, extra_vars={"mailer_id": "12345", "service_type_id": "040"})
    assert "var 'mailer_id' = '12345' is not a Mailer ID" in run.output and "quote it" in run.output


@pytest.mark.parametrize(("given", "message"), [
    ("[mailing_date, '2027-01-12']", "DROP_HYGIENE_VARS is not a YAML mapping of drop vars"),
    ("{mailing_date: '2027-01-12'", "DROP_HYGIENE_VARS is not a YAML mapping of drop vars"),  # not YAML: unclosed
    ("{inptu_dir: /data/drop-7, drop_id: DROP-7}", "DROP_HYGIENE_VARS names 'inptu_dir', which is not a drop var"),
    ("{coding_date: '2026-11-21', drop_id: DROP-7}",
     "var 'coding_date' is given both in --vars and in DROP_HYGIENE_VARS: give each var once"),
    ("{mailing_date: next week}", "var 'mailing_date' = 'next week' is not a date"),
])
def test_a_malformed_drop_hygiene_vars_is_named(tmp_path: Path, given: str, message: str) -> None:
    """The drop's vars given in the environment (README, "Running your own drop") are checked as
    --vars are, and a var given both ways is refused: the build stops before it writes anything."""
    drop = make_drop(tmp_path / "drop", ["R1,A,,B,,,1 MAIN ST,,X,TX,78233,,"])
    run = run_dbt(tmp_path, "build", drop, environment={"DROP_HYGIENE_VARS": given})
    assert run.returncode != 0
    assert message in run.output, run.output[-3000:]
    assert not (tmp_path / "output").exists()


def test_an_unwritable_output_dir_stops_the_build_before_the_drop_is_read(tmp_path: Path) -> None:
    """Only the list's physical lines are read beside the folder check (reading them writes
    nothing; they start the build's longest chain): no other drop file is read, and nothing is
    split into fields, checked or standardized."""
    drop = make_drop(tmp_path / "drop")
    (tmp_path / "a_file").write_text("not a folder\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop, extra_vars={"output_dir": str(tmp_path / "a_file" / "out")})
    assert run.returncode != 0
    assert f"var output_dir: cannot write to the output folder '{tmp_path / 'a_file' / 'out'}'" in run.output
    assert "NOT RELEASED" in run.output
    tables = {name for (name,) in run.query("select table_name from information_schema.tables")}
    read = {name for name in tables if name.startswith(("stg_", "int_mail_list", "int_addresses"))}
    assert "int_drop__settings" in tables and read <= {"stg_drop__mail_list_lines"}, tables


@pytest.mark.parametrize("given_in", ["--vars", "DROP_HYGIENE_VARS"])
def test_vars_are_data_not_sql(tmp_path: Path, given_in: str) -> None:
    """Quotes, semicolons and SQL in the drop's vars are taken literally, given in --vars or in
    DROP_HYGIENE_VARS: the drop is released under that id, and no statement of theirs runs."""
    a = real_addresses(1)[0]
    line = f"R1,Ann,,Lee,,,{a['address_line_1']},{a['address_line_2']},{a['city']},{a['state']},{a['zip']},ACME_DATA,"
    drop = make_drop(tmp_path / "drop 'quoted'; folder", [line])
    drop_id = "O'Brien'); create table main.pwned as select 1; --"
    offer = "X'; drop table marts.drop_log; --"
    out = tmp_path / "out 'q'; dir"
    named = {"drop_id": drop_id, "offer_code": offer}
    if given_in == "--vars":
        run = run_dbt(tmp_path, "build", drop, extra_vars={**named, "output_dir": str(out)})
    else:
        given = yaml.safe_dump(named, default_flow_style=True, width=10_000)
        run = run_dbt(tmp_path, "build", drop, extra_vars={"output_dir": str(out)},
                      environment={"DROP_HYGIENE_VARS": given})
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select count(*) from information_schema.tables where table_name = 'pwned'") == [(0,)]
    assert run.query("select drop_id, offer_code, record_id from marts.drop_log") == [(drop_id, offer.upper(), "R1")]
    assert (out / "mail_ready.csv").exists()
    assert '"drop_id": "O\'Brien\'); create table main.pwned as select 1; --"' in (out / "release_manifest.json").read_text()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty: expected a header row"),
    (b"record_id;first_name;last_name;address_line_1\nR1;Ann;Lee;1 MAIN ST\n", "separates its columns with semicolons"),
    (b"record_id\tfirst_name\taddress_line_1\nR1\tAnn\t1 MAIN ST\n", "separates its columns with tabs"),
    # Excel's separator hint before the header
    (b"sep=,\nrecord_id,first_name,address_line_1\nR1,Ann,1 MAIN ST\n", "starts with a spreadsheet's separator line"),
    # Excel's "Unicode Text": UTF-16 with its byte order mark, tab-separated; and a UTF-16 CSV without one
    ("record_id\tfirst_name\taddress_line_1\r\nR1\tAnn\t1 MAIN ST\r\n".encode("utf-16"), "is UTF-16 text"),
    ("record_id,first_name,address_line_1\nR1,Ann,1 MAIN ST\n".encode("utf-16-be"), "is UTF-16 text"),
])
def test_an_empty_file_and_a_wrong_separator_are_named(tmp_path: Path, content: bytes, message: str) -> None:
    drop = make_drop(tmp_path / "drop")
    (drop / "mail_list.csv").write_bytes(content)
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode != 0
    assert f"drop file '{drop / 'mail_list.csv'}' {message}" in run.output


def test_a_bad_line_in_a_reference_file_is_named_with_its_line_number(tmp_path: Path) -> None:
    drop = make_drop(tmp_path / "drop", ["R1,Ann,,Lee,,,1 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,"])
    ranges = (drop / "zip4_ranges.csv").read_text(encoding="utf-8").splitlines()
    ranges[4] = ranges[4] + ',"unbalanced'  # line 5 of the file
    (drop / "zip4_ranges.csv").write_text("\n".join(ranges) + "\n", encoding="utf-8")
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode != 0
    assert "drop file zip4_ranges (model stg_drop__zip4_ranges)" in run.output
    assert "CSV Error on Line: 5" in run.output


def test_a_value_the_checklist_cannot_read_is_named_with_its_row(tmp_path: Path) -> None:
    """A move month, move type or date that a step could not read would drop out of its step unseen
    (the mover mailed at the old address, the converted customer mailed again), and so would a
    reference file's flag or code (a vacant point mailed, a segment on the wrong side of the street):
    the build stops, naming the file, the column, the row and the value."""
    drop = make_drop(tmp_path / "drop", ["R1,Ann,,Lee,,,1 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,"], optional=True)

    def rewrite(name: str, row: int, column: str, value: str) -> None:
        path = drop / name
        rows = list(csv.DictReader(path.open(newline="", encoding="utf-8")))
        rows[row - 1][column] = value
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    rewrite("coa_moves.csv", 5, "move_effective_month", "03/15/2025")
    rewrite("coa_moves.csv", 7, "move_type", "X")
    rewrite("coa_moves.csv", 8, "coa_status", "moved")
    rewrite("crm_conversions.csv", 2, "converted_on", "10/07/2026")
    rewrite("mail_history.csv", 3, "mailed_on", "")
    # a reference file's codes and flags: an occupied point read for a vacant one, a segment read
    # on the wrong side of the street or of no type at all
    rewrite("delivery_points.csv", 4, "vacant", "maybe")
    rewrite("delivery_points.csv", 6, "cmra", "Unknown")
    rewrite("zip4_ranges.csv", 2, "primary_parity", "X")
    rewrite("zip4_ranges.csv", 3, "record_type", "Q")
    rewrite("city_state.csv", 2, "zip_type", "rural")
    run = run_dbt(tmp_path, "build", drop,
                  select="stg_drop__coa_moves stg_drop__crm_conversions stg_drop__mail_history "
                         "+stg_drop__delivery_points +stg_drop__zip4_ranges +stg_drop__city_state")
    assert run.returncode != 0
    for check, named in [
        ("crm_conversions_converted_on_written_in_form", "source_row=2, value_as_written=10/07/2026, expected_form=a date"),
        ("mail_history_mailed_on_written_in_form", "source_row=3, value_as_written=None, expected_form=a date"),
        ("city_state_zip_type_written_in_form", "source_row=2, value_as_written=rural, expected_form=STANDARD"),
    ]:
        assert f"test {check}: 1 failing rows ({named}" in run.output, (check, run.output[-3000:])
    # a file's codes are checked in one test, each failing value named with its column
    for check, failing, named in [
        ("coa_moves_codes_written_in_form", 3,
         ["source_row=5, column_name=move_effective_month, value_as_written=03/15/2025, expected_form=YYYY-MM, YYYYMM, MM/YYYY or a date (YYYY-MM-DD, YYYYMMDD)",
          "source_row=7, column_name=move_type, value_as_written=X, expected_form=I, F or B",
          "source_row=8, column_name=coa_status, value_as_written=moved"]),
        ("delivery_points_flags_written_in_form", 2,
         ["source_row=4, column_name=vacant, value_as_written=maybe, expected_form=Y or N",
          "source_row=6, column_name=cmra, value_as_written=Unknown, expected_form=Y or N"]),
        ("zip4_ranges_codes_written_in_form", 2,
         ["source_row=3, column_name=record_type, value_as_written=Q, expected_form=S, H, P, R, F or G",
          "source_row=2, column_name=primary_parity, value_as_written=X, expected_form=O, E or B"]),
    ]:
        line = next(line for line in run.output.splitlines() if f"test {check}: {failing} failing rows (" in line)
        assert all(row in line for row in named), (line, named)


def test_dates_with_a_time_and_either_case_of_a_code_are_read(tmp_path: Path) -> None:
    """What the checklist can read passes: a date with its time (a CRM's timestamp export, with a
    T and a zone too), a date as eight digits (YYYYMMDD, as bureaus and USPS write dates), a move
    type and status in lower case, a move month written YYYYMM or as the whole date of its first
    day (a DATE column written out)."""
    drop = make_drop(tmp_path / "drop", ["R1,Ann,,Lee,,,1 MAIN ST,,SAN ANTONIO,TX,78233,ACME_DATA,"], optional=True)
    conversions = (drop / "crm_conversions.csv").read_text(encoding="utf-8").splitlines()
    # and US exports' month-first dates, which the 20th tells from day-first ones in the same file
    for row, written in [(1, "2026-10-07 14:03:00"), (2, "20261008"), (3, "2026-10-09T23:59:59Z"),
                         (4, "11/20/2026"), (5, "3/5/2026")]:
        conversions[row] = conversions[row].rsplit(",", 1)[0] + "," + written
    (drop / "crm_conversions.csv").write_text("\n".join(conversions) + "\n", encoding="utf-8")
    history = (drop / "mail_history.csv").read_text(encoding="utf-8").splitlines()
    history[1] = history[1].replace(",2026-11-25,", ",20261125,")
    # a file whose dates are day first, as the 25th shows (the offer and drop id after the date)
    assert history[2].count(",2026-") == 1, history[2]
    date = history[2].split(",2026-")[1][:5]
    history[2] = history[2].replace(f",2026-{date},", f",{int(date[3:])}/{int(date[:2])}/2026,")
    history[3] = history[3].replace("," + history[3].split(",")[-2] + ",", ",25/11/2026,")
    (drop / "mail_history.csv").write_text("\n".join(history) + "\n", encoding="utf-8")
    moves = list(csv.DictReader((drop / "coa_moves.csv").open(newline="", encoding="utf-8")))
    moves[0].update(move_type=moves[0]["move_type"].lower(), coa_status=moves[0]["coa_status"].upper(),
                    move_effective_month=moves[0]["move_effective_month"].replace("-", ""))
    moves[1].update(move_effective_month=moves[1]["move_effective_month"] + "-01")
    moves[2].update(move_effective_month=moves[2]["move_effective_month"].replace("-", "") + "15")
    # a month with a slash or one digit, the year first or last (2025/03, 2025-3, 3/2025)
    year, month = moves[3]["move_effective_month"][:7].split("-")
    moves[3].update(move_effective_month=f"{year}/{month}")
    year, month = moves[4]["move_effective_month"][:7].split("-")
    moves[4].update(move_effective_month=f"{year}-{int(month)}")
    year, month = moves[5]["move_effective_month"][:7].split("-")
    moves[5].update(move_effective_month=f"{int(month)}/{year}")
    with (drop / "coa_moves.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(moves[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(moves)
    # the build runs each file's written_in_form test: the forms above pass it (a month keyed as a
    # whole date is read as its month: test_parquet_drop.py checks the NCOA file's months)
    run = run_dbt(tmp_path, "build", drop, select="stg_drop__coa_moves stg_drop__crm_conversions stg_drop__mail_history")
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select converted_on from staging.stg_drop__crm_conversions where source_row <= 5 order by source_row") \
        == [(datetime.date(2026, 10, 7),), (datetime.date(2026, 10, 8),), (datetime.date(2026, 10, 9),),
            (datetime.date(2026, 11, 20),), (datetime.date(2026, 3, 5),)]
    assert run.query("select mailed_on from staging.stg_drop__mail_history where source_row <= 3 order by source_row") \
        == [(datetime.date(2026, 11, 25),), (datetime.date(2026, 11, 14),), (datetime.date(2026, 11, 25),)]
