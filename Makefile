# Two entry points (README.md): `make sample` runs the bundled sample drop, `make test` runs
# the whole test suite (`make lint` runs sqlfluff; CI runs both, as does `make check`). Both install everything into .venv first. Nothing here needs the network
# beyond PyPI, and dbt's anonymous usage tracking is off.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export DBT_PROFILES_DIR := $(CURDIR)
# Every target here runs the bundled sample drop (or tests that name their own drops): a drop named
# in the shell's DROP_HYGIENE_VARS (README, "Running your own drop") is not theirs.
unexport DROP_HYGIENE_VARS

# The sample drop was coded on 2026-11-20 against the 2026-11-01 reference; pinning the coding
# date keeps its date-currency rules true whatever day the sample is run. Its pieces carry an
# Intelligent Mail barcode of a made-up Mailer ID (123456) and service type (040).
SAMPLE_VARS := {coding_date: '2026-11-20', mailer_id: '123456', service_type_id: '040'}

.PHONY: install browser sample test pytest dbt-build lint check docs clean install-spark java sample-spark test-spark

# uv (pinned) installs the pinned requirements in seconds where pip takes more than a minute.
# --compile-bytecode writes every package's .pyc at install: a machine that sets
# PYTHONDONTWRITEBYTECODE (this one does) would otherwise compile matplotlib and the rest from
# source on every build (the drop report took 5.1 s instead of 2.2 s at 100k).
UV_VERSION := 0.13.9

$(BIN)/dbt: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.txt
	touch $(BIN)/dbt

install: $(BIN)/dbt

# The drop report's tests open it in a real headless browser: Debian's chromium (the page itself
# needs no browser to be written). Installed once, as root; anyone else is told what to run.
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; \
	  else echo "the drop report tests need Chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

sample: install
	mkdir -p warehouse
	$(BIN)/python scripts/check_warehouse.py
	$(BIN)/dbt build --vars "$(SAMPLE_VARS)"
	@echo
	@echo "Outputs of the sample drop: $(CURDIR)/output/SAMPLE-2026-12/"
	@ls -1 output/SAMPLE-2026-12/
	@echo "The drop report (open it in a browser): $(CURDIR)/output/SAMPLE-2026-12/drop_report.html"
	@echo "Warehouse (query the marts schema): $(CURDIR)/warehouse/drop_hygiene.duckdb"

# Two workers (this machine has 2 cores), one test module per worker at a time, longest first
# (tests/python/conftest.py); the two modules that read the sample build share it. --durations
# keeps the slow tests in view.
# A passing test's temporary folders (its drops, warehouses and outputs, about 800 MB for the
# suite) are removed when pytest ends; a failing test's are kept to be read.
PYTEST_TMP := -o tmp_path_retention_policy=failed
PYTEST_ARGS ?= -n 2 --dist loadscope --no-loadscope-reorder --durations=15 $(PYTEST_TMP)

pytest: install browser
	$(BIN)/python -m pytest -q $(PYTEST_ARGS) tests/python

dbt-build: install
	mkdir -p warehouse
	$(BIN)/python scripts/check_warehouse.py
	$(BIN)/dbt build --vars "$(SAMPLE_VARS)"

# sqlfluff with the dbt templater (CI runs it after make test, `make check` runs both). It is not
# part of make test: it alone costs about 100 s of the two cores. The templater compiles every
# model, and drop_manifest reads the reason_codes seed when it compiles: the seeds go into a
# warehouse of the lint's own first.
LINT_WAREHOUSE := target/lint/warehouse.duckdb

lint: install
	mkdir -p target/lint
	DROP_HYGIENE_WAREHOUSE=$(LINT_WAREHOUSE) $(BIN)/dbt seed --vars "$(SAMPLE_VARS)" --quiet --target-path target/lint
	DROP_HYGIENE_WAREHOUSE=$(LINT_WAREHOUSE) $(BIN)/sqlfluff lint models tests macros --disable-progress-bar 2>&1 \
	  | tee target/lint/sqlfluff.log; test $${PIPESTATUS[0]} -eq 0
	@# sqlfluff passes a file it skipped for its size (large_file_skip_byte_limit): that is no pass
	@if grep -n "over the limit of" target/lint/sqlfluff.log; then \
	  echo "sqlfluff skipped the file(s) above unlinted: raise large_file_skip_byte_limit in .sqlfluff" >&2; exit 1; fi

check: test lint

# The whole test suite: pytest builds the sample drop with `dbt build` (unit tests and every data
# test included), the scenario drops, the generator and the benchmark script.
test: pytest

# The same project on Spark (README, "Running on Spark"): its own virtualenv with dbt-spark and a
# local PySpark (about 500 MB, so not part of `make install`), and Java 17 for Spark itself.
# scripts/run_on_spark.py runs dbt with the spark target's session, Python models included.
# PyPI has PySpark only as a source archive. uv builds it into a new cache entry at every
# install (about 1.9 GB: PyPI's answers here always count as changed), and never reuses one: 38
# installs filled the disk with 73 GB. --no-cache builds it in a temporary folder that uv
# removes (about 20 s, as before).
SPARK_VENV := .venv-spark
SPARK_BIN := $(SPARK_VENV)/bin
SPARK_SAMPLE_VARS := {coding_date: '2026-11-20', mailer_id: '123456', service_type_id: '040', output_dir: 'output/spark/SAMPLE-2026-12'}

$(SPARK_BIN)/dbt: requirements-spark.txt
	$(PYTHON) -m venv $(SPARK_VENV)
	$(SPARK_BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(SPARK_BIN)/uv pip install --quiet --no-cache --compile-bytecode --python $(SPARK_BIN)/python -r requirements-spark.txt
	touch $(SPARK_BIN)/dbt

install-spark: $(SPARK_BIN)/dbt java

java:
	@command -v java >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null \
	    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }; \
	  else echo "Spark needs Java 17: sudo apt-get install openjdk-17-jre-headless" >&2; exit 1; fi; }

sample-spark: install-spark
	$(SPARK_BIN)/python scripts/run_on_spark.py build --target spark --vars "$(SPARK_SAMPLE_VARS)" --target-path target/spark
	@echo
	@echo "Outputs of the sample drop, built on Spark: $(CURDIR)/output/spark/SAMPLE-2026-12/"
	@ls -1 output/spark/SAMPLE-2026-12/

# Builds the sample drop on DuckDB and on Spark (unit tests and data tests included) and compares
# their outputs, and checks Spark's line numbers on a list split into many partitions. Not part of
# `make test` (Spark alone takes minutes); CI runs it after make test.
test-spark: install install-spark
	$(BIN)/python -m pytest -q -p no:cacheprovider --durations=10 $(PYTEST_TMP) tests/spark

docs: install
	$(BIN)/dbt docs generate --vars "$(SAMPLE_VARS)"

clean:
	rm -rf target logs output warehouse/*.duckdb warehouse/*.wal warehouse/tmp
