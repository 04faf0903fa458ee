"""Reliability: worker processes die with their batch, SIGTERM stops a batch like Ctrl-C, and a
document is blamed for a worker's death only after a fresh worker dies on it too."""
from __future__ import annotations

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
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


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
