"""Engine and session factory for SQLite (embedded) and PostgreSQL (team)."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from crisisdesk.files import make_database_private

SQLITE_BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        for _seq, name, path in cursor.execute("PRAGMA database_list").fetchall():
            if name == "main" and path:
                make_database_private(path)  # 0600; SQLite gives its WAL the same mode
    finally:
        cursor.close()


def make_engine(url: str, **kwargs) -> Engine:
    """An engine with the settings crisisdesk relies on.

    SQLite: WAL (readers never block the writer, a crash never corrupts the file),
    foreign keys on, a busy timeout so a second desk waits instead of failing.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.get_backend_name() == "postgresql":
        # Sessions in UTC, whatever the server's zone: raw values read the same everywhere.
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("options", "-c timezone=UTC")
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker:
    import crisisdesk.db.audit  # noqa: F401  (installs the audit-trail hooks on every session)

    return sessionmaker(engine, expire_on_commit=False)


def sqlite_file(engine: Engine) -> str | None:
    """The file behind a SQLite engine, or None (in-memory, or another database)."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return database
