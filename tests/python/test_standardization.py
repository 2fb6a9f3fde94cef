"""Pub 28 standardization on the address forms real lists carry, case by case.

The cases (tests/python/cases/pub28_standardization.csv) are our own, each written from a rule or
an example form of USPS Publication 28 and citing its section or appendix. They go through the
real pipeline as the lines of one small drop, up to int_addresses__standardized, and each line's
standardized delivery line is compared with the one the publication gives. The accuracy per class
is printed at the end of the run and must be 100%.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import duckdb
import pandas as pd
import pytest

from conftest import MAIL_LIST_HEADER, in_process_dbt, make_drop, run_dbt

CASES_FILE = Path(__file__).parent / "cases" / "pub28_standardization.csv"
with open(CASES_FILE, encoding="utf-8", newline="") as f:
    CASES = list(csv.DictReader(f))


def mail_list_lines(cases: list[dict[str, str]]) -> list[str]:
    """One list line per case, in case order (case k is on physical line k + 1)."""
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for case in cases:
        writer.writerow([f"C{case['case_id']}", "PAT", "", "CASE", "", "", case["address_line_1"],
                         case["address_line_2"], "SPRINGFIELD", "IL", "62701", "PUB28_CASES", ""])
    return out.getvalue().splitlines()


# The state field as lists write it, and the code it stands for (test_states_as_lists_abbreviate_them):
# these records ride on the cases' drop, after them, so that one build serves both
STATE_FORMS = {"Calif.": "CA", "N. Dak.": "ND", "W. Va.": "WV", "Minn": "MN", "Penna.": "PA",
               "Wisc.": "WI", "Tex.": "TX", "texas": "TX", "tx": "TX"}


@pytest.fixture(scope="module")
def case_build(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[str, str]]:
    """The cases' drop, and then one record per STATE_FORMS, built up to int_addresses__standardized
    once: line number -> (delivery line, '' when none; standardized state)."""
    tmp = tmp_path_factory.mktemp("pub28")
    assert MAIL_LIST_HEADER.count(",") == 12
    state_lines = [f"S{k},PAT,,CASE,,,1 MAIN ST,,SPRINGFIELD,{state},,STATES," for k, state in enumerate(STATE_FORMS)]
    drop = make_drop(tmp / "drop", mail_list_lines(CASES) + state_lines)
    run = run_dbt(tmp, "build", drop, select="+int_addresses__standardized")
    assert run.returncode == 0, run.output[-3000:]
    lines = {line: (delivery_line, state) for line, delivery_line, state in run.query("""
        select cast(source_key as integer), coalesce(delivery_line, ''), state_standardized
        from intermediate.int_addresses__standardized where address_source = 'mail_list'""")}
    assert len(lines) == len(CASES) + len(STATE_FORMS), "every record is one address, none raised or was lost"
    return lines


@pytest.fixture(scope="module")
def standardized(case_build: dict[int, tuple[str, str]]) -> dict[str, str]:
    """case_id -> the delivery line the pipeline standardized it to ('' when it found none)."""
    return {case["case_id"]: case_build[k + 2][0] for k, case in enumerate(CASES)}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['case_id']}-{c['case_class']}" for c in CASES])
def test_each_case_is_standardized_as_pub28_writes_it(standardized: dict[str, str], case: dict[str, str]) -> None:
    given = " / ".join(part for part in (case["address_line_1"], case["address_line_2"]) if part)
    assert standardized[case["case_id"]] == case["expected_delivery_line"], f"{given} ({case['pub28']})"


def test_accuracy_per_class_is_complete(standardized: dict[str, str],
                                        record_property: Callable[[str, Any], None]) -> None:
    total, right = Counter(), Counter()
    for case in CASES:
        total[case["case_class"]] += 1
        right[case["case_class"]] += standardized[case["case_id"]] == case["expected_delivery_line"]
    rows = [f"{name:<28} {right[name]:>4} / {total[name]:<4} {100 * right[name] / total[name]:6.1f}%"
            for name in sorted(total)]
    rows.append(f"{'all':<28} {sum(right.values()):>4} / {sum(total.values()):<4} "
                f"{100 * sum(right.values()) / sum(total.values()):6.1f}%")
    table = "Pub 28 standardization, cases right per class\n" + "\n".join(rows)
    record_property("report", table)  # printed at the end of the run (conftest.pytest_terminal_summary)
    assert len(CASES) >= 200 and len(total) >= 12
    assert right == total, table


# The invisible format characters (Unicode category Cf) that text copied from a web page or a word
# processor carries, which fold_compatibility_forms deletes: the soft hyphen, the Arabic letter mark,
# the Mongolian vowel separator, the zero-width space, non-joiner and joiner, the direction marks,
# embeddings, overrides and isolates, the word joiner and invisible operators, the deprecated format
# characters, the byte-order mark and the interlinear annotation marks
INVISIBLE = ({0x00AD, 0x061C, 0x180E} | set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F))
             | set(range(0x2060, 0x2065)) | set(range(0x2066, 0x2070)) | {0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB})


def test_text_reads_as_it_shows_whatever_produced_it(tmp_path: Path) -> None:
    """A list keyed with an East Asian input method in fullwidth mode (１２３ ＭＡＩＮ ＳＴ) loses its
    digits and letters to the cleaning unless they are read as ASCII, as Unicode's compatibility
    normalization (NFKC) reads them; a no-break space pasted from a web page glued a firm's words
    (`CORNERSTONE<NBSP>HARDWARE, INC.` kept its INC), and a soft hyphen or zero-width space split a
    street's name in two, so that it was not coded. fold_compatibility_forms (as compiled for DuckDB)
    on every code point, against Python's unicodedata: the fullwidth forms of ASCII become what NFKC
    makes of them, every space separator (Zs, Zl, Zp) a space, the invisible format characters
    nothing, every other character stays as it is. Then the cleanings that use it (as_plain_text
    first, as the address pass reads every field), on addresses and names."""
    compiled = in_process_dbt().compile_inline(
        tmp_path / "compile",
        "select cell, {{ fold_compatibility_forms('cell') }} as folded, "
        "{{ clean_address_text(as_plain_text('cell')) }} as cleaned, "
        "{{ fold_to_ascii('cell') }} as name, {{ firm_match_key(standardize_name(as_plain_text('cell'))) }} as firm, "
        "{{ standardize_name(as_plain_text('cell')) }} as standardized from cells")
    fullwidth = {chr(c) for c in range(0xFF01, 0xFF5F)} | {"\u3000"}
    spaces = {chr(c) for c in range(0x80, 0x110000) if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp")}
    invisible = {chr(c) for c in INVISIBLE}
    assert {unicodedata.category(c) for c in invisible} == {"Cf"} and len(spaces) == 18

    def expected(cell: str) -> str:
        if cell in fullwidth:
            return unicodedata.normalize("NFKC", cell)
        return " " if cell in spaces else "" if cell in invisible else cell

    cells = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    nbsp, shy, zwsp, lrm = "\u00a0", "\u00ad", "\u200b", "\u200e"
    examples = {"１２３　ＭＡＩＮ　ＳＴ．": "123 MAIN ST", "４５ Ｏａｋ Ａｖｅ，　＃２": "45 OAK AVE # 2",
                "１０１－Ａ Ｅｌｍ Ｓｔ": "101-A ELM ST", f"3279{nbsp}Montgomery{nbsp}Way": "3279 MONTGOMERY WAY",
                f"1194 Cher{shy}ry Ter": "1194 CHERRY TER", f"1194 Cher{zwsp}ry{lrm} Ter{nbsp}": "1194 CHERRY TER",
                f"{zwsp}P.O.{nbsp}Box 75": "PO BOX 75"}
    firms = {f"Cornerstone{nbsp}Hardware,{nbsp}Inc.": "CORNERSTONEHARDWARE",
             f"The Keystone{shy} Supply Co": "KEYSTONESUPPLY"}
    names = {f"Mary{nbsp}Ann": "MARY ANN", f"Ro{zwsp}sa": "ROSA", "Mary\tAnn\nLee": "MARY ANN LEE",
             f"O{shy}\u2019Brien": "OBRIEN", "ＭＡＲＹ": "MARY"}
    with duckdb.connect() as con:
        con.register("cells", pd.DataFrame({"cell": pd.Series(cells + list(examples) + list(firms) + list(names)
                                                              + [None], dtype="string")}))
        got = {cell: rest for cell, *rest in con.execute(compiled).fetchall()}
    wrong = {cell: got[cell][0] for cell in cells if got[cell][0] != expected(cell)}
    assert len(fullwidth) == 95 and wrong == {}
    assert {cell: got[cell][1] for cell in examples} == examples
    assert {cell: got[cell][3] for cell in firms} == firms
    assert {cell: got[cell][4] for cell in names} == names
    assert got["ＭＡＲＹ"][2] == "MARY" and got[None] == [None, None, None, None, None]


def test_states_as_lists_abbreviate_them(case_build: dict[int, tuple[str, str]]) -> None:
    """The state field as lists write it, read through the real pub28_states seed: the two-letter
    code in any case, the full name, and the GPO Style Manual's and AP's traditional abbreviations
    (Calif., N. Dak., W. Va., Penna.), periods or not. A record without a ZIP is found by its city,
    state and street, so a state the seed does not know leaves it uncoded."""
    first_line = len(CASES) + 2
    assert {state: case_build[first_line + k][1] for k, state in enumerate(STATE_FORMS)} == STATE_FORMS
