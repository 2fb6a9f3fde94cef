#!/usr/bin/env python3
"""Benchmark the whole checklist on a generated drop, and measure it against the planted truth.

For --records N it generates a drop with scripts/generate_drop.py (cached per N, seed and generator version
under bench_cache/), and runs the drop build on it in a fresh warehouse, the drop named in
DROP_HYGIENE_VARS as a letter shop running one drop after another names it:

    DROP_HYGIENE_VARS="{input_dir: ..., drop_id: BENCH, ...}" dbt build --exclude-resource-type unit_test

--parse says what dbt has parsed before the timed build:

  warm (default)  the project as the drop before left it: an untimed `dbt parse` runs first with the
                  same environment (parse_before_s), and the build reuses it (dbt parses again only
                  the files that changed, none here): a run of drops, each after the one before
  cold            nothing: the target folder is fresh and the build parses the whole project, as the
                  first drop after an install or an upgrade of dbt does, and as every drop given
                  with --vars does (dbt parses again whenever --vars changes)
  batch           dbt imported and the project parsed in the same process: the build is the second
                  of two drops that scripts/run_drops.py builds one after another on one parse (the
                  bundled sample drop first, as a proof run that drop_log does not record), as a
                  letter shop building the day's drops back to back does; wall_s, cpu_s and the
                  phases are the second drop's alone

that is every seed, model, export and data test (reconciliation and date rules included). The
unit tests are left out, as dbt recommends for production runs: their inputs are fixtures, not
the drop, so they say the same thing on every drop; `make test` runs them. Add --with-unit-tests
to time them too. It reports:

  wall_s          the dbt build, end to end
  floor_s         DuckDB alone reading mail_list.csv and writing it back as CSV, same machine,
                  same run: the least any pipeline over this file could take
  phases          where the wall time went: dbt starting and parsing the project (start_s: with
                  --parse cold a full parse, warm dbt checking its saved parse), the nodes and hooks (nodes_s), and
                  dbt exiting (exit_s); they add up to wall_s
  models          seconds per model, from target/run_results.json
  peak_rss_mb     peak resident memory of the whole dbt process tree (sampled every 0.1 s)
  idle_core_s     processor seconds the machine had while dbt ran (cores x seconds) that the build
                  left unused, from the same samples of the process tree's processor time; with
                  idle_stretches, the stretches of 2 s or more when fewer than cores - 0.5 were
                  busy, and the models that ran then: where more parallel work could still win
  cpu_s           processor seconds the dbt process used (user + system, from dbt's resource
                  report): steadier than wall time on a shared machine, and what a change of
                  work shows best when the machine's cores are all busy
  rows_accounted  rows of mail_ready + rejected_records (must equal the list's data lines)
  standardize     addresses standardized (every input) per second of int_addresses__standardized
  confusion       planted outcome (truth.csv) against the outcome the pipeline gave
  chain_waits     the build's longest chain of nodes (each one's input that finished last,
                  followed back from the last node to finish) and the seconds its nodes waited
                  for a free dbt thread after their inputs were done: what more threads or
                  another order could win

--intermediate memory runs the build with DROP_HYGIENE_INTERMEDIATE=memory: the intermediate
tables are kept in memory for the build instead of in the warehouse file (README, "Benchmark and
how to scale"). They are gone afterwards, so the checks above are made from the marts.

--baseline PATH prints this run's wall time, peak memory and per-model seconds against an earlier
run's --json, the models that changed most first, so that each change shows what it bought.

The build gives every piece its Intelligent Mail barcode (a made-up Mailer ID), as a drop for the
press has.

--compare-scourgify K runs usaddress-scourgify (a widely used Python standardizer) on K of the
same list addresses and reports its addresses per second beside ours. Timings are reported,
never asserted: no test passes or fails on speed.

Example:
    python scripts/benchmark.py --records 100000 --json bench_cache/100k.json --compare-scourgify 100000
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import psutil

PROJECT = Path(__file__).resolve().parents[1]
CACHE = PROJECT / "bench_cache"


def log(message: str) -> None:
    print(f"[benchmark] {message}", file=sys.stderr, flush=True)


# what a generated drop depends on: a cached drop made by another version of these is made again
GENERATOR_FILES = [PROJECT / "scripts" / "generate_drop.py", PROJECT / "seeds" / "names" / "given_name_forms.csv"]


def generator_digest() -> str:
    digest = hashlib.sha256()
    for path in GENERATOR_FILES:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def generated_drop(records: int, seed: int, cache: Path = CACHE) -> Path:
    """The drop for (records, seed), generated once and kept in the cache folder, as long as the
    generator is the one that made it (generator.sha256 in the folder)."""
    folder = cache / f"drop_{records}_s{seed}"
    stamp = folder / "generator.sha256"
    digest = generator_digest()
    if (folder / "truth.csv").exists():
        if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == digest:
            log(f"using cached drop {folder}")
            return folder
        log(f"the cached drop {folder} was made by another version of the generator: making it again")
        shutil.rmtree(folder)
    log(f"generating {records} records (seed {seed}) into {folder}")
    subprocess.run([sys.executable, str(PROJECT / "scripts" / "generate_drop.py"), "--records", str(records),
                    "--seed", str(seed), "--out", str(folder)], check=True)
    stamp.write_text(digest + "\n", encoding="utf-8")
    return folder


def csv_floor(drop: Path, work: Path) -> float:
    """Seconds DuckDB takes to read mail_list.csv and write it back as CSV."""
    start = time.perf_counter()
    with duckdb.connect() as con:
        con.execute(f"copy (select * from read_csv('{drop}/mail_list.csv', all_varchar = true, strict_mode = false, "
                    f"ignore_errors = true)) to '{work}/floor.csv' (header)")
    return time.perf_counter() - start


def stamp_seconds(stamp: str) -> float:
    """A time stamp of run_results.json (ISO 8601, Z for UTC) as seconds since the epoch."""
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


class ProcessSampler(threading.Thread):
    """Samples a process and its children every 0.1 s until stopped: the peak of their summed RSS,
    and their summed processor seconds (user + system) with the clock time of each sample, from which
    processor_use() tells how many cores the build kept busy and when."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True
        self.cpu_samples: list[tuple[float, float]] = []

    def run(self) -> None:
        while self.running:
            try:
                root = psutil.Process(self.pid)
                processes = [root, *root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in processes)
                self.peak = max(self.peak, rss)
                busy = sum(sum(p.cpu_times()[:2]) for p in processes)  # user + system
                self.cpu_samples.append((time.time(), busy))
            except psutil.Error:
                pass
            time.sleep(0.1)


