#!/usr/bin/env python3
"""Check a released drop folder against its release manifest.

A printer (or anyone handed the files) runs this on the folder it received: every file that
release_manifest.json lists must be there with the same SHA-256 and the same number of data
rows, and the folder must not hold a DROP_FAILED.txt. Exit status 0 when the folder is what was
released, 1 (naming each file that differs) when it is not, 2 when there is no manifest.

Example:
    python scripts/verify_release.py output/SAMPLE-2026-12
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def csv_rows(path: Path) -> int:
    """The CSV's records less its header (a quoted field may hold a line break: records, not lines)."""
    # a rejected line is kept whole in rejected_records.csv, however long: past csv's default
    # field limit of 131,072 characters
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return max(sum(1 for _ in csv.reader(f)) - 1, 0)


def problems_of(folder: Path) -> list[str]:
    """What differs between the folder and its release manifest (empty when nothing does)."""
    manifest = json.loads((folder / "release_manifest.json").read_text(encoding="utf-8"))
    problems = []
    if (folder / "DROP_FAILED.txt").exists():
        problems.append("DROP_FAILED.txt is present: the last build of this drop failed")
    for entry in manifest["files"]:
        path = folder / entry["file"]
        if not path.exists():
            problems.append(f"{entry['file']}: missing")
        elif sha256_of(path) != entry["sha256"]:
            detail = ""
            if path.suffix == ".csv":
                detail = f" ({csv_rows(path)} rows, released with {entry['rows']})"
            problems.append(f"{entry['file']}: SHA-256 differs from the release manifest{detail}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the drop's output folder (output_dir), holding release_manifest.json")
    args = parser.parse_args(argv)
    if not (args.folder / "release_manifest.json").exists():
        print(f"{args.folder}: no release_manifest.json: this folder holds no released drop", file=sys.stderr)
        return 2
    problems = problems_of(args.folder)
    for problem in problems:
        print(f"{args.folder}: {problem}", file=sys.stderr)
    if not problems:
        manifest = json.loads((args.folder / "release_manifest.json").read_text(encoding="utf-8"))
        print(f"{args.folder}: drop {manifest['drop_id']} as released on {manifest['released_at']} "
              f"({len(manifest['files'])} files checked)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
