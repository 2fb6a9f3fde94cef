"""The project as code: the SQL passes sqlfluff, and what dbt parses does not depend on a drop's
vars (so one parsed project serves every drop, and the in-process runs of these tests are the
runs a user gets from the command line)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT, SAMPLE, engine_env, in_process_dbt, run_dbt

SQLFLUFF = str(Path(sys.executable).with_name("sqlfluff"))


def test_sql_passes_sqlfluff(tmp_path: Path) -> None:
    # the dbt templater compiles every model; drop_manifest reads the reason_codes seed when it
    # compiles, so the seeds go into a warehouse of the lint's own first
    seeded = run_dbt(tmp_path, "seed", SAMPLE)
    assert seeded.returncode == 0, seeded.output[-3000:]
    done = subprocess.run([SQLFLUFF, "lint", "models", "tests", "macros", "--disable-progress-bar"],
                          cwd=PROJECT, env=dict(os.environ, **engine_env(tmp_path)), capture_output=True, text=True,
                          timeout=900)
    violations = [line for line in done.stdout.splitlines() if line.startswith(("== [", "L:"))]
    assert done.returncode == 0 and violations == [], "\n".join(violations) or done.stdout[-3000:] + done.stderr[-3000:]


def comparable(manifest: dict) -> str:
    """The parsed nodes, sources, exposures and unit tests, without the times dbt stamps on them."""
    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "created_at"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return json.dumps(strip({k: manifest[k] for k in ("nodes", "sources", "exposures", "unit_tests")}), sort_keys=True)


def test_parse_does_not_depend_on_drop_vars(tmp_path: Path) -> None:
    dbt = in_process_dbt()  # the session's parse, with the default vars, is in workdir/parse
    dbt.parse(tmp_path / "other", "{input_dir: /elsewhere, output_dir: /elsewhere/out, drop_id: OTHER-DROP, "
                                  "offer_code: OTHER, mailing_date: '2027-01-05', coding_date: '2026-12-01', "
                                  "dedupe_level: address, reject_dpv_partial: true, suppress_prison: false}")
    defaults, other = (json.loads((folder / "target" / "manifest.json").read_text(encoding="utf-8"))
                       for folder in (dbt.workdir / "parse", tmp_path / "other"))
    assert comparable(defaults) == comparable(other)


def test_every_check_gates_the_release() -> None:
    """Under `dbt build` a test blocks a model only when every node the test reads is upstream of
    that model; so every data test (but those of drop_log, which runs after the release) must
    read only nodes upstream of drop_release, or a failing check could not stop a release."""
    manifest = json.loads((in_process_dbt().workdir / "parse" / "target" / "manifest.json").read_text(encoding="utf-8"))
    parents = {uid: set(node["depends_on"]["nodes"]) for uid, node in manifest["nodes"].items()}
    upstream: set[str] = set()
    todo = ["model.drop_hygiene.drop_release"]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in upstream:
                upstream.add(parent)
                todo.append(parent)
    ungated = [uid for uid, node in manifest["nodes"].items()
               if node["resource_type"] == "test" and not node.get("attached_node", "").endswith(".drop_log")
               and not set(node["depends_on"]["nodes"]) <= upstream]
    assert ungated == []
    assert any(uid.startswith("test.drop_hygiene.assert_every_list_line") for uid in manifest["nodes"])


def test_the_project_version_in_release_manifests_is_dbt_project_version() -> None:
    project = yaml.safe_load((PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))
    macro = (PROJECT / "macros" / "settings" / "drop_hygiene_version.sql").read_text(encoding="utf-8")
    assert f"return('{project['version']}')" in macro
