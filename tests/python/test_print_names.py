"""Names print as the list gave them: mail_ready keeps first, middle, last, suffix and company as
written (trimmed; a field that only marks a missing value, `N/A` or `NULL`, is empty), and name_line, the name to print, is composed from all of them. A list written
all in upper (or lower) case prints in proper case (nameparser): MCDONALD as McDonald, III stays
III; a list that mixes case prints as written (the sample drop, and test_name_matching)."""
from __future__ import annotations

import csv
import importlib.util
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import PROJECT, DbtRun, make_drop, real_addresses, run_dbt

spec = importlib.util.spec_from_file_location(
    "print_names", PROJECT / "models" / "intermediate" / "output" / "int_mail_list__print_names.py")
print_names = importlib.util.module_from_spec(spec)
spec.loader.exec_module(print_names)


@pytest.mark.parametrize(("part", "kind", "expected"), [
    ("MCDONALD", "last", "McDonald"), ("MACDONALD", "last", "MacDonald"), ("O'BRIEN", "last", "O'Brien"),
    ("RUIZ-SOTO", "last", "Ruiz-Soto"), ("DE LA CRUZ", "last", "de la Cruz"), ("JOSÉ", "first", "José"),
    ("mary ann", "first", "Mary Ann"), ("d'angelo", "last", "D'Angelo"), ("T", "middle", "T"),
    ("III", "suffix", "III"), ("iv", "suffix", "IV"), ("JR.", "suffix", "Jr."), ("GEORGE", "first", "George"),
    ("AN\x00NA", "first", "Anna"), ("VAN\tDYKE ", "last", "Van Dyke"),
])
def test_a_part_in_proper_case(part: str, kind: str, expected: str) -> None:
    assert print_names.printed(part, kind) == expected


PEOPLE = [  # record_id, first, middle, last, suffix, company -> name_line
    (("P1", "GEORGE", "T", "KIM", "III", ""), "George T Kim III"),
    (("P2", "  DONALD ", "", "MCDONALD", "JR.", ""), "Donald McDonald Jr."),
    (("P3", "MARY", "", "O'BRIEN", "", ""), "Mary O'Brien"),
    (("P4", "ANA", "", "RUIZ-SOTO", "", ""), "Ana Ruiz-Soto"),
    (("P5", "JOSÉ", "", "DE LA CRUZ", "", ""), "José de la Cruz"),
    (("P6", "", "", "", "", "ACME SUPPLY CO"), "ACME SUPPLY CO"),
    # the whole name keyed in the last name's field, surname first: printed as a label writes it
    (("P7", "", "", "GUTIERREZ, NICHOLAS", "", ""), "Nicholas Gutierrez"),
    (("P8", " ", "Q", "WARD, ANN", "", ""), "Ann Q Ward"),
    # a comma before a suffix is no surname first
    (("P9", "", "", "OLSEN, JR", "", ""), "Olsen, Jr"),
    # no name and no company: the occupant designation of DMM 602.3 (var occupant_name_line)
    (("P10", "", "", "", "", ""), "CURRENT RESIDENT"),
    # control characters of an old export (a NUL, a form feed, a DOS end-of-file mark) and a no-break
    # space: none reaches the printer, and the parts still print in proper case
    (("P11", "AN\x00NA", "", "VAN\x0cDYKE", "", ""), "Anna Van Dyke"),
    (("P12", "MARY\u00a0ANN", "", "LOPEZ\x1a", "", ""), "Mary Ann Lopez"),
    # a field that only marks a missing value (an export's NULL, a keyer's N/A, a spreadsheet's #N/A,
    # a dash) prints nothing: the rest of the name does, else the company, else the occupant line
    (("P13", "N/A", "", "QUINN", "", "#N/A"), "Quinn"),
    (("P14", "NULL", "-", " unknown ", "", "N/A"), "CURRENT RESIDENT"),
    (("P15", "", "", "", "", "NONE"), "CURRENT RESIDENT"),
    (("P17", "\\N", "", "N\\A", "", "(NULL)"), "CURRENT RESIDENT"),
    # NA alone is a name (Na is a Korean surname); a mark with more to it is the list's text
    (("P16", "NA", "", "KIM", "", "N/A TRUCKING"), "Na Kim"),
]
# the parts of P11 and P12 as mail_ready keeps them: as they read, without the control characters;
# P13 to P15 and P17 without the marks of a missing value
READ_AS = {"P11": ("ANNA", None, "VAN DYKE", None, None), "P12": ("MARY ANN", None, "LOPEZ", None, None),
           "P13": (None, None, "QUINN", None, None), "P14": (None,) * 5, "P15": (None,) * 5, "P17": (None,) * 5}


