"""Alembic migrations run from code at start-up.

Before an upgrade of a SQLite file a copy is taken beside it; a database whose
revision this program does not know (made by a newer crisisdesk) is refused and left
untouched. The whole upgrade runs in one transaction — on SQLite too, whose DDL is
transactional once the driver stops committing on its own — so a failure halfway (a
full disk) leaves the database exactly as it was, at its old revision.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError

from crisisdesk.db.engine import make_engine, sqlite_file
from crisisdesk.files import create_private

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = "crisisdesk.db:migrations"
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"


class UpgradeFailed(RuntimeError):
    """The schema upgrade failed and was rolled back: the database is as it was."""

    def __init__(self, revision: str | None, detail: str) -> None:
        super().__init__(detail)
        self.revision = revision
        self.detail = detail


class DatabaseTooNew(RuntimeError):
    """The database was upgraded by a newer crisisdesk than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def shipped_revisions() -> set[str]:
    """Every revision this program ships (file names "0001_….py", "0002_….py", …)."""
    return {path.name.split("_", 1)[0] for path in VERSIONS_DIR.glob("[0-9]*_*.py")}


def shipped_head() -> str:
    """The newest revision this program ships, read from the file names alone.

    Revisions are numbered "0001", "0002", … and each file starts with its number, so
    start-up can tell "up to date" without importing Alembic (a third of a second). A
    test holds this against Alembic's own idea of the head.
    """
    return max(shipped_revisions())


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None (no table yet, or unreadable)."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    # stdout given here, not left to Alembic's default: that one is bound when Alembic is
    # first imported, and may be a stream that is closed by now (under a test runner).
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    head = script.get_current_head()
    assert head is not None
    return head


def backup_sqlite_file(path: str, revision: str | None) -> Path:
    """A consistent copy through SQLite's online backup (safe with WAL)."""
    source = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-upgrade-{revision or 'empty'}-{stamp}{source.suffix}")
    create_private(target)  # 0600 before a byte is copied: it holds everything
    # closing(): sqlite3's own context manager ends the transaction, not the connection.
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine) -> Path | None:
    """Brings the database to the newest schema; returns the backup taken, if any."""
    if stored_revision(engine) == shipped_head():
        return None  # the common case: nothing to do, and no Alembic import
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current is not None and not _known(script, current):
        raise DatabaseTooNew(current)
    if current == head:
        return None
    backup = None
    path = sqlite_file(engine)
    if path and current is not None and Path(path).exists():
        backup = backup_sqlite_file(path, current)
    migration_engine = transactional_engine(engine)
    config.attributes["engine"] = migration_engine
    try:
        command.upgrade(config, "head")
    except DBAPIError as exc:
        raise UpgradeFailed(current, str(exc.orig)) from exc
    finally:
        if migration_engine is not engine:
            migration_engine.dispose()
        engine.dispose()  # pooled connections may hold the old schema
    return backup


def transactional_engine(engine: Engine) -> Engine:
    """An engine on the same database whose transactions include DDL.

    Python's sqlite3 commits implicitly around DDL; with its own transaction handling
    switched off and an explicit BEGIN IMMEDIATE, CREATE/ALTER/DROP roll back with the
    rest (SQLAlchemy's documented pysqlite recipe). PostgreSQL needs nothing.
    """
    if sqlite_file(engine) is None:
        return engine
    migration_engine = make_engine(engine.url.render_as_string(hide_password=False))

    @event.listens_for(migration_engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(migration_engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migration_engine


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return False
