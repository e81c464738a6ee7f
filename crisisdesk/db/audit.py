"""The audit trail, written by a session hook so every service that writes is covered.

After each flush, the hook looks at what the flush did — new, changed and deleted rows
and the old and new value of every changed column — and inserts the audit lines through
the same connection, so they commit or roll back together with the change itself.

Who: ``session.info["user"]`` (services set it; the desk sets a default for every session
its factory makes). When: ``session.info["now"]`` if the service has a clock, else now.
What kind: ``session.info["audit_action"]`` overrides "update" (retention anonymises).

Append-only, twice over: updating or deleting an AuditEntry through any session raises
:class:`AuditTrailIsAppendOnly`, and the database itself refuses it (triggers of
migration 0012 on SQLite and PostgreSQL; on a team server advisors also lack the right,
see the README). The one exception is :func:`redact_personal_values`, used only by AVG
retention: an anonymised organiser's name must not live on in the trail, so their values
are replaced by a marker, and that redaction is logged in ``audit_redaction``.

The crisis logbook (LogEntry) and GRIP changes are append-only in the same way
(:class:`LogbookIsAppendOnly`); they carry their own who and when, so they are not
copied into the trail.
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime
from enum import Enum

from sqlalchemy import event, insert, inspect, text, update
from sqlalchemy.orm import Mapper, Session

from crisisdesk.db.models import AuditEntry, AuditRedaction

# Not logged per field: bookkeeping that changes with every save, or derived text.
IGNORED_FIELDS = {"version", "updated_at", "updated_by", "search_text", "location_key", "duration_minutes"}
# Child logs that carry their own who and when, by table (named, not imported: the hook
# must not load every feature's tables to know them). The original of a mail intake too:
# it is the message itself, with its own who and when.
IGNORED_TABLES = {"audit_entry", "audit_redaction", "status_change", "log_entry", "grip_change", "mail_original"}
# The crisis logbook and GRIP changes: append-only.
APPEND_ONLY_LOGS = {"log_entry", "grip_change"}


def __getattr__(name: str) -> object:
    if name == "IGNORED_TYPES":  # the classes of IGNORED_TABLES (asking loads every table's module)
        from crisisdesk.db.models import Base

        return {m.class_ for m in Base.registry.mappers if getattr(m.class_, "__tablename__", None) in IGNORED_TABLES}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
# Columns holding an organiser's personal data (any table): anonymised after retention.
PERSONAL_FIELDS = ("organiser_name", "organiser_address", "organiser_phone", "organiser_email")
REDACTED = "[geanonimiseerd]"
REDACTING_KEY = "audit_redacting"


class AuditTrailIsAppendOnly(RuntimeError):
    """Someone tried to change or delete an audit entry."""


class LogbookIsAppendOnly(RuntimeError):
    """Someone tried to change or delete a logbook entry or GRIP change (correct with a new entry)."""


def encode(value: object) -> str | None:
    """A value as text in the trail: codes for enums, ISO UTC for moments, JSON for lists."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):  # a JSON column: as JSON, so the trail can read it back
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _user(session: Session) -> str:
    user = session.info.get("user")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service environments
        return "onbekend"


def _now(session: Session) -> datetime:
    now = session.info.get("now")
    return now if now is not None else datetime.now(UTC)


def _identity(obj: object) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)  # set by the flush, also for new rows
    return ",".join("" if part is None else str(part) for part in key)


def _title(obj: object) -> str | None:
    """A short, non-personal description of a deleted row."""
    for name in ("purpose", "title", "name", "key"):
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value[:200]
    return None


def _changes(obj: object) -> list[tuple[str, object, object]]:
    state = inspect(obj)
    found = []
    for attribute in state.mapper.column_attrs:
        name = attribute.key
        if name in IGNORED_FIELDS:
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if encode(old) != encode(new):
            found.append((name, old, new))
    return found


@event.listens_for(Session, "after_flush")
def _record(session: Session, _context) -> None:
    rows = []
    base = {"at": _now(session), "user": _user(session)}
    action = session.info.get("audit_action", "update")
    for obj in session.new:
        if obj.__tablename__ not in IGNORED_TABLES:
            rows.append({**base, "action": "create", "record_type": obj.__tablename__, "record_id": _identity(obj),
                         "field": None, "old_value": None, "new_value": None})
    for obj in session.dirty:
        if obj.__tablename__ in IGNORED_TABLES or not session.is_modified(obj, include_collections=False):
            continue
        for name, old, new in _changes(obj):
            personal = action == "anonymise" and name in PERSONAL_FIELDS
            rows.append({**base, "action": action, "record_type": obj.__tablename__, "record_id": _identity(obj),
                         "field": name, "old_value": REDACTED if personal and old else encode(old),
                         "new_value": encode(new)})
    for obj in session.deleted:
        if obj.__tablename__ not in IGNORED_TABLES:
            rows.append({**base, "action": "delete", "record_type": obj.__tablename__, "record_id": _identity(obj),
                         "field": None, "old_value": _title(obj), "new_value": None})
    if rows:
        session.connection().execute(insert(AuditEntry), _columns(rows))


