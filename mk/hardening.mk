# Hardening: libFuzzer targets and sanitizer runs (included from the Makefile).
#   make fuzz                      builds fuzz/ (its own package) and runs every target FUZZ_SECONDS
#   make fuzz-run-FuzzCSVReader    runs one already-built target (any of FUZZ_TARGETS)
#   make fuzz-xls-files            damaged .xls files through `sachsong check` (FUZZ_XLS_RUNS)
#   make sanitize                  the test suite under AddressSanitizer, then ThreadSanitizer
# Crashes land in fuzz/artifacts/<target>/; corpora in fuzz/corpus/<target>/ (both git-ignored).

FUZZ_SECONDS ?= 600
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_TARGETS := FuzzCSVReader FuzzRules FuzzCheck FuzzXLSXReader FuzzXLSStream
FUZZ_FLAGS   ?= -rss_limit_mb=4096 -timeout=30 -detect_leaks=0 -max_len=65536 -print_final_stats=1
ASAN_SCRATCH ?= .build-asan
TSAN_SCRATCH ?= .build-tsan

.PHONY: fuzz fuzz-xls-files fuzz-build fuzz-corpus sanitize sanitize-address sanitize-thread $(addprefix fuzz-run-,$(FUZZ_TARGETS))

fuzz-build: deps
	$(SWIFT) build --package-path fuzz --scratch-path $(FUZZ_SCRATCH) -Xswiftc -sanitize=fuzzer,address

# Seeds: the shipped exports and the bad-input corpus for the CSV targets, the rule profiles for FuzzRules.
fuzz-corpus:
	@for t in FuzzCSVReader FuzzCheck; do \
		mkdir -p fuzz/corpus/$$t fuzz/artifacts/$$t; \
		find fixtures -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' -o -name '*.xlsx' \) -size -64k \
			-exec sh -c 'for f; do cp "$$f" "fuzz/corpus/'$$t'/$$(echo "$$f" | tr / _)"; done' _ {} +; \
	done
	@mkdir -p fuzz/corpus/FuzzRules fuzz/artifacts/FuzzRules
	@find rules fixtures/bad -type f ! -path "*alias-bomb/*" \( -name '*.yaml' -o -name '*.yml' \) -size -64k \
		-exec sh -c 'for f; do cp "$$f" "fuzz/corpus/FuzzRules/$$(echo "$$f" | tr / _)"; done' _ {} +
	@mkdir -p fuzz/corpus/FuzzXLSXReader fuzz/artifacts/FuzzXLSXReader
	@i=0; for f in $$(find fixtures/xlsx fixtures/bad/xlsx -name '*.xlsx' -size -64k); do \
		for part in xl/worksheets/sheet1.xml xl/sharedStrings.xml; do \
			unzip -p "$$f" "$$part" > /tmp/sachsong-seed 2>/dev/null && [ -s /tmp/sachsong-seed ] || continue; \
			case $$part in xl/worksheets/*) k=0 ;; *) k=1 ;; esac; \
			{ printf "\\$$(printf '%03o' $$k)"; head -c 60000 /tmp/sachsong-seed; } > fuzz/corpus/FuzzXLSXReader/seed-$$i; i=$$((i+1)); \
		done; \
	done; rm -f /tmp/sachsong-seed
	@mkdir -p fuzz/artifacts/FuzzXLSStream && python3 fuzz/xls_stream_seeds.py fuzz/corpus/FuzzXLSStream > /dev/null
	@for t in $(FUZZ_TARGETS); do echo "$$t: $$(ls fuzz/corpus/$$t | wc -l) seeds"; done

$(addprefix fuzz-run-,$(FUZZ_TARGETS)): fuzz-run-%:
	@mkdir -p fuzz/artifacts/$* fuzz/corpus/$*
	@echo "== $* for $(FUZZ_SECONDS) s (log: fuzz/artifacts/$*.log)"
	@ASAN_OPTIONS=detect_leaks=0 $(FUZZ_SCRATCH)/debug/$* fuzz/corpus/$* -artifact_prefix=fuzz/artifacts/$*/ \
		-max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) > fuzz/artifacts/$*.log 2>&1; status=$$?; \
		grep -E '^stat::|SUMMARY|^==[0-9]+==ERROR|Done [0-9]+ runs|Test unit written' fuzz/artifacts/$*.log; exit $$status

fuzz: fuzz-build fuzz-corpus
	@status=0; for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-run-$$t || status=1; done; \
		$(MAKE) --no-print-directory fuzz-xls-files || status=1; exit $$status

# Damaged .xls files through the whole command, libfreexl in its reader process (FUZZ_XLS_RUNS of them).
FUZZ_XLS_RUNS ?= 2000
fuzz-xls-files: build
	python3 fuzz/xls_mutate.py $(SACHSONG) $(FUZZ_XLS_RUNS)

# AddressSanitizer: the whole suite (the command-line tests run the instrumented sachsong binary).
# Leak detection is off: objects alive at exit (compiled rules, XCTest's own) are reported as leaks
# and turn every exit code into 1, which the exit-code tests would read as failures.
sanitize-address: deps
	ASAN_OPTIONS="detect_leaks=0:halt_on_error=1" $(SWIFT) test --scratch-path $(ASAN_SCRATCH) -Xswiftc -sanitize=address

# ThreadSanitizer: the whole suite, including the parallel district path and the engine's reader thread.
sanitize-thread: deps
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" $(SWIFT) test --scratch-path $(TSAN_SCRATCH) -Xswiftc -sanitize=thread

sanitize: sanitize-address sanitize-thread
