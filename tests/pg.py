"""A throwaway PostgreSQL 15 server for tests marked `postgres` (Debian's package, see STACK.md).

initdb/postgres refuse to run as root, so as root the server runs as the `postgres` user (runuser);
it listens on 127.0.0.1 on a free port, keeps its data in a temporary directory, and is stopped and
removed at the end of the session. Tests skip (with the reason) only when the binaries are absent.
Use the `pg_url` fixture (a fresh database per test) or `pg_server` (the server's base URL).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

def _pg_bin() -> Path:
    """$SAIDWHAT_PG_BIN, else the newest Debian PostgreSQL install (15 on Debian 12)."""
    if os.environ.get("SAIDWHAT_PG_BIN"):
        return Path(os.environ["SAIDWHAT_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_pg(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_server():
    """Start PostgreSQL on 127.0.0.1:<free port>; yield its base URL (user postgres, trust auth)."""
    initdb, pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
    if not initdb.exists() or not pg_ctl.exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install -y postgresql, or `make sysdeps`)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root but `runuser` is missing, so PostgreSQL cannot be started as postgres")
    d = Path(tempfile.mkdtemp(prefix="saidwhat-pg-"))
    if os.geteuid() == 0:
        shutil.chown(d, "postgres", "postgres")
    port = _free_port()
    data, log = d / "data", d / "log"
    try:
        subprocess.run(_as_pg([str(initdb), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E",
                               "UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True, timeout=120)
        subprocess.run(_as_pg([str(pg_ctl), "-D", str(data), "-l", str(log), "-w", "-o",
                               f"-h 127.0.0.1 -p {port} -k {d} -c fsync=off -c full_page_writes=off", "start"]),
                       check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as e:
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(d, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {e.stderr.decode(errors='replace')}\n{tail}") from None
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_pg([str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "stop"]), capture_output=True,
                       timeout=60)
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture()
def pg_url(pg_server):
    """A fresh, empty database on the throwaway server; its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    yield f"{pg_server}/{name}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