# a care-of or attention note keyed into the address lines: line 1 after the street, line 1 before it
# behind a comma, line 1 above the street in line 2, line 2 below it; record_id, line 1, line 2 (`@` is
# the street as the list wrote it), the attention line. Their names are in upper case, as PEOPLE's are,
# so that the two ride on one build of one all-caps list.
NOTES = [
    ("N1", "@ C/O Mary Jones", "", "C/O Mary Jones"),
    ("N2", "Attn: Billing", "@", "Attn: Billing"),
    ("N3", "@, c/o Jane Doe", "", "c/o Jane Doe"),
    ("N4", "C/O Mary Jones, @", "", "C/O Mary Jones"),
    ("N5", "@", "\u2105 Ruth Oyelaran", "\u2105 Ruth Oyelaran"),
    ("N6", "@", "Mail Stop 12", "Mail Stop 12"),
    ("N7", "@ Attention Accounts Payable", "", "Attention Accounts Payable"),
    ("N8", "@", "", None),
]


@dataclass
class CapsListBuild:
    run: DbtRun
    note_addresses: list[dict[str, str]]
    truth: dict[int, dict[str, str]]
    mover_line: int
    mover_record_id: str


def csv_line(fields: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)
    return out.getvalue()


@pytest.fixture(scope="module")
def caps_list_build(tmp_path_factory: pytest.TempPathFactory) -> CapsListBuild:
    """One build of one all-caps list: PEOPLE, NOTES, and a mover of the sample drop (names in upper
    case) whose line 2 holds a care-of note."""
    tmp_path = tmp_path_factory.mktemp("caps_list")
    lines = [csv_line([*person, a["address_line_1"], a["address_line_2"], a["city"], a["state"], a["zip"], "TEST", ""])
             for (person, _), a in zip(PEOPLE, real_addresses(len(PEOPLE)))]
    note_addresses = real_addresses(40)[-len(NOTES):]
    lines += [csv_line([record_id, "ANN", "", f"LEE{record_id}", "", "", line_1.replace("@", a["address_line_1"]),
                        line_2.replace("@", a["address_line_1"]), a["city"], a["state"], a["zip"], "TEST", ""])
              for (record_id, line_1, line_2, _), a in zip(NOTES, note_addresses)]
    with open(PROJECT / "sample_drop" / "truth.csv", encoding="utf-8", newline="") as f:
        truth = {int(t["source_line"]): t for t in csv.DictReader(f)}
    with open(PROJECT / "sample_drop" / "mail_list.csv", encoding="utf-8", newline="") as f:
        mover_line, mover = next((n, row) for n, row in enumerate(csv.reader(f), start=1)
                                 if truth.get(n, {}).get("note") == "ncoa_rerouted" and not row[7])
    mover = [v.upper() if 1 <= k <= 4 else v for k, v in enumerate(mover[:13])]  # no Segment_Code column here
    mover[7] = "C/O Mary Jones"
    lines.append(csv_line(mover))
    drop = make_drop(tmp_path / "drop", lines)
    run = run_dbt(tmp_path, "build", drop, select="+mail_ready")
    assert run.returncode == 0, run.output[-3000:]
    return CapsListBuild(run, note_addresses, truth, mover_line, mover[0])


def test_an_all_caps_list_prints_in_proper_case_and_keeps_the_parts_as_written(caps_list_build: CapsListBuild) -> None:
    run = caps_list_build.run
    got = {r[0]: r[1:] for r in run.query(
        "select record_id, first_name, middle_name, last_name, name_suffix, company, name_line from marts.mail_ready")}
    for (record_id, first, middle, last, suffix, company), name_line in PEOPLE:
        as_written = READ_AS.get(record_id) or tuple(v.strip() or None for v in (first, middle, last, suffix, company))
        assert got[record_id] == (*as_written, name_line), record_id
    # no name column the printer's file is written from holds a control character
    names = run.query("select first_name, middle_name, last_name, name_suffix, company, name_line from marts.mail_ready")
    assert not [v for row in names for v in row if v and any(ord(c) < 0x20 or ord(c) == 0x7f for c in v)]


def test_care_of_and_attention_notes_print_above_the_name_not_in_the_delivery_line(
        caps_list_build: CapsListBuild) -> None:
    """Pub 28 (A2) puts a care-of or attention note on the line above the recipient. Keyed after the
    street, it made the address uncodable (`1194 CHERRY TER C/O MARY JONES`, CASS_NOT_CODED); keyed on
    a line of its own, it never reached the printer. A mover re-routed to the new address drops the
    note of the old one."""
    got = {r[0]: r[1:] for r in caps_list_build.run.query(
        "select record_id, attention_line, delivery_line, zip5 || zip4 || delivery_point, ncoa_rerouted from marts.mail_ready")}
    by_record = {t["record_id"]: t for t in caps_list_build.truth.values()}
    for (record_id, _, _, attention), a in zip(NOTES, caps_list_build.note_addresses):
        t = by_record[a["record_id"]]
        assert record_id in got, record_id
        assert got[record_id][0] == attention, record_id
        assert got[record_id][2] == t["zip5"] + t["zip4"] + t["delivery_point"], record_id
        assert not {"C/O", "ATTN", "ATTENTION", "STOP"} & set(got[record_id][1].split()), got[record_id]
    t, mover = caps_list_build.truth[caps_list_build.mover_line], caps_list_build.mover_record_id
    assert got[mover] == (None, got[mover][1], t["new_zip5"] + t["new_zip4"] + t["new_delivery_point"], True)
