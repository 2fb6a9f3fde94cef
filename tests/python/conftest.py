"""Helpers for the end-to-end tests: make small drop folders and run dbt on them.

dbt runs two ways here:

- `sample_build` runs the real command line, `dbt build`, unit tests included, on the bundled
  sample drop: what a user runs, and the one place `make test` runs the dbt unit tests (their
  inputs are fixtures, not the drop, so one run says all they can say).
- `run_dbt` runs dbt in this process (dbt's own programmatic entry point, `dbtRunner`) on a
  project parsed once per test session, for the many small scenario drops. Parsing takes longer
  than building a small drop, and nothing dbt parses depends on the drop's vars
  (test_parse_does_not_depend_on_drop_vars checks that), so one parse serves every scenario.
  Unit tests are left out of these runs.
"""
from __future__ import annotations

import fcntl
import os
import shlex
import shutil
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import duckdb
import pytest
import yaml

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "scripts"))
import drop_report  # noqa: E402  (scripts/drop_report.py: the page's renderer and its browser settings)

SAMPLE = PROJECT / "sample_drop"
DBT = str(Path(sys.executable).with_name("dbt"))
REFERENCE_FILES = ["coa_moves.csv", "city_state.csv", "zip4_ranges.csv", "delivery_points.csv"]
MAIL_LIST_HEADER = ("record_id,first_name,middle_name,last_name,name_suffix,company,address_line_1,"
                    "address_line_2,city,state,zip,list_source,customer_id")
# the sample drop was coded on 2026-11-20 (see the Makefile): its date rules hold on any day
SAMPLE_CODING_DATE = "2026-11-20"
# the sample build's barcode vars, as make sample gives them (a made-up Mailer ID and service type)
SAMPLE_IMB_VARS = {"mailer_id": "123456", "service_type_id": "040"}


def real_addresses(count: int) -> list[dict[str, str]]:
    """Addresses of the sample drop that go to the press as they stand (planted MAILED, DPV Y,
    no mess): the fields of their mail_list line."""
    import csv

    with open(SAMPLE / "truth.csv", encoding="utf-8") as f:
        good = {int(t["source_line"]) for t in csv.DictReader(f)
                if t["planted_outcome"] == "MAILED" and t["expected_dpv_code"] == "Y" and t["note"] == ""}
    with open(SAMPLE / "mail_list.csv", encoding="utf-8", newline="") as f:
        rows = [r for line, r in enumerate(csv.DictReader(f), start=2) if line in good]
    return rows[:count]


@dataclass
class DbtRun:
    returncode: int
    output: str
    warehouse: Path
    output_dir: Path

    def query(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql).fetchall()


def make_drop(folder: Path, mail_list_lines: list[str] | None = None, header: str = MAIL_LIST_HEADER,
              optional: bool = False) -> Path:
    """A drop folder with the sample's reference files and, when given, our own mail list."""
    folder.mkdir(parents=True, exist_ok=True)
    names = REFERENCE_FILES + ([p.name for p in SAMPLE.glob("*.csv")
                                if p.name not in REFERENCE_FILES + ["mail_list.csv", "truth.csv"]] if optional else [])
    for name in names:
        shutil.copy(SAMPLE / name, folder / name)
    if mail_list_lines is None:
        shutil.copy(SAMPLE / "mail_list.csv", folder / "mail_list.csv")
    else:
        (folder / "mail_list.csv").write_text("\n".join([header, *mail_list_lines]) + "\n", encoding="utf-8")
    return folder


def drop_vars(tmp: Path, drop: Path, extra_vars: dict | None = None) -> str:
    """The --vars of a run on `drop` writing to tmp/output, as YAML (quotes in values survive)."""
    values: dict[str, Any] = {"input_dir": str(drop), "output_dir": str(tmp / "output"),
                              "coding_date": SAMPLE_CODING_DATE}
    values.update(extra_vars or {})
    return yaml.safe_dump({k: str(v) for k, v in values.items()}, default_flow_style=True, width=10_000).strip()


def engine_env(tmp: Path) -> dict[str, str]:
    """Where a run keeps its warehouse and spill files: inside its own tmp folder; its intermediate
    tables in the warehouse too, whatever the shell running the tests says (the tests read them)."""
    return {"DO_NOT_TRACK": "1", "DBT_PROFILES_DIR": str(PROJECT),
            "DROP_HYGIENE_WAREHOUSE": str(tmp / "warehouse.duckdb"), "DROP_HYGIENE_TEMP_DIR": str(tmp / "duckdb_tmp"),
            "DROP_HYGIENE_SCRIPTS": str(PROJECT / "scripts"), "DROP_HYGIENE_INTERMEDIATE": "warehouse",
            # a drop named in the shell running the tests is not theirs (a run that wants one sets it)
            "DROP_HYGIENE_VARS": ""}


