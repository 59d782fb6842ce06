# Backtrack: `make run` sets everything up and serves the app; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/backtrack
CHROMIUM := /usr/bin/chromium

FAKETIME := /usr/bin/faketime
# 23:40 UTC on a leap day, seen from a machine whose own clock (UTC+14) already says 1 March.
AWKWARD_MOMENT := 2028-03-01 13:40:00
AWKWARD_ZONE := Pacific/Kiritimati
DEMO_DAYS := 2028-02-26 2028-02-27 2028-02-28 2028-02-29 2028-03-01 2028-03-02 2028-03-03

.PHONY: run test test-fast test-any-day test-postgres test-browser test-api test-api-postgres bench load load-postgres load-two-servers lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamp files: dependencies are installed again only when a requirements file changes.
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ensure_demo
	@# The background worker (large imports) runs beside the server: Ctrl-C stops both, and the worker goes
	@# too if the server stops on its own.
	$(BIN)/python manage.py work & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT; \
		$(BIN)/python manage.py runserver 127.0.0.1:8000

$(CHROMIUM):
	@if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "The browser tests need Debian's Chromium. Install it with:"; \
		echo "    sudo apt-get install -y chromium"; \
		exit 1; \
	fi

# The suite runs on every core (pytest-xdist); the browser tests run on their own, one at a time.
PARALLEL := -n auto

test: $(VENV)/.dev $(CHROMIUM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest $(PARALLEL) -m "not browser"
	$(BIN)/python -m pytest -m browser

# Everything but the browser tests: needs no apt and no Chromium.
test-fast: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest $(PARALLEL) -m "not browser"

$(FAKETIME):
	@if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime; \
	else \
		echo "The any-day tests need Debian's faketime. Install it with:"; \
		echo "    sudo apt-get install -y faketime"; \
		exit 1; \
	fi

# The suite on a clock that is not today's: at an awkward moment, and the demo on seven days in a row.
test-any-day: $(VENV)/.dev $(FAKETIME)
	TZ=$(AWKWARD_ZONE) $(FAKETIME) -f "@$(AWKWARD_MOMENT)" $(BIN)/python -m pytest $(PARALLEL) -p no:cacheprovider -m "not browser"
	for day in $(DEMO_DAYS); do \
		echo "The demo on $$day:"; \
		$(FAKETIME) -f "@$$day 23:40:00" $(BIN)/python -m pytest -p no:cacheprovider tests/test_insights_seed_demo.py || exit 1; \
	done

# The same suite on PostgreSQL (the server must be running; unreachable is a failure).
test-postgres: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest $(PARALLEL) --create-db -m "not browser"

test-browser: $(VENV)/.dev $(CHROMIUM)
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest --create-db -m browser

# The API against its own OpenAPI document (schemathesis, a live gunicorn, a demo runner's token): no server
# error and no answer outside the schema, on a fresh SQLite database or beside PG_URL's PostgreSQL.
test-api: $(VENV)/.dev
	$(BIN)/python -m tests.api_fuzz

test-api-postgres: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m tests.api_fuzz

bench: $(VENV)/.dev
	$(BIN)/python -m tests.bench
	$(BIN)/python -m tests.bench.imports
	$(BIN)/python -m tests.bench.insights_page
	$(BIN)/python -m tests.bench.api_throughput
	$(BIN)/python -m tests.bench.pages_throughput
	$(BIN)/python -m tests.bench.exports
	$(BIN)/python -m tests.bench.import_jobs
	$(BIN)/python -m tests.bench.wire
	# A club of 1,000 runners against a lone runner: PostgreSQL only (databases made on PG_URL's server).
	DATABASE_URL=$(PG_URL) $(BIN)/python -m tests.bench.club

# gunicorn on a fresh SQLite database (or a fresh one beside DATABASE_URL's PostgreSQL), 16 simulated
# runners for 30 s; e.g. LOAD_ARGS="--seconds 5 --kill-worker".
LOAD_ARGS ?=
load: $(VENV)/.dev
	$(BIN)/python -m tests.load $(LOAD_ARGS)

# The same on a fresh database (backtrack_load) created and dropped on the PostgreSQL server of PG_URL.
load-postgres: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m tests.load $(LOAD_ARGS)

# Two gunicorns on two ports sharing a fresh database (backtrack_load2) on PG_URL's server, each runner's
# requests alternating between them: sessions, a lockout, the insights cache, API rate counts and a
# background import (run by a worker process of its own) must be shared; e.g. LOAD_ARGS="--seconds 5".
load-two-servers: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m tests.load.two_servers $(LOAD_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
