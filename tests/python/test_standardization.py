"""Pub 28 standardization on the address forms real lists carry, case by case.

The cases (tests/python/cases/pub28_standardization.csv) are our own, each written from a rule or
an example form of USPS Publication 28 and citing its section or appendix. They go through the
real pipeline as the lines of one small drop, up to int_addresses__standardized, and each line's
standardized delivery line is compared with the one the publication gives. The accuracy per class
is printed at the end of the run and must be 100%.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import MAIL_LIST_HEADER, make_drop, run_dbt

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


@pytest.fixture(scope="module")
def standardized(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """case_id -> the delivery line the pipeline standardized it to ('' when it found none)."""
    tmp = tmp_path_factory.mktemp("pub28")
    assert MAIL_LIST_HEADER.count(",") == 12
    drop = make_drop(tmp / "drop", mail_list_lines(CASES))
    run = run_dbt(tmp, "build", drop, select="+int_addresses__standardized")
    assert run.returncode == 0, run.output[-3000:]
    lines = dict(run.query("""
        select cast(source_key as integer), coalesce(delivery_line, '')
        from intermediate.int_addresses__standardized where address_source = 'mail_list'"""))
    assert len(lines) == len(CASES), "every case is one address, none raised or was lost"
    return {case["case_id"]: lines[k + 2] for k, case in enumerate(CASES)}


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
