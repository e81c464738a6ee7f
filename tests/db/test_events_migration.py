"""Migration 0002 (events, crisis scenarios): up, down and up again without drift."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from crisisdesk.db.engine import make_engine
from crisisdesk.db.migrate import alembic_config, current_revision


def test_events_migration_up_down_up_and_no_drift(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'events.sqlite'}")
    config = alembic_config(engine)
    command.upgrade(config, "0002")
    tables = set(inspect(engine).get_table_names())
    assert {"event", "event_status_change", "crisis_scenario"} <= tables
    indexes = {index["name"] for index in inspect(engine).get_indexes("event")}
    assert {"ix_event_district_start", "ix_event_location_start", "ix_event_start_at", "ix_event_duration_minutes"} <= indexes
    command.downgrade(config, "0001")
    assert "event" not in set(inspect(engine).get_table_names())
    assert current_revision(engine) == "0001"
    command.upgrade(config, "head")
    command.check(config)  # raises when the models drifted from the migrations
    engine.dispose()
