"""A drop handed over as Parquet, its columns typed as the tool that wrote them types them: ZIPs,
ZIP+4s, house and unit numbers and delivery points as integers (the leading zeros gone), or as
floating-point numbers where the writer had them so (R's numbers; a pandas column of numbers with
gaps in it: 60034.0, 561751119.0, 6282.0, a unit number 12.0), the DPV flags as booleans, the
dates as timestamps, a move's month as a DATE (the first of the month), a move's type and status in
words (`Individual`, `New Address`, `Moved Left no-address`). One drop, built once: the
sample's eleven files so converted, the list's records those that a number column can hold (every
well-formed line whose ZIP is digits), checked against the outcomes the sample's generator
planted."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLE, DbtRun, run_dbt

INTEGER_COLUMNS = {"zip5", "zip4", "primary_number", "secondary_number", "delivery_point", "primary_low",
                   "primary_high", "secondary_low", "secondary_high"}
FLAG_COLUMNS = {"vacant", "cmra", "no_stat", "residential"}
DATE_COLUMNS = {"converted_on", "mailed_on", "date_of_death"}
ZIP_COLUMNS = {"zip", "old_zip", "new_zip"}
# a ZIP a number column holds: five or nine digits, the hyphen dropped (000xx is no ZIP at all)
NUMBER_ZIP = re.compile(r"(?!000)[0-9]{5}(-?[0-9]{4})?")


# the files whose numbers are all floating-point (as R writes them), and the columns with gaps in
# them that pandas makes floating-point in the others
FLOAT_FILES = {"zip4_ranges", "city_state"}
FLOAT_COLUMNS = {"secondary_number"}


def typed(column: str, table: str) -> str:
    """The select of one column as a dataframe tool would have typed it."""
    quoted = f'"{column}"'
    if table == "mail_list" and column == "zip":
        return f"cast(replace({quoted}, '-', '') as double) as {quoted}"
    if column in INTEGER_COLUMNS:
        number = "double" if table in FLOAT_FILES or column in FLOAT_COLUMNS else "bigint"
        return f"try_cast({quoted} as {number}) as {quoted}"
    if column in ZIP_COLUMNS:
        return f"try_cast(nullif(regexp_replace({quoted}, '[^0-9]', '', 'g'), '') as bigint) as {quoted}"
    if column in FLAG_COLUMNS:
        return f"case upper({quoted}) when 'Y' then true when 'N' then false end as {quoted}"
    if column in DATE_COLUMNS:
        return f"cast(try_cast({quoted} as date) as timestamp) as {quoted}"
    if column == "move_effective_month":
        return f"cast(strptime(replace({quoted}, '-', '') || '01', '%Y%m%d') as date) as {quoted}"
    # the move's codes as another producer's export writes them: words, and a status in words
    if column == "move_type":
        return f"case upper({quoted}) when 'I' then 'Individual' when 'F' then 'FAMILY' when 'B' then 'business' end as {quoted}"
    if column == "coa_status":
        return (f"case {quoted} when 'new_address' then 'New Address' when 'moved_left_no_address' "
                f"then 'Moved Left no-address' when 'box_closed_no_order' then 'BOX CLOSED NO ORDER' "
                f"when 'foreign_move' then 'Foreign Move' end as {quoted}")
    return quoted


def list_lines_a_number_column_holds() -> tuple[list[str], dict[str, dict[str, str]]]:
    """The sample list's physical lines that are one well-formed record each, past intake in the
    truth, with a ZIP of digits (and a duplicate only when its survivor is kept), and their truth."""
    with open(SAMPLE / "truth.csv", encoding="utf-8", newline="") as f:
        truth = {int(t["source_line"]): t for t in csv.DictReader(f)}
    lines = (SAMPLE / "mail_list.csv").read_text(encoding="utf-8").split("\n")
    header = next(csv.reader([lines[0]]))
    kept: dict[int, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = next(csv.reader([line]), [])
        t = truth.get(number)
        if t is None or t["planted_outcome"].startswith("INTAKE_") or len(fields) != len(header) or '"' in line:
            continue
        if NUMBER_ZIP.fullmatch(dict(zip(header, fields))["zip"]):
            kept[number] = t
    ids = {t["record_id"] for t in kept.values()}
    kept = {n: t for n, t in kept.items() if not t["survivor_record_id"] or t["survivor_record_id"] in ids}
    return [lines[0], *(lines[n - 1] for n in kept)], {t["record_id"]: t for t in kept.values()}


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[DbtRun, dict[str, dict[str, str]]]:
    tmp = tmp_path_factory.mktemp("parquet_drop")
    drop = tmp / "drop"
    drop.mkdir()
    lines, truth = list_lines_a_number_column_holds()
    (tmp / "mail_list.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with duckdb.connect() as con:
        for path in sorted(SAMPLE.glob("*.csv")):
            table = path.stem
            if table == "truth":
                continue
            source = tmp / "mail_list.csv" if table == "mail_list" else path
            read = f"read_csv('{source}', all_varchar = true, header = true)"
            columns = [row[0] for row in con.execute(f"describe select * from {read}").fetchall()]
            select = ", ".join(typed(column, table) for column in columns)
            con.execute(f"copy (select {select} from {read}) to '{drop / (table + '.parquet')}' (format parquet)")
        types = {(row[0], row[1]) for row in con.execute(
            f"describe select * from read_parquet('{drop / 'delivery_points.parquet'}')").fetchall()}
        assert {("zip5", "BIGINT"), ("delivery_point", "BIGINT"), ("secondary_number", "DOUBLE"),
                ("vacant", "BOOLEAN")} <= types
        assert con.execute(f"select distinct typeof(primary_low) from read_parquet('{drop / 'zip4_ranges.parquet'}')"
                           ).fetchall() == [("DOUBLE",)]
        assert con.execute(f"select distinct typeof(zip) from read_parquet('{drop / 'mail_list.parquet'}')"
                           ).fetchall() == [("DOUBLE",)]
        assert con.execute(f"select distinct typeof(move_effective_month) from read_parquet('{drop / 'coa_moves.parquet'}')"
                           ).fetchall() == [("DATE",)]
        assert {"Individual", "FAMILY", "New Address", "Moved Left no-address"} <= {value for row in con.execute(
            f"select distinct move_type, coa_status from read_parquet('{drop / 'coa_moves.parquet'}')").fetchall()
            for value in row}
    run = run_dbt(tmp, "build", drop)
    assert run.returncode == 0, run.output[-3000:]
    return run, truth


def test_every_record_gets_its_planted_outcome(build: tuple[DbtRun, dict[str, dict[str, str]]]) -> None:
    """Each record goes where the sample's truth puts it: the same rejections (the movers held
    against their month, the suppressions, the duplicates), and each mailed piece at its planted
    ZIP+4, delivery point and DPV code (a mover's at the new address)."""
    run, truth = build
    got = {record_id: (reason or "MAILED", zip9dp, dpv) for record_id, reason, zip9dp, dpv in run.query(
        "select record_id, reason_code, zip5 || zip4 || delivery_point, dpv_code from intermediate.int_mail_list__outcomes")}
    assert len(got) == len(truth) > 4000
    expected = {}
    for record_id, t in truth.items():
        if t["planted_outcome"] != "MAILED":
            expected[record_id] = (t["planted_outcome"],)
        elif t["note"] == "ncoa_rerouted":
            expected[record_id] = ("MAILED", t["new_zip5"] + t["new_zip4"] + t["new_delivery_point"])
        else:
            expected[record_id] = ("MAILED", t["zip5"] + t["zip4"] + t["delivery_point"], t["expected_dpv_code"])
    wrong = {r: (expected[r], got[r]) for r in truth if got[r][:len(expected[r])] != expected[r]}
    assert wrong == {}
    outcomes = {t["planted_outcome"] for t in truth.values()}
    assert {"NCOA_MOVED_NO_FORWARD", "NCOA_FORWARDING_EXPIRED", "DPV_VACANT", "SUPPRESS_RECENT_CONVERTER",
            "SUPPRESS_FREQUENCY_CAP", "SUPPRESS_DECEASED", "DEDUPE_HOUSEHOLD"} <= outcomes


def test_a_move_month_from_a_date_column_is_its_month(build: tuple[DbtRun, dict[str, dict[str, str]]]) -> None:
    """The NCOA file for the CRM gives each matched move's month as the move file wrote it."""
    run, _ = build
    with open(SAMPLE / "coa_moves.csv", encoding="utf-8", newline="") as f:
        months = {m["coa_id"]: m["move_effective_month"].replace("-", "")[:6] for m in csv.DictReader(f)}
    rows = run.query("select coa_id, strftime(move_effective_date, '%Y%m') from marts.ncoa_updates")
    assert len(rows) > 100
    assert [(coa_id, month) for coa_id, month in rows if months[coa_id] != month] == []


def test_a_zip_from_a_number_column_keeps_its_zeros(build: tuple[DbtRun, dict[str, dict[str, str]]]) -> None:
    """A list ZIP read back from a floating-point column is its five digits (and ZIP+4), the zeros
    it lost put back and flagged on exactly the lines whose ZIP began with one."""
    run, _ = build
    zeros = run.query("""select lines.zip, address.zip5_given, address.zip4_given, address.is_zip_zero_restored
                         from intermediate.int_mail_list__intake as lines
                         inner join intermediate.int_addresses__standardized as address
                             on address.address_source = 'mail_list' and address.source_key = cast(lines.source_line as varchar)""")
    assert len(zeros) > 4000
    for written, zip5, zip4, restored in zeros:
        digits = written.removesuffix(".0")
        assert restored == (len(digits) not in (5, 9)), written
        assert (zip5 or "") + (zip4 or "") == digits.zfill(9 if len(digits) > 5 else 5), written
