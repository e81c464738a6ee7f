"""Migration 0007: ids are never reused, and the database refuses changes to the audit trail.

Issue 12, finding 1 (a new record inherited a deleted one's id and audit history) and
finding 8 (plain UPDATE/DELETE rewrote the trail).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from crisisdesk.db.database import open_database
from crisisdesk.db.engine import make_engine, make_session_factory
from crisisdesk.db.migrate import alembic_config
from crisisdesk.domain.enums import Status
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from test_notifications import draft

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
OUR_REVISION = "0012"  # ids never reused, append-only audit trail




@pytest.fixture
def db(db_backend, tmp_path, request):
    if db_backend == "sqlite":
        url = f"sqlite:///{(tmp_path / 'ids.sqlite').as_posix()}"
    else:
        url = request.getfixturevalue("postgres_databases").fresh()
    database = open_database(url)
    yield database
    database.dispose()
    if db_backend == "postgresql":
        from sqlalchemy.engine import make_url

        request.getfixturevalue("postgres_databases").drop(make_url(url).database)


def test_a_deleted_records_id_is_never_handed_out_again(db):
    service = NotificationService(db.factory, clock=lambda: NOW, user="tester")
    service.create(draft(organiser_name="Anna Smit"))
    henk = service.create(draft(organiser_name="Henk de Wit", organiser_phone="06-99990000"))
    service.delete(henk.id)
    anna = service.create(draft(organiser_name="Anna Bakker"))
    assert anna.id > henk.id
    trail = AuditService(db.factory).entries("notification", anna.id)
    assert [e.action for e in trail] == ["create"]  # nothing of Henk's history


def test_every_table_with_an_integer_id_counts_on_sqlite_including_later_ones(tmp_path):
    """Tables made after 0012 (places, meetings, ...) must be AUTOINCREMENT too, or ids come back."""
    database = open_database(f"sqlite:///{(tmp_path / 'all.sqlite').as_posix()}")
    try:
        with database.engine.connect() as connection:
            tables = connection.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name <> 'alembic_version'")).all()
    finally:
        database.dispose()
    with_integer_id = {name: sql for name, sql in tables if "id INTEGER NOT NULL" in sql}
    assert "place" in with_integer_id
    missing = sorted(name for name, sql in with_integer_id.items() if "AUTOINCREMENT" not in sql.upper())
    assert missing == []


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET user_name = 'iemand anders'",
    "UPDATE audit_entry SET old_value = '[geanonimiseerd]' WHERE field = 'purpose'",
    "UPDATE audit_entry SET new_value = 'x' WHERE field = 'organiser_name'",
    "DELETE FROM audit_entry",
])
def test_the_database_refuses_to_rewrite_the_trail(db, statement):
    service = NotificationService(db.factory, clock=lambda: NOW, user="tester")
    record = service.create(draft(organiser_name="Henk de Wit"))
    service.update(record.id, draft_from_record(record, organiser_name="H. de Wit", purpose="Ander doel"), record.version)
    before = AuditService(db.factory).entries()
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:  # plain SQL, past our guard
        connection.execute(text(statement))
    assert AuditService(db.factory).entries() == before


def test_truncate_is_refused_on_postgresql(db, db_backend):
    if db_backend != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    NotificationService(db.factory, clock=lambda: NOW, user="tester").create(draft())
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_entry"))


@pytest.mark.sqlite_only
def test_upgrading_a_filled_database_keeps_every_row_and_stops_reuse(db_backend, tmp_path):
    url = f"sqlite:///{(tmp_path / 'oud.sqlite').as_posix()}"
    engine = make_engine(url)
    config = alembic_config(engine)
    from alembic.script import ScriptDirectory

    before_ours = ScriptDirectory.from_config(config).get_revision(OUR_REVISION).down_revision
    command.upgrade(config, before_ours)
    service = NotificationService(make_session_factory(engine), clock=lambda: NOW, user="tester")
    first = service.create(draft(organiser_name="Anna Smit"))
    first = service.update(first.id, draft_from_record(first, status=Status.IN_PROGRESS), first.version)
    counter = service.create(draft(organiser_name="Tegen", counter_to_id=first.id))
    henk = service.create(draft(organiser_name="Henk de Wit"))
    service.delete(henk.id)  # before this migration the next record would get henk's id
    with engine.connect() as connection:
        before = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                  for t in ("notification", "status_change", "audit_entry")}
    command.upgrade(config, "head")
    with engine.connect() as connection:
        after = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in before}
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("SELECT counter_to_id FROM notification WHERE id = :id"),
                                  {"id": counter.id}).scalar() == first.id
        leftovers = connection.execute(text("SELECT name FROM sqlite_master WHERE name LIKE '%__old'")).all()
    assert after == before and leftovers == []
    engine.dispose()
    database = open_database(url)
    try:
        fresh = NotificationService(database.factory, clock=lambda: NOW, user="tester").create(draft())
        assert fresh.id > henk.id  # the counter starts past the deleted id its audit trail names
    finally:
        database.dispose()
