"""The dbt-duckdb plugin that lets a build write its drop report (profiles.yml loads it).

It registers write_drop_report(outcome_json) on every DuckDB connection dbt opens; the
on-run-end hook (macros/release/write_drop_report.sql) calls it with the build's outcome, and
scripts/drop_report.py reads the drop's tables and writes drop_report.html. Kept apart from the
renderer so that the command line does not import dbt.
"""
from __future__ import annotations

from typing import Any

from dbt.adapters.duckdb.plugins import BasePlugin

from drop_report import write_from_build


class Plugin(BasePlugin):
    """Registers write_drop_report(outcome_json) -> the line the build logs."""

    def configure_connection(self, conn: Any) -> None:
        conn.create_function("write_drop_report", lambda outcome_json: write_from_build(conn, outcome_json),
                             ["VARCHAR"], "VARCHAR", side_effects=True)
