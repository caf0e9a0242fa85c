"""Bad stores: no connection, locked, read-only, not a store, newer schema — a clear StoreError (exit 2 in
the CLI) and nothing written half-way."""
from __future__ import annotations

import os
import socket
import sqlite3
import time

import pytest
from corpus_kit import PUTIN, article, h

from saidwhat.cli import main
from saidwhat.errors import StoreError
from saidwhat.store import open_store


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_postgres_url_that_does_not_connect():
    t = time.perf_counter()
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL at postgresql://u:\\*\\*\\*@127.0.0.1"):
        open_store(f"postgresql://u:secret@127.0.0.1:{_closed_port()}/x", timeout=2)
    assert time.perf_counter() - t < 10


def test_unsupported_url_scheme():
    with pytest.raises(StoreError, match="unsupported store URL scheme 'mysql'"):
        open_store("mysql://u@h/db")


def test_missing_store_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
    with pytest.raises(StoreError, match="directory .* does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.db")


def test_not_a_store(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("just some notes\n")
    with pytest.raises(StoreError, match="not a saidwhat store"):
        open_store(junk)
    other = tmp_path / "other.db"
    c = sqlite3.connect(other)
    c.execute("create table people(name text)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a saidwhat store .*people"):
        open_store(other)
    assert sqlite3.connect(other).execute("select name from sqlite_master").fetchall() == [("people",)]


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "t.db"
    open_store(db, aliases=None).close()
    c = sqlite3.connect(db)
    c.execute("update alembic_version set version_num = '9999'")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="made by a newer saidwhat \\(schema revision 9999\\).*upgrade saidwhat"):
        open_store(db)


def test_locked_store_gives_a_clear_error_and_writes_nothing(tmp_path):
    db = tmp_path / "t.db"
    st = open_store(db, timeout=0.3, aliases=None)
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        a = article("x", [("Vladimir Putin", "Nothing", "assert")], actors=PUTIN)
        with pytest.raises(StoreError, match="locked"):
            st.ingest(a, content_hash=h(a))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert st.stats().articles == 0
    # once the lock is gone the same ingest works (the caches were reset cleanly)
    assert st.ingest(a, content_hash=h(a)).status == "added"
    assert st.stats().statements == 1
    st.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions, so a chmod-ed store stays writable")
def test_read_only_file(tmp_path):
    db = tmp_path / "t.db"
    open_store(db, aliases=None).close()
    db.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        open_store(db)
    with open_store(db, readonly=True) as st:
        assert st.stats().articles == 0


def test_readonly_open_of_an_old_or_empty_store_is_refused(tmp_path):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()  # an empty SQLite file: not set up yet
    with pytest.raises(StoreError, match="open it writable"):
        open_store(db, readonly=True)


def test_cli_exit_2_one_line(tmp_path, capsys):
    rc = main(["search", "x", "--db", str(tmp_path / "missing.db")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("saidwhat: error: no store at") and err.count("\n") == 1
    rc = main(["actors", "--db", f"postgresql://u@127.0.0.1:{_closed_port()}/x"])
    err = capsys.readouterr().err
    assert rc == 2 and "cannot connect to PostgreSQL" in err and "Traceback" not in err


def test_an_older_store_is_refused_read_only_and_upgraded_by_serve(tmp_path):
    """A store from an older saidwhat: read-only commands say how to upgrade; `serve` upgrades it itself."""
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config
    from fastapi.testclient import TestClient

    from saidwhat.api import create_app
    from saidwhat.errors import OutdatedStoreError
    from saidwhat.store import open_store
    from saidwhat.store.open import MIGRATIONS

    db = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{db}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with pytest.raises(OutdatedStoreError, match="older than"):
        open_store(str(db), readonly=True)
    with TestClient(create_app(str(db))) as c:
        assert c.get("/api/stats").status_code == 200
    with open_store(str(db), readonly=True) as st:
        assert st.stats().schema_version != "0001"
