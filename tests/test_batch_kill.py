"""kill -9 a running `presskz batch`, resume it, and find every input exactly once."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from batch_corpus import add_bad_inputs, make_releases, read_jsonl


def complete_lines(path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def start_batch(inputs, out, *extra) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "presskz.cli.main", "batch", str(inputs), "-o", str(out),
           "--pipeline", "fast", "--chunk-size", "1", "--no-progress", *extra]
    # own process group: the kill hits the batch and its workers, as kill -9 of a job would
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def kill_after(proc: subprocess.Popen, out, lines: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while complete_lines(out) < lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_batch_resumes_to_every_input_exactly_once(tmp_path, jobs):
    make_releases(tmp_path / "in", 40)
    bad = add_bad_inputs(tmp_path / "in")
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    proc = start_batch(tmp_path / "in", out, "--jobs", jobs)
    kill_after(proc, out, lines=3)
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    killed_at = complete_lines(out)
    for line in out.read_bytes().split(b"\n")[:-1]:
        json.loads(line)  # every complete line is a whole record
    done = subprocess.run([sys.executable, "-m", "presskz.cli.main", "batch", str(tmp_path / "in"),
                           "-o", str(out), "--pipeline", "fast", "--resume", "--no-progress"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr  # 1 if the bad inputs were left for it
    records = [r["doc_id"] for r in read_jsonl(out)]
    failures = {e["doc_id"]: e for e in read_jsonl(errors)}
    expected = {f"r{i:04d}" if i % 3 else f"sub/r{i:04d}" for i in range(40)} | {"feed:1"}
    assert sorted(records + list(failures)) == sorted(expected | set(bad))  # exactly once
    assert {k: e["error_type"] for k, e in failures.items()} == bad, failures
    assert killed_at < len(expected)
    assert "skipped (already done)" in done.stderr
