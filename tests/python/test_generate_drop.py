"""The drop generator: deterministic, planted at the stated rates, consistent with itself."""
from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import PROJECT

SCRIPT = PROJECT / "scripts" / "generate_drop.py"
FILES = ["mail_list.csv", "coa_moves.csv", "city_state.csv", "zip4_ranges.csv", "delivery_points.csv",
         "suppress_dma.csv", "suppress_deceased.csv", "suppress_prison.csv", "crm_conversions.csv",
         "mail_history.csv", "address_corrections.csv", "truth.csv"]


def generate(out: Path, records: int, seed: int) -> None:
    subprocess.run([sys.executable, str(SCRIPT), "--records", str(records), "--seed", str(seed),
                    "--out", str(out), "--quiet"], check=True, timeout=300)


def digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in FILES}


@pytest.fixture(scope="module")
def drop_20k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "drop"
    generate(out, 20000, 11)
    return out


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    # the bundled sample drop is --records 5000 --seed 7: generated again, byte for byte
    generate(tmp_path / "a", 5000, 7)
    generate(tmp_path / "b", 5000, 8)
    assert digest(tmp_path / "a") == digest(PROJECT / "sample_drop")
    assert digest(tmp_path / "a")["mail_list.csv"] != digest(tmp_path / "b")["mail_list.csv"]


def test_writes_all_eleven_files_and_truth(drop_20k: Path) -> None:
    for name in FILES:
        assert (drop_20k / name).exists(), name


def test_truth_has_one_row_per_list_line(drop_20k: Path) -> None:
    lines = (drop_20k / "mail_list.csv").read_text(encoding="utf-8").splitlines()
    truth = list(csv.DictReader(open(drop_20k / "truth.csv", encoding="utf-8")))
    assert len(truth) == len(lines) - 1
    assert [int(t["source_line"]) for t in truth] == list(range(2, len(lines) + 1))


# planted rate and the tolerance we hold the generator to (absolute, as a fraction of the list)
RATES = {
    "INTAKE_MALFORMED_ROW": (0.002, 0.0005), "INTAKE_MISSING_RECORD_ID": (0.002, 0.0005),
    "INTAKE_DUPLICATE_RECORD_ID": (0.003, 0.001), "NCOA_MOVED_NO_FORWARD": (0.006, 0.002),
    "NCOA_FORWARDING_EXPIRED": (0.012, 0.003), "CASS_UNPARSEABLE": (0.004, 0.001),
    "CASS_INVALID_ZIP": (0.005, 0.001), "CASS_NOT_CODED": (0.008, 0.003),
    "DPV_NOT_CONFIRMED": (0.015, 0.007), "DPV_VACANT": (0.02, 0.003), "SUPPRESS_DMA": (0.015, 0.003),
    "SUPPRESS_DECEASED": (0.01, 0.003), "SUPPRESS_PRISON": (0.003, 0.002),
    "SUPPRESS_RECENT_CONVERTER": (0.01, 0.003), "SUPPRESS_FREQUENCY_CAP": (0.01, 0.003),
    "DEDUPE_HOUSEHOLD": (0.025, 0.005),
}


def test_planted_rates_within_tolerance(drop_20k: Path) -> None:
    truth = list(csv.DictReader(open(drop_20k / "truth.csv", encoding="utf-8")))
    n = len(truth)
    for code, (rate, tolerance) in RATES.items():
        got = sum(t["planted_outcome"] == code for t in truth) / n
        assert abs(got - rate) <= tolerance, f"{code}: planted {got:.4f}, expected {rate} ± {tolerance}"
    mailed = sum(t["planted_outcome"] == "MAILED" for t in truth) / n
    assert 0.8 < mailed < 0.9
    # the mess real lists have is there too
    notes = {t["note"] for t in truth}
    for note in ["ncoa_rerouted", "zip_missing", "zip_wrong", "street_misspelled", "unit_missing",
                 "household_member", "same_person", "move_beyond_lookback", "analyst_corrected"]:
        assert note in notes, note


