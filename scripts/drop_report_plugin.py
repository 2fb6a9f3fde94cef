"""The dbt-duckdb plugin that lets a build write its drop report (profiles.yml loads it).

It registers write_drop_report(outcome_json) on every DuckDB connection dbt opens; the
on-run-end hook (macros/release/write_drop_report.sql) calls it with the build's outcome, and
scripts/drop_report.py reads the drop's tables and writes drop_report.html. Kept apart from the
renderer so that the command line does not import dbt. Being the first of our code dbt runs after it
has parsed the project, it also freezes what dbt parsed out of Python's garbage collection (once a
process).
"""
from __future__ import annotations

import gc
import threading
from typing import Any

from dbt.adapters.duckdb.plugins import BasePlugin

from drop_report import import_chart_modules, write_from_build


_frozen = threading.Event()


def freeze_parsed_project() -> None:
    """Move every object alive now out of reach of Python's cyclic garbage collector, once per process.

    dbt creates the plugin when it first opens DuckDB, once its project is parsed. What is alive then
    (the parsed manifest, the imported modules) lives until `dbt build` exits, yet each full
    collection walks all of it again, holding Python's lock; frozen, the collector leaves it out. Only
    the first build of a process freezes: a process that runs dbt again and again (an orchestrator
    calling dbtRunner, our tests) creates the plugin for every run, and freezing each time would keep
    each run's objects that die afterwards in reference cycles for good (about 10 MB a build of the
    sample, measured)."""
    if not _frozen.is_set():
        _frozen.set()
        gc.freeze()


class Plugin(BasePlugin):
    """Registers write_drop_report(outcome_json) -> the line the build logs."""

    def initialize(self, plugin_config: dict[str, Any]) -> None:
        freeze_parsed_project()
        # the chart modules take about 0.6 s of Python holding its lock to import: on a thread from
        # the moment dbt opens DuckDB, beside the build, instead of at its end, when nothing else runs.
        # Not a daemon: a build that stops sooner (a missing file) waits for the import at exit, where
        # a daemon thread still importing C extensions while Python shut down crashed the process
        # (SIGSEGV, seen once in the test of the freeze below)
        threading.Thread(target=import_chart_modules, name="drop-report-imports", daemon=False).start()

    def configure_connection(self, conn: Any) -> None:
        conn.create_function("write_drop_report", lambda outcome_json: write_from_build(conn, outcome_json),
                             ["VARCHAR"], "VARCHAR", side_effects=True)
