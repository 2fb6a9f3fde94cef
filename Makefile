# Two entry points (README.md): `make sample` runs the bundled sample drop, `make test` runs
# the whole suite. Both install everything into .venv first. Nothing here needs the network
# beyond PyPI, and dbt's anonymous usage tracking is off.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export DBT_PROFILES_DIR := $(CURDIR)

# The sample drop was coded on 2026-11-20 against the 2026-11-01 reference; pinning the coding
# date keeps its date-currency rules true whatever day the sample is run.
SAMPLE_VARS := {coding_date: '2026-11-20'}

.PHONY: install sample test pytest dbt-build lint docs clean

$(BIN)/dbt: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(BIN)/dbt

install: $(BIN)/dbt

sample: install
	mkdir -p warehouse
	$(BIN)/python scripts/check_warehouse.py
	$(BIN)/dbt build --vars "$(SAMPLE_VARS)"
	@echo
	@echo "Outputs of the sample drop: $(CURDIR)/output/SAMPLE-2026-12/"
	@ls -1 output/SAMPLE-2026-12/
	@echo "Warehouse (query the marts schema): $(CURDIR)/warehouse/drop_hygiene.duckdb"

# Two workers (this machine has 2 cores), one test module per worker at a time: the module that
# reads the one sample build starts on one worker, sqlfluff on the other (tests/python/conftest.py).
# --durations keeps the slow tests in view.
PYTEST_ARGS ?= -n 2 --dist loadscope --no-loadscope-reorder --durations=15

pytest: install
	$(BIN)/python -m pytest -q $(PYTEST_ARGS) tests/python

dbt-build: install
	mkdir -p warehouse
	$(BIN)/python scripts/check_warehouse.py
	$(BIN)/dbt build --vars "$(SAMPLE_VARS)"

# sqlfluff alone (make test runs it too); the dbt templater needs the seeds in the warehouse
lint: install
	mkdir -p warehouse
	$(BIN)/dbt seed --vars "$(SAMPLE_VARS)" --quiet
	$(BIN)/sqlfluff lint models tests macros

# The whole suite: pytest builds the sample drop with `dbt build` (unit tests and every data test
# included), builds the scenario drops, and runs sqlfluff (tests/python/test_project.py).
test: pytest

docs: install
	$(BIN)/dbt docs generate --vars "$(SAMPLE_VARS)"

clean:
	rm -rf target logs output warehouse/*.duckdb warehouse/*.wal warehouse/tmp
