"""Migration 0015 (BOB meetings): the action table keeps its AUTOINCREMENT and its counter
through the rebuild SQLite needs for the new reference, up and down."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import alembic_config

pytestmark = pytest.mark.sqlite_only


def table_sql(connection, name: str) -> str:
    return connection.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}).scalar() or ""


def counter(connection) -> int | None:
    return connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'operation_action'")).scalar()


def test_actions_keep_autoincrement_and_their_counter(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    config = alembic_config(engine)
    command.upgrade(config, "0014")
    with engine.begin() as connection:  # actions 1..40 were made and the last ones deleted
        connection.execute(text("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'operation_action'"))
        connection.execute(text("INSERT INTO sqlite_sequence (name, seq) SELECT 'operation_action', 40 "
                                "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'operation_action')"))
    command.upgrade(config, "0015")
    with engine.connect() as connection:
        sql = table_sql(connection, "operation_action")
        assert "AUTOINCREMENT" in sql and "meeting_id" in sql and "fk_operation_action_meeting" in sql
        assert "AUTOINCREMENT" in table_sql(connection, "bob_meeting")
        assert counter(connection) == 40
    command.upgrade(config, "head")
    command.check(config)  # models and migrations agree
    command.downgrade(config, "0014")
    with engine.connect() as connection:
        sql = table_sql(connection, "operation_action")
        assert "AUTOINCREMENT" in sql and "meeting_id" not in sql
        assert table_sql(connection, "bob_meeting") == ""
        assert counter(connection) == 40
    engine.dispose()
