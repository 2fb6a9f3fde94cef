#!/usr/bin/env python3
"""Build several drops one after another in one process, parsing the project once.

Every `dbt build` started from the command line imports dbt and loads its parse of the project
before the first node runs: 4 to 5 s on this project's 2-core machine, whatever the size of the
drop (most of a 100,000-record build's margin). A letter shop that builds the day's drops back to
back can pay that once: this parses the project once, then builds each drop in turn on that
parse, as

    dbt build --exclude-resource-type unit_test --vars '<the drop's vars>'

builds it from the project folder: every seed, model, export and data test, and a drop that does
not reconcile is not released. The drops share the warehouse (DROP_HYGIENE_WAREHOUSE, else
warehouse/drop_hygiene.duckdb) and so its drop_log, as drops built one after another do. A
relative input_dir or output_dir is taken from the project folder, as for dbt.

Each drop is given as its vars: a YAML mapping, as --vars takes it (README, "Running your own
drop"), or a YAML file holding a list of them:

    python scripts/run_drops.py "{input_dir: /data/jan/a, drop_id: JAN27A, mailing_date: '2027-01-12'}" \\
                                "{input_dir: /data/jan/b, drop_id: JAN27B, mailing_date: '2027-01-12'}"
    python scripts/run_drops.py --file drops.yml

The drops run in the order given. The first drop that fails stops the run (the drops after it are
named, not built; --keep-going builds them anyway): a failed drop publishes nothing, and its
pieces are not in drop_log for the drops after it. dbt's own output is shown as each drop builds,
then one line per drop. Exits 0 when every drop was built and released, 1 when one failed, 2 when
the drops given or the project cannot be read.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[1]


def read_drops(values: list[str], file: Path | None) -> list[dict[str, Any]]:
    """The drops' vars, each a mapping; a clear ValueError naming the one that is not."""
    given: list[tuple[str, Any]] = []
    for number, text in enumerate(values, start=1):
        try:
            given.append((f"drop {number} ({text!r})", yaml.safe_load(text)))
        except yaml.YAMLError as error:
            raise ValueError(f"drop {number} ({text!r}) is not YAML: {error}") from error
    if file is not None:
        try:
            listed = yaml.safe_load(file.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise ValueError(f"--file {file} cannot be read as YAML: {error}") from error
        if not isinstance(listed, list):
            raise ValueError(f"--file {file} must hold a YAML list of drops (one mapping of vars each)")
        given += [(f"drop {number} of {file}", item) for number, item in enumerate(listed, start=1)]
    if not given:
        raise ValueError("no drop given: name at least one drop's vars, or --file")
    drops = []
    for name, item in given:
        if not isinstance(item, dict) or not item:
            raise ValueError(f"{name} is not a mapping of vars, like {{input_dir: ..., drop_id: ...}}")
        drops.append(item)
    return drops


def as_vars(drop: dict[str, Any]) -> str:
    """One drop's vars as the YAML mapping dbt's --vars takes (one line; quotes in values survive)."""
    return yaml.safe_dump(drop, default_flow_style=True, width=1_000_000, sort_keys=False).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("drops", nargs="*", metavar="VARS", help="one drop's vars, a YAML mapping")
    parser.add_argument("--file", type=Path, help="a YAML file holding a list of drops' vars (after any VARS)")
    parser.add_argument("--keep-going", action="store_true", help="build the drops after a failed one too")
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help="also write each drop's outcome and timing to this JSON file (the benchmark reads it)")
    args = parser.parse_args(argv)
    try:
        drops = read_drops(args.drops, args.file)
    except ValueError as error:
        print(f"run_drops: {error}", file=sys.stderr)
        return 2

    json_path = args.json.resolve() if args.json else None  # as given, before the move to the project
    os.chdir(PROJECT)
    os.environ.setdefault("DBT_PROFILES_DIR", str(PROJECT))
    os.environ["DO_NOT_TRACK"] = "1"
    if os.environ.pop("DROP_HYGIENE_VARS", None):
        print("run_drops: DROP_HYGIENE_VARS is set in this shell; it is not used here (each drop's vars "
              "are given to this script)", file=sys.stderr)
    sys.path.insert(0, str(PROJECT / "scripts"))
    from check_warehouse import check

    held = check(Path(os.environ.get("DROP_HYGIENE_WAREHOUSE", "warehouse/drop_hygiene.duckdb")))
    if held:
        print(held, file=sys.stderr)
        return 1

    from dbt.cli.main import dbtRunner

    parsed = dbtRunner().invoke(["parse"])
    if not parsed.success:
        print(f"run_drops: dbt could not parse the project: {parsed.exception}", file=sys.stderr)
        return 2
    manifest = parsed.result

    outcomes: list[dict[str, Any]] = []
    for number, drop in enumerate(drops, start=1):
        label = f"drop {number} of {len(drops)} ({drop.get('drop_id', 'default drop_id')})"
        print(f"\n=== {label}: building", flush=True)
        started_at = time.time()
        start = time.perf_counter()
        result = dbtRunner(manifest=manifest).invoke(
            ["build", "--exclude-resource-type", "unit_test", "--vars", as_vars(drop)])
        seconds = time.perf_counter() - start
        outcomes.append({"drop": number, "vars": drop, "released": bool(result.success),
                         "seconds": round(seconds, 2), "started_at": started_at,
                         "error": None if result.exception is None else str(result.exception)})
        if not result.success and not args.keep_going:
            break

    print("\nDrops:")
    for outcome in outcomes:
        state = "built and released" if outcome["released"] else "FAILED: nothing of it was published"
        print(f"  drop {outcome['drop']} ({outcome['vars'].get('drop_id', 'default drop_id')}): "
              f"{state} in {outcome['seconds']:.1f} s")
    for number in range(len(outcomes) + 1, len(drops) + 1):
        print(f"  drop {number} ({drops[number - 1].get('drop_id', 'default drop_id')}): not built "
              f"(a drop before it failed; --keep-going builds it anyway)")
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(outcomes, indent=2, default=str), encoding="utf-8")
    return 0 if len(outcomes) == len(drops) and all(o["released"] for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
