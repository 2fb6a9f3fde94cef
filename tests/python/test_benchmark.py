"""The benchmark script end to end on a small drop: it runs, accounts for every line and
writes the JSON the scale issue asks for. Timings are reported, never asserted."""
from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import duckdb

import benchmark
from conftest import PROJECT

BENCHMARK = PROJECT / "scripts" / "benchmark.py"


def test_help_explains_itself() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARK), "--help"], capture_output=True, text=True, check=True)
    assert "--records" in done.stdout and "floor" in done.stdout and "unit_test" in done.stdout


def small_run(tmp_path: Path, *more: str) -> tuple[subprocess.CompletedProcess, dict]:
    """The benchmark on 1,000 records (seed 3), cached in tmp_path: its output and its JSON."""
    out = tmp_path / "result.json"
    done = subprocess.run([sys.executable, str(BENCHMARK), "--records", "1000", "--seed", "3", "--cache",
                           str(tmp_path), "--json", str(out), *more], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done, json.loads(out.read_text())


def test_a_small_run_accounts_for_every_line(tmp_path: Path) -> None:
    done, result = small_run(tmp_path, "--compare-scourgify", "100")
    for key in ("records", "wall_s", "floor_s", "records_per_s", "peak_rss_mb", "rows_accounted", "models",
                "chain_nodes", "chain_wait_s"):
        assert key in result, key
    assert result["rows_accounted"] == result["list_lines"] == result["mailed"] + result["rejected"]
    assert result["lines_misnumbered"] == 0 and result["extra_columns_misplaced"] == 0
    assert result["peak_rss_mb"] > 0 and result["floor_s"] > 0
    # the processor time of the build, from dbt's own resource report
    assert result["cpu_s"] > 0
    assert "int_addresses__standardized" in result["models"] and "mail_ready" in result["models"]
    # the longest chain runs from the settings to the last node, and its waits are part of it
    assert 20 < result["chain_nodes"] and 0 <= result["chain_wait_s"] < result["chain_s"] <= result["wall_s"]
    assert "longest chain:" in done.stdout
    # the processor time the machine had and the build left unused, from the samples of the process tree
    assert 0 <= result["idle_core_s"] <= result["machine_cores"] * result["wall_s"]
    for start, end, busy, models in result["idle_stretches"]:
        assert 0 <= start < end <= result["wall_s"] + 1 and end - start >= 2 and busy < result["machine_cores"] - 0.5
    assert "cores idle:" in done.stdout
    # the three phases add up to the wall time, and dbt parses before any node runs
    phases = result["phases"]
    assert abs(phases["start_s"] + phases["nodes_s"] + phases["exit_s"] - result["wall_s"]) < 0.05
    assert phases["start_s"] > 0 and phases["nodes_s"] >= result["chain_s"] and phases["exit_s"] >= 0
    assert "phases: dbt start and parse" in done.stdout
    # the build ran on the parse a `dbt parse` made just before it (a full one: the cache was empty)
    assert result["parse"] == "warm" and result["parse_before_was_full"] is True
    assert result["build_parsed_all"] is False and result["parse_before_s"] > 0
    assert result["scourgify"]["addresses"] == 100
    # the confusion table covers every line, and the pipeline finds what was planted
    assert sum(n for _, _, n in result["confusion"]) == result["list_lines"]
    found = sum(n for planted, got, n in result["confusion"] if planted == got)
    assert found == result["list_lines"], [row for row in result["confusion"] if row[0] != row[1]]
    # with --intermediate memory the checks are made from the marts alone: on this build, whose
    # intermediate tables are still there, they say the same as the ones made from the outcomes
    from_marts = benchmark.measured(tmp_path / "drop_1000_s3", tmp_path / "run_1000_s3", "memory")
    assert from_marts["addresses_standardized"] is None
    for key in ("rows_accounted", "mailed", "rejected", "lines_misnumbered", "extra_columns_misplaced",
                "confusion", "dpv_confusion_mailed", "zip4_as_planted"):
        assert from_marts[key] == result[key], key
    # the drop is cached with the version of the generator that made it; another version's drop is made again
    stamp = tmp_path / "drop_1000_s3" / "generator.sha256"
    assert stamp.read_text().strip() == benchmark.generator_digest()
    stamp.write_text("made by another generator\n")
    (tmp_path / "drop_1000_s3" / "truth.csv").write_text("stale\n")
    assert benchmark.generated_drop(1000, 3, tmp_path) == tmp_path / "drop_1000_s3"
    assert stamp.read_text().strip() == benchmark.generator_digest()
    assert (tmp_path / "drop_1000_s3" / "truth.csv").read_text().startswith("source_line,")


def test_the_baseline_table_shows_each_model_against_an_earlier_run() -> None:
    earlier = {"records": 1000, "wall_s": 30.0, "peak_rss_mb": 500, "cpu_s": 50.0,
               "models": {"a": 2.0, "b": 1.0, "gone": 0.5}}
    now = {"records": 1000, "wall_s": 27.5, "peak_rss_mb": 450, "cpu_s": 44.0,
           "models": {"a": 1.0, "b": 1.25, "new": 0.25}}
    table = benchmark.against_baseline(now, earlier).splitlines()
    assert table[2].split() == ["wall_s", "30.00", "27.50", "-2.50"]
    assert table[4].split() == ["cpu_s", "50.00", "44.00", "-6.00"]
    assert table[5].split() == ["models,", "total", "3.50", "2.50", "-1.00"]
    # the model that changed most first; a model only one run has shows a dash
    assert table[6].split() == ["a", "2.00", "1.00", "-1.00"]
    assert ["gone", "0.50", "-", "-"] in [line.split() for line in table]
    assert ["new", "-", "0.25", "-"] in [line.split() for line in table]


def test_the_phases_of_the_build_add_up_to_its_wall_time() -> None:
    # dbt started at 20:00:00; its first hook at 4.5 s, its last node ended at 30 s; 31.25 s in all
    stamp = lambda s: f"2026-11-26T20:00:{s:09.6f}Z"  # noqa: E731
    started_at = benchmark.datetime.datetime.fromisoformat(stamp(0).replace("Z", "+00:00")).timestamp()
    results = {"results": [
        {"unique_id": "operation.p.on-run-start-0", "timing": [
            {"name": "execute", "started_at": stamp(4.5), "completed_at": stamp(4.75)}]},
        {"unique_id": "model.p.a", "timing": [
            {"name": "compile", "started_at": stamp(5), "completed_at": stamp(5.5)},
            {"name": "execute", "started_at": stamp(5.5), "completed_at": stamp(30)}]},
        {"unique_id": "test.p.t", "timing": []}]}
    assert benchmark.build_phases(results, started_at, 31.25) == {"start_s": 4.5, "nodes_s": 25.5, "exit_s": 1.25}
    earlier = {"records": 10, "wall_s": 31.25, "peak_rss_mb": 1, "cpu_s": 1.0, "models": {"a": 24.5},
               "phases": {"start_s": 4.5, "nodes_s": 25.5, "exit_s": 1.25}}
    now = dict(earlier, phases={"start_s": 3.0, "nodes_s": 25.5, "exit_s": 1.25})
    assert ["dbt", "start", "and", "parse", "(s)", "4.50", "3.00", "-1.50"] in [
        line.split() for line in benchmark.against_baseline(now, earlier).splitlines()]


def test_the_longest_chain_and_its_waits_for_a_thread() -> None:
    # s (seed) -> a -> c, s -> b -> c; t tests a and gates c; u tests b and c together (so it
    # cannot gate c, which it reads). c is ready when t ends at 6 s but starts at 8 s.
    def node(uid: str, start: float, end: float) -> dict:
        stamp = lambda s: f"2026-11-26T20:00:{s:09.6f}Z"  # noqa: E731
        return {"unique_id": uid, "timing": [
            {"name": "compile", "started_at": stamp(start), "completed_at": stamp(start + 0.1)},
            {"name": "execute", "started_at": stamp(start + 0.1), "completed_at": stamp(end)}]}

    results = {"results": [node("seed.p.s", 0, 1), node("model.p.a", 1, 5), node("model.p.b", 1, 3),
                           node("test.p.t_a.1", 5, 6), node("model.p.c", 8, 10), node("test.p.u_b_c.2", 10, 11),
                           {"unique_id": "operation.p.on-run-end-0", "timing": []}]}
    manifest = {"nodes": {"seed.p.s": {"depends_on": {"nodes": []}},
                          "model.p.a": {"depends_on": {"nodes": ["seed.p.s"]}},
                          "model.p.b": {"depends_on": {"nodes": ["seed.p.s"]}},
                          "test.p.t_a.1": {"depends_on": {"nodes": ["model.p.a"]}},
                          "model.p.c": {"depends_on": {"nodes": ["model.p.a", "model.p.b"]}},
                          "test.p.u_b_c.2": {"depends_on": {"nodes": ["model.p.b", "model.p.c"]}}}}
    chain = benchmark.chain_waits(results, manifest)
    # u (last to end) <- c <- t (the input of c that ended last) <- a <- s
    assert chain["chain_nodes"] == 5
    assert chain["chain_s"] == 11.0
    assert chain["chain_wait_s"] == 2.0
    assert chain["chain_waits"] == [["c", 2.0]]


def test_the_idle_cores_and_the_stretches_they_were_idle_in() -> None:
    # a 2-core machine, dbt started at clock 1000.0 and sampled every 0.1 s for 10 s: one core busy for
    # the first 4 s (dbt parsing, then model a alone), both for the next 6 (models a and b)
    started_at = 1000.0
    samples, used = [], 0.0
    for step in range(101):
        t = started_at + step * 0.1
        samples.append((t, used))
        used += 0.1 * (1.0 if t < started_at + 4.0 - 1e-9 else 2.0)

    def model(name: str, start: float, end: float) -> dict:
        def stamp(offset: float) -> str:
            return datetime.datetime.fromtimestamp(started_at + offset, datetime.timezone.utc).isoformat()

        return {"unique_id": f"model.p.{name}", "timing": [{"name": "execute", "started_at": stamp(start),
                                                            "completed_at": stamp(end)}]}

    results = {"results": [model("a", 2.0, 10.0), model("b", 5.0, 10.0), {"unique_id": "test.p.t.1", "timing": []}]}
    use = benchmark.processor_use(samples, started_at, 2, results)
    assert use["idle_core_s"] == 4.0
    assert use["idle_stretches"] == [[0.0, 4.0, 1.0, ["a"]]]
    # all cores busy: nothing idle, no stretch; too few samples: nothing to say
    busy = [(started_at + k * 0.1, k * 0.2) for k in range(50)]
    assert benchmark.processor_use(busy, started_at, 2, results) == {"idle_core_s": 0.0, "idle_stretches": []}
    assert benchmark.processor_use(busy[:1], started_at, 2, results) == {"idle_core_s": None, "idle_stretches": []}


def test_a_warm_run_keeps_only_dbts_saved_parse_of_the_run_before(tmp_path: Path) -> None:
    work = tmp_path / "run_1000_s1"
    (work / "target").mkdir(parents=True)
    (work / "target" / benchmark.PARSE_STATE).write_bytes(b"dbt's parse")
    (work / "target" / "run_results.json").write_text("{}")
    (work / "warehouse.duckdb").write_bytes(b"last run's data")
    benchmark.fresh_run_folder(work, "warm")
    assert sorted(p.relative_to(work).as_posix() for p in work.rglob("*")) == ["target", f"target/{benchmark.PARSE_STATE}"]
    assert (work / "target" / benchmark.PARSE_STATE).read_bytes() == b"dbt's parse"
    benchmark.fresh_run_folder(work, "cold")
    assert [p.name for p in work.rglob("*")] == ["target"]


def test_a_batch_run_times_the_second_drop_alone(tmp_path: Path) -> None:
    """--parse batch: the sample drop, then the generated one, built by scripts/run_drops.py in one
    process; what is reported is the second drop's build, and the first (a proof run) is not in
    drop_log, so the timed drop finds what was planted as a fresh warehouse would."""
    _, result = small_run(tmp_path, "--parse", "batch")
    work = tmp_path / "run_1000_s3"
    drops = json.loads((work / "drops.json").read_text())
    assert [(d["vars"]["drop_id"], d["released"]) for d in drops] == [("WARMUP", True), ("BENCH", True)]
    # the wall time, the processor time and the phases are the second drop's
    assert result["wall_s"] == round(drops[1]["seconds"], 2)
    phases = result["phases"]
    assert abs(phases["start_s"] + phases["nodes_s"] + phases["exit_s"] - result["wall_s"]) < 0.05
    assert result["cpu_s"] > 0
    totals = [json.loads(line[line.index("{"):]) for line in (work / "logs" / "dbt.log").read_text().splitlines()
              if "Resource report:" in line]
    last, before = totals[-1], totals[-2]
    assert result["cpu_s"] == round(sum(float(last[k]) - float(before[k])
                                        for k in ("process_user_time", "process_kernel_time")), 1)
    assert result["parse"] == "batch" and result["build_parsed_all"] is False
    assert result["rows_accounted"] == result["list_lines"] and result["lines_misnumbered"] == 0
    found = sum(n for planted, got, n in result["confusion"] if planted == got)
    assert found == result["list_lines"], [row for row in result["confusion"] if row[0] != row[1]]
    with duckdb.connect(str(work / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select distinct drop_id from marts.drop_log").fetchall() == [("BENCH",)]
