"""Lines as a person counts them, whatever the file looks like: property-based (hypothesis) lists
with random line endings (LF and CRLF mixed), quotes and embedded commas, quoted fields holding
line breaks, blank and malformed lines, a byte-order mark, lines that are not UTF-8 and cells that
look like spreadsheet formulas.
Each is built as far as the intake spine, and every physical line must come out exactly once,
with the number an editor shows and its text decoded right, and the independent line count must
agree. The full pipeline (mail file, rejection report, release) runs on one such file below."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MAIL_LIST_HEADER, PROJECT, in_process_dbt, make_drop, real_addresses, run_dbt

ADDRESSES = real_addresses(8)
UP_TO_INTAKE = ("int_drop__settings int_drop__output_directory stg_drop__mail_list_lines "
                "stg_drop__mail_list_line_count stg_drop__mail_list int_mail_list__intake")


@dataclass
class Line:
    text: str          # the record as a person reads it, without its ending: one line, or several
                       # joined by LF when a quoted field holds a line break
    encoding: str      # how its bytes are written
    recoded: bool      # not valid UTF-8: read as Windows-1252
    inner_ending: str = "\n"  # how a line break inside a quoted field is written (LF or CRLF)

    @property
    def physical_lines(self) -> int:
        return self.text.count("\n") + 1


def csv_line(fields: list[str]) -> str:
    """The fields as one CSV record, without its ending; a field holding a line break is quoted
    (the writer quotes the characters of its line terminator: LF, while a lone CR stays bare)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(fields)
    return out.getvalue()[:-1]


def good_line(k: int, first: str, last: str, company: str = "") -> str:
    a = ADDRESSES[k % len(ADDRESSES)]
    return csv_line([f"R{k}", first, "", last, "", company, a["address_line_1"], a["address_line_2"], a["city"],
                     a["state"], a["zip"], "PROP", ""])


@st.composite
def list_lines(draw: st.DrawFn) -> list[Line]:
    lines = []
    for k in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(st.sampled_from(["plain", "quoted", "blank", "malformed", "cr_inside", "windows_1252",
                                     "formula", "multiline"]))
        if kind == "plain":
            lines.append(Line(good_line(k, "Ann", "Lee"), "utf-8", False))
        elif kind == "quoted":  # a comma and quotes inside quoted fields, non-ASCII in UTF-8
            lines.append(Line(good_line(k, 'Zoë "Zo"', "Muñoz", company="Acme, Inc."), "utf-8", False))
        elif kind == "blank":
            lines.append(Line("", "utf-8", False))
        elif kind == "malformed":
            lines.append(Line(f'R{k},"Broken,Quote,,,1 ELM ST', "utf-8", False))
        elif kind == "cr_inside":  # a lone CR inside a line is a character of it
            lines.append(Line(good_line(k, "Jo\rhn", "Lee"), "utf-8", False))
        elif kind == "multiline":  # a spreadsheet cell with line breaks in it (RFC 4180 2.6): one record
            breaks = draw(st.integers(min_value=1, max_value=3))
            lines.append(Line(good_line(k, "Ann", "Lee", company="Acme" + "\nWest" * breaks), "utf-8", False,
                              inner_ending=draw(st.sampled_from(["\n", "\r\n"]))))
        elif kind == "windows_1252":  # a spreadsheet's export: José, Peña and the euro sign
            lines.append(Line(good_line(k, "José €", "Peña"), "cp1252", True))
        else:
            lines.append(Line(good_line(k, "=HYPERLINK(\"x\")", "@SUM(1)"), "utf-8", False))
    return lines


def write_list(path: Path, lines: list[Line], endings: list[str], bom: bool, final_ending: bool) -> None:
    data = ("\ufeff" if bom else "").encode("utf-8") + MAIL_LIST_HEADER.encode("utf-8") + endings[0].encode()
    for k, line in enumerate(lines):
        data += line.text.replace("\n", line.inner_ending).encode(line.encoding)
        if k < len(lines) - 1 or final_ending:
            data += endings[k + 1].encode()
    path.write_bytes(data)


