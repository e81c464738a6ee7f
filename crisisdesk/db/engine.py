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


def _sqlite_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only=1")  # the second line behind mode=ro
    finally:
        cursor.close()


def make_engine(url: str, read_only: bool = False, snapshot: bool = False, **kwargs) -> Engine:
    """An engine with the settings crisisdesk relies on.

    SQLite: WAL (readers never block the writer, a crash never corrupts the file),
    foreign keys on, a busy timeout so a second desk waits instead of failing.
    ``read_only``: SQLite opened with ``mode=ro`` and ``query_only`` (no journal-mode
    change, which would write the header), PostgreSQL with
    ``default_transaction_read_only``. ``snapshot`` (for a short command) reads a SQLite
    file no desk has open as ``immutable``, so not even its side files are made. Statement parameters never appear in error
    messages: they hold personal data, and errors reach logs.
    """
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if read_only:
            url = read_only_sqlite_url(url, snapshot)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.get_backend_name() == "postgresql":
        # Sessions in UTC, whatever the server's zone: raw values read the same everywhere.
        connect_args = kwargs.setdefault("connect_args", {})
        options = "-c timezone=UTC"
        if read_only:
            options += " -c default_transaction_read_only=on"
        connect_args.setdefault("options", options)
    return create_engine(url, **kwargs)


def read_only_sqlite_url(url: str, snapshot: bool = False) -> str:
    """The same SQLite file as a ``mode=ro`` URI (in-memory URLs are returned as they are)."""
    from pathlib import Path

    from crisisdesk.db.preflight import read_only_uri

    parsed = make_url(url)
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return url
    return "sqlite:///" + read_only_uri(Path(database), snapshot) + "&uri=true"


def make_session_factory(engine: Engine) -> sessionmaker:
    import crisisdesk.db.audit  # noqa: F401  (installs the audit-trail hooks on every session)

    return sessionmaker(engine, expire_on_commit=False)


def sqlite_file(engine: Engine) -> str | None:
    """The file behind a SQLite engine, or None (in-memory, or another database)."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    return sqlite_database_file(url.database)


def sqlite_database_file(database: str | None) -> str | None:
    """The file of a SQLite URL's database part ("/x.sqlite" or "file:/x.sqlite?mode=ro")."""
    from urllib.parse import unquote

    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    if database.startswith("file:"):
        path = unquote(database[len("file:"):].split("?", 1)[0])
        return path or None
    return database
