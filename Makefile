# Two commands: `make run` opens the app on the demo project, `make test` runs the suite.
# Both create .venv when it is missing and (re)install when pyproject.toml changed.
# Packaging, not part of `make test` (they download and build hundreds of MB): `make bundle`,
# `make bundle-check`, `make wheel`, `make wheel-check`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo/demo.qdacoder

.PHONY: run test demo bench bench-more bench-all translations clean bundle bundle-check wheel wheel-check report-check

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

# `make bench` at the target scale; `make bench SCALE=10` at ten times it (the scale project is
# built once into ~/.cache/qdacoder-bench; at 10x that takes a few minutes and 0.5 GB). It runs
# the benchmarks of the speed targets in under 5 minutes at 1x; `make bench-more` the others
# (saturation, readings, words, the memory at the import caps, the coded document: 5 minutes
# more), `make bench-all` both.
SCALE ?= 1
bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_document_view.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_window.py --scale $(SCALE)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_import.py --scale $(SCALE)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_retrieval.py --scale $(SCALE)
	$(BIN)/python benchmarks/bench_analysis.py --scale $(SCALE)
	$(BIN)/python benchmarks/bench_agreement.py --scale $(SCALE)
	$(BIN)/python benchmarks/bench_qdpx.py --scale $(SCALE)
	$(BIN)/python benchmarks/bench_replace.py --scale $(SCALE)
	$(BIN)/python benchmarks/bench_startup.py

bench-more: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_saturation.py
	$(BIN)/python benchmarks/bench_reading.py
	$(BIN)/python benchmarks/bench_words.py
	$(BIN)/python benchmarks/bench_memory_caps.py
	$(BIN)/python benchmarks/bench_coded_document.py

bench-all: bench bench-more

# Collect every tr() / QT_TRANSLATE_NOOP string into the Dutch translation file for Qt Linguist.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(git ls-files 'qdacoder/*.py') -ts resources/translations/qdacoder_nl.ts
	$(BIN)/python resources/translations/keep_moved.py
	$(BIN)/python resources/translations/fill_nl.py
	$(BIN)/pyside6-lrelease resources/translations/qdacoder_nl.ts

# The desktop bundle (PyInstaller, build.spec): dist/qdacoder/, started as dist/qdacoder/qdacoder.
$(VENV)/.bundle-tools: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test,bundle]"
	touch $@

bundle: $(VENV)/.bundle-tools
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	du -sh dist/qdacoder

# Runs the bundle from a scratch folder: --version, demo, info, new --codebook, Dutch tables,
# charts, Word and REFI-QDA out and in, and the window offscreen for 8 seconds.
bundle-check: bundle
	$(BIN)/python tools/check_install.py dist/qdacoder/qdacoder --window 8

# The wheel, with resources/ and codebooks/ inside (setup.py), in dist/.
wheel: | $(BIN)/python
	rm -rf build/lib dist/qdacoder-*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# Installs the wheel into a fresh venv (its dependencies from PyPI) and runs the same checks there.
wheel-check: wheel
	rm -rf build/wheel-check
	$(PYTHON) -m venv build/wheel-check
	build/wheel-check/bin/python -m pip install --quiet dist/qdacoder-*.whl
	cd build/wheel-check && bin/python -c "import qdacoder.resources as r; print('installed, reading', r.resources_dir())"
	$(BIN)/python tools/check_install.py build/wheel-check/bin/qdacoder

clean:
	rm -rf $(VENV) demo build dist *.egg-info

# Rendered with LibreOffice to PDF and a PNG per page, to look at: the draft report of the
# three sample projects (checked, page counts printed) in build/report-check/reports/, and the
# demo's coded documents and charts (checked for notes and names) in build/report-check/coded/.
report-check: $(VENV)/.installed
	$(BIN)/python benchmarks/report_check.py $(or $(OUT),build/report-check)/reports
	$(BIN)/python tools/report_check.py $(or $(OUT),build/report-check)/coded
