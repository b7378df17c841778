# sachsong — two commands for a newcomer:
#   make demo   installs what is missing, builds, checks the shipped fixtures with the default rules
#   make test   installs what is missing, runs the whole test suite
SWIFT    ?= swift
SACHSONG := .build/debug/sachsong
AS_OF    ?= 2026-06-01

.PHONY: deps build demo test

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build --product sachsong

DEMO_OUT ?= demo-out

demo: build
	@echo "== sachsong check fixtures/district (ngày tham chiếu $(AS_OF)) =="
	@$(SACHSONG) check fixtures/district --as-of $(AS_OF) --fail-on never
	@echo
	@echo "== sachsong indicators fixtures/district =="
	@$(SACHSONG) indicators fixtures/district --as-of $(AS_OF)
	@mkdir -p $(DEMO_OUT)
	@$(SACHSONG) report fixtures/district --as-of $(AS_OF) --output $(DEMO_OUT)/report.html \
		&& echo "Báo cáo HTML: $(DEMO_OUT)/report.html"

test: deps
	$(SWIFT) test

include bench/bench.mk

# libFuzzer targets and sanitizer runs (fuzz, sanitize).
include mk/hardening.mk
