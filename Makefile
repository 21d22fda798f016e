# Quick start: `make demo` builds a timeline from the bundled example corpus,
# `make test` runs the whole suite. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_OUT := demo-output

.PHONY: demo test lint format clean system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# System packages the tests use: Perl's XML::Parser for ROUGE (benchmark scoring) and
# Chromium for the real-browser tests. Tests that need them skip when they are missing.
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  dpkg -s libxml-parser-perl chromium >/dev/null 2>&1 || { \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      libxml-parser-perl chromium fonts-dejavu-core >/dev/null; }; \
	else echo "system-deps: not root or no apt-get; tests needing Chromium or ROUGE will skip"; fi

demo: $(STAMP)
	$(BIN)/newsline build examples/port-maren -o $(DEMO_OUT) --query "port strike"
	@echo
	@echo "HTML report: $(abspath $(DEMO_OUT))/timeline.html"

test: $(STAMP) system-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache .ruff_cache src/*.egg-info
