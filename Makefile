# The two commands that do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := dev
STAMP := $(VENV)/.installed-$(EXTRAS)
DB ?= khabar.db
DATA ?= ../shared/data

.PHONY: install demo test lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/khabar ingest examples/articles --db $(DB)
	@echo
	$(BIN)/khabar report --db $(DB)
	@echo
	@echo "Stored in $(DB). Try:"
	@echo "  $(BIN)/khabar search باقری --db $(DB)"
	@echo "  $(BIN)/khabar export --db $(DB) --format jsonl"
	@echo "  $(BIN)/khabar stats --db $(DB)"

lint: install
	$(BIN)/ruff check khabar tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: install
	$(BIN)/python bench/run.py --data $(DATA) --output bench/results.json

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
