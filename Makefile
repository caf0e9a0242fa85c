# Two set-up commands for a fresh machine: `make demo` and `make test` (see README).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
UV := $(shell command -v uv 2>/dev/null || echo $(VENV)/bin/uv)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test test-all sysdeps train bench clean lock

$(VENV)/.installed: requirements.lock pyproject.toml
	@command -v uv >/dev/null 2>&1 || python3 -m pip install -q uv==0.13.9
	@test -x $(PY) || uv venv -q $(VENV) --python python3
	uv pip install -q --python $(PY) -r requirements.lock
	uv pip install -q --python $(PY) --no-deps -e .
	@touch $@

install: $(VENV)/.installed

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.lock
	uv pip install -q --python $(PY) -r requirements-test.lock
	@touch $@

# System packages the tests need (headless chromium, a PostgreSQL server). Installed only when missing.
sysdeps:
	@if ! command -v chromium >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  export DEBIAN_FRONTEND=noninteractive; \
	  ( $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium postgresql >/dev/null ) || \
	    echo "warning: could not apt-get install chromium postgresql; browser and PostgreSQL tests will skip, saying so"; \
	fi

demo: install
	$(VENV)/bin/saidwhat read examples/ceasefire.txt --date 2025-06-14 --format table
	$(VENV)/bin/saidwhat ingest examples/ --db saidwhat.db
	$(VENV)/bin/saidwhat actors --db saidwhat.db --top 10

test: $(VENV)/.test-installed sysdeps
	$(VENV)/bin/pytest -q -m "not slow"

test-all: $(VENV)/.test-installed sysdeps
	$(VENV)/bin/pytest -q

train: install
	$(PY) -m saidwhat.train.stance --data ../shared/data/fnc1 --out src/saidwhat/data/stance.joblib --full
	$(PY) -m saidwhat.train.cues --data ../shared/data/polnear --out src/saidwhat/data/cues.joblib

# Benchmarks print ratios measured side by side in one run; small defaults, see each script's --help for more.
bench: install
	$(PY) bench/read_speed.py --n 300
	$(PY) bench/timex_speed.py --n 150
	$(PY) bench/clean_speed.py
	$(PY) bench/ingest_speed.py --limit 200
	$(PY) bench/search_latency.py
	$(PY) bench/claims_speed.py
	$(PY) bench/stance_claims_cv.py --folds 0
	$(PY) bench/web_load.py --articles 2000 --clients 50 --requests 100

lock:
	uv pip compile requirements.in -o requirements.lock --python-version 3.11
	uv pip compile requirements-test.in -o requirements-test.lock --python-version 3.11

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
