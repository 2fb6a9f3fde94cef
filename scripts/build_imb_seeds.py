#!/usr/bin/env python3
"""Write the tables the Intelligent Mail barcode is encoded with (USPS-B-3200), as seeds.

The encoding itself is SQL (the int_mail_list__imb model); these are its lookup tables, each
derived here from the specification's definitions, so that anyone can check them:

  seeds/imb/imb_codeword_characters.csv
      codeword (0-1364) -> character (a 13-bit number). Codewords 0-1286 take the "5 of 13"
      table and 1287-1364 the "2 of 13" table. Each table lists the 13-bit numbers with 5 (or 2)
      bits set in increasing order, a number and its bit-reversal side by side from the top,
      the numbers that are their own reversal from the bottom (USPS-B-3200, the N-of-13 tables).

  seeds/imb/imb_crc_bytes.csv
      byte_position (0-12), byte_value (0-255) -> contribution, an 11-bit number. The frame check
      sequence of USPS-B-3200 is the 11-bit CRC (generator polynomial 0xF35, initial value
      0x7FF) of the 102-bit binary data, written as 13 bytes with the 6 low bits of the first.
      A CRC with no final XOR is affine in its input bits, so the FCS is the XOR of one
      contribution per byte: the contribution of the byte at its position, with the CRC of
      all-zero data folded into position 0. The SQL looks up 13 values and XORs them, with no
      loop over bits.

The bar-to-character table of USPS-B-3200 (which bit of which character gives each bar's
descender and ascender) is written into the SQL itself, in macros/imb/imb_bar_string.sql.

Run it to rewrite the seeds; `--check` exits 1 when a committed seed differs (the test suite
runs that). The test suite also checks the SQL encoder against the specification's examples and
against ReportLab's independent encoder on 10,000 random pieces.

Example:
    python scripts/build_imb_seeds.py
    python scripts/build_imb_seeds.py --check
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "imb"

CRC_POLYNOMIAL = 0x0F35
CRC_INITIAL = 0x07FF


def reverse13(value: int) -> int:
    return int(f"{value:013b}"[::-1], 2)


def n_of_13(bits_set: int, size: int) -> list[int]:
    """The N-of-13 table: pairs (n, reverse(n)) from the top, palindromes from the bottom."""
    table = [0] * size
    low, high = 0, size - 1
    for value in range(1 << 13):
        if bin(value).count("1") != bits_set:
            continue
        mirrored = reverse13(value)
        if mirrored < value:
            continue
        if mirrored == value:
            table[high] = value
            high -= 1
        else:
            table[low], table[low + 1] = value, mirrored
            low += 2
    assert low == high + 1, "the table fills exactly"
    return table


def codeword_characters() -> list[tuple[int, int]]:
    return list(enumerate(n_of_13(5, 1287) + n_of_13(2, 78)))


def crc11(data: bytes) -> int:
    """USPS-B-3200's frame check sequence of the 13 data bytes (the first byte's 6 low bits)."""
    fcs = CRC_INITIAL
    bits = [(data[0] >> shift) & 1 for shift in range(5, -1, -1)]
    bits += [(byte >> shift) & 1 for byte in data[1:] for shift in range(7, -1, -1)]
    for bit in bits:
        fcs = ((fcs << 1) ^ CRC_POLYNOMIAL if ((fcs >> 10) & 1) ^ bit else fcs << 1) & 0x7FF
    return fcs


def crc_bytes() -> list[tuple[int, int, int]]:
    zero = crc11(bytes(13))
    rows = []
    for position in range(13):
        for value in range(256 if position else 64):
            data = bytearray(13)
            data[position] = value
            contribution = crc11(bytes(data)) ^ zero
            rows.append((position, value, contribution ^ (zero if position == 0 else 0)))
    return rows


def tables() -> dict[str, str]:
    def render(header: list[str], rows: list[tuple]) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([header, *rows])
        return out.getvalue()

    return {
        "imb_codeword_characters.csv": render(["codeword", "character"], codeword_characters()),
        "imb_crc_bytes.csv": render(["byte_position", "byte_value", "contribution"], crc_bytes()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare the committed seeds, write nothing")
    parser.add_argument("--out", type=Path, default=SEEDS, help=f"folder of the seeds (default {SEEDS})")
    args = parser.parse_args(argv)
    stale = []
    for name, text in tables().items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(f"{', '.join(stale)} in {args.out} differ from USPS-B-3200's definitions: "
              "run python scripts/build_imb_seeds.py", file=sys.stderr)
        return 1
    if args.check:
        print(f"the IMb seeds in {args.out} match USPS-B-3200's definitions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
