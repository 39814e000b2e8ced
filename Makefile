# The two commands of README.md: `make run` and `make test`. Both create the virtual
# environment when it is missing and rebuild it when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MO := resources/locale/sv/LC_MESSAGES/samverkan.mo
PO := $(wildcard resources/locale/*/*.po)

.PHONY: run test bench translations lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

$(MO): $(STAMP) $(PO)
	$(PY) -m samverkan_desktop.i18n_build

translations: $(MO)

run: $(STAMP) $(MO)
	$(PY) main.py $(ARGS)

test: $(STAMP) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
