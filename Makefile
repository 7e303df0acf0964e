# The two commands that do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS := dev,train,bench,web,postgres,dask,fetch,parquet,embed,onnx
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
	@echo
	@echo "Explore it in a browser (no internet needed):"
	@echo "  $(BIN)/khabar serve --db $(DB)"
	@echo "  then open http://127.0.0.1:8000/"

lint: install
	$(BIN)/ruff check khabar tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: install
	$(BIN)/python bench/run.py --data $(DATA) --output bench/results.json --label "latest make bench"
	$(BIN)/python bench/scale_throughput.py --data $(DATA) --articles 500 --engines --output bench/scale_results.json
	$(BIN)/python bench/scale_store.py --data $(DATA) --sizes 10000,100000 --output bench/scale_results.json
	$(BIN)/python bench/meta_dates.py $(DATA) --output bench/meta_results.json
	$(BIN)/python bench/web_load.py --data $(DATA) --output bench/web_results.json
	$(BIN)/python bench/text_zwnj.py --data $(DATA) --output bench/text_zwnj_results.json
	$(BIN)/python bench/text_langid.py --data $(DATA) --output bench/text_langid_results.json
	$(BIN)/python bench/text_speed.py --data $(DATA) --output bench/text_speed_results.json
	$(BIN)/python bench/text_boilerplate.py --data $(DATA) --output bench/text_boilerplate_results.json
	$(BIN)/python bench/events_dev.py $(DATA) --json bench/events_dev_results.json
	$(BIN)/python bench/events_dev.py $(DATA) --gold bench/data --json bench/events_gold_results.json
	$(BIN)/python bench/events_dev.py $(DATA) --gold bench/data --half analysis --json bench/events_gold_analysis_results.json
	$(BIN)/python bench/events_dev.py $(DATA) --gold bench/data --half check --json bench/events_gold_check_results.json
	$(BIN)/python bench/events_errors.py $(DATA) --gold bench/data --json bench/events_errors_gold.json
	$(BIN)/python bench/events_speed.py $(DATA) --json bench/events_speed.json
	$(BIN)/python bench/quotes_dev.py $(DATA) --json bench/quotes_dev_results.json
	$(BIN)/python bench/stories_pairs.py $(DATA) --json bench/stories_pairs.json
	$(BIN)/python bench/stories_scale.py $(DATA) --json bench/stories_scale.json
	$(BIN)/python bench/stories_fingerprint.py $(DATA) --json bench/stories_fingerprint.json
	$(BIN)/python bench/ner_speed.py --data $(DATA) --output bench/ner_speed.json
	$(BIN)/python bench/linking_dev.py --data $(DATA) --output bench/linking_dev.json
	$(BIN)/python bench/linking_rules_speed.py --data $(DATA) --output bench/linking_rules_speed.json

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