@contextmanager
def dbt_environment(tmp: Path, profiles: Path, environment: dict[str, str] | None = None) -> Iterator[None]:
    """The process environment of one in-process dbt run (engine_env, this profile, `environment`),
    put back after."""
    values = dict(engine_env(tmp), DBT_PROFILES_DIR=str(profiles), **(environment or {}))
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class InProcessDbt:
    """dbt in this process, on one parse of the project.

    The warehouse and temp folder are given per run through the profile's env vars; the profile
    used here is the project's own with `keep_open: false`, so that dbt-duckdb lets go of the
    warehouse file when a run ends (as the process exit does for the command line) and the test
    can open it."""

    def __init__(self, workdir: Path) -> None:
        from dbt.cli.main import dbtRunner

        self.workdir = workdir
        self.target = workdir / "target"
        self.profiles = workdir / "profiles"
        self.profiles.mkdir(parents=True, exist_ok=True)
        profile = yaml.safe_load((PROJECT / "profiles.yml").read_text(encoding="utf-8"))
        for output in profile["drop_hygiene"]["outputs"].values():
            output["keep_open"] = False
        (self.profiles / "profiles.yml").write_text(yaml.safe_dump(profile), encoding="utf-8")
        self._runner = dbtRunner
        self.manifest = self.parse(workdir / "parse")

    def parse(self, tmp: Path, vars_yaml: str | None = None) -> Any:
        """Parse the project (a full parse, in tmp/target) and return dbt's manifest; tmp/target/
        manifest.json holds it as parsed."""
        args = ["parse", "--project-dir", str(PROJECT), "--target-path", str(tmp / "target"),
                "--log-path", str(tmp / "logs")] + (["--vars", vars_yaml] if vars_yaml else [])
        with dbt_environment(tmp, self.profiles):
            result = self._runner().invoke(args)
        assert result.success, f"dbt parse failed: {result.exception}"
        return result.result

    def _common(self) -> list[str]:
        return ["--project-dir", str(PROJECT), "--target-path", str(self.target),
                "--log-path", str(self.workdir / "logs"), "--no-use-colors"]

    def compile_inline(self, tmp: Path, sql: str) -> str:
        """The SQL dbt compiles `sql` (Jinja: refs, macros) to, on the shared parse."""
        tmp.mkdir(parents=True, exist_ok=True)
        args = ["compile", "--inline", sql, *self._common(), "--vars", drop_vars(tmp, SAMPLE),
                "--log-level-file", "none", "--quiet", "--no-write-json"]
        with dbt_environment(tmp, self.profiles):
            result = self._runner(manifest=self.manifest).invoke(args)
        assert result.success, f"dbt compile failed: {result.exception}"
        return result.result.results[0].node.compiled_code

    def run(self, tmp: Path, command: str, drop: Path, extra_vars: dict | None = None,
            select: str | None = None, environment: dict[str, str] | None = None) -> DbtRun:
        """`environment`: more environment variables for this run (DROP_HYGIENE_VARS, say)."""
        args = [*shlex.split(command), *self._common(), "--vars", drop_vars(tmp, drop, extra_vars)]
        # what a test reads is the warehouse, the output folder and the events: dbt's log file
        # and its JSON artifacts (the manifest, written again on every run) are left out, but
        # for `docs generate`, whose artifacts the docs test reads
        args += ["--log-level-file", "none", "--quiet"]
        if not command.startswith("docs"):
            args += ["--no-write-json"]
        if command == "build":
            args += ["--exclude-resource-type", "unit_test"]
        if select:
            # run only the tests whose every parent is selected (the default would also run, say,
            # the manifest test for a selection that does not build the manifest)
            args += ["--select", select, "--indirect-selection", "cautious"]
        lines: list[str] = []

        def keep(event: Any) -> None:
            if event.info.level in ("info", "warn", "error"):
                lines.append(event.info.msg)

        with dbt_environment(tmp, self.profiles, environment):
            result = self._runner(manifest=self.manifest, callbacks=[keep]).invoke(args)
        if result.exception is not None:
            lines.append(str(result.exception))
        return DbtRun(0 if result.success else 1, "\n".join(map(str, lines)), tmp / "warehouse.duckdb",
                      tmp / "output")


def pytest_configure(config: pytest.Config) -> None:
    # jinja2's own lexer warns about an escape sequence in dbt's templates
    config.addinivalue_line("filterwarnings", "ignore:invalid escape sequence:DeprecationWarning")


