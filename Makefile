# Quotedesk — `make run` serves the app, `make test` runs every test. Both set themselves up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Development mode for everything make starts (DEBUG on, this checkout's own key in var/dev-secret-key).
# Without it the settings are production-safe: DEBUG off, and no start without a SECRET_KEY.
export QUOTEDESK_DEV ?= 1

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# Django 6.1 needs Python >= 3.12: take the first suitable interpreter on PATH or in pyenv.
define find_python
for c in $$PYTHON python3.13 python3.12 python3 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9] 2>/dev/null); do \
  if [ -n "$$c" ] && command -v "$$c" >/dev/null 2>&1 && "$$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then command -v "$$c"; exit 0; fi; \
done; exit 1
endef

NATIVE := attribution/parsing/_native.stamp
PARSER_SOURCES := $(wildcard attribution/parsing/*.py attribution/parsing/*/*.py attribution/parsing/*.c attribution/parsing/*.h)

.PHONY: help native run test test-sqlite test-postgres lint bench bench-parser bench-web bench-export bench-scale score chromium clean

help:
	@echo "make run     - install, migrate, import seeds, create demo accounts, serve on http://$(HOST):$(PORT)"
	@echo "make test    - install test tools (incl. Debian chromium) and run the whole test suite"
	@echo "make score   - parser accuracy on ../shared/eval/seeds.gold.jsonl"
	@echo "make bench-parser | bench-web | bench-export | bench-scale - benchmarks that print figures"

$(STAMP): pyproject.toml
	@py="$$( $(find_python) )" || { echo "Quotedesk needs Python >= 3.12 (Django 6.1). None found on PATH or in pyenv; install one (e.g. 'pyenv install 3.12') or set PYTHON=/path/to/python3.12." >&2; exit 1; }; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then rm -rf $(VENV); fi; \
	[ -x $(PY) ] || { echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,native]'
	@touch $(STAMP)

# The parser's hot modules compiled with mypyc (about twice as fast). Optional: if the build fails, the
# same modules run as Python (attribution/parsing/native.py checks the stamp against the sources).
$(NATIVE): $(STAMP) $(PARSER_SOURCES)
	@echo "Compiling the parser with mypyc (about a minute, once per change to attribution/parsing)"
	@$(PY) scripts/build_parser.py >/dev/null || echo "warning: mypyc build failed; the parser runs as pure Python" >&2

native: $(NATIVE)

run: $(STAMP) $(NATIVE)
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py setup_demo
	@echo "Starting a background worker (run_worker) and the server on http://$(HOST):$(PORT)/ — Ctrl-C stops both."
	@$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

chromium:
	@if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-core >/dev/null 2>&1; then \
	  echo "Installing Debian's chromium (and Noto fonts, e.g. Devanagari) for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	fi

test: $(STAMP) chromium
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: $(STAMP) $(NATIVE)
	QUOTEDESK_TASKS=immediate $(PY) -m pytest

# Each run gets its own database name (so its own test_… database): runs side by side don't collide.
test-postgres: $(STAMP) $(NATIVE)
	@url="$$(bash scripts/postgres.sh start)" || { echo "Could not start PostgreSQL" >&2; exit 1; }; \
	url="$${url%/*}/quotedesk_$$$$"; \
	echo "Running the suite on PostgreSQL ($$url)"; \
	QUOTEDESK_TASKS=immediate DATABASE_URL="$$url" $(PY) -m pytest -p no:cacheprovider

lint: $(STAMP)
	$(PY) -m ruff check attribution tests

score: $(STAMP) $(NATIVE)
	$(PY) manage.py extract_quotes --input ../shared/eval/seeds.gold.jsonl --output /tmp/quotedesk-pred.jsonl
	$(PY) ../shared/eval/score.py ../shared/eval/seeds.gold.jsonl /tmp/quotedesk-pred.jsonl

bench-parser: $(STAMP) $(NATIVE)
	$(PY) manage.py bench_parser

bench-scale: $(STAMP) $(NATIVE)
	bash scripts/bench_scale.sh

# 100,000 quotes in a throwaway SQLite database; time and peak RSS per export format (ROWS=… to change)
bench-export: $(STAMP)
	$(PY) manage.py bench_export --rows $(or $(ROWS),100000)

# The review screen under 16 concurrent reviewers (throwaway SQLite, gunicorn): p50/p95/p99 and requests/s.
# THINK=0 sends requests back to back (saturation); the default 0.5 s is a fast reviewer's pace.
bench-web: $(STAMP) $(NATIVE)
	$(PY) manage.py bench_web --clients $(or $(CLIENTS),16) --duration $(or $(DURATION),15) --think $(or $(THINK),0.5)

bench: bench-parser

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache test-artifacts build
	-rm -f attribution/parsing/*.so attribution/parsing/languages/*.so $(NATIVE)
