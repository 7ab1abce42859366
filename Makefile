# Two commands on a fresh machine: `make run` and `make test`. Needs only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install wheel typecheck benchmark reliability lint format clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Translations compile with Babel: no system gettext needed.
install: $(STAMP)
	DJANGO_DEBUG=1 $(BIN)/python manage.py compile_translations

run: export DJANGO_DEBUG ?= 1
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_roles
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py create_local_users
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The suite runs on SQLite; set DATABASE_URL=postgres://... to run it on PostgreSQL.
test: export DJANGO_SECRET_KEY ?= insecure-key-for-tests-only
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The installable package, translations compiled, in dist/ (tests/test_packaging.py checks it).
wheel: install
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .

# Synthetic collection on the local PostgreSQL, served by gunicorn; see docs/performance.md.
benchmark: install
	$(BIN)/python benchmarks/catalogue.py --records $(or $(RECORDS),100000) --write-docs $(BENCHMARK_ARGS)

# Load and faults (locust; its own PostgreSQL and Redis); see docs/reliability.md.
reliability: install
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/reliability.py --records $(or $(RECORDS),100000) --write-docs $(RELIABILITY_ARGS)

# mypy with django-stubs over core, search, catalogue and every services.py (pyproject.toml).
typecheck: export DJANGO_SECRET_KEY ?= insecure-key-for-type-checking-only
typecheck: install
	$(BIN)/mypy

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles build dist .pytest_cache .ruff_cache .mypy_cache
