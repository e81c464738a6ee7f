"""AVG retention: an organiser's personal data is anonymised N months after the event.

Linking a named organiser to a demonstration's purpose can reveal political or religious
opinions (AVG art. 9; ``shared/domain.md`` section 7). After ``retention_months`` (a
setting of the database, default 12) past the end of the manifestation, the organiser's
name, address, phone and e-mail are cleared — also as old values in the audit trail —
while kind, dates, wijk, participant numbers, term and decisions stay, so every
statistic is the same before and after. The organisation is kept: it is not a natural
person. Each run is one transaction and is itself logged in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.audit import PERSONAL_FIELDS, log, redact_personal_values
from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.services.settings import read_setting
from crisisdesk.services.users import os_login

RETENTION_MONTHS = "retention_months"
DEFAULT_RETENTION_MONTHS = 12
# Tables with organiser personal data and an end moment.
SUBJECTS = (Notification, Event)


@dataclass(frozen=True)
class DueRecord:
    record_type: str
    id: int
    title: str
    district: str
    end_at: datetime


@dataclass(frozen=True)
class RetentionRun:
    months: int
    cutoff: datetime
    anonymised: tuple[DueRecord, ...]


def _title(row: object) -> str:
    return getattr(row, "purpose", None) or getattr(row, "title", "") or ""


class RetentionService:
    def __init__(self, factory: sessionmaker, clock: Callable[[], datetime] = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or os_login()

    def months(self) -> int:
        with self._factory() as session:
            text = read_setting(session, RETENTION_MONTHS, str(DEFAULT_RETENTION_MONTHS))
        try:
            return max(1, int(text))
        except (TypeError, ValueError):
            return DEFAULT_RETENTION_MONTHS

    def cutoff(self, now: datetime | None = None) -> datetime:
        """Events that ended before this moment are due: N calendar months back, Amsterdam time."""
        return to_local(now or self._clock()) - relativedelta(months=self.months())

    def due(self, now: datetime | None = None) -> list[DueRecord]:
        cutoff = self.cutoff(now)
        with self._factory() as session:
            return [self._due(row) for model in SUBJECTS for row in session.scalars(self._query(model, cutoff))]

    @staticmethod
    def _query(model, cutoff: datetime):
        personal = [getattr(model, name) != "" for name in PERSONAL_FIELDS if hasattr(model, name)]
        return select(model).where(model.end_at < cutoff, or_(*personal)).order_by(model.end_at, model.id)

    @staticmethod
    def _due(row: object) -> DueRecord:
        district = getattr(row, "district", None)
        return DueRecord(row.__tablename__, row.id, _title(row), district.value if district else "", row.end_at)

    def apply(self, now: datetime | None = None) -> RetentionRun:
        """Anonymises everything due, in one transaction, logged in the audit trail."""
        now = now or self._clock()
        cutoff = self.cutoff(now)
        months = self.months()
        done: list[DueRecord] = []
        with self._factory.begin() as session:
            session.info.update(user=self.user, now=now, audit_action="anonymise")
            for model in SUBJECTS:
                for row in session.scalars(self._query(model, cutoff).with_for_update()):
                    done.append(self._due(row))
                    for name in PERSONAL_FIELDS:
                        if hasattr(row, name):
                            setattr(row, name, "")
                    row.updated_at = now
                    row.updated_by = self.user
                    session.flush()
                    redact_personal_values(session, row.__tablename__, str(row.id))
            if done:
                log(session, "retention", "retention", "", None, None,
                    f"{len(done)} anonymised; retention {months} months; ended before {cutoff.isoformat()}")
        return RetentionRun(months, cutoff, tuple(done))