def _columns(rows: list[dict]) -> list[dict]:
    """ORM attribute names to column names (``user`` is stored as ``user_name``)."""
    return [{("user_name" if key == "user" else key): value for key, value in row.items()} for row in rows]


def log(session: Session, action: str, record_type: str, record_id: str = "", field: str | None = None,
        old_value: str | None = None, new_value: str | None = None) -> None:
    """An entry for something that is not a row change (e.g. a retention run)."""
    session.add(AuditEntry(at=_now(session), user=_user(session), action=action, record_type=record_type,
                           record_id=record_id, field=field, old_value=old_value, new_value=new_value))


# --- append-only --------------------------------------------------------------------------


@event.listens_for(AuditEntry, "before_update")
def _no_update(_mapper, _connection, target) -> None:
    if not inspect(target).session.info.get(REDACTING_KEY):
        raise AuditTrailIsAppendOnly(f"audit entry {target.id} cannot be changed")


@event.listens_for(AuditEntry, "before_delete")
def _no_delete(_mapper, _connection, target) -> None:
    raise AuditTrailIsAppendOnly(f"audit entry {target.id} cannot be deleted")


@event.listens_for(Session, "do_orm_execute")
def _no_bulk_change(state) -> None:
    if not (state.is_update or state.is_delete):
        return
    if any(mapper.class_ is AuditEntry for mapper in state.all_mappers):
        if state.is_delete or not state.session.info.get(REDACTING_KEY):
            raise AuditTrailIsAppendOnly("the audit trail is append-only")


# On every mapper (also those whose module loads later), checked by table name.
@event.listens_for(Mapper, "before_update")
def _no_log_update(_mapper, _connection, target) -> None:
    if target.__tablename__ in APPEND_ONLY_LOGS:
        raise LogbookIsAppendOnly(f"{target.__tablename__} {target.id} cannot be changed; add a correction")


@event.listens_for(Mapper, "before_delete")
def _no_log_delete(_mapper, _connection, target) -> None:
    if target.__tablename__ in APPEND_ONLY_LOGS:
        raise LogbookIsAppendOnly(f"{target.__tablename__} {target.id} cannot be deleted")


@event.listens_for(Session, "do_orm_execute")
def _no_bulk_log_change(state) -> None:
    if (state.is_update or state.is_delete) and any(
        getattr(m.class_, "__tablename__", None) in APPEND_ONLY_LOGS for m in state.all_mappers
    ):
        raise LogbookIsAppendOnly("the logbook is append-only")


def redact_personal_values(session: Session, record_type: str, record_id: str, reason: str = "retention") -> int:
    """Replaces a record's personal values in its trail by a marker (AVG retention only).

    The one path by which an audit entry changes. It first logs the redaction in
    ``audit_redaction`` (who, when, which record, why); the database's triggers accept
    the marker only for a record logged there and refuse every other change. On
    PostgreSQL the function ``crisisdesk_redact_audit`` does both with the owner's
    rights, so advisors hold no UPDATE right on the trail. Returns the entries changed.
    """
    at, user = _now(session), _user(session)
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(
            text("SELECT crisisdesk_redact_audit(:record_type, :record_id, :user, :at, :reason)"),
            {"record_type": record_type, "record_id": record_id, "user": user, "at": at, "reason": reason},
        ).scalar() or 0)
    session.add(AuditRedaction(at=at, user=user, record_type=record_type, record_id=record_id, reason=reason))
    session.flush()  # the row the triggers look for, before the update
    changed = 0
    session.info[REDACTING_KEY] = True
    try:
        for column in ("old_value", "new_value"):
            value = getattr(AuditEntry, column)
            result = session.execute(
                update(AuditEntry)
                .where(AuditEntry.record_type == record_type, AuditEntry.record_id == record_id,
                       AuditEntry.field.in_(PERSONAL_FIELDS), value.is_not(None), value != "", value != REDACTED)
                .values({column: REDACTED})
                .execution_options(synchronize_session=False)
            )
            changed += getattr(result, "rowcount", 0) or 0
    finally:
        session.info.pop(REDACTING_KEY, None)
    return changed
