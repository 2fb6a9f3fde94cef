"""The sample drop on Spark gives what it gives on DuckDB (issue 19).

Both builds run every unit test and data test of the project (`dbt build`); Spark's must pass
them all and release the drop. The files handed to the printer and the data owner are then
compared: each CSV byte for byte, but for the software name in the CASS summary (it names the
engine), and each Parquet file row for row, in order.
"""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from conftest import Build

CSV_FILES = ["drop_manifest.csv", "mail_ready.csv", "rejected_records.csv", "date_currency_checks.csv",
             "cass_summary.csv", "source_quality.csv", "ncoa_updates.csv"]
PARQUET_FILES = ["mail_ready.parquet", "ncoa_updates.parquet"]


def run_results(build: Build) -> dict[str, str]:
    results = json.loads((build.target_dir / "run_results.json").read_text())["results"]
    return {result["unique_id"]: result["status"] for result in results}


def test_spark_build_passes_every_test_and_releases(sample_builds: dict[str, Build]) -> None:
    spark, duck = sample_builds["spark"], sample_builds["duckdb"]
    assert duck.returncode == 0
    assert spark.returncode == 0, spark.log[-3000:]
    assert "DROP SAMPLE-2026-12 RELEASED" in spark.log
    spark_results, duck_results = run_results(spark), run_results(duck)
    # the same nodes ran (models, seeds, unit tests, data tests) and every one passed on Spark
    assert set(spark_results) == set(duck_results)
    # every unit test the project defines ran (not a count that goes stale when tests are merged)
    defined = json.loads((spark.target_dir / "manifest.json").read_text())["unit_tests"]
    unit_tests = {node for node in spark_results if node.startswith("unit_test.")}
    assert defined and unit_tests == set(defined)
    # an exposure runs nothing: dbt reports it as no-op
    failed = {node: status for node, status in spark_results.items()
              if status not in ("success", "pass") and not (node.startswith("exposure.") and status == "no-op")}
    assert failed == {}
    # the release manifest counts the same records of the same files (Spark counts a CSV with its
    # multi-line reader, DuckDB with read_csv)
    def released(build: Build) -> dict[str, int]:
        manifest = json.loads((build.output_dir / "release_manifest.json").read_text())
        return {entry["file"]: entry["rows"] for entry in manifest["files"]}
    assert released(spark) == released(duck) and released(duck)["mail_ready.csv"] > 0


def without_software(text: str) -> str:
    """cass_summary.csv with its `software` cell emptied (it names the engine and its version)."""
    rows = list(csv.reader(io.StringIO(text)))
    column = rows[0].index("software")
    lines = text.split("\n")
    for number, row in enumerate(rows[1:], start=1):
        assert row[column].startswith("drop_hygiene (dbt ")
        lines[number] = lines[number].replace('"' + row[column] + '"', '""', 1)
    return "\n".join(lines)


@pytest.mark.parametrize("file_name", CSV_FILES)
def test_csv_exports_are_the_same_bytes(sample_builds: dict[str, Build], file_name: str) -> None:
    spark, duck = sample_builds["spark"], sample_builds["duckdb"]
    spark_bytes = (spark.output_dir / file_name).read_bytes()
    duck_bytes = (duck.output_dir / file_name).read_bytes()
    if file_name == "cass_summary.csv":
        spark_bytes = without_software(spark_bytes.decode()).encode()
        duck_bytes = without_software(duck_bytes.decode()).encode()
    assert spark_bytes.count(b"\n") > 1  # a header and rows
    if spark_bytes != duck_bytes:  # show the first line that differs
        spark_lines, duck_lines = spark_bytes.split(b"\n"), duck_bytes.split(b"\n")
        first = next(i for i, (a, b) in enumerate(zip(spark_lines, duck_lines)) if a != b) \
            if any(a != b for a, b in zip(spark_lines, duck_lines)) else min(len(spark_lines), len(duck_lines))
        pytest.fail(f"{file_name} differs from line {first + 1}: spark "
                    f"{spark_lines[first:first + 1]!r} duckdb {duck_lines[first:first + 1]!r} "
                    f"({len(spark_lines)} against {len(duck_lines)} lines)")


@pytest.mark.parametrize("file_name", PARQUET_FILES)
def test_parquet_exports_hold_the_same_rows_in_order(sample_builds: dict[str, Build], file_name: str) -> None:
    spark, duck = sample_builds["spark"], sample_builds["duckdb"]
    con = duckdb.connect()
    spark_rows = con.execute(f"select * from read_parquet('{spark.output_dir / file_name}')").fetchall()
    duck_rows = con.execute(f"select * from read_parquet('{duck.output_dir / file_name}')").fetchall()
    spark_columns = [c[0] for c in con.execute(f"describe select * from read_parquet('{spark.output_dir / file_name}')").fetchall()]
    duck_columns = [c[0] for c in con.execute(f"describe select * from read_parquet('{duck.output_dir / file_name}')").fetchall()]
    assert spark_columns == duck_columns
    assert len(spark_rows) == len(duck_rows) > 0
    assert [tuple(map(str, row)) for row in spark_rows] == [tuple(map(str, row)) for row in duck_rows]


def test_release_manifests_list_the_same_files_and_rows(sample_builds: dict[str, Build]) -> None:
    manifests = {engine: json.loads((build.output_dir / "release_manifest.json").read_text())
                 for engine, build in sample_builds.items()}
    listed = {engine: {entry["file"]: entry["rows"] for entry in manifest["files"]}
              for engine, manifest in manifests.items()}
    assert listed["spark"] == listed["duckdb"]
    assert set(listed["spark"]) == set(CSV_FILES) | set(PARQUET_FILES)
    # nothing left waiting in the pending folder
    assert not list(sample_builds["spark"].output_dir.parent.glob(".*.pending"))
