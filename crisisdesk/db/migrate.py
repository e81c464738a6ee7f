"""Alembic migrations run from code at start-up.

Before an upgrade of a SQLite file a copy is taken beside it; a database whose
revision this program does not know (made by a newer crisisdesk) is refused and left
untouched.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from crisisdesk.db.engine import sqlite_file
from crisisdesk.files import create_private

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = "crisisdesk.db:migrations"
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"


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
    create_private(target)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
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
    command.upgrade(config, "head")
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return False
