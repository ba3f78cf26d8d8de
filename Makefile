# Two commands: `make run` opens the app on the demo project, `make test` runs the suite.
# Both create .venv when it is missing and (re)install when pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo/demo.qdacoder

.PHONY: run test demo bench translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

$(DEMO): $(VENV)/.installed $(wildcard resources/demo/*)
	mkdir -p $(dir $(DEMO))
	rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm
	$(BIN)/qdacoder demo $(DEMO)

demo: $(DEMO)

run: $(DEMO)
	$(BIN)/qdacoder gui $(DEMO)

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_document_view.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_window.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_retrieval.py
	$(BIN)/python benchmarks/bench_analysis.py
	$(BIN)/python benchmarks/bench_saturation.py
	$(BIN)/python benchmarks/bench_words.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_agreement.py

# Collect every tr() / QT_TRANSLATE_NOOP string into the Dutch translation file for Qt Linguist.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(git ls-files 'qdacoder/*.py') -ts resources/translations/qdacoder_nl.ts
	$(BIN)/python resources/translations/keep_moved.py
	$(BIN)/python resources/translations/fill_nl.py
	$(BIN)/pyside6-lrelease resources/translations/qdacoder_nl.ts

clean:
	rm -rf $(VENV) demo build dist *.egg-info
