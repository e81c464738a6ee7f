"""Subject access (AVG art. 15): everything held about one person, found by name or e-mail.

Looks in every table with organiser fields (notifications, events) for a match on the
organiser's name or e-mail, and in the audit trail for entries whose old or new value
mentions the person or records a past value of a found record's personal fields. The search is case-insensitive and takes the text literally.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.audit import PERSONAL_FIELDS
from crisisdesk.db.models import AuditEntry, Base, Event, Notification
from crisisdesk.domain.privacy.subject_access import AuditLine, HeldRecord, SubjectAccess
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.privacy.audit import decode
from crisisdesk.services.profile import read_profile

SUBJECTS = (Notification, Event)
SKIPPED_COLUMNS = {"id", "search_text", "location_key", "version", "duration_minutes"}


def _contains(column, term: str):
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _held(row: Base) -> HeldRecord:
    fields = []
    for column in row.__table__.columns:
        if column.key in SKIPPED_COLUMNS:
            continue
        attribute = next(a.key for a in row.__mapper__.column_attrs if a.columns[0] is column)
        value = getattr(row, attribute)
        if value is not None and value != "":  # an empty field holds nothing
            fields.append((column.key, value))
    return HeldRecord(row.__tablename__, row.id, tuple(fields))


class SubjectAccessService:
    def __init__(self, factory: sessionmaker, clock: Callable[[], datetime] = utc_now) -> None:
        self._factory = factory
        self._clock = clock

    def find(self, person: str) -> SubjectAccess:
        term = " ".join(person.split())
        if len(term) < 3:
            raise ValueError("give at least three characters of a name or e-mail address")
        records: list[HeldRecord] = []
        with self._factory() as session:
            for model in SUBJECTS:
                matches = or_(_contains(model.organiser_name, term), _contains(model.organiser_email, term))
                records += [_held(row) for row in session.scalars(select(model).where(matches).order_by(model.id))]
            mentions = [_contains(AuditEntry.old_value, term), _contains(AuditEntry.new_value, term)]
            for record in records:  # earlier values of their personal fields are data about them too
                mentions.append(and_(AuditEntry.record_type == record.record_type,
                                     AuditEntry.record_id == str(record.id), AuditEntry.field.in_(PERSONAL_FIELDS)))
            statement = select(AuditEntry).where(or_(*mentions)).order_by(AuditEntry.id)
            audit = [
                AuditLine(e.id, e.at, e.user, e.action, e.record_type, e.record_id, e.field,
                          decode(e.record_type, e.field, e.old_value), decode(e.record_type, e.field, e.new_value))
                for e in session.scalars(statement)
            ]
            author = read_profile(session).author
        return SubjectAccess(term, self._clock(), tuple(records), tuple(audit), author)
