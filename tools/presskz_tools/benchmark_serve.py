"""`presskz serve` under load, for scripts/bench.py: requests/s and latency percentiles of POST
/extract with one release, at several client concurrencies.

One server process (uvicorn, `--workers N`) is started on a free loopback port; its start-up is
the time until GET /health first answers (a worker has loaded the pipeline). Warm-up requests
then reach every worker (each loads its own pipeline and warms its caches) before the measured
rounds. Each concurrency level runs `requests` requests from that many client threads, each with
its own keep-alive connection, as back-to-back as the answers allow; latency is per request
(send to last byte), requests/s is the level's count over its wall time. The peak RSS of each
worker comes from /proc (VmHWM of the server's child processes).
"""
from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# issue 23: p95 latency at concurrency 4, 2 workers, one 8 KB release
TARGET_P95_MS, TARGET_CONCURRENCY = 250, 4
START_TIMEOUT = 300


@dataclass
class Level:
    concurrency: int
    requests: int
    failed: int
    wall: float
    latencies: list[float]  # seconds, successful requests

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class ServeResult:
    workers: int
    pipeline: str
    startup: float
    levels: list[Level]
    worker_rss_mb: list[float]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(conn: http.client.HTTPConnection, body: bytes) -> int:
    conn.request("POST", "/extract", body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    return response.status


def _wait_ready(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"presskz serve exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                conn.close()
                return
            conn.close()
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"presskz serve did not answer /health within {START_TIMEOUT} s")


def _level(port: int, body: bytes, concurrency: int, count: int) -> Level:
    """`count` requests from `concurrency` threads, one keep-alive connection each."""
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    shares = [count // concurrency + (i < count % concurrency) for i in range(concurrency)]

    def client(share: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            for _ in range(share):
                start = time.perf_counter()
                status = _post(conn, body)
                took = time.perf_counter() - start
                with lock:
                    statuses.append(status)
                    if status == 200:
                        latencies.append(took)
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    return Level(concurrency, count, sum(s != 200 for s in statuses) + count - len(statuses), wall,
                 latencies)


def _worker_peak_rss(pid: int) -> list[float]:
    """VmHWM (MB) of each child process of `pid` (uvicorn's workers; multiprocessing's resource
    tracker, also a child, is left out)."""
    peaks = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in children:
            if b"resource_tracker" in Path(f"/proc/{child}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
    return sorted(peaks)


def measure(release: Path, pipeline: str = "default", workers: int = 2,
            concurrencies: tuple[int, ...] = (1, 4, 16), requests: int = 64,
            reference_date: str = "2016-11-03") -> ServeResult:
    """Start the server, warm every worker, run each concurrency level, stop the server."""
    body = json.dumps({"text": release.read_text(encoding="utf-8"),
                       "reference_date": reference_date}, ensure_ascii=False).encode("utf-8")
    port = _free_port()
    cmd = [sys.executable, "-m", "presskz.cli.main", "serve", "--host", "127.0.0.1", "--port",
           str(port), "--workers", str(workers), "--pipeline", pipeline, "--log-level", "warning"]
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(port, process)
        startup = time.perf_counter() - start
        _level(port, body, 2 * workers, 4 * workers)  # warm-up: every worker answers some
        levels = []
        for concurrency in concurrencies:
            levels.append(_level(port, body, concurrency, max(requests, 4 * concurrency)))
            print(f"  serve c={concurrency}: {levels[-1].requests / levels[-1].wall:.1f} req/s, "
                  f"p95 {levels[-1].percentile(95) * 1000:.0f} ms", file=sys.stderr)
        rss = _worker_peak_rss(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return ServeResult(workers, pipeline, startup, levels, rss)


def report(release: Path, result: ServeResult) -> str:
    """Markdown: one row per concurrency level, and the issue's p95 target."""
    lines = [f"`presskz serve --workers {result.workers} --pipeline {result.pipeline}`, POST "
             f"/extract with {release.name} ({release.stat().st_size / 1024:.1f} KB); start-up "
             f"(until /health answers) {result.startup:.1f} s; peak RSS per worker "
             f"{', '.join(f'{r:.0f}' for r in result.worker_rss_mb) or 'n/a'} MB:", "",
             "| concurrency | requests | failed | requests/s | p50 ms | p95 ms |",
             "|---:|---:|---:|---:|---:|---:|"]
    for level in result.levels:
        lines.append(f"| {level.concurrency} | {level.requests} | {level.failed} | "
                     f"{level.requests / level.wall:.1f} | {level.percentile(50) * 1000:.0f} | "
                     f"{level.percentile(95) * 1000:.0f} |")
    target = [lv for lv in result.levels if lv.concurrency == TARGET_CONCURRENCY]
    if target:
        p95 = target[0].percentile(95) * 1000
        verdict = "met" if p95 <= TARGET_P95_MS and not target[0].failed else "NOT met"
        lines += ["", f"- serve p95 at concurrency {TARGET_CONCURRENCY}: {p95:.0f} ms ({verdict}, "
                      f"target <= {TARGET_P95_MS} ms)"]
    return "\n".join(lines)

