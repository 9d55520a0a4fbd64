# juesuan: `make demo` and `make test` each set up .venv on their own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean workbook

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
	$(PY) -m pytest -q

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
	$(PY) benchmarks/bench_batch.py --sizes 20 200  # the 2,000-unit plan: run it without --sizes

clean:
	rm -rf $(VENV) out build src/*.egg-info .pytest_cache .ruff_cache .hypothesis
