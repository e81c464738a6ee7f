"""An upgrade is all or nothing on both databases (issue #12, finding 5).

PostgreSQL's DDL is transactional anyway; SQLite's is once the driver stops committing
on its own (crisisdesk.db.migrate.transactional_engine). A failure while the last
migration creates its tables must leave not even the earlier migrations' tables behind.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import event

import crisisdesk.db.migrate as migrate
from crisisdesk.db.database import open_database
from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import UpgradeFailed, alembic_config


@pytest.fixture
def empty_url(db_backend, tmp_path, request):
    """An empty database (no tables) on the backend of this run."""
    if db_backend == "sqlite":
        yield f"sqlite:///{(tmp_path / 'empty.sqlite').as_posix()}"
        return
    from sqlalchemy.engine import make_url

    databases = request.getfixturevalue("postgres_databases")
    url = databases.empty()
    yield url
    databases.drop(make_url(url).database)


def test_a_failure_halfway_through_the_upgrade_rolls_all_of_it_back(empty_url, monkeypatch):
    """On both databases: 0004 and 0005 run in one transaction with the stamp; a failure
    while 0005 creates its tables leaves not even 0004's tables behind."""
    from sqlalchemy import inspect as inspect_schema
    from sqlalchemy.exc import OperationalError

    engine = make_engine(empty_url)
    command.upgrade(alembic_config(engine), "0003")
    tables_before = set(inspect_schema(engine).get_table_names())
    engine.dispose()
    original = migrate.transactional_engine

    def failing(engine):
        migration_engine = original(engine)

        @event.listens_for(migration_engine, "before_cursor_execute")
        def _fail(_conn, _cursor, statement, *_args) -> None:
            if "CREATE TABLE exercise_finding" in statement:
                raise OperationalError(statement[:40], {}, Exception("disk I/O error"))

        return migration_engine

    monkeypatch.setattr(migrate, "transactional_engine", failing)
    with pytest.raises(UpgradeFailed):
        open_database(empty_url).dispose()
    engine = make_engine(empty_url)
    try:
        assert set(inspect_schema(engine).get_table_names()) == tables_before  # no partner, no operation
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0003"
    finally:
        engine.dispose()
    monkeypatch.undo()
    open_database(empty_url).dispose()  # the next start upgrades cleanly
