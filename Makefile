# The two commands of the README:  make demo   and   make test
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test setup lint

$(BIN)/bilateral: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[web,postgres,parquet,ray,dev]'
	@touch $(BIN)/bilateral

setup: $(BIN)/bilateral

demo: setup
	$(BIN)/bilateral demo

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports

test: setup
	bash scripts/system-deps.sh
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/pytest -q
