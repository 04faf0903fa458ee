"""Reliability: worker processes die with their batch, SIGTERM stops a batch like Ctrl-C, and a
document is blamed for a worker's death only after a fresh worker dies on it too."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_corpus import make_releases

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


def children(pid: int) -> set[int]:
    """The processes whose parent is pid."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_batch(inputs, out) -> subprocess.Popen:
    """The batch, its stderr to a file beside out: orphaned workers would hold a pipe open."""
    cmd = [sys.executable, "-m", "presskz.cli.main", "batch", str(inputs), "-o", str(out),
           "--pipeline", "fast", "--chunk-size", "1", "--no-progress", "--jobs", "2"]
    with open(f"{out}.stderr", "w") as stderr:
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr)


def running_workers(proc: subprocess.Popen, out: Path, timeout: float = 60) -> set[int]:
    """The batch's worker processes, once they have written a record."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            workers = children(proc.pid)
            if len(workers) >= 2:
                return workers
        time.sleep(0.01)
    raise AssertionError(f"no running workers (exit {proc.poll()})")


def wait_gone(pids: set[int], timeout: float = 10) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return {p for p in pids if alive(p)}


def kill_all(pids: set[int]) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_workers_exit_when_the_batch_parent_is_killed(tmp_path):
    make_releases(tmp_path / "in", 400)
    proc = start_batch(tmp_path / "in", tmp_path / "o.jsonl")
    workers = running_workers(proc, tmp_path / "o.jsonl")
    proc.kill()
    proc.wait()
    left = wait_gone(workers)
    kill_all(left)
    assert not left, "workers outlived their killed batch"


@pytest.mark.slow
def test_sigterm_stops_the_batch_like_ctrl_c(tmp_path):
    make_releases(tmp_path / "in", 400)
    out = tmp_path / "o.jsonl"
    proc = start_batch(tmp_path / "in", out)
    workers = running_workers(proc, out)
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    finally:
        proc.kill()
    stderr = Path(f"{out}.stderr").read_text()
    left = wait_gone(workers)
    kill_all(left)
    assert proc.returncode == 128 + signal.SIGTERM, stderr[-800:]
    assert "interrupted" in stderr and "--resume" in stderr
    assert not left, "workers outlived the stopped batch"
    for line in out.read_bytes().splitlines():
        json.loads(line)  # every line written is whole


class Finished:
    def __init__(self, value=None, error=None):
        self.value, self.error = value, error

    def result(self):
        if self.error is not None:
            raise self.error
        return self.value


def test_a_document_whose_worker_was_killed_once_is_retried_in_a_fresh_worker():
    from concurrent.futures.process import BrokenProcessPool

    from presskz.batch.inputs import Unit
    from presskz.batch.pool import WorkerPool

    answers = [Finished(error=BrokenProcessPool("killed from outside")),
               Finished([("out", '{"doc_id": "a"}')])]
    pool = WorkerPool.__new__(WorkerPool)  # no processes: submit answers as a worker would
    pool.submit = lambda chunk: answers.pop(0)
    restarts = []
    pool.restart = lambda: restarts.append(1)
    assert pool.one_by_one([Unit("txt", "a.txt", "a")]) == [("out", '{"doc_id": "a"}')]
    assert restarts == [1]


def test_a_document_that_kills_a_fresh_worker_too_is_blamed():
    from concurrent.futures.process import BrokenProcessPool

    from presskz.batch.inputs import Unit
    from presskz.batch.pool import WorkerPool

    pool = WorkerPool.__new__(WorkerPool)
    pool.submit = lambda chunk: Finished(error=BrokenProcessPool("killed"))
    pool.restart = lambda: None
    [(stream, line)] = pool.one_by_one([Unit("txt", "a.txt", "a")])
    assert (stream, json.loads(line)["error_type"]) == ("err", "worker_crashed")


@pytest.mark.parametrize("error_type", ["worker_crashed", "timeout", "internal"])
def test_resume_retries_documents_that_failed_for_want_of_a_worker(tmp_path, error_type):
    from click.testing import CliRunner

    from presskz.cli.main import main

    make_releases(tmp_path / "in", 2)
    out, errors = tmp_path / "o.jsonl", tmp_path / "o.errors.jsonl"
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "--pipeline", "fast"]
    assert CliRunner().invoke(main, args).exit_code == 0
    first, second = out.read_text(encoding="utf-8").splitlines()
    failed = json.loads(second)
    out.write_text(first + "\n", encoding="utf-8")  # as if the second had failed
    errors.write_text(json.dumps({"doc_id": failed["doc_id"], "path": "x", "error_type": error_type,
                                  "message": "m", "sha256": failed["source"]["sha256"]}) + "\n")
    result = CliRunner().invoke(main, [*args, "--resume"])
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["doc_id"] for line in out.read_text().splitlines()) == \
        sorted([json.loads(first)["doc_id"], failed["doc_id"]])
    assert errors.read_text() == ""
