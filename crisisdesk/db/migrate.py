"""Alembic migrations run from code at start-up.

Before an upgrade of a SQLite file a copy is taken beside it; a database whose
revision this program does not know (made by a newer crisisdesk) is refused and left
untouched.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crisisdesk.db.engine import sqlite_file

SCRIPT_LOCATION = "crisisdesk.db:migrations"


class DatabaseTooNew(RuntimeError):
    """The database was upgraded by a newer crisisdesk than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str:
    script = ScriptDirectory.from_config(alembic_config(engine))
    head = script.get_current_head()
    assert head is not None
    return head


def backup_sqlite_file(path: str, revision: str | None) -> Path:
    """A consistent copy through SQLite's online backup (safe with WAL)."""
    source = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-upgrade-{revision or 'empty'}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine) -> Path | None:
    """Brings the database to the newest schema; returns the backup taken, if any."""
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
