"""The team role design on PostgreSQL (finding 8, and finding 12's alembic_version).

An advisor works, and AVG retention runs, but the audit trail cannot be changed or
deleted by an advisor; an observer only reads; migrations run as the owner.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from crisisdesk.cli import main
from crisisdesk.db.database import open_database
from crisisdesk.db.roles import ADVISOR
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.privacy.retention import RetentionService
from crisisdesk.services.register.notifications import NotificationService, draft_from_record

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
OLD = NotificationDraft(
    kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Oud protest",
    start_at=datetime(2024, 5, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2024, 5, 1, 16, tzinfo=AMSTERDAM),
    location="Neude", district=District.BINNENSTAD, received_at=datetime(2024, 4, 20, 10, tzinfo=AMSTERDAM),
    organiser_name="Henk de Wit",
)


@pytest.fixture
def team(db_backend, request):
    if db_backend != "postgresql":
        pytest.skip("roles are PostgreSQL's")
    databases = request.getfixturevalue("postgres_databases")
    suffix = uuid.uuid4().hex[:8]
    owner, advisor, observer = f"t_owner_{suffix}", f"t_adv_{suffix}", f"t_obs_{suffix}"
    name = f"crisisdesk_team_{suffix}"
    with databases.admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE ROLE "{advisor}" LOGIN'))
        connection.execute(text(f'CREATE ROLE "{observer}" LOGIN'))
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{owner}"'))
    url = databases.base.set(database=name)
    urls = {role: url.set(username=user).render_as_string(hide_password=False)
            for role, user in (("owner", owner), ("advisor", advisor), ("observer", observer))}
    yield urls, (owner, advisor, observer)
    databases.drop(name)
    with databases.admin.connect() as connection:
        for role in (advisor, observer, owner):
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def test_advisor_works_but_cannot_rewrite_the_trail_and_observer_only_reads(team, capsys):
    urls, (_owner, advisor, observer) = team
    assert main(["team-setup", "--db", urls["owner"], "--advisor", advisor, "--observer", observer]) == 0
    assert ADVISOR in capsys.readouterr().out

    desk = open_database(urls["advisor"])  # reads alembic_version: no "permission denied"
    try:
        service = NotificationService(desk.factory, clock=lambda: NOW, user=advisor)
        record = service.create(OLD)
        service.update(record.id, draft_from_record(record, organiser_name="H. de Wit"), record.version)
        for statement in ("UPDATE audit_entry SET user_name = 'x'", "DELETE FROM audit_entry", "TRUNCATE audit_entry",
                          "DELETE FROM audit_redaction", "DELETE FROM log_entry", "DROP TABLE audit_entry",
                          "UPDATE alembic_version SET version_num = '0001'"):
            with pytest.raises(DBAPIError, match=r"permission denied|must be owner"), desk.engine.begin() as connection:
                connection.execute(text(statement))
        run = RetentionService(desk.factory, clock=lambda: NOW, user=advisor).apply()  # the one path, as an advisor
        assert [d.id for d in run.anonymised] == [record.id]
        with desk.engine.connect() as connection:
            assert connection.execute(text(
                "SELECT count(*) FROM audit_entry WHERE old_value LIKE '%Henk%' OR new_value LIKE '%Henk%'")).scalar() == 0
            assert connection.execute(text("SELECT user_name FROM audit_redaction")).scalars().all() == [advisor]
    finally:
        desk.dispose()

    watcher = open_database(urls["observer"])
    try:
        with watcher.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM notification")).scalar() == 1
        with pytest.raises(DBAPIError, match="permission denied"), watcher.engine.begin() as connection:
            connection.execute(text("DELETE FROM notification"))
    finally:
        watcher.dispose()


def test_team_setup_refuses_sqlite_and_unknown_roles(team, tmp_path):
    urls, _roles = team
    assert main(["team-setup", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}"]) == 2
    assert main(["team-setup", "--db", urls["owner"], "--advisor", "bestaat_niet_xyz"]) == 2
