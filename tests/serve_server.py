"""A real `presskz serve` process on 127.0.0.1 for the tests, and a small HTTP client for it.

    with running_server("--pipeline", "fast") as server:
        status, body = server.request("POST", "/extract", b'{"text": "..."}')

The server runs as a subprocess on a free loopback port; start-up waits for GET /health (the
pipeline is loaded by then), and the end of the block stops it with SIGTERM and waits for it.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator

import pytest

pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install 'presskz[serve]'")
pytest.importorskip("starlette", reason="the serve extra is not installed: pip install 'presskz[serve]'")

SRC = Path(__file__).resolve().parent.parent / "src"
START_TIMEOUT = 180  # seconds: the default pipeline loads the model and the rules on a shared CPU


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A started `presskz serve` subprocess."""

    def __init__(self, process: subprocess.Popen, port: int) -> None:
        self.process, self.port = process, port

    def connection(self, timeout: float = 60) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None, timeout: float = 60) -> tuple[int, bytes]:
        """(status, body) of one request on a fresh connection."""
        conn = self.connection(timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def post_json(self, path: str, obj) -> tuple[int, dict]:
        status, body = self.request("POST", path, json.dumps(obj, ensure_ascii=False).encode(),
                                    {"Content-Type": "application/json"})
        return status, json.loads(body)

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM, then the exit code (killed if it does not stop within `timeout` seconds)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise


def start_server(*args: str) -> Server:
    port = free_port()
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    process = subprocess.Popen([sys.executable, "-m", "presskz.cli.main", "serve", "--host", "127.0.0.1",
                                "--port", str(port), "--log-level", "warning", *args],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    server = Server(process, port)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise RuntimeError(f"presskz serve exited with {process.returncode}:\n{output}")
        try:
            if server.request("GET", "/health", timeout=5)[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"presskz serve did not answer /health within {START_TIMEOUT} s")


@contextmanager
def running_server(*args: str) -> Iterator[Server]:
    server = start_server(*args)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.stop()
