"""Opening a database: engine, migrations, session factory — in that order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.engine import make_engine, make_session_factory
from crisisdesk.db.migrate import upgrade


@dataclass
class Database:
    url: str
    engine: Engine
    factory: sessionmaker
    upgrade_backup: Path | None = None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, migrate: bool = True) -> Database:
    """Opens ``url``, bringing its schema up to date first (refusing a newer one)."""
    engine = make_engine(url)
    try:
        backup = upgrade(engine) if migrate else None
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, factory=make_session_factory(engine), upgrade_backup=backup)
