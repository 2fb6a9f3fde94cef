"""The Intelligent Mail barcode (USPS-B-3200) that mail_ready carries: the SQL encoder gives the
specification's own examples and agrees with an independent encoder (ReportLab's usps4s) on
10,000 random pieces; the sample's mail file carries one per piece, in the order a printer wants,
with serials that follow that order; the seeds are what the specification defines."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import build_imb_seeds
import duckdb
import pandas as pd
from conftest import DbtRun, copy_build, in_process_dbt
from reportlab.graphics.barcode.usps4s import USPS_4State

# USPS-B-3200's examples: one tracking code with no routing code and with each routing length
SPEC_EXAMPLES = [
    ("01234567094987654321", "", "ATTFATTDTTADTAATTDTDTATTDAFDDFADFDFTFFFFFTATFAAAATDFFTDAADFTFDTDT"),
    ("01234567094987654321", "01234", "DTTAFADDTTFTDTFTFDTDDADADAFADFATDDFTAAAFDTTADFAAATDFDTDFADDDTDFFT"),
    ("01234567094987654321", "012345678", "ADFTTAFDTTTTFATTADTAAATFTFTATDAAAFDDADATATDTDTTDFDTDATADADTDFFTFA"),
    ("01234567094987654321", "01234567891", "AADTFFDFTDADTAADAATFDTDDAAADDTDTTDAFADADDDTFFFDDTTTADFAAADFTDAADA"),
]


def random_pieces(count: int, seed: int = 3200) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    digits = "0123456789"
    pieces = []
    for _ in range(count):
        tracking = rng.choice(digits) + rng.choice("01234") + "".join(rng.choice(digits) for _ in range(18))
        routing = "".join(rng.choice(digits) for _ in range(rng.choice([0, 5, 9, 11])))
        pieces.append((tracking, routing))
    # the extremes of every field
    pieces += [("9" + "4" + "9" * 18, "9" * 11), ("00" + "0" * 18, ""), ("00" + "0" * 18, "00000"),
               ("94" + "9" * 18, "")]
    return pieces


def test_the_encoder_gives_the_specification_examples_and_agrees_with_reportlab(
        sample_build: DbtRun, tmp_path: Path) -> None:
    compiled = in_process_dbt().compile_inline(tmp_path / "compile",
                                               "select * from ({{ imb_encode('pieces') }}) as encoded")
    warehouse = copy_build(sample_build, tmp_path) / "warehouse.duckdb"
    pieces = [(t, r) for t, r, _ in SPEC_EXAMPLES] + random_pieces(10_000)
    with duckdb.connect(str(warehouse)) as con:
        frame = pd.DataFrame([(i, t, r) for i, (t, r) in enumerate(pieces)],
                             columns=["piece_id", "tracking_code", "routing_code"])
        con.register("frame", frame)
        con.execute("create temp table pieces as select * from frame")
        bars = dict(con.execute(compiled).fetchall())
    assert len(bars) == len(pieces)
    for i, (_, _, expected) in enumerate(SPEC_EXAMPLES):
        assert bars[i] == expected, SPEC_EXAMPLES[i]
    disagreements = [(t, r, bars[i]) for i, (t, r) in enumerate(pieces) if USPS_4State(t, r).barcodes != bars[i]]
    assert disagreements == []
    assert all(len(b) == 65 and set(b) <= set("ADFT") for b in bars.values())


def test_the_sample_mail_file_has_a_barcode_per_piece_in_the_printers_order(sample_build: DbtRun) -> None:
    with open(sample_build.output_dir / "mail_ready.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 4000
    order = [(r["zip5"], r["carrier_route"], r["zip4"], r["delivery_point"], r["record_id"]) for r in rows]
    assert order == sorted(order)
    for row in rows:
        assert row["imb_tracking_code"][:11] == "00" + "040" + "123456"
        assert row["imb_routing_code"] == row["zip5"] + row["zip4"] + row["delivery_point"]
        assert row["imb_digits"] == row["imb_tracking_code"] + row["imb_routing_code"]
        assert row["imb_bars"] == USPS_4State(row["imb_tracking_code"], row["imb_routing_code"]).barcodes
    # the serials (the last 9 digits of the tracking code with a 6-digit Mailer ID) follow the file's order
    assert [int(r["imb_tracking_code"][11:]) for r in rows] == list(range(len(rows)))


def test_the_seeds_are_what_the_specification_defines(tmp_path: Path) -> None:
    assert build_imb_seeds.main(["--check"]) == 0
    characters = dict(build_imb_seeds.codeword_characters())
    assert len(characters) == 1365
    assert all(bin(c).count("1") == 5 for cw, c in characters.items() if cw < 1287)
    assert all(bin(c).count("1") == 2 for cw, c in characters.items() if cw >= 1287)
    assert len(set(characters.values())) == 1365
    # a seed edited by hand is caught
    for name in ("imb_codeword_characters.csv", "imb_crc_bytes.csv"):
        (tmp_path / name).write_text((build_imb_seeds.SEEDS / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "imb_crc_bytes.csv").write_text("byte_position,byte_value,contribution\n0,0,1\n", encoding="utf-8")
    assert build_imb_seeds.main(["--check", "--out", str(tmp_path)]) == 1
