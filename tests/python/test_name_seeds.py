"""The nickname seed is what its pinned public sources give, and says what a letter shop expects
of it: Bill is William, Peg is Margaret; Pat, Chris, Alex and Sam belong to both sexes; Daniel
and Danielle, Ann and Alan share no form."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import build_name_seeds

SEED = build_name_seeds.SEED


def forms() -> tuple[dict[str, set[str]], set[str]]:
    with open(SEED, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["given_name"], {r["given_name"]}).add(r["canonical_name"])
    return out, {r["given_name"] for r in rows if r["is_ambiguous"] == "true"}


def test_the_committed_seed_is_what_the_pinned_packages_give(tmp_path: Path) -> None:
    assert build_name_seeds.main(["--check"]) == 0
    # and the check catches a seed edited by hand
    edited = tmp_path / "given_name_forms.csv"
    shutil.copy(SEED, edited)
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join(lines[:1] + lines[2:]), encoding="utf-8")
    assert build_name_seeds.main(["--check", "--out", str(edited)]) == 1


def test_the_seed_knows_the_common_nicknames_and_who_is_ambiguous() -> None:
    name_forms, ambiguous = forms()
    for nickname, name in [("BILL", "WILLIAM"), ("BETH", "ELIZABETH"), ("JIM", "JAMES"), ("PEG", "MARGARET"),
                           ("TED", "EDWARD"), ("BOB", "ROBERT"), ("SUE", "SUSAN"), ("DICK", "RICHARD")]:
        assert name in name_forms[nickname] and nickname not in ambiguous, nickname
    assert {"PAT", "CHRIS", "ALEX", "SAM", "TERRY"} <= ambiguous
    # different people's names reach no common form
    for one, other in [("DANIEL", "DANIELLE"), ("ANN", "ALAN"), ("PAUL", "PAULA")]:
        assert not name_forms.get(one, {one}) & name_forms.get(other, {other}), (one, other)


def test_help_says_where_the_data_comes_from() -> None:
    done = subprocess.run([sys.executable, str(Path(build_name_seeds.__file__)), "--help"],
                          capture_output=True, text=True, check=True)
    assert "nicknames" in done.stdout and "Apache-2.0" in done.stdout and "--check" in done.stdout
