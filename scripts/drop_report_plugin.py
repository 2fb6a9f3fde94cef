"""The dbt-duckdb plugin that lets a build write its drop report (profiles.yml loads it).

It registers write_drop_report(outcome_json) on every DuckDB connection dbt opens; the
on-run-end hook (macros/release/write_drop_report.sql) calls it with the build's outcome, and
scripts/drop_report.py reads the drop's tables and writes drop_report.html. Kept apart from the
renderer so that the command line does not import dbt.
"""
from __future__ import annotations

import threading
from typing import Any

from dbt.adapters.duckdb.plugins import BasePlugin

from drop_report import write_from_build


def import_chart_modules() -> None:
    """Import what the report draws its charts with. About 0.6 s of Python holding its lock; on
    a thread from the moment dbt opens DuckDB it runs while DuckDB works, instead of at the end of
    the build, when nothing else does. A failure is left for the report to meet and name."""
    try:
        import matplotlib.figure  # noqa: F401
        import matplotlib.backends.backend_svg  # noqa: F401
    except Exception:  # noqa: BLE001 - the report imports them again and says what failed
        pass


class Plugin(BasePlugin):
    """Registers write_drop_report(outcome_json) -> the line the build logs."""

    def initialize(self, plugin_config: dict[str, Any]) -> None:
        threading.Thread(target=import_chart_modules, name="drop-report-imports", daemon=True).start()

    def configure_connection(self, conn: Any) -> None:
        conn.create_function("write_drop_report", lambda outcome_json: write_from_build(conn, outcome_json),
                             ["VARCHAR"], "VARCHAR", side_effects=True)
