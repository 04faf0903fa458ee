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

test: lint   # ruff and mypy first, then the suite
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src
	$(VENV)/bin/mypy src

# Figures (docs/ and the README's summary are generated, never typed). KazNERD is not in the
# repository: point KAZNERD at a copy (IOB2_valid.txt, IOB2_test.txt).
KAZNERD ?= ../shared/data/kaznerd
# what else ran during `make bench`, for the conditions line of docs/benchmarks.md
BENCH_CONDITIONS ?=

eval: $(STAMP)   # the release corpus, dev and test: docs/evaluation.md (release part)
	$(PY) scripts/eval_releases.py --markdown docs/evaluation.md --json docs/evaluation.json

figures: $(STAMP)   # eval + every KazNERD evaluation + the README summary
	$(PY) scripts/figures.py --kaznerd $(KAZNERD)

floors: $(STAMP)   # the test-split figures the floor test holds: update on purpose only
	$(PY) scripts/eval_releases.py --split test --write-figures corpora/releases/figures.json

bench: $(STAMP)   # batch speed and memory, presskz serve, one-release start-up: docs/benchmarks.md
	$(PY) scripts/bench.py --kaznerd $(KAZNERD)/IOB2_test.txt --synthetic 60 --repeat 3 \
		--serve --startup --instructions --conditions "$(BENCH_CONDITIONS)" --markdown docs/benchmarks.md
	# bench.py rewrites the file; the per-stage CPU table goes back in as its own section
	$(PY) scripts/profile_stages.py corpora/releases/dev --pipeline default --cpu 2 --section docs/benchmarks.md

.PHONY: install demo test lint eval figures floors bench
