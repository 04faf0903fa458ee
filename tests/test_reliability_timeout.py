"""Reliability: a document that runs too long is a `timeout` error line, not a hung batch (issue 25
item 6): its worker is killed and replaced, the other documents get their records, and --resume
runs it again."""
from __future__ import annotations

import json
import multiprocessing
import os
import time

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases, read_jsonl
from presskz.batch import partition as batch_mod
from presskz.batch.deadline import Clock
from presskz.batch.partition import BatchOptions
from presskz.batch.runner import run_batch
from presskz.cli.main import main

FAST = BatchOptions(pipeline="fast")
SLOW_WORD = "ҰЗАҚ"


@pytest.fixture
def slow_pipeline(monkeypatch):
    """The fast pipeline, except that a document holding SLOW_WORD takes a minute (inherited by
    the forked workers)."""
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the slow pipeline is injected by fork inheritance")
    from presskz.core.pipeline import load_pipeline
    real = load_pipeline("fast")

    class Slow:
        def pipe(self, docs):
            if any(SLOW_WORD in d.text for d in docs):
                time.sleep(60)
            return real.pipe(docs)

        def info(self):
            return real.info()

    monkeypatch.setattr(batch_mod, "get_pipeline", lambda name: Slow())
    return monkeypatch


def _inputs(tmp_path, slow_index=4):
    paths = make_releases(tmp_path / "in", 6)
    paths[slow_index].write_text(f"Бұл {SLOW_WORD} мәтін.", encoding="utf-8")
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_past_the_limit_is_a_timeout_line_and_the_rest_get_records(
        tmp_path, slow_pipeline, jobs):
    _inputs(tmp_path)
    start = time.monotonic()
    summary = run_batch([tmp_path / "in"], tmp_path / "o.jsonl", FAST, chunk_size=2, jobs=jobs,
                        doc_timeout=1.0)
    assert time.monotonic() - start < 50  # not the slow document's minute
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [("r0004", "timeout")]
    assert "--doc-timeout" in errors[0]["message"] and errors[0]["sha256"]
    assert summary.documents == 5
    ids = [r["doc_id"] for r in read_jsonl(tmp_path / "o.jsonl")]
    assert len(ids) == 5 and "r0004" not in ids


def test_resume_runs_a_timed_out_document_again(tmp_path, slow_pipeline):
    paths = _inputs(tmp_path)
    run_batch([tmp_path / "in"], tmp_path / "o.jsonl", FAST, chunk_size=2, jobs=2, doc_timeout=1.0)
    assert read_jsonl(tmp_path / "o.errors.jsonl")[0]["error_type"] == "timeout"
    slow_pipeline.undo()  # the real pipeline again, as after a fix
    paths[4].write_text(f"Бұл {SLOW_WORD} мәтін.", encoding="utf-8")  # the same bytes
    summary = run_batch([tmp_path / "in"], tmp_path / "o.jsonl", FAST, chunk_size=2, jobs=2,
                        doc_timeout=30.0, resume=True)
    assert summary.documents == 1 and summary.skipped == 5
    assert read_jsonl(tmp_path / "o.errors.jsonl") == []
    assert len(read_jsonl(tmp_path / "o.jsonl")) == 6


def test_the_cli_takes_the_limit_and_refuses_a_negative_one(tmp_path, slow_pipeline):
    _inputs(tmp_path, slow_index=1)
    out = tmp_path / "o.jsonl"
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "--pipeline", "fast"]
    result = CliRunner().invoke(main, [*args, "--doc-timeout", "1"])
    assert result.exit_code == 1, result.output  # some inputs failed
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert [(e["doc_id"], e["error_type"]) for e in errors] == [("r0001", "timeout")]
    assert CliRunner().invoke(main, [*args, "--doc-timeout", "-1"]).exit_code == 2
    assert "--doc-timeout" in CliRunner().invoke(main, ["batch", "--help"]).output


def test_the_clock_says_which_worker_is_past_its_budget():
    clock = Clock(2, limit=0.5)
    slot = clock.claim()
    assert slot == 0 and clock.overdue() == []
    clock.started(slot, documents=2)  # a budget of 1 s
    assert clock.overdue() == []
    clock.values[1] -= 1.5  # as if it had started 1.5 s ago
    assert clock.overdue() == [(0, os.getpid())]
    clock.finished(slot)
    assert clock.overdue() == []
    assert clock.claim() == 1 and clock.claim() is None  # a full table times nobody


def test_error_lines_of_the_timeout_kind_are_retried_by_resume():
    from presskz.batch.output import RETRIED_ERRORS
    assert "timeout" in RETRIED_ERRORS
    line = json.dumps({"doc_id": "a", "error_type": "timeout", "sha256": "ab"})
    assert json.loads(line)["error_type"] in RETRIED_ERRORS
