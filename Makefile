# Backtrack: `make run` sets everything up and serves the app; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/backtrack
CHROMIUM := /usr/bin/chromium

.PHONY: run test test-postgres test-browser bench load load-postgres lint format clean

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
	$(BIN)/python manage.py runserver 127.0.0.1:8000

$(CHROMIUM):
	@if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "The browser tests need Debian's Chromium. Install it with:"; \
		echo "    sudo apt-get install -y chromium"; \
		exit 1; \
	fi

test: $(VENV)/.dev $(CHROMIUM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# The same suite on PostgreSQL (the server must be running; unreachable is a failure).
test-postgres: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest --create-db -m "not browser"

test-browser: $(VENV)/.dev $(CHROMIUM)
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest --create-db -m browser

bench: $(VENV)/.dev
	$(BIN)/python -m tests.bench
	$(BIN)/python -m tests.bench.imports

# gunicorn on a fresh SQLite database (or a fresh one beside DATABASE_URL's PostgreSQL), 16 simulated
# runners for 30 s; e.g. LOAD_ARGS="--seconds 5 --kill-worker".
LOAD_ARGS ?=
load: $(VENV)/.dev
	$(BIN)/python -m tests.load $(LOAD_ARGS)

# The same on a fresh database (backtrack_load) created and dropped on the PostgreSQL server of PG_URL.
load-postgres: $(VENV)/.dev
	pg_isready -h 127.0.0.1 -p 5432
	DATABASE_URL=$(PG_URL) $(BIN)/python -m tests.load $(LOAD_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
