# Two entry points (see README): `make demo` installs and runs the main job on the sample
# corpus; `make test` installs and runs the test suite. Both create .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# pinned first: an unpinned torch would pull a multi-GB CUDA build
	$(PY) -m pip install -q torch==2.13.0
	# every extra (readers, databases, Dask, training, test and lint tools): the suite covers all
	$(PY) -m pip install -q -e ".[all]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/presskz batch corpora/ -o out/records.jsonl

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src
	$(VENV)/bin/mypy src

.PHONY: install demo test lint
