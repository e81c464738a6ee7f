"""Opening a database: checks, engine, migrations, session factory — in that order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.engine import make_engine, make_session_factory, sqlite_database_file
from crisisdesk.db.migrate import DatabaseTooNew, shipped_head, shipped_revisions, stored_revision, upgrade
from crisisdesk.db.preflight import DatabaseUnusable, inspect_sqlite


@dataclass
class Database:
    url: str
    engine: Engine
    factory: sessionmaker
    upgrade_backup: Path | None = None
    read_only: bool = False
    disposed: bool = False

    def __post_init__(self) -> None:
        event.listen(self.engine, "checkin", self._close_if_disposed)

    def _close_if_disposed(self, _dbapi_connection, record) -> None:
        """A connection that comes back after ``dispose`` (a worker thread's query that was
        still running) is closed, not kept in the discarded pool until garbage collection."""
        if self.disposed:
            record.invalidate()

    def dispose(self) -> None:
        """Closes every connection: the idle ones now, the ones in use when they come back."""
        self.disposed = True
        self.engine.dispose()


def open_database(url: str, migrate: bool = True, read_only: bool = False, snapshot: bool = False) -> Database:
    """Opens ``url``, bringing its schema up to date first (refusing a newer one).

    A SQLite file is looked at read-only before anything may write to it: a zero-byte
    file, a file that is no database, a damaged one and a newer crisisdesk's database
    are refused with not one byte changed. ``read_only`` opens without any right to
    write (SQLite ``mode=ro`` + ``query_only``, PostgreSQL
    ``default_transaction_read_only``): a missing file is not created and an old
    schema is not upgraded but refused. ``snapshot`` (short commands): a SQLite file no
    desk has open is read as ``immutable``, creating not even SQLite's side files; the
    desk itself reads with ``mode=ro``, whose ``-wal``/``-shm`` are SQLite's shared memory.
    """
    path = _sqlite_path(url)
    if path is not None:
        if read_only and not path.exists():
            raise DatabaseUnusable("missing", str(path))
        revision, exists = inspect_sqlite(path)
        if revision is not None and revision not in shipped_revisions():
            raise DatabaseTooNew(revision)
        if read_only and not exists:
            raise DatabaseUnusable("missing", str(path))
        if read_only and revision != shipped_head():
            raise DatabaseUnusable("needs_upgrade", revision or "")
    engine = make_engine(url, read_only=read_only, snapshot=snapshot)
    try:
        if read_only:
            _check_current(engine)
            backup = None
        else:
            backup = upgrade(engine) if migrate else None
    except DBAPIError as exc:
        engine.dispose()
        raise unusable(exc) from exc
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, factory=make_session_factory(engine), upgrade_backup=backup, read_only=read_only)


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = sqlite_database_file(parsed.database)
    return Path(database) if database else None


def _check_current(engine: Engine) -> None:
    """Read-only: the schema must already be this program's (nothing can be upgraded)."""
    with engine.connect():  # an unreachable server fails here, as itself
        pass
    revision = stored_revision(engine)
    if revision is not None and revision not in shipped_revisions():
        raise DatabaseTooNew(revision)
    if revision != shipped_head():
        raise DatabaseUnusable("needs_upgrade", revision or "")


def unusable(exc: DBAPIError) -> DatabaseUnusable:
    """A driver error while opening, as a reason the user can be told."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnusable("locked")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseUnusable("damaged")
    return DatabaseUnusable("unreachable", _first_line(str(exc.orig if exc.orig is not None else exc)))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
