"""Read-only on the connection itself, on SQLite (mode=ro + query_only) and PostgreSQL
(default_transaction_read_only): below every service, a write is refused by the database."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from crisisdesk.db.database import open_database
from crisisdesk.services.errors import ReadOnly
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.users import set_read_only
from test_notifications import draft


def test_a_read_only_database_refuses_writes_on_the_connection(database, service, db_url):
    record = service.create(draft())
    database.dispose()
    observer = open_database(db_url, read_only=True)
    try:
        with observer.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM notification")).scalar() == 1
            with pytest.raises(DBAPIError):
                connection.execute(text("UPDATE notification SET purpose = 'x'"))
                connection.commit()
        set_read_only(observer.factory)
        with pytest.raises(ReadOnly):
            NotificationService(observer.factory, user="observer").create(draft())
        assert NotificationService(observer.factory).get(record.id).purpose == record.purpose
    finally:
        observer.dispose()
