"""Pytest fixture: a REAL throwaway PostgreSQL server (Debian's binaries) on 127.0.0.1.

conftest.py imports the fixtures (postgres_url, postgres_db) for every test module:

    def test_x(postgres_url): ...

`initdb` runs in a temporary directory, `pg_ctl` starts the server on a free loopback port
with trust auth and a private socket directory, and the server is stopped and deleted at the
end of the session. PostgreSQL refuses to run as root, so as root we run it as the `postgres`
system user (created by the Debian package) through `runuser`. If the binaries are missing
the tests are skipped with the reason, unless CI is set: then they fail (CI must install them
with .ci/postgres-install.sh).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_USER = "presskz"


def find_pg_bin() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, or $PATH's."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    for cand in reversed(candidates):
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    """Prefix cmd so that it runs as a non-root user (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr or done.stdout}")


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL tests must run in CI: {reason} (run .ci/postgres-install.sh)")
    pytest.skip(f"no PostgreSQL server available: {reason}")


@pytest.fixture(scope="session")
def postgres_url():
    """postgresql:// URL of a fresh server, stopped and removed after the session."""
    pg_bin = find_pg_bin()
    if pg_bin is None:
        _unavailable("initdb/pg_ctl not found (apt-get install postgresql)")
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:
        _unavailable("running as root and there is no 'postgres' user to run the server as")
    root = Path(tempfile.mkdtemp(prefix="presskz-pg-"))
    data, sockets, log = root / "data", root / "sock", root / "server.log"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    try:
        _run([str(pg_bin / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust",
              "--encoding=UTF8", "--no-sync"])
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        _run([str(pg_bin / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
              "-t", "60", "start"])
    except Exception as exc:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"could not start the server: {exc}")
    try:
        yield f"postgresql://{PG_USER}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "-w", "stop"]), capture_output=True, timeout=120)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_url):
    """A fresh empty database on the session server; yields its URL."""
    import uuid

    import psycopg
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