@settings(max_examples=3, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(lines=list_lines(), data=st.data())
def test_every_physical_line_comes_out_once_with_its_number(lines: list[Line], data: st.DataObject) -> None:
    endings = [data.draw(st.sampled_from(["\n", "\r\n"])) for _ in range(len(lines) + 1)]
    bom, final_ending = data.draw(st.booleans()), data.draw(st.booleans())
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        drop = make_drop(tmp / "drop", [])
        write_list(drop / "mail_list.csv", lines, endings, bom, final_ending)
        run = run_dbt(tmp, "build", drop, select=UP_TO_INTAKE)
        assert run.returncode == 0, run.output[-3000:]
        # the independent count: an editor shows the header and then these lines; a record whose
        # quoted field holds line breaks is numbered by its first line and runs to its last. A
        # blank last line with no ending is no line: the file ends with the ending before it.
        if lines[-1].text == "" and not final_ending:
            lines = lines[:-1]
        first_lines = [2 + sum(earlier.physical_lines for earlier in lines[:k]) for k in range(len(lines))]
        expected = [(first, first + line.physical_lines - 1, line.text or None)
                    for first, line in zip(first_lines, lines)]
        assert run.query("select source_line, last_line, raw_line from staging.stg_drop__mail_list "
                         "order by 1") == expected
        assert run.query("select physical_lines from staging.stg_drop__mail_list_line_count") == [
            (sum(line.physical_lines for line in lines) + 1,)]
        recoded = [first for first, line in zip(first_lines, lines) if line.recoded]
        assert [r for (r,) in run.query("select source_line from staging.stg_drop__mail_list_lines "
                                        "where is_recoded order by 1")] == recoded


def test_a_file_whose_lines_end_in_cr_alone_is_read_as_lines(tmp_path: Path) -> None:
    lines = [Line(good_line(1, "Ann", "Lee"), "utf-8", False), Line(good_line(2, "Bob", "Kim"), "utf-8", False)]
    drop = make_drop(tmp_path / "drop", [])
    write_list(drop / "mail_list.csv", lines, ["\r"] * 3, bom=False, final_ending=True)
    run = run_dbt(tmp_path, "build", drop, select=UP_TO_INTAKE)
    assert run.returncode == 0, run.output[-3000:]
    assert run.query("select source_line, record_id from intermediate.int_mail_list__intake order by 1") == [
        (2, "R1"), (3, "R2")]


def test_a_messy_file_goes_through_to_the_press_and_the_report(tmp_path: Path) -> None:
    """Mixed endings, a BOM, a Windows-1252 line, formula cells and cells holding line breaks, end to
    end: every line mailed or rejected once with the editor's number (a record whose quoted field
    holds a line break as one, by its first line, even after a line whose quote never closes), the
    name decoded, and the CSV files safe to open in a spreadsheet (the Parquet file keeps the
    values)."""
    def with_note(line: str, note: str) -> str:
        return line + "," + csv_line([note])

    lines = [Line(with_note(good_line(0, "Ann", "Lee"), '=HYPERLINK("http://x")'), "utf-8", False),
             Line("", "utf-8", False),
             Line(with_note(good_line(1, "José", "Peña"), "-5"), "cp1252", True),
             Line(with_note(good_line(0, "@SUM(1)", "Diaz"), "plain"), "utf-8", False),  # R0 again: rejected
             Line('R9,"Broken,Quote,,,1 ELM ST', "utf-8", False),
             Line(with_note(good_line(3, "Jo\rhn", "Kim"), "+1"), "utf-8", False),
             # lines 8-9 and 10-12: a note written over two and three lines in a spreadsheet cell
             Line(with_note(good_line(4, "Dee", "Fox"), "call before\nnoon"), "utf-8", False, inner_ending="\r\n"),
             Line(with_note(good_line(4, "Dee", "Fox"), "again\n\nlater"), "utf-8", False)]  # R4 again: rejected
    drop = make_drop(tmp_path / "drop", [])
    header = MAIL_LIST_HEADER + ",note"
    data = "\ufeff".encode("utf-8") + header.encode("utf-8") + b"\n"
    for line, ending in zip(lines, ["\r\n", "\n", "\r\n", "\r\n", "\n", "\r\n", "\r\n", "\n"]):
        data += line.text.replace("\n", line.inner_ending).encode(line.encoding) + ending.encode()
    (drop / "mail_list.csv").write_bytes(data)
    run = run_dbt(tmp_path, "build", drop)
    assert run.returncode == 0, run.output[-3000:]
    assert "RELEASED" in run.output
    mailed = dict(run.query("select record_id, first_name from marts.mail_ready"))
    rejected = dict(run.query("select source_line, reason_code from marts.rejected_records"))
    assert mailed.keys() == {"R0", "R1", "R3", "R4"}
    assert mailed["R1"] == "Jos\u00e9"  # read as Windows-1252, printed as written with its accent
    assert rejected == {3: "INTAKE_MALFORMED_ROW", 5: "INTAKE_DUPLICATE_RECORD_ID", 6: "INTAKE_MALFORMED_ROW",
                        10: "INTAKE_DUPLICATE_RECORD_ID"}
    assert run.query("select source_line, last_line from intermediate.int_mail_list__intake "
                     "where last_line > source_line order by 1") == [(8, 9), (10, 12)]
    # the manifest reads 8 records from 11 lines
    assert run.query("select records_in from marts.drop_manifest where step_order = 1") == [(8,)]
    out = run.output_dir
    with open(out / "mail_ready.csv", encoding="utf-8", newline="") as f:
        notes = {r["record_id"]: r["note"] for r in csv.DictReader(f)}
    assert notes == {"R0": "'=HYPERLINK(\"http://x\")", "R1": "'-5", "R3": "'+1", "R4": "call before\nnoon"}
    with open(out / "rejected_records.csv", encoding="utf-8", newline="") as f:
        rows = {r["source_line"]: r for r in csv.DictReader(f)}
    assert rows["5"]["first_name"] == "'@SUM(1)"
    # a rejected record spanning lines is reported as written, all of its lines
    assert rows["10"]["raw_line"] == lines[-1].text and rows["10"]["note"] == "again\n\nlater"
    parquet = run.query(f"select record_id, note from read_parquet('{out}/mail_ready.parquet') order by 1")
    assert parquet == [("R0", '=HYPERLINK("http://x")'), ("R1", "-5"), ("R3", "+1"), ("R4", "call before\nnoon")]
    # the release manifest counts records, not lines: a quoted line break does not start a row
    released = {entry["file"]: entry["rows"] for entry in json.loads((out / "release_manifest.json").read_text())["files"]}
    assert released["mail_ready.csv"] == released["mail_ready.parquet"] == 4
    assert released["rejected_records.csv"] == 4
    verified = subprocess.run([sys.executable, str(PROJECT / "scripts" / "verify_release.py"), str(out)],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr


def test_the_formula_guard_quotes_a_cell_by_its_first_character_only(tmp_path: Path) -> None:
    """The CSV exports' guard (neutralize_csv_formula, as compiled for DuckDB) against the rule it
    states, on every code point as a cell's first character (alone; the first 12,288 also followed
    by text), and on an empty cell and NULL: a leading quote exactly when the cell begins with =,
    +, -, @, a tab or a carriage return, and the cell unchanged otherwise."""
    compiled = in_process_dbt().compile_inline(tmp_path / "compile",
                                               "select cell, {{ neutralize_csv_formula('cell') }} as guarded "
                                               "from cells")
    starts = {"=", "+", "-", "@", "\t", "\r"}
    cells = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    cells += [c + "1+2" for c in cells[:0x3000]] + ["", None, "SUM(1)=2", "a\t", " =1"]
    with duckdb.connect() as con:
        con.register("cells", pd.DataFrame({"cell": pd.Series(cells, dtype="string")}))
        got = dict(con.execute(compiled).fetchall())
    wrong = {cell: guarded for cell, guarded in got.items()
             if guarded != (None if cell is None else ("'" + cell if cell[:1] in starts else cell))}
    assert len(got) == len(set(cells)) and wrong == {}
