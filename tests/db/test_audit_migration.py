"""Migration 0003 (audit trail) on both databases: up, down, up again, and no drift."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import alembic_config, current_revision, head_revision


def test_audit_migration_up_down_up_and_no_drift(db_backend, tmp_path, request):
    if db_backend == "sqlite":
        url = f"sqlite:///{(tmp_path / 'empty.sqlite').as_posix()}"
    else:
        databases = request.getfixturevalue("postgres_databases")
        url = databases.empty()  # no tables at all: every migration runs on PostgreSQL
    engine = make_engine(url)
    config = alembic_config(engine)
    try:
        command.upgrade(config, "head")
        assert current_revision(engine) == head_revision(engine)
        assert "audit_entry" in inspect(engine).get_table_names()
        command.check(config)  # the models and the migrations agree on this database too
        command.downgrade(config, "0002")
        assert "audit_entry" not in inspect(engine).get_table_names()
        command.upgrade(config, "head")
        assert {"audit_entry", "notification", "event"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
        if db_backend == "postgresql":
            from sqlalchemy.engine import make_url

            request.getfixturevalue("postgres_databases").drop(make_url(url).database)
