"""The project as code: what dbt parses does not depend on a drop's vars (so one parsed project
serves every drop, and the in-process runs of these tests are the runs a user gets from the
command line), every check gates the release, and the version a release names is the project's.
sqlfluff runs as `make lint` (CI runs it after `make test`)."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from conftest import PROJECT, SAMPLE, in_process_dbt, run_dbt_cli


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


def test_a_drop_named_in_the_environment_reuses_the_parse_of_the_drop_before(tmp_path: Path) -> None:
    """dbt parses the whole project again whenever --vars changes. Two drops named in
    DROP_HYGIENE_VARS on the command line, one after the other: the second is built with its own
    vars on the first one's parse."""
    select = ["build", "--select", "int_drop__settings"]
    first = run_dbt_cli(tmp_path, select, SAMPLE, {"drop_id": "FIRST-DROP"}, vars_from_environment=True)
    assert first.returncode == 0, first.output[-3000:]
    assert "Unable to do partial parsing because saved manifest not found" in first.output
    second = run_dbt_cli(tmp_path, select, SAMPLE, {"drop_id": "SECOND-DROP", "coding_date": "2026-11-23"},
                         vars_from_environment=True)
    assert second.returncode == 0, second.output[-3000:]
    assert "Unable to do partial parsing" not in second.output
    second_log = (tmp_path / "logs" / "dbt.log").read_text(encoding="utf-8").rsplit("Running with dbt=", 1)[1]
    assert "Partial parsing enabled, no changes found, skipping parsing" in second_log
    assert second.query("select drop_id, cast(coding_date as varchar), output_dir from intermediate.int_drop__settings") == [
        ("SECOND-DROP", "2026-11-23", str(tmp_path / "output"))]


def test_every_check_gates_the_release() -> None:
    """Under `dbt build` a test blocks a model only when every node the test reads is upstream of
    that model; so every data test (but those of drop_log, which runs after the release) must
    read only nodes upstream of drop_release, or a failing check could not stop a release."""
    manifest = json.loads((in_process_dbt().workdir / "parse" / "target" / "manifest.json").read_text(encoding="utf-8"))
    parents = {uid: set(node.get("depends_on", {}).get("nodes", [])) for uid, node in manifest["nodes"].items()}
    upstream: set[str] = set()
    todo = ["model.drop_hygiene.drop_release"]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in upstream:
                upstream.add(parent)
                todo.append(parent)
    ungated = [uid for uid, node in manifest["nodes"].items()
               if node["resource_type"] == "test" and not (node.get("attached_node") or "").endswith(".drop_log")
               and not parents[uid] <= upstream]
    assert ungated == []
    assert any(uid.startswith("test.drop_hygiene.assert_every_list_line") for uid in manifest["nodes"])


def test_the_project_version_in_release_manifests_is_dbt_project_version() -> None:
    project = yaml.safe_load((PROJECT / "dbt_project.yml").read_text(encoding="utf-8"))
    macro = (PROJECT / "macros" / "settings" / "drop_hygiene_version.sql").read_text(encoding="utf-8")
    assert f"return('{project['version']}')" in macro


def test_spark_wrapper_explains_itself_and_is_not_taken_for_a_dbt_plugin() -> None:
    """scripts/run_on_spark.py --help runs without dbt-spark installed; and no script is named
    dbt_*: dbt imports every module on its path whose name starts with dbt_ as a plugin, and the
    scripts folder is on the path of every build (the drop report plugin lives there)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(PROJECT / "scripts" / "run_on_spark.py"), "--help"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert "session" in out.stdout and "--target spark" in out.stdout
    assert not [path.name for path in (PROJECT / "scripts").glob("dbt_*.py")]