def processor_use(samples: list[tuple[float, float]], started_at: float, cores: int, results: dict,
                  bucket_s: float = 0.5, min_stretch_s: float = 2.0) -> dict:
    """How much of the machine the build used, from ProcessSampler's samples: idle_core_s, the
    processor seconds the machine had while dbt ran and the build left unused (cores x seconds, less
    the processor seconds used), and idle_stretches, the stretches of min_stretch_s or more in which
    the build kept fewer than cores - 0.5 cores busy on average per bucket_s: [start s, end s (from dbt's
    start), cores busy, the models that ran in it]. A child process that ends takes its processor
    seconds with it, so a fall in the sum counts as no use. Node times are from run_results.json."""
    if len(samples) < 2:
        return {"idle_core_s": None, "idle_stretches": []}
    buckets: dict[int, float] = {}
    for (t0, c0), (_, c1) in zip(samples, samples[1:]):
        bucket = int((t0 - started_at) // bucket_s)
        buckets[bucket] = buckets.get(bucket, 0.0) + max(0.0, c1 - c0)
    span_s = samples[-1][0] - samples[0][0]
    used = sum(buckets.values())
    models = [(stamp_seconds(t["started_at"]) - started_at, stamp_seconds(t["completed_at"]) - started_at,
               r["unique_id"].split(".")[-1])
              for r in results["results"] if r["unique_id"].startswith("model.")
              for t in r.get("timing", []) if t.get("started_at") and t.get("completed_at")]
    stretches, current = [], None
    for index in range(min(buckets), max(buckets) + 1):
        busy = buckets.get(index, 0.0) / bucket_s
        if busy < cores - 0.5:
            current = (current[0], index, current[2] + busy) if current else (index, index, busy)
            continue
        if current:
            stretches.append(current)
        current = None
    if current:
        stretches.append(current)
    found = []
    for first, last, busy_sum in stretches:
        start, end = first * bucket_s, (last + 1) * bucket_s
        if end - start >= min_stretch_s:
            running = sorted({name for a, b, name in models if a < end and b > start})
            found.append([round(start, 1), round(end, 1), round(busy_sum / (last - first + 1), 2), running])
    found.sort(key=lambda s: s[0] - s[1])
    return {"idle_core_s": round(max(0.0, cores * span_s - used), 1), "idle_stretches": found}


PARSE_STATE = "partial_parse.msgpack"  # dbt's saved parse, in the target folder
# what dbt prints when it parses the whole project instead of its saved parse
FULL_PARSE_MESSAGE = "Unable to do partial parsing"
DBT = str(Path(sys.executable).with_name("dbt"))


def fresh_run_folder(work: Path, parse: str) -> None:
    """An empty run folder; with parse "warm", dbt's saved parse of the run before is kept in it
    (it holds no data: it is dbt's reading of the project's files)."""
    saved = work / "target" / PARSE_STATE
    state = saved.read_bytes() if parse == "warm" and saved.exists() else None
    if work.exists():
        shutil.rmtree(work)
    (work / "target").mkdir(parents=True)
    if state is not None:
        saved.write_bytes(state)


def dbt_parse_first(work: Path, env: dict[str, str]) -> tuple[float, bool]:
    """`dbt parse` in the build's environment, untimed by the build: (seconds, whether dbt parsed
    the whole project)."""
    log("dbt parse (before the timed build) ...")
    start = time.perf_counter()
    done = subprocess.run([DBT, "parse", "--target-path", str(work / "target"), "--log-path", str(work / "logs")],
                          cwd=PROJECT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"dbt parse failed (exit {done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return seconds, FULL_PARSE_MESSAGE in done.stdout


def dbt_build(drop: Path, work: Path, with_unit_tests: bool = False, intermediate: str = "warehouse",
              parse: str = "warm") -> tuple[float, ProcessSampler, int, str, float, dict]:
    """Run dbt build on the drop in a fresh warehouse, the intermediate tables kept where
    `intermediate` says (DROP_HYGIENE_INTERMEDIATE), after what `parse` says ("warm": dbt's saved
    parse of the run before, brought up to date by an untimed `dbt parse`; "cold": none): (seconds,
    the sampler with its peak rss bytes and processor samples, exit code, output tail, the clock time
    dbt was started at, what was parsed before the build)."""
    fresh_run_folder(work, parse)
    # every piece gets its Intelligent Mail barcode, as a drop for the press does (a made-up Mailer ID)
    def vars_of(input_dir: Path, output_dir: Path, drop_id: str, more: str = "") -> str:
        return (f"{{input_dir: '{input_dir}', output_dir: '{output_dir}', coding_date: '2026-11-20', "
                f"drop_id: '{drop_id}', mailer_id: '123456', service_type_id: '040'{more}}}")

    drop_vars = vars_of(drop, work / "output", "BENCH")
    # the warehouse and spill folder keep their paths from run to run: dbt parses the whole
    # project again when the profile's connection changes
    env = dict(os.environ, DO_NOT_TRACK="1", DBT_PROFILES_DIR=str(PROJECT),
               DROP_HYGIENE_WAREHOUSE=str(work / "warehouse.duckdb"), DROP_HYGIENE_TEMP_DIR=str(work / "tmp"),
               DROP_HYGIENE_INTERMEDIATE=intermediate, DROP_HYGIENE_VARS=drop_vars)
    before: dict = {"parse": parse}
    if parse == "warm":
        seconds, full = dbt_parse_first(work, env)
        before.update(parse_before_s=round(seconds, 2), parse_before_was_full=full)
    if parse == "batch":
        # the sample drop first, as a proof run (not recorded in drop_log, so the timed drop's
        # frequency cap and barcode serials are those of a fresh warehouse), then the timed drop
        warmup = vars_of(PROJECT / "sample_drop", work / "warmup_output", "WARMUP", ", log_drop: false")
        env.update(DBT_TARGET_PATH=str(work / "target"), DBT_LOG_PATH=str(work / "logs"))
        del env["DROP_HYGIENE_VARS"]
        args = [sys.executable, str(PROJECT / "scripts" / "run_drops.py"), "--json", str(work / "drops.json"),
                warmup, drop_vars]
    else:
        args = [DBT, "build", "--target-path", str(work / "target"), "--log-path", str(work / "logs")]
        if not with_unit_tests:
            args += ["--exclude-resource-type", "unit_test"]
    log("dbt build ...")
    started_at = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = ProcessSampler(process.pid)
    sampler.start()
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if " of " in line and ("OK created" in line or "PASS" in line or "FAIL" in line or "ERROR" in line):
            print("  " + line.rstrip()[-110:], file=sys.stderr, flush=True)
    code = process.wait()
    elapsed = time.perf_counter() - start
    sampler.running = False
    sampler.join()
    before["build_parsed_all"] = any(FULL_PARSE_MESSAGE in line for line in lines)
    if parse == "batch":
        # run_drops.py parses before its first drop (untimed); the timed drop parses nothing
        before.update(build_parsed_all=False, parse_before_was_full=before["build_parsed_all"])
        if code == 0:
            timed = json.loads((work / "drops.json").read_text(encoding="utf-8"))[-1]
            elapsed, started_at = timed["seconds"], timed["started_at"]
            sampler.cpu_samples = [sample for sample in sampler.cpu_samples if sample[0] >= started_at]
    return elapsed, sampler, code, "".join(lines[-30:]), started_at, before


def model_times(results: dict) -> dict[str, float]:
    """Each model's seconds, from run_results.json."""
    return {r["unique_id"].split(".")[-1]: round(r["execution_time"], 3)
            for r in results["results"] if r["unique_id"].startswith("model.")}


def build_phases(results: dict, started_at: float, wall: float) -> dict[str, float]:
    """Where the wall time of the build went, in three parts that add up to it: start_s, from
    starting dbt to its first node or hook (Python and dbt starting, the full parse of the project,
    the warehouse opened), nodes_s, from there to the end of the last node or hook (on-run-end, which
    writes the drop report, included), and exit_s, the rest (dbt writing run_results.json and
    exiting). started_at is the clock time dbt was started at; node times are from
    run_results.json."""
    stamps = [(stamp_seconds(t["started_at"]), stamp_seconds(t["completed_at"]))
              for result in results["results"] for t in result.get("timing", [])
              if t.get("started_at") and t.get("completed_at")]
    if not stamps:
        return {"start_s": round(wall, 2), "nodes_s": 0.0, "exit_s": 0.0}
    first, last = min(s for s, _ in stamps), max(e for _, e in stamps)
    return {"start_s": round(first - started_at, 2), "nodes_s": round(last - first, 2),
            "exit_s": round(wall - (last - started_at), 2)}


def chain_waits(results: dict, manifest: dict) -> dict:
    """The longest chain of the build and how long it waited for a free dbt thread.

    A node is ready when its parents and the data tests that gate it have finished (under dbt build,
    a test gates a node when it reads one of the node's parents and every node it reads is an
    ancestor of the node; a test never gates a node it reads). Its wait is its start minus that
    moment. The chain is followed back from the node that finished last, each time to the input that
    finished last. A node starts when dbt starts compiling it (its compile and execute steps are its
    own time). Returns the chain's length, its seconds from the first start to the last end, the
    seconds its nodes waited, and those waits by node, longest first. Times are from
    run_results.json."""
    span: dict[str, tuple[float, float]] = {}
    for result in results["results"]:
        # a node's compile step (rendering its SQL) comes before its execute step: both are its own
        timed = [t for t in result.get("timing", []) if t.get("started_at") and t.get("completed_at")]
        if timed and result["unique_id"].split(".")[0] in ("model", "seed", "snapshot", "test"):
            span[result["unique_id"]] = (min(stamp_seconds(t["started_at"]) for t in timed),
                                         max(stamp_seconds(t["completed_at"]) for t in timed))
    if not span:
        return {"chain_nodes": 0, "chain_s": 0.0, "chain_wait_s": 0.0, "chain_waits": []}
    parents = {node: [p for p in manifest["nodes"].get(node, {}).get("depends_on", {}).get("nodes", []) if p in span]
               for node in span}
    ancestors: dict[str, set[str]] = {}

    def ancestors_of(node: str) -> set[str]:
        if node not in ancestors:
            ancestors[node] = set()
            for parent in parents[node]:
                ancestors[node] |= {parent} | ancestors_of(parent)
        return ancestors[node]

    inputs = {node: set(parents[node]) for node in span}
    for test in (n for n in span if n.startswith("test.")):
        read = set(parents[test])
        for node in span:
            if node not in read and not node.startswith("test.") and read & set(parents[node]) \
                    and read <= ancestors_of(node):
                inputs[node].add(test)
    first = min(start for start, _ in span.values())
    node = max(span, key=lambda n: span[n][1])
    chain, waits = [], {}
    while node and node not in chain:
        chain.append(node)
        ready = max((span[i][1] for i in inputs[node]), default=first)
        waits[node.split(".")[-1] if node.startswith("model.") else node.split(".")[2]] = round(
            max(0.0, span[node][0] - ready), 2)
        node = max(inputs[node], key=lambda i: span[i][1], default=None)
    ranked = sorted(((name, w) for name, w in waits.items() if w >= 0.05), key=lambda kv: -kv[1])
    return {"chain_nodes": len(chain), "chain_s": round(max(end for _, end in span.values()) - first, 2),
            "chain_wait_s": round(sum(waits.values()), 2), "chain_waits": [list(kv) for kv in ranked]}


def cpu_seconds(work: Path, batch: bool = False) -> float | None:
    """User + system seconds of the dbt build, from the resource report dbt writes to its log after
    each command; with batch (several commands in one process, whose reports count from the
    process's start), the last report less the one before it."""
    totals = []
    for line in (work / "logs" / "dbt.log").read_text(encoding="utf-8", errors="replace").splitlines():
        if "Resource report:" in line:
            fields = json.loads(line[line.index("{"):])
            totals.append(float(fields["process_user_time"]) + float(fields["process_kernel_time"]))
    if not totals or (batch and len(totals) < 2):
        return None
    return round(totals[-1] - (totals[-2] if batch else 0.0), 1)


def last_fields_by_line(drop: Path, work: Path) -> Path | None:
    """The last field of every quote-free line of mail_list.csv, numbered by Python as it reads
    the file (the header is line 1): the reference the extra column of mail_ready is checked
    against, made without DuckDB or dbt. None when the list has no Segment_Code column."""
    out = work / "last_fields.csv"
    with open(drop / "mail_list.csv", encoding="utf-8", newline="") as f, open(out, "w", encoding="utf-8") as w:
        header = f.readline().rstrip("\r\n").split(",")
        if header[-1] != "Segment_Code":
            return None
        w.write("source_line,last_field\n")
        for number, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if '"' not in line and "," in line:
                w.write(f"{number},{line.rsplit(',', 1)[1]}\n")
    return out


def line_outcomes(drop: Path, intermediate: str) -> str:
    """One row per list line with its source_line, record_id, reason_code (NULL: mailed), dpv_code,
    zip5 and zip4, as SQL. With the intermediate tables in the warehouse, int_mail_list__outcomes;
    kept in memory (gone after the build), the same made from the marts: each rejected line by its
    line number, and each mailed record by its record id from the generator's truth.csv (a mailed
    record id is never on two mailed lines). The marts give no DPV code or ZIP+4 for a rejected
    line, and a mailed line's number is then taken from the truth, not checked against it."""
    if intermediate == "warehouse":
        return "intermediate.int_mail_list__outcomes"
    return f"""(
        select source_line, record_id, reason_code, null as dpv_code, null as zip5, null as zip4
        from marts.rejected_records
        union all
        select cast(t.source_line as bigint), m.record_id, null, m.dpv_code, m.zip5, m.zip4
        from marts.mail_ready as m
        join read_csv('{drop}/truth.csv', all_varchar = true) as t on trim(t.record_id) = m.record_id
        where cast(t.source_line as bigint) not in (select source_line from marts.rejected_records)
    )"""


def measured(drop: Path, work: Path, intermediate: str = "warehouse") -> dict:
    last_fields = last_fields_by_line(drop, work)
    outcomes = line_outcomes(drop, intermediate)
    with duckdb.connect(str(work / "warehouse.duckdb"), read_only=True) as con:
        mailed = con.execute("select count(*) from marts.mail_ready").fetchall()[0][0]
        rejected = con.execute("select count(*) from marts.rejected_records").fetchall()[0][0]
        addresses = con.execute("select count(*) from intermediate.int_addresses__standardized").fetchall()[0][0] \
            if intermediate == "warehouse" else None
        confusion = con.execute(f"""
            select t.planted_outcome, coalesce(o.reason_code, 'MAILED') as got, count(*) as n
            from read_csv('{drop}/truth.csv', all_varchar = true) as t
            left join {outcomes} as o on o.source_line = cast(t.source_line as bigint)
            group by all order by all
        """).fetchall()
        dpv = con.execute(f"""
            select t.expected_dpv_code, coalesce(o.dpv_code, '-') as got, count(*) as n
            from read_csv('{drop}/truth.csv', all_varchar = true) as t
            left join {outcomes} as o on o.source_line = cast(t.source_line as bigint)
            where t.planted_outcome = 'MAILED'
            group by all order by all
        """).fetchall()
        zip4 = con.execute(f"""
            select count(*) filter (where o.zip4 = t.zip4 and o.zip5 = t.zip5), count(*)
            from read_csv('{drop}/truth.csv', all_varchar = true) as t
            join {outcomes} as o on o.source_line = cast(t.source_line as bigint)
            where t.planted_outcome = 'MAILED' and coalesce(t.note, '') not in ('ncoa_rerouted', 'analyst_corrected')
        """).fetchall()[0]
        # every line numbered as the file numbers it: the record id the pipeline put on each line
        # is the one the generator wrote there, and the extra columns joined back onto mail_ready
        # (by line number, from the staging view) are the ones written beside that record id
        misnumbered = con.execute(f"""
            select count(*)
            from read_csv('{drop}/truth.csv', all_varchar = true) as t
            join {outcomes} as o on o.source_line = cast(t.source_line as bigint)
            where o.record_id is not null and o.record_id is distinct from trim(t.record_id)
        """).fetchall()[0][0]
        extras_misplaced = con.execute(f"""
            select count(*)
            from marts.mail_ready as m
            join {outcomes} as o on m.record_id = o.record_id and o.reason_code is null
            join read_csv('{last_fields}', header = true, all_varchar = true) as f
                on o.source_line = cast(f.source_line as bigint)
            where m."Segment_Code" is distinct from nullif(f.last_field, '')
        """).fetchall()[0][0] if last_fields else None
    with open(drop / "truth.csv", encoding="utf-8") as f:
        lines = sum(1 for _ in f) - 1
    return {"rows_accounted": mailed + rejected, "list_lines": lines, "mailed": mailed, "rejected": rejected,
            "addresses_standardized": addresses,
            "lines_misnumbered": misnumbered, "extra_columns_misplaced": extras_misplaced, "confusion": [list(r) for r in confusion],
            "dpv_confusion_mailed": [list(r) for r in dpv],
            "zip4_as_planted": {"matching": zip4[0], "of": zip4[1]}}


def scourgify_rate(drop: Path, count: int) -> dict:
    """usaddress-scourgify on the first `count` well-formed list addresses: addresses per second."""
    from scourgify import normalize_address_record
    from scourgify.exceptions import AddressNormalizationError

    # the list has lines that are not valid CSV on purpose: read the good ones through DuckDB
    with duckdb.connect() as con:
        rows = con.execute(f"""
            select address_line_1, address_line_2, city, state, zip
            from read_csv('{drop}/mail_list.csv', all_varchar = true, ignore_errors = true, strict_mode = false)
            where address_line_1 is not null limit {int(count)}
        """).fetchall()
    records = [{"address_line_1": l1, "address_line_2": l2, "city": city, "state": state, "postal_code": zip_code}
               for l1, l2, city, state, zip_code in rows]
    log(f"usaddress-scourgify on {len(records)} addresses ...")
    failed = 0
    start = time.perf_counter()
    for i, record in enumerate(records, 1):
        try:
            normalize_address_record(record)
        except (AddressNormalizationError, Exception):  # it raises on what it cannot parse; count and go on
            failed += 1
        if i % 20000 == 0:
            log(f"  {i} / {len(records)}")
    seconds = time.perf_counter() - start
    return {"addresses": len(records), "seconds": round(seconds, 2), "per_s": round(len(records) / seconds),
            "unparsed": failed}


def against_baseline(result: dict, baseline: dict) -> str:
    """This run's wall time, peak memory and per-model seconds against an earlier run's JSON, the
    models that changed most first (a model only one run has shows a dash for the other)."""
    lines = [f"against the baseline ({baseline.get('records')} records):",
             f"  {'':44s} {'baseline':>9s} {'now':>9s} {'change':>9s}"]

    def row(name: str, before: float | None, now: float | None) -> str:
        change = f"{now - before:+9.2f}" if before is not None and now is not None else f"{'-':>9s}"
        fmt = lambda v: f"{v:9.2f}" if v is not None else f"{'-':>9s}"  # noqa: E731
        return f"  {name:44s} {fmt(before)} {fmt(now)} {change}"

    lines.append(row("wall_s", baseline.get("wall_s"), result.get("wall_s")))
    lines.append(row("peak_rss_mb", baseline.get("peak_rss_mb"), result.get("peak_rss_mb")))
    lines.append(row("cpu_s", baseline.get("cpu_s"), result.get("cpu_s")))
    if "phases" in baseline or "phases" in result:
        lines.append(row("dbt start and parse (s)", baseline.get("phases", {}).get("start_s"),
                         result.get("phases", {}).get("start_s")))
    before, now = baseline.get("models", {}), result.get("models", {})
    lines.append(row("models, total", sum(before.values()), sum(now.values())))
    for name in sorted(set(before) | set(now), key=lambda n: -abs(now.get(n, 0) - before.get(n, 0))):
        lines.append(row(name, before.get(name), now.get(name)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     epilog="The generated drop is cached (--cache, default bench_cache/); delete it to regenerate.",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, required=True, help="list size to generate and run")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--cache", type=Path, default=CACHE,
                        help="folder for generated drops and runs (default bench_cache/ in the project)")
    parser.add_argument("--with-unit-tests", action="store_true",
                        help="also run the dbt unit tests inside the timed build (they do not read the drop)")
    parser.add_argument("--compare-scourgify", type=int, default=0, metavar="K",
                        help="time usaddress-scourgify on K of the same addresses")
    parser.add_argument("--intermediate", choices=["warehouse", "memory"], default="warehouse",
                        help="where the build keeps the intermediate tables (DROP_HYGIENE_INTERMEDIATE): "
                             "the warehouse file (default) or memory; with memory, the checks are made from "
                             "the marts and no standardization rate is reported")
    parser.add_argument("--parse", choices=["warm", "cold", "batch"], default="warm",
                        help="what dbt has parsed before the timed build: warm (default), the project as the "
                             "run before left it, brought up to date by an untimed dbt parse; cold, nothing "
                             "(the build parses the whole project, as a drop given with --vars does); batch, "
                             "dbt imported and the project parsed in the same process (scripts/run_drops.py, "
                             "the sample drop built first)")
    parser.add_argument("--baseline", type=Path, metavar="PATH",
                        help="a JSON of an earlier run (--json): print this run's times against it, per model")
    args = parser.parse_args(argv)
    if args.parse == "batch" and args.with_unit_tests:
        parser.error("--parse batch builds each drop as scripts/run_drops.py does, without the unit tests: "
                     "leave out --with-unit-tests")

    cache = args.cache.resolve()
    drop = generated_drop(args.records, args.seed, cache)
    work = cache / f"run_{args.records}_s{args.seed}"
    wall, sampler, code, tail, started_at, before = dbt_build(drop, work, args.with_unit_tests, args.intermediate,
                                                               args.parse)
    peak = sampler.peak
    if code != 0:
        print(tail, file=sys.stderr)
        log(f"dbt build failed (exit {code})")
        return code
    floor = csv_floor(drop, work)
    result = {"records": args.records, "seed": args.seed, "wall_s": round(wall, 2), "floor_s": round(floor, 2),
              "x_floor": round(wall / floor, 1), "peak_rss_mb": round(peak / 2**20), "machine": f"{os.cpu_count()} cores",
              "machine_cores": os.cpu_count() or 1,
              "unit_tests_in_build": args.with_unit_tests,
              "duckdb_memory_limit": os.environ.get("DROP_HYGIENE_MEMORY_LIMIT", "profiles.yml default"),
              "dbt_threads": os.environ.get("DROP_HYGIENE_THREADS", "profiles.yml default"),
              "intermediate": args.intermediate}
    result.update(before)
    result.update(measured(drop, work, args.intermediate))
    result["records_per_s"] = round(result["list_lines"] / wall)
    result["cpu_s"] = cpu_seconds(work, batch=args.parse == "batch")
    run_results = json.loads((work / "target" / "run_results.json").read_text())
    result["models"] = model_times(run_results)
    result["phases"] = build_phases(run_results, started_at, wall)
    result.update(chain_waits(run_results, json.loads((work / "target" / "manifest.json").read_text())))
    result.update(processor_use(sampler.cpu_samples, started_at, result["machine_cores"], run_results))
    std_s = result["models"].get("int_addresses__standardized", 0) or 1e-9
    result["standardize_per_s"] = round(result["addresses_standardized"] / std_s) \
        if result["addresses_standardized"] is not None else None
    if args.compare_scourgify and result["standardize_per_s"] is not None:
        result["scourgify"] = scourgify_rate(drop, args.compare_scourgify)
        result["standardize_vs_scourgify"] = round(result["standardize_per_s"] / result["scourgify"]["per_s"], 1)

    slowest = sorted(result["models"].items(), key=lambda kv: -kv[1])[:5]
    print(f"records {result['list_lines']}  wall {result['wall_s']} s  floor {result['floor_s']} s  "
          f"x floor {result['x_floor']}  peak {result['peak_rss_mb']} MB  records/s {result['records_per_s']}  "
          f"cpu {result['cpu_s']} s")
    print(f"rows accounted {result['rows_accounted']} of {result['list_lines']} "
          f"(mailed {result['mailed']}, rejected {result['rejected']})")
    print(f"lines whose record_id differs from the generator's: {result['lines_misnumbered']}; "
          f"mail_ready rows whose extra column differs from the file: {result['extra_columns_misplaced']}")
    if result["addresses_standardized"] is not None:
        print(f"standardization: {result['addresses_standardized']} addresses, {result['standardize_per_s']}/s")
    if "scourgify" in result:
        s = result["scourgify"]
        print(f"usaddress-scourgify: {s['addresses']} addresses in {s['seconds']} s, {s['per_s']}/s "
              f"({s['unparsed']} it could not parse); ours is {result['standardize_vs_scourgify']}x")
    phases = result["phases"]
    print(f"phases: dbt start and parse {phases['start_s']} s, nodes and hooks {phases['nodes_s']} s, "
          f"exit {phases['exit_s']} s")
    print(f"parse: {result['parse']}; the build parsed the whole project: {result['build_parsed_all']}"
          + (f"; dbt parse before it (untimed) {result['parse_before_s']} s, a full parse: "
             f"{result['parse_before_was_full']}" if result["parse"] == "warm" else ""))
    print("slowest models: " + ", ".join(f"{name} {sec} s" for name, sec in slowest))
    print(f"longest chain: {result['chain_nodes']} nodes in {result['chain_s']} s, of which "
          f"{result['chain_wait_s']} s waiting for a free dbt thread"
          + (": " + ", ".join(f"{name} {w} s" for name, w in result["chain_waits"][:5]) if result["chain_waits"] else ""))
    if result["idle_core_s"] is not None:
        print(f"cores idle: {result['idle_core_s']} processor-s of the {result['machine_cores']} x "
              f"{result['wall_s']} s the machine had; stretches under {result['machine_cores'] - 0.5} cores busy: "
              + ("; ".join(f"{a}-{b} s at {c} ({', '.join(m[:3]) or 'no model'})"
                           for a, b, c, m in result["idle_stretches"][:4]) or "none"))
    print("planted -> got:")
    for planted, got, n in result["confusion"]:
        print(f"  {planted:28s} {got:28s} {n:>9d}")
    print("DPV of planted-mailed records, expected -> got:")
    for expected, got, n in result["dpv_confusion_mailed"]:
        print(f"  {expected or '-':3s} {got:3s} {n:>9d}")
    z = result["zip4_as_planted"]
    print(f"ZIP+4 as planted on mailed records: {z['matching']} of {z['of']}")
    if args.baseline:
        print(against_baseline(result, json.loads(args.baseline.read_text())))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
