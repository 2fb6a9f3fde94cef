#!/usr/bin/env python3
"""Check that the DuckDB warehouse can be opened for writing before `dbt build` starts.

DuckDB allows one writer per database file: a DuckDB CLI, notebook or BI tool left open on the
warehouse makes dbt fail at connection time with a lock error. This says so plainly, names the
file and the process holding it when DuckDB reports one, and exits 1; it exits 0 when the file
can be opened (or does not exist yet: dbt will create it).

Example:
    python scripts/check_warehouse.py                 # DROP_HYGIENE_WAREHOUSE or warehouse/drop_hygiene.duckdb
    python scripts/check_warehouse.py --warehouse /data/drops.duckdb
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

DEFAULT = os.environ.get("DROP_HYGIENE_WAREHOUSE", "warehouse/drop_hygiene.duckdb")


def check(path: Path) -> str | None:
    """None when the warehouse can be opened for writing, else the message to show."""
    if not path.exists():
        return None
    try:
        duckdb.connect(str(path)).close()
    except duckdb.IOException as error:
        if "lock" not in str(error).lower():
            raise
        return (f"The warehouse {path} is open in another process, and DuckDB allows one writer per file: "
                f"close the DuckDB CLI, notebook or BI tool that has it open, then build again. "
                f"(DuckDB said: {error})")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warehouse", type=Path, default=Path(DEFAULT),
                        help=f"the DuckDB file dbt builds into (default {DEFAULT})")
    args = parser.parse_args(argv)
    message = check(args.warehouse)
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
