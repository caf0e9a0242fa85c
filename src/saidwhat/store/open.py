"""Opening a store: URL -> engine, the SQLite/PostgreSQL specifics, and running migrations on open.

SQLite: WAL journal (readers never block the writer), `synchronous=NORMAL` (a power cut may lose the
last commits but never corrupts; a killed process loses nothing committed), foreign keys on, and
`BEGIN IMMEDIATE` for writes so two writers queue on the busy timeout instead of failing mid-way.
PostgreSQL: psycopg 3, a connect timeout, writers serialised by an advisory lock (see core).
"""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from ..errors import OutdatedStoreError, StoreError

DEFAULT_DB = "saidwhat.db"
MIGRATIONS = Path(__file__).with_name("migrations")
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLite memory-map window (address space, not RAM: pages come from the OS page cache)
MMAP_BYTES = 1 << 30


def default_url() -> str:
    return os.environ.get("SAIDWHAT_DB") or DEFAULT_DB


def _scripts() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def _sqlite_engine(path: Path, *, readonly: bool, timeout: float) -> Engine:
    if readonly:
        url = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": timeout, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _rec):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's implicit BEGIN is deferred)
        cur = dbapi_conn.cursor()
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # reads through memory-mapped pages instead of a read() per page: a third off searches that look
        # up tens of thousands of matches in a large store (the file is still written through the WAL)
        cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def _pg_engine(url, *, readonly: bool, timeout: float) -> Engine:
    url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, connect_args={"connect_timeout": max(1, int(timeout))}, pool_pre_ping=True)
    if readonly:
        @event.listens_for(engine, "connect")
        def _ro(dbapi_conn, _rec):  # pragma: no cover
            dbapi_conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_conn.commit()
    return engine


def _migrate(engine: Engine, shown: str, *, create: bool, readonly: bool, backend: str) -> None:
    """Bring the schema to head inside one transaction; refuse a schema newer than this saidwhat."""
    scripts = _scripts()
    head = scripts.get_current_head()
    known = {s.revision for s in scripts.walk_revisions()}
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
        conn.rollback()
    if current is not None and current not in known:
        raise StoreError(f"store {shown} was made by a newer saidwhat (schema revision {current}); this saidwhat "
                         f"knows revisions up to {head}: upgrade saidwhat to open it")
    if current is None and tables - {"alembic_version"}:
        raise StoreError(f"{shown} is a database but not a saidwhat store (it has tables "
                         f"{', '.join(sorted(tables)[:5])}); point --db at a new or saidwhat file")
    if current == head:
        return
    if readonly or not create and current is None:
        if current is None:
            raise StoreError(f"store {shown} is empty; open it writable so saidwhat can set it up")
        raise OutdatedStoreError(f"store {shown} has schema {current}, older than {head}; any writing command "
                                 f"(e.g. `saidwhat ingest`) upgrades it")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if backend == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x7377})
            # another process may have migrated while we waited for the lock
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str | os.PathLike | None = None, *, create: bool = True, readonly: bool = False,
               timeout: float = 10.0, aliases: str | os.PathLike | None | bool = True):
    """Open (creating and migrating when needed) the store at `url`.

    `url`: None -> $SAIDWHAT_DB or "saidwhat.db"; a path or `sqlite:///path` -> SQLite; `postgresql://...`
    -> PostgreSQL. `timeout` (seconds) is how long to wait for a lock or a connection. `aliases`: the
    user's actor rules file; True -> "<db>.aliases.json" next to an SQLite file (none for PostgreSQL
    unless $SAIDWHAT_ALIASES names one), a path -> that file, None/False -> none.
    Raises StoreError with what was found: cannot connect, locked, read-only, not a store, newer schema.
    """
    from .core import Store

    raw = os.fspath(url) if url is not None else default_url()
    env_aliases = os.environ.get("SAIDWHAT_ALIASES")
    if "://" in raw and not raw.startswith("sqlite"):
        try:
            u = make_url(raw)
        except ArgumentError as e:
            raise StoreError(f"cannot parse store URL {raw!r}: {e}; expected a file path, sqlite:///path or "
                             "postgresql://user@host:port/db") from None
        if not u.drivername.startswith("postgresql"):
            raise StoreError(f"unsupported store URL scheme {u.drivername!r}; supported: a file path, "
                             "sqlite:///path, postgresql://user@host:port/db")
        shown = u.render_as_string(hide_password=True)
        engine = _pg_engine(u, readonly=readonly, timeout=timeout)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as e:
            engine.dispose()
            reason = str(getattr(e, "orig", e)).strip().splitlines()
            raise StoreError(f"cannot connect to PostgreSQL at {shown}: {reason[0] if reason else e}") from None
        backend, path = "postgresql", None
        afile = Path(aliases) if isinstance(aliases, (str, os.PathLike)) else \
            (Path(env_aliases) if aliases is True and env_aliases else None)
    else:
        p = raw[len("sqlite:///"):] if raw.startswith("sqlite:///") else raw
        if raw.startswith("sqlite://") and not raw.startswith("sqlite:///"):
            raise StoreError(f"unsupported SQLite URL {raw!r}; use sqlite:///relative.db or sqlite:////abs/path.db")
        if p in ("", ":memory:"):
            raise StoreError("an in-memory store is not supported (each connection would see an empty one); "
                             "give a file path")
        path = Path(p).expanduser().resolve()
        shown = str(path)
        if path.is_dir():
            raise StoreError(f"store path {shown} is a directory; give a file such as {path / DEFAULT_DB}")
        if not path.exists():
            if not create or readonly:
                raise StoreError(f"no store at {shown}; create one with `saidwhat ingest FILES --db {raw}`")
            if not path.parent.exists():
                raise StoreError(f"cannot create store {shown}: directory {path.parent} does not exist")
            if not os.access(path.parent, os.W_OK):
                raise StoreError(f"cannot create store {shown}: directory {path.parent} is read-only")
        else:
            try:
                with path.open("rb") as fh:
                    head = fh.read(16)
            except OSError as e:
                raise StoreError(f"cannot read store {shown}: {e.strerror}") from None
            if head and head != _SQLITE_MAGIC:
                raise StoreError(f"{shown} is not a saidwhat store (not an SQLite database)")
            if not readonly and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
                where = path if not os.access(path, os.W_OK) else path.parent
                raise StoreError(f"store {shown} is read-only ({where} is not writable); open it read-only "
                                 "for queries or fix its permissions")
        engine = _sqlite_engine(path, readonly=readonly, timeout=timeout)
        backend = "sqlite"
        afile = Path(aliases) if isinstance(aliases, (str, os.PathLike)) else \
            (Path(env_aliases) if aliases is True and env_aliases else
             (path.with_name(path.name + ".aliases.json") if aliases is True else None))
    try:
        _migrate(engine, shown, create=create, readonly=readonly, backend=backend)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as e:
        engine.dispose()
        from .core import _store_error

        raise _store_error(e, shown) from None
    store = Store(engine, url=shown, backend=backend, path=path, readonly=readonly, aliases_file=afile)
    try:
        store.load_alias_file()
    except BaseException:
        store.close()
        raise
    return store