def test_every_deliverable_planted_address_exists(drop_20k: Path) -> None:
    con = duckdb.connect()
    missing = con.execute(f"""
        with truth as (select * from read_csv('{drop_20k}/truth.csv', all_varchar = true)),
        points as (select * from read_csv('{drop_20k}/delivery_points.csv', all_varchar = true)),
        expected as (
            select zip5, zip4, delivery_point from truth
            where planted_outcome = 'MAILED' and expected_dpv_code = 'Y' and zip5 is not null
            union all
            select new_zip5, new_zip4, new_delivery_point from truth where new_zip5 is not null
        )
        select count(*) from expected
        anti join points using (zip5, zip4, delivery_point)
    """).fetchone()[0]
    total = con.execute(f"select count(*) from read_csv('{drop_20k}/truth.csv') where planted_outcome = 'MAILED'").fetchone()[0]
    assert total > 15000
    assert missing == 0


def test_segments_cover_every_street_delivery_point(drop_20k: Path) -> None:
    con = duckdb.connect()
    uncovered = con.execute(f"""
        select count(*) from read_csv('{drop_20k}/delivery_points.csv', all_varchar = true) as p
        anti join read_csv('{drop_20k}/zip4_ranges.csv', all_varchar = true) as r
            on p.zip5 = r.zip5 and p.zip4 = r.zip4
            and cast(p.primary_number as int) between cast(r.primary_low as int) and cast(r.primary_high as int)
    """).fetchone()[0]
    assert uncovered == 0


def test_malformed_lines_are_not_valid_csv(drop_20k: Path) -> None:
    truth = list(csv.DictReader(open(drop_20k / "truth.csv", encoding="utf-8")))
    lines = (drop_20k / "mail_list.csv").read_text(encoding="utf-8").splitlines()
    width = len(lines[0].split(","))
    for t in truth:
        line = lines[int(t["source_line"]) - 1]
        parsed = next(csv.reader([line]))
        valid = len(parsed) == width and line.count('"') % 2 == 0
        assert valid == (t["planted_outcome"] != "INTAKE_MALFORMED_ROW"), line


def test_help_explains_itself() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=True)
    assert "--records" in done.stdout and "--seed" in done.stdout and "truth.csv" in done.stdout


def test_shards_number_lines_records_and_moves_as_one_drop(tmp_path: Path) -> None:
    """A drop made of shards is one drop: lines numbered through, ids unique, ZIP codes disjoint."""
    subprocess.run([sys.executable, str(SCRIPT), "--records", "3000", "--seed", "3", "--out", str(tmp_path),
                    "--shard-size", "1000", "--quiet"], check=True, timeout=300)
    con = duckdb.connect()
    lines = (tmp_path / "mail_list.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3001 and lines[0].startswith("record_id,")
    truth = con.execute(f"select source_line::int, record_id, planted_outcome from read_csv('{tmp_path}/truth.csv', "
                        "all_varchar = true) order by 1").fetchall()
    assert [t[0] for t in truth] == list(range(2, 3002))
    ids = [t[1] for t in truth if t[2] not in ("INTAKE_DUPLICATE_RECORD_ID", "INTAKE_MISSING_RECORD_ID")]
    assert len(ids) == len(set(ids))
    moves = con.execute(f"select count(*), count(distinct coa_id) from read_csv('{tmp_path}/coa_moves.csv')").fetchall()
    assert moves[0][0] == moves[0][1] > 0
    # each ZIP code belongs to one shard: its segments were written once, in one run of lines
    seen: set[str] = set()
    last = None
    with open(tmp_path / "zip4_ranges.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["zip5"] != last:
                assert row["zip5"] not in seen, row["zip5"]
                seen.add(row["zip5"])
                last = row["zip5"]
    assert len(seen) >= 30  # three shards of at least ten ZIP codes each
