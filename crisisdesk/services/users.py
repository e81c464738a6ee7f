"""Who is at the desk, and whether they may change anything.

The user name on every audit entry and status change is the operating system's login on
a personal SQLite file, and the PostgreSQL role on a shared database: there each advisor
logs in with their own role, so the name is vouched for by the server, not typed in.

Read-only mode (``crisisdesk --read-only``, for observers) is a property of the session
factory: every session it makes refuses to flush or run an INSERT/UPDATE/DELETE with
:class:`~crisisdesk.services.errors.ReadOnly`, so every service is covered, including
ones written later. The connections are read-only as well (PostgreSQL's
``default_transaction_read_only``, SQLite's ``query_only``) as a second line.
"""

from __future__ import annotations

import getpass

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from crisisdesk.services.errors import ReadOnly

USER_KEY = "user"  # session.info key: who makes this session's changes (the audit trail reads it)
READ_ONLY_KEY = "read_only"
UNKNOWN_USER = "onbekend"


def current_user() -> str:
    """The user a service writes down when it was given none: the OS login."""
    return os_login()


def os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service environments
        return UNKNOWN_USER


def database_role(factory: sessionmaker) -> str | None:
    """The PostgreSQL role this desk is logged in as; None on SQLite."""
    engine: Engine = factory.kw["bind"]
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT current_user")).scalar_one()


def desk_user(factory: sessionmaker) -> str:
    """The name recorded for this desk's changes: the database role, else the OS login."""
    return database_role(factory) or os_login()


def set_session_user(factory: sessionmaker, user: str) -> None:
    """Sessions from ``factory`` record ``user`` unless a service says otherwise."""
    info = dict(factory.kw.get("info") or {})
    info[USER_KEY] = user
    factory.configure(info=info)


def is_read_only(factory: sessionmaker) -> bool:
    return bool((factory.kw.get("info") or {}).get(READ_ONLY_KEY))


def set_read_only(factory: sessionmaker) -> None:
    """From now on nothing can be written through ``factory`` (nor its engine)."""
    if is_read_only(factory):
        return
    info = dict(factory.kw.get("info") or {})
    info[READ_ONLY_KEY] = True
    factory.configure(info=info)
    event.listen(factory, "before_flush", _refuse_flush)
    event.listen(factory, "do_orm_execute", _refuse_dml)
    engine: Engine = factory.kw["bind"]
    event.listen(engine, "connect", _read_only_connection)
    engine.dispose()  # connections opened before now were writable


def _refuse_flush(session: Session, _context, _instances) -> None:
    if session.info.get(READ_ONLY_KEY) and (session.new or session.dirty or session.deleted):
        raise ReadOnly()


def _refuse_dml(state: ORMExecuteState) -> None:
    if not state.session.info.get(READ_ONLY_KEY):
        return
    locking = state.is_select and getattr(state.statement, "_for_update_arg", None) is not None
    if state.is_insert or state.is_update or state.is_delete or locking:  # a lock is a write about to happen
        raise ReadOnly()


def _read_only_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            cursor.execute("PRAGMA query_only=1")
        else:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()
    finally:
        cursor.close()
