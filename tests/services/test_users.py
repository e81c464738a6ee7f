"""Who is at the desk, and the observer's read-only mode, on both databases."""

from __future__ import annotations

import getpass

import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from crisisdesk.db.models import Notification, Setting
from crisisdesk.services.errors import ReadOnly
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.services.settings import RULE_SET, SettingsService
from crisisdesk.services.users import desk_user, is_read_only, set_read_only
from test_notifications import draft


def test_user_is_the_os_login_on_sqlite_and_the_role_on_postgresql(database):
    expected = getpass.getuser() if database.engine.dialect.name == "sqlite" else make_url(database.url).username
    assert desk_user(database.factory) == expected


def test_read_only_refuses_every_write_and_keeps_the_data(database, service):
    record = service.create(draft())
    set_read_only(database.factory)
    assert is_read_only(database.factory) and service.read_only
    with pytest.raises(ReadOnly):
        service.create(draft(purpose="Tweede"))
    with pytest.raises(ReadOnly):
        service.update(record.id, draft_from_record(record, purpose="Gewijzigd"), record.version)
    with pytest.raises(ReadOnly):
        service.delete(record.id)
    with pytest.raises(ReadOnly):
        SettingsService(database.factory).set(RULE_SET, "Utrecht 24 uur")
    with pytest.raises(ReadOnly), database.factory.begin() as session:  # a bulk UPDATE too
        session.execute(update(Notification).values(purpose="stiekem"))
    assert service.count(RegisterQuery()) == 1
    assert service.get(record.id).purpose == record.purpose  # reading still works


def test_read_only_connections_refuse_raw_sql_as_well(database):
    set_read_only(database.factory)
    with pytest.raises(DBAPIError), database.engine.begin() as connection:
        connection.execute(text("INSERT INTO setting(key, value) VALUES ('x', 'y')"))
    with database.factory() as session:
        assert session.get(Setting, "x") is None


def test_services_record_their_user(database, fixed_now):
    desk = NotificationService(database.factory, clock=lambda: fixed_now, user="j.jansen")
    record = desk.create(draft())
    assert (record.created_by, record.history[0].changed_by) == ("j.jansen", "j.jansen")