# The test modules, longest first (seconds on this 2-core machine, from `pytest --durations`).
MODULES_LONGEST_FIRST = ["test_sample_drop.py", "test_line_endings.py", "test_bad_input.py",
                         "test_drop_release.py", "test_run_drops.py", "test_intermediate_in_memory.py", "test_benchmark.py",
                         "test_drop_report.py", "test_imb.py", "test_intake.py", "test_name_matching.py", "test_reference_files.py", "test_parquet_drop.py", "test_print_names.py", "test_generate_drop.py",
                         "test_reconciliation.py", "test_project.py", "test_check_warehouse.py",
                         "test_standardization.py", "test_name_seeds.py"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With `-n 2 --dist loadscope --no-loadscope-reorder` (the Makefile's), each module runs on one
    worker and modules are handed out in collection order, longest first: the sample build and
    most of what reads it start on one worker, the other modules fill in on the other, and the
    second module reading the sample (test_drop_release.py) comes when the build is ready. A
    module not in the list goes last."""
    rank = {name: k for k, name in enumerate(MODULES_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


_IN_PROCESS: InProcessDbt | None = None
_BASE_TEMP: Path | None = None


def in_process_dbt() -> InProcessDbt:
    """The session's parsed project (parsed on first use, in this worker's temp folder)."""
    global _IN_PROCESS
    if _IN_PROCESS is None:
        assert _BASE_TEMP is not None, "the session fixture sets the temp folder first"
        _IN_PROCESS = InProcessDbt(_BASE_TEMP / "in_process_dbt")
    return _IN_PROCESS


@pytest.fixture(scope="session", autouse=True)
def _session_temp(tmp_path_factory: pytest.TempPathFactory) -> None:
    global _BASE_TEMP
    _BASE_TEMP = tmp_path_factory.mktemp("session")


def run_dbt(tmp: Path, command: str, drop: Path, extra_vars: dict | None = None,
            select: str | None = None, environment: dict[str, str] | None = None) -> DbtRun:
    """Run one dbt command on a drop, in a warehouse and output folder of its own (tmp/)."""
    return in_process_dbt().run(tmp, command, drop, extra_vars, select, environment)


def run_dbt_cli(tmp: Path, args: list[str], drop: Path, extra_vars: dict | None = None,
                env: dict[str, str] | None = None, vars_from_environment: bool = False) -> DbtRun:
    """The dbt command line, as a user runs it, in a warehouse and output folder of its own (`env`:
    more environment variables, such as DROP_HYGIENE_INTERMEDIATE). With vars_from_environment the
    drop's vars are given in DROP_HYGIENE_VARS instead of --vars, as for a run of drops that keeps
    dbt's parse (README, "Running your own drop")."""
    given = drop_vars(tmp, drop, extra_vars)
    command = [DBT, *args, *([] if vars_from_environment else ["--vars", given]),
               "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")]
    environment = {**os.environ, **engine_env(tmp), **(env or {})}
    if vars_from_environment:
        environment["DROP_HYGIENE_VARS"] = given
    done = subprocess.run(command, cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=900)
    return DbtRun(done.returncode, done.stdout + done.stderr, tmp / "warehouse.duckdb", tmp / "output")


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> DbtRun:
    """One full `dbt build` of the bundled sample drop on the command line, unit tests included,
    shared by the tests that only read it (copy it before changing anything). Under pytest-xdist
    the workers share it: the first to need it builds it, holding a lock, and the other waits.

    The drop is named in DROP_HYGIENE_VARS, as a letter shop running one drop after another names
    it (the many in-process runs give --vars): so this build also shows the unit tests reading
    their own vars, not the environment's (the coding date of several differs from the sample's)."""
    root = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    tmp = root / "sample_build"
    with open(root / "sample_build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            done = tmp / "build.out"
            if not done.exists():
                tmp.mkdir(exist_ok=True)
                run = run_dbt_cli(tmp, ["build"], SAMPLE, SAMPLE_IMB_VARS, vars_from_environment=True)
                assert run.returncode == 0, run.output[-4000:]
                done.write_text(run.output, encoding="utf-8")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return DbtRun(0, done.read_text(encoding="utf-8"), tmp / "warehouse.duckdb", tmp / "output")


def copy_build(build: DbtRun, tmp: Path) -> Path:
    """A private copy of a build's warehouse and output folder in tmp, to change and rerun."""
    shutil.copy(build.warehouse, tmp / "warehouse.duckdb")
    shutil.copytree(build.output_dir, tmp / "output")
    return tmp


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A real headless browser (Debian's chromium driven by Playwright), one per worker."""
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("Chromium is not installed: `make browser` installs Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=drop_report.CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def page_of(browser: Any, path: Path, offline: bool = True) -> Iterator[tuple[Any, list[str]]]:
    """A page opened from a file, and every URL it asked for (the file itself first)."""
    context = browser.new_context(offline=offline, viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.resolve().as_uri())
    try:
        yield page, requests
    finally:
        context.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the tables tests record as `report` (record_property), also from xdist workers."""
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            for name, value in getattr(report, "user_properties", []):
                if name == "report" and report.when == "call":
                    terminalreporter.write_sep("-", report.nodeid.split("::")[-1])
                    terminalreporter.write_line(str(value))
