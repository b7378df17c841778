# Benchmarks, included from the top-level Makefile.
#
#   make bench                      release build, C baseline, generated data, one table:
#                                   reader, check, clean, indicators, reconcile, start-up
#   make bench BENCH_ROWS=100000    another size of the student file (its own folder under bench/out/)
#   make bench BENCH_FLAGS=--strict exit 1 when a target is missed
#   make bench-peers                the same checks in frictionless-py and DuckDB (PyPI, bench/.venv)
#   make bench-serve                the office's dashboard and trend: 2,500 schools × 20 submissions,
#                                   20 analysts at once; p95 latency and the store's size
#   make bench-clean                remove bench/out/, bench/.venv and the bench build
#
# Data come from `sachsong sample` (deterministic: seed 1, as-of 2026-06-01), built in the same
# release scratch path (.build-bench) so it never fights a debug or test build:
#   bench/out/sample-<rows>/truong_001_thcs/hoc_sinh.csv     the student file (1 % planted problems)
#   bench/out/sample-<rows>-ref/truong_001_thcs/hoc_sinh.csv the same students, no plants, semicolon/BOM
#                                                            (the "authoritative" side of reconcile)
#   bench/out/district-50/                                   50 schools × 1,000 students, 60 staff, every
#                                                            record type, mixed file forms (indicators)
#   bench/out/sample-2k/truong_001_thcs/hoc_sinh.csv         a 2,000-row school export (start-up)

BENCH_ROWS    ?= 1000000
BENCH_RUNS    ?= 3
BENCH_CHUNK   ?= 1048576
BENCH_FLAGS   ?=
BENCH_SCRATCH ?= .build-bench
BENCH_OUT     := bench/out
BENCH_ASOF    := 2026-06-01
BENCH_TAG     := $(if $(filter 1000000,$(BENCH_ROWS)),1m,$(BENCH_ROWS))
BENCH_DIR     := $(BENCH_OUT)/sample-$(BENCH_TAG)
BENCH_DATA    := $(BENCH_DIR)/truong_001_thcs/hoc_sinh.csv
BENCH_REF     := $(BENCH_OUT)/sample-$(BENCH_TAG)-ref/truong_001_thcs/hoc_sinh.csv
BENCH_DIST    := $(BENCH_OUT)/district-50
BENCH_SMALL   := $(BENCH_OUT)/sample-2k/truong_001_thcs/hoc_sinh.csv
BENCH_XLSX    := $(BENCH_OUT)/students-100k.xlsx
BENCH_RAW     := $(BENCH_OUT)/raw_libcsv
BENCH_SWIFT   := $(BENCH_SCRATCH)/release/sachsong-bench
BENCH_CLI     := $(BENCH_SCRATCH)/release/sachsong
BENCH_VENV    := bench/.venv
PYTHON        ?= python3
CC            ?= cc
SAMPLE        := $(BENCH_CLI) sample --seed 1 --as-of $(BENCH_ASOF)

.PHONY: bench bench-build bench-data bench-peers bench-clean bench-serve

bench: deps bench-build $(BENCH_RAW) bench-data
	@$(PYTHON) bench/run_bench.py --file $(BENCH_DATA) --reference $(BENCH_REF) --district $(BENCH_DIST) \
		--small $(BENCH_SMALL) --workbook $(BENCH_XLSX) --raw $(BENCH_RAW) --swift $(BENCH_SWIFT) --sachsong $(BENCH_CLI) \
		--runs $(BENCH_RUNS) --chunk-size $(BENCH_CHUNK) $(BENCH_FLAGS)

# Always asks SwiftPM, which knows whether the sources changed.
bench-build:
	swift build -c release --product sachsong-bench --scratch-path $(BENCH_SCRATCH)
	swift build -c release --product sachsong --scratch-path $(BENCH_SCRATCH)

$(BENCH_RAW): bench/raw_libcsv.c | $(BENCH_OUT)
	$(CC) -O2 -o $@ bench/raw_libcsv.c -lcsv

# Generated once; delete bench/out (or make bench-clean) to regenerate.
bench-data: $(BENCH_DATA) $(BENCH_REF) $(BENCH_DIST)/planted.json $(BENCH_SMALL) $(BENCH_XLSX)

$(BENCH_DATA): | $(BENCH_OUT)
	$(SAMPLE) --schools 1 --students $(BENCH_ROWS) --staff 0 --types hoc_sinh --defect-rate 0.01 --output $(BENCH_DIR)

$(BENCH_REF): | $(BENCH_OUT)
	$(SAMPLE) --schools 1 --students $(BENCH_ROWS) --staff 0 --types hoc_sinh --defect-rate 0 --variant semicolon \
		--output $(BENCH_OUT)/sample-$(BENCH_TAG)-ref

$(BENCH_DIST)/planted.json: | $(BENCH_OUT)
	$(SAMPLE) --schools 50 --students 1000 --staff 60 --defect-rate 0.02 --variant mixed --output $(BENCH_DIST)

$(BENCH_SMALL): | $(BENCH_OUT)
	$(SAMPLE) --schools 1 --students 2000 --staff 0 --types hoc_sinh --defect-rate 0.02 --output $(BENCH_OUT)/sample-2k

# A 100,000-row student workbook: a sample export written as .xlsx by `clean` (libxlsxwriter).
$(BENCH_XLSX): | $(BENCH_OUT)
	$(SAMPLE) --schools 1 --students 100000 --staff 0 --types hoc_sinh --defect-rate 0.01 --output $(BENCH_OUT)/sample-100k
	$(BENCH_CLI) clean $(BENCH_OUT)/sample-100k/truong_001_thcs/hoc_sinh.csv --output $@ > /dev/null

$(BENCH_OUT):
	mkdir -p $@

# frictionless-py and DuckDB from PyPI into bench/.venv (git-ignored), then the same checks on
# the student file timed against `sachsong check` (see bench/peers.py for exactly which checks).
$(BENCH_VENV)/bin/python:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet frictionless duckdb

bench-peers: deps bench-build bench-data $(BENCH_RAW) $(BENCH_VENV)/bin/python
	@$(BENCH_VENV)/bin/python bench/peers.py --file $(BENCH_DATA) --sachsong $(BENCH_CLI) --raw $(BENCH_RAW) --runs $(BENCH_RUNS)

bench-clean:
	rm -rf $(BENCH_OUT) $(BENCH_SCRATCH) $(BENCH_VENV)

# The service's office pages at city size (issue: 2,500 schools, 20 weekly submissions, 20 analysts).
BENCH_SERVE_ARGS ?= 2500 20 80 20 15
bench-serve: deps
	$(SWIFT) build -c release --product sachsong-serve-bench --scratch-path $(BENCH_SCRATCH)
	$(BENCH_SCRATCH)/release/sachsong-serve-bench rules $(BENCH_SERVE_ARGS)
