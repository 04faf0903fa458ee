"""Shared fixtures: paths of the sample corpus and the seed gold, the fast pipeline, a CLI runner.
Every pipeline run in the tests checks its stages' contracts (core/contracts.py)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

# the PostgreSQL fixtures, for every test module (a server starts only for a test that asks)
from postgres_server import postgres_db, postgres_url  # noqa: F401

# set before any test runs, in the environment the tests' subprocesses (batch workers, the CLI) inherit
os.environ["PRESSKZ_CHECK_CONTRACTS"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "corpora" / "seed" / "almaty-days-in-astana.txt"
SEED_GOLD = ROOT / "corpora" / "seed" / "almaty-days-in-astana.gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fast():
    """The fast pipeline (rules only), built and loaded once for every test that runs text through
    it (loaded: the scaling tests time documents, not the stages' first-use set-up)."""
    from presskz.core.pipeline import load_pipeline
    return load_pipeline("fast").load()


@pytest.fixture
def cli():
    """Invoke the presskz CLI in-process: cli("extract", path) -> click Result."""
    from presskz.cli.main import main
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return invoke
