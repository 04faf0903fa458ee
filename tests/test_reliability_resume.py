"""Reliability of `presskz batch --resume`: one line per input after changes, one writer at a time."""
from __future__ import annotations

import fcntl

import pytest
from click.testing import CliRunner

from batch_corpus import make_releases, read_jsonl
from presskz.batch.partition import BatchOptions
from presskz.batch.output import OutputLockedError
from presskz.batch.runner import run_batch
from presskz.cli.main import main

FAST = BatchOptions(pipeline="fast")


def ids(path) -> list[str]:
    return [r["doc_id"] for r in read_jsonl(path)] if path.exists() else []


@pytest.fixture
def done(tmp_path):
    """Three releases batched once: (their paths, out, errors)."""
    paths = make_releases(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, FAST)
    return paths, out, tmp_path / "out.errors.jsonl"


def test_a_changed_input_leaves_one_line_its_new_record_after_resume(tmp_path, done):
    paths, out, _ = done
    paths[1].write_text("Астанада 5 қарашада концерт өтеді.", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    records = {r["doc_id"]: r for r in read_jsonl(out)}
    assert sorted(ids(out)) == ["r0001", "r0002", "sub/r0000"]
    assert records["r0001"]["source"]["bytes"] == len(paths[1].read_bytes())
    assert summary.superseded == 1


def test_a_fixed_input_drops_its_old_error_line_after_resume(tmp_path, done):
    paths, out, errors = done
    broken = tmp_path / "in" / "late.txt"
    broken.write_bytes(b"")
    run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert ids(errors) == ["late"]
    broken.write_text("Алматыда 3 қарашада жиын өтті.", encoding="utf-8")
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert ids(errors) == [] and ids(out).count("late") == 1 and summary.superseded == 1


def test_an_input_that_broke_drops_its_old_record_after_resume(tmp_path, done):
    paths, out, errors = done
    paths[2].write_bytes(b"")
    run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert "r0002" not in ids(out) and ids(errors) == ["r0002"]


def test_a_deleted_input_drops_its_record_after_resume(tmp_path, done):
    paths, out, _ = done
    paths[0].unlink()
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert sorted(ids(out)) == ["r0001", "r0002"] and summary.superseded == 1


def test_resume_says_what_it_superseded(tmp_path, done):
    paths, out, _ = done
    paths[1].write_text("Астанада 5 қарашада концерт өтеді.", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out),
                                       "--pipeline", "fast", "--resume"])
    assert result.exit_code == 0 and "1 earlier line superseded" in result.output


def test_a_resume_with_nothing_changed_leaves_the_files_as_they_were(tmp_path, done):
    paths, out, _ = done
    before = out.read_bytes()
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True)
    assert out.read_bytes() == before and summary.superseded == 0 and summary.skipped == 3


def test_a_second_batch_on_a_locked_output_refuses_and_leaves_it_whole(tmp_path, done):
    paths, out, _ = done
    before = out.read_bytes()
    with open(out, "ab") as held:  # as a running batch holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(OutputLockedError, match="another"):
            run_batch([tmp_path / "in"], out, FAST)
    assert out.read_bytes() == before


def test_a_second_batch_on_a_locked_errors_file_refuses_in_one_line(tmp_path, done):
    paths, out, errors = done
    errors.touch()
    with open(errors, "ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(out),
                                           "--pipeline", "fast", "--resume"])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "another presskz batch" in result.output


def test_a_process_forked_by_a_batch_does_not_keep_its_output_locked(tmp_path):
    import os
    import signal
    import time

    from presskz.batch.output import LineWriter

    writer = LineWriter(tmp_path / "out.jsonl", append=False)
    started_r, started_w = os.pipe()
    child = os.fork()
    if child == 0:  # a worker that outlives the batch (killed alone) must not hold the lock
        os.write(started_w, b"1")  # the fork hooks have run by now
        time.sleep(30)
        os._exit(0)
    os.read(started_r, 1)
    try:
        writer.close()  # the batch is gone; its worker is still alive
        LineWriter(tmp_path / "out.jsonl", append=True).close()  # a resume can lock it
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(started_r)
        os.close(started_w)


def test_resume_refuses_another_reference_date_than_the_run_it_resumes(tmp_path):
    make_releases(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "--pipeline", "fast"]
    assert CliRunner().invoke(main, args + ["--reference-date", "2016-11-03"]).exit_code == 0
    before = out.read_bytes()
    result = CliRunner().invoke(main, args + ["--reference-date", "2016-11-04", "--resume"])
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "--reference-date" in result.output and out.read_bytes() == before


def test_resume_refuses_another_pipeline_than_the_run_it_resumes(tmp_path):
    make_releases(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, FAST)
    with pytest.raises(ValueError, match="--pipeline"):
        run_batch([tmp_path / "in"], out, BatchOptions(pipeline="default"), resume=True)


def test_resume_with_the_same_options_goes_on(tmp_path):
    make_releases(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    options = BatchOptions(pipeline="fast", reference_date="2016-11-03")
    run_batch([tmp_path / "in"], out, options)
    assert run_batch([tmp_path / "in"], out, options, resume=True).skipped == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_resume_with_every_input_done_starts_no_engine_and_loads_no_model(tmp_path, monkeypatch,
                                                                          jobs):
    import presskz.batch.partition as partition
    import presskz.batch.runner as runner
    make_releases(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, FAST)

    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline or an engine was started with nothing to do")
    monkeypatch.setattr(partition, "get_pipeline", refuse)
    monkeypatch.setattr(runner, "run_local", refuse)
    summary = run_batch([tmp_path / "in"], out, FAST, resume=True, jobs=jobs)
    assert (summary.documents, summary.skipped) == (0, 3)
