"""AVG retention: an organiser's personal data is anonymised N months after the event.

Linking a named organiser to a demonstration's purpose can reveal political or religious
opinions (AVG art. 9; ``shared/domain.md`` section 7). After ``retention_months`` (a
setting of the database, default 12) past the end of the manifestation, the organiser's
name, address, phone and e-mail are cleared — also as old values in the audit trail —
while kind, dates, wijk, participant numbers, term and decisions stay, so every
statistic is the same before and after. The organisation is kept: it is not a natural
person. Each run is one transaction and is itself logged in the audit trail.

The same run reaches what lives on outside the record itself:

- the audit history of records that ended before the cutoff but whose personal fields
  an advisor had already cleared by hand, and of records deleted before the cutoff —
  their old values are replaced by the marker (``redact_personal_values``, the one
  logged path by which the trail changes);
- the original e-mails of notifications taken in from the mailbox (``mail_original``),
  of notifications that ended before the cutoff: the message is deleted and its sender,
  subject, Message-ID and file name cleared; the Message-ID's hash stays, so the same
  message imported again is still recognised;
- exports with personal data the desk wrote (remembered by
  ``crisisdesk.services.privacy.exports``) made before the cutoff: deleted;
- with a data folder given (the desk and ``crisisdesk retention``): backups in its
  ``backups`` folder and the copies kept beside the database before an upgrade or a
  restore, older than the cutoff: deleted.

The run's audit line names how many records, histories and which files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.audit import PERSONAL_FIELDS, REDACTED, log, redact_personal_values
from crisisdesk.db.engine import sqlite_file
from crisisdesk.db.models import AuditEntry, Event, MailOriginal, Notification
from crisisdesk.paths import backup_dir
from crisisdesk.services.privacy.exports import expire_exports
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.i18n import translate
from crisisdesk.services.settings import read_setting
from crisisdesk.services.users import os_login

RETENTION_MONTHS = "retention_months"
DEFAULT_RETENTION_MONTHS = 12
# Tables with organiser personal data and an end moment.
SUBJECTS = (Notification, Event)
LOG = logging.getLogger(__name__)


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
    redacted: tuple[str, ...] = ()  # "notification:12": audit histories cleaned (deleted records, cleared fields)
    files: tuple[tuple[str, str], ...] = ()  # (what happened, file name): backups and exports
    originals: tuple[int, ...] = ()  # notifications whose original e-mail was deleted

    @property
    def changed_anything(self) -> bool:
        return bool(self.anonymised or self.redacted or self.originals
                    or any(o.endswith("removed") for o, _n in self.files))


def _title(row: object) -> str:
    return getattr(row, "purpose", None) or getattr(row, "title", "") or ""


def _personal_value():
    def present(column):
        return and_(column.is_not(None), column != "", column != REDACTED)

    return and_(AuditEntry.field.in_(PERSONAL_FIELDS), or_(present(AuditEntry.old_value), present(AuditEntry.new_value)))


def expire_backups(home: Path, database: Path | None, cutoff: datetime) -> list[tuple[str, str]]:
    """Deletes backups older than ``cutoff``: the data folder's ``backups`` and the copies
    kept beside the database before an upgrade or restore. Returns ("backup_removed", name)."""
    candidates = [p for p in backup_dir(home).iterdir() if p.is_file()]
    if database is not None:
        candidates += [p for p in database.parent.glob(f"{database.stem}.before-*") if p.is_file()]
    removed = []
    for path in sorted(candidates):
        if path.stat().st_mtime < cutoff.timestamp():
            path.unlink()
            removed.append(("backup_removed", path.name))
    return removed


class RetentionService:
    def __init__(self, factory: sessionmaker, clock: Callable[[], datetime] = utc_now, user: str | None = None,
                 home: Path | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or os_login()
        self._home = home  # the data folder whose backups retention reaches (None: not those)

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
    def _due(row: Notification | Event) -> DueRecord:
        district = getattr(row, "district", None)
        return DueRecord(row.__tablename__, row.id, _title(row), district.value if district else "", row.end_at)

    def _histories_due(self, session: Session, cutoff: datetime, skip: set[str]) -> list[tuple[str, str]]:
        """Records with personal values left in their trail: ended (or deleted) before ``cutoff``."""
        models: dict[str, Any] = {model.__tablename__: model for model in SUBJECTS}
        pairs = session.execute(select(AuditEntry.record_type, AuditEntry.record_id)
                                .where(AuditEntry.record_type.in_(models), _personal_value())
                                .distinct().order_by(AuditEntry.record_type, AuditEntry.record_id)).all()
        due = []
        for record_type, record_id in pairs:
            if f"{record_type}:{record_id}" in skip or not record_id.isdigit():
                continue
            row = session.get(models[record_type], int(record_id))
            if row is not None:
                ended = row.end_at < cutoff
            else:  # deleted: its history is kept for the term after the deletion, then cleaned
                deleted_at = session.scalar(select(func.max(AuditEntry.at)).where(
                    AuditEntry.record_type == record_type, AuditEntry.record_id == record_id,
                    AuditEntry.action == "delete"))
                ended = deleted_at is not None and deleted_at < cutoff
            if ended:
                due.append((record_type, record_id))
        return due

    def _database_file(self) -> Path | None:
        bind = self._factory.kw.get("bind")
        path = sqlite_file(bind) if bind is not None else None
        return Path(path) if path else None

    def apply(self, now: datetime | None = None) -> RetentionRun:
        """Anonymises everything due, in one transaction, logged in the audit trail."""
        now = now or self._clock()
        cutoff = self.cutoff(now)
        months = self.months()
        done: list[DueRecord] = []
        redacted: list[str] = []
        reason = f"AVG retention {months} months"
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
                    redact_personal_values(session, row.__tablename__, str(row.id), reason)
            originals = self._remove_originals(session, cutoff, now)
            anonymised = {f"{d.record_type}:{d.id}" for d in done}
            for record_type, record_id in self._histories_due(session, cutoff, anonymised):
                redact_personal_values(session, record_type, record_id, reason)
                redacted.append(f"{record_type}:{record_id}")
            files = expire_exports(session, cutoff)
            if self._home is not None:
                files += expire_backups(self._home, self._database_file(), cutoff)
            removed = [name for outcome, name in files if outcome.endswith("removed")]
            if done or redacted or removed or originals:
                # In the desk's language: the trail is read by people (the technical line goes to the log).
                summary = translate(
                    "Retention", "{done} anonymised; {redacted} audit histories cleaned; {originals} original e-mails "
                    "deleted; {removed} files removed{names}; retention {months} months; ended before {cutoff}",
                ).format(done=len(done), redacted=len(redacted), originals=len(originals), removed=len(removed),
                         names=": " + ", ".join(removed) if removed else "", months=months,
                         cutoff=to_local(cutoff).strftime("%d-%m-%Y %H:%M"))
                log(session, "retention", "retention", "", None, None, summary)
                LOG.info("retention: %d anonymised, %d audit histories cleaned, %d files removed",
                         len(done), len(redacted), len(removed))
        return RetentionRun(months, cutoff, tuple(done), tuple(redacted), tuple(files), tuple(originals))

    @staticmethod
    def originals_query(cutoff: datetime):
        """The kept original e-mails of notifications that ended before ``cutoff``."""
        ended = select(Notification.id).where(Notification.end_at < cutoff)
        return (select(MailOriginal.notification_id)
                .where(MailOriginal.removed_at.is_(None), MailOriginal.notification_id.in_(ended))
                .order_by(MailOriginal.notification_id))

    def originals_due(self, now: datetime | None = None) -> list[int]:
        """Notifications whose original e-mail the next run deletes."""
        with self._factory() as session:
            return list(session.scalars(self.originals_query(self.cutoff(now))))

    def _remove_originals(self, session: Session, cutoff: datetime, now: datetime) -> list[int]:
        ids = list(session.scalars(self.originals_query(cutoff)))
        if ids:
            session.execute(update(MailOriginal).where(MailOriginal.notification_id.in_(ids)).values(
                content=None, sender="", subject="", message_id="", file_name="", removed_at=now,
            ).execution_options(synchronize_session=False))
        return ids
