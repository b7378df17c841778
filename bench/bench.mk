# Reader benchmark (issue 2, point 8), included from the top-level Makefile.
#
#   make bench                      release build, C baseline, 1M-row file, table
#   make bench BENCH_ROWS=100000    another size (its own file under bench/out/)
#   make bench BENCH_FLAGS=--strict exit 1 when a target (≥ 70 % of libcsv, < 50 MB) is missed
#   make bench-clean                remove bench/out/ and the bench build
#
# Builds in its own scratch path (.build-bench) so it never fights a debug or test build.

BENCH_ROWS    ?= 1000000
BENCH_RUNS    ?= 3
BENCH_CHUNK   ?= 1048576
BENCH_FLAGS   ?=
BENCH_SCRATCH ?= .build-bench
BENCH_OUT     := bench/out
BENCH_DATA    := $(BENCH_OUT)/students-$(if $(filter 1000000,$(BENCH_ROWS)),1m,$(BENCH_ROWS)).csv
BENCH_RAW     := $(BENCH_OUT)/raw_libcsv
BENCH_SWIFT   := $(BENCH_SCRATCH)/release/sachsong-bench
PYTHON        ?= python3
CC            ?= cc

.PHONY: bench bench-build bench-data bench-clean

bench: deps bench-build $(BENCH_RAW) $(BENCH_DATA)
	@$(PYTHON) bench/run_bench.py --file $(BENCH_DATA) --raw $(BENCH_RAW) --swift $(BENCH_SWIFT) \
		--runs $(BENCH_RUNS) --chunk-size $(BENCH_CHUNK) $(BENCH_FLAGS)

# Always asks SwiftPM, which knows whether the sources changed.
bench-build:
	swift build -c release --product sachsong-bench --scratch-path $(BENCH_SCRATCH)

$(BENCH_RAW): bench/raw_libcsv.c | $(BENCH_OUT)
	$(CC) -O2 -o $@ bench/raw_libcsv.c -lcsv

# Generated once; delete it (or make bench-clean) to regenerate.
bench-data: $(BENCH_DATA)

$(BENCH_DATA): | $(BENCH_OUT)
	$(PYTHON) bench/generate_students.py --rows $(BENCH_ROWS) --output $@

$(BENCH_OUT):
	mkdir -p $@

bench-clean:
	rm -rf $(BENCH_OUT) $(BENCH_SCRATCH)
