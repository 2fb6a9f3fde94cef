"""External suppression matches a person however the two files write the name: case, accents,
punctuation, a middle name on one side only and a generational suffix do not hide a match,
while a different person at the same address is not suppressed. End to end, on real
addresses of the sample reference files."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from conftest import MAIL_LIST_HEADER, make_drop, real_addresses, run_dbt

# list line: (record_id, first, middle, last, suffix); suppression entry: (file, first, middle, last)
CASES = [
    # case, accents and an apostrophe differ
    (("S1", "José", "", "O'Brien", ""), ("suppress_dma", "JOSE", "", "OBRIEN")),
    # a middle name on the list only, a suffix written into the suppression file's last name
    (("S2", "Mary", "Ann", "Kowalski", ""), ("suppress_deceased", "MARY", "", "Kowalski Jr.")),
    # the suffix on the list, a middle initial on the suppression side only
    (("S3", "Robert", "", "Nguyen", "III"), ("suppress_deceased", "robert", "Q.", "nguyen")),
    # the same address, another person: not suppressed
    (("S4", "Linda", "", "Park", ""), ("suppress_dma", "Karen", "", "Park")),
    # on both files: rejected once, for the first check in checklist order, with both flags
    (("S5", "Edward", "", "Hughes", ""), ("suppress_dma", "Edward", "", "Hughes")),
    (None, ("suppress_deceased", "EDWARD", "J", "HUGHES")),
]


def line(fields: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(fields)
    return out.getvalue()


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text("\n".join(map(line, [header, *rows])) + "\n", encoding="utf-8")


def test_names_match_across_formatting_and_only_the_same_person(tmp_path: Path) -> None:
    addresses = real_addresses(len(CASES))
    list_lines, entries = [], {"suppress_dma": [], "suppress_deceased": []}
    for (person, (file, s_first, s_middle, s_last)), a in zip(CASES, addresses):
        if person is None:  # another entry for the person before, at the same address
            a = previous
        else:
            record_id, first, middle, last, suffix = person
            list_lines.append(line([record_id, first, middle, last, suffix, "",
                                    a["address_line_1"], a["address_line_2"], a["city"], a["state"], a["zip"],
                                    "TEST", ""]))
        previous = a
        address = [a["address_line_1"], a["address_line_2"], a["city"], a["state"], a["zip"]]
        entries[file].append([s_first, s_middle, s_last, *address] if file == "suppress_deceased"
                             else [s_first, s_last, *address])
    drop = make_drop(tmp_path / "drop", list_lines)
    address_header = ["address_line_1", "address_line_2", "city", "state", "zip"]
    write_csv(drop / "suppress_dma.csv", ["first_name", "last_name", *address_header], entries["suppress_dma"])
    write_csv(drop / "suppress_deceased.csv", ["first_name", "middle_name", "last_name", *address_header],
              entries["suppress_deceased"])
    assert MAIL_LIST_HEADER.startswith("record_id,first_name,middle_name,last_name,name_suffix")

    run = run_dbt(tmp_path, "build", drop, select="+int_mail_list__outcomes")
    assert run.returncode == 0, run.output[-3000:]
    got = dict(run.query("select record_id, coalesce(reason_code, 'MAILED') from intermediate.int_mail_list__outcomes"))
    assert got == {"S1": "SUPPRESS_DMA", "S2": "SUPPRESS_DECEASED", "S3": "SUPPRESS_DECEASED", "S4": "MAILED",
                   "S5": "SUPPRESS_DMA"}
    flags = run.query("select flags from intermediate.int_mail_list__outcomes where record_id = 'S5'")[0][0]
    assert "SUPPRESS_DMA" in flags and "SUPPRESS_DECEASED" in flags, flags
