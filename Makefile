# juesuan: `make demo` and `make test` each set up .venv on their own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-nightly clean workbook

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m juesuan demo --out out

test: $(STAMP)
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m mypy
	$(PY) -m pytest -q -n auto --dist loadscope  # a worker a core, whole modules: a module's fixtures made once

workbook: $(STAMP)
	$(PY) -m juesuan template workbook/juesuan.xlsm --force
	$(PY) -m juesuan summary-template workbook/juesuan-summary.xlsm --force
	rm -f workbook/juesuan.xlsm.bak workbook/juesuan-summary.xlsm.bak

lint: $(STAMP)
	$(PY) -m ruff check src tests benchmarks

bench: $(STAMP)
	$(PY) benchmarks/bench_analysis.py
	$(PY) benchmarks/bench_export.py
	$(PY) benchmarks/bench_excel.py
	$(PY) benchmarks/bench_disclosure.py
	$(PY) benchmarks/bench_review_corpus.py
	$(PY) benchmarks/bench_review_pdfs.py
	$(PY) benchmarks/bench_review_adv.py
	$(PY) benchmarks/bench_review_units.py
	$(PY) benchmarks/bench_batch.py --sizes 20 200  # the 2,000-unit plan: run it without --sizes

# the property tests with 400+ random examples each and a random seed (about an hour on 2 cores)
bench-nightly: $(STAMP)
	$(PY) benchmarks/bench_random_units.py

clean:
	rm -rf $(VENV) out build src/*.egg-info .pytest_cache .ruff_cache .hypothesis
