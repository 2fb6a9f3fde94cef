"""DROP_HYGIENE_INTERMEDIATE=memory: the intermediate models kept in memory for the build instead
of in the warehouse file. The drop must come out the same, byte for byte, and the warehouse must
not keep an earlier build's intermediate tables for anyone to read as this drop's."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from conftest import SAMPLE, SAMPLE_IMB_VARS, DbtRun, copy_build, run_dbt_cli

MEMORY = {"DROP_HYGIENE_INTERMEDIATE": "memory"}


def relations(warehouse: Path) -> dict[str, set[str]]:
    """Every table and view of the warehouse file, by schema."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("""
            select schema_name, table_name from duckdb_tables()
            union all
            select schema_name, view_name from duckdb_views() where not internal
        """).fetchall()
    found: dict[str, set[str]] = {}
    for schema, name in rows:
        found.setdefault(schema, set()).add(name)
    return found


def test_the_drop_comes_out_the_same_with_the_intermediate_tables_in_memory(sample_build: DbtRun,
                                                                            tmp_path: Path) -> None:
    # the sample's own warehouse, with the intermediate tables its default build kept there
    copy_build(sample_build, tmp_path)
    before = relations(tmp_path / "warehouse.duckdb")
    assert len(before["intermediate"]) > 15
    default_output = sample_build.output_dir
    shutil.rmtree(tmp_path / "output")

    run = run_dbt_cli(tmp_path, ["build"], SAMPLE, SAMPLE_IMB_VARS, env=MEMORY)
    assert run.returncode == 0, run.output[-4000:]
    # the models were built in the in-memory database, not the file
    assert "drop_scratch.intermediate.int_mail_list__outcomes" in run.output

    # the same files, byte for byte; the release manifest and the report differ only in their times
    files = sorted(p.name for p in default_output.iterdir())
    assert sorted(p.name for p in run.output_dir.iterdir()) == files
    for name in files:
        ours, theirs = run.output_dir / name, default_output / name
        if name == "release_manifest.json":
            mine, default = json.loads(ours.read_text()), json.loads(theirs.read_text())
            assert mine.pop("released_at") != "" and default.pop("released_at") != ""
            assert mine == default
        elif name == "drop_report.html":
            # the report names the folder it was published to, and when it was written
            def page(path: Path, folder: Path) -> list[str]:
                return [line.replace(str(folder), "OUTPUT") for line in path.read_text().splitlines()
                        if "report written" not in line]
            assert page(ours, run.output_dir) == page(theirs, default_output)
        else:
            assert ours.read_bytes() == theirs.read_bytes(), name

    # the warehouse keeps the staging, reference and marts tables, and none of the intermediate ones
    after = relations(tmp_path / "warehouse.duckdb")
    assert "intermediate" not in after, after.get("intermediate")
    for schema in ("staging", "reference", "marts"):
        assert after[schema] == before[schema], schema


def test_an_unknown_intermediate_setting_stops_the_build_naming_the_variable(tmp_path: Path) -> None:
    run = run_dbt_cli(tmp_path, ["parse"], SAMPLE, env={"DROP_HYGIENE_INTERMEDIATE": "ram"})
    assert run.returncode != 0
    assert "DROP_HYGIENE_INTERMEDIATE is 'ram'" in run.output and "'warehouse'" in run.output


def test_a_selection_that_reads_intermediate_tables_it_does_not_build_stops_first(sample_build: DbtRun,
                                                                                   tmp_path: Path) -> None:
    # in memory, mail_ready's intermediate parents would not exist: the build says so before it
    # runs anything, and drops nothing from the warehouse
    copy_build(sample_build, tmp_path)
    before = relations(tmp_path / "warehouse.duckdb")
    run = run_dbt_cli(tmp_path, ["build", "--select", "mail_ready"], SAMPLE, SAMPLE_IMB_VARS, env=MEMORY)
    assert run.returncode != 0
    assert "DROP_HYGIENE_INTERMEDIATE=memory" in run.output
    assert "reads int_drop__output_directory, int_mail_list__imb," in run.output
    assert "OK created" not in run.output
    assert relations(tmp_path / "warehouse.duckdb") == before
