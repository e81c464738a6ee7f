"""Notifications straight from the mailbox: read a saved e-mail, register it, keep the original.

:meth:`MailIntakeService.read` reads an ``.eml`` or ``.msg`` file into a ``MailIntake``
(``crisisdesk.domain.intake.mail``), refusing a file over the size limit before reading
it (the setting ``mail_intake_limit_mb``, default 25). :meth:`MailIntakeService.register`
saves the notification and its original message in one transaction; a message whose
Message-ID was registered before is refused (:class:`DuplicateMessage`), also when two
desks import it at the same moment (the key is unique in the database).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.audit import log
from crisisdesk.db.models import MailOriginal, Notification
from crisisdesk.domain.intake.mail import (
    DEFAULT_LIMIT_MB,
    MEGABYTE,
    IntakeRefused,
    MailIntake,
    draft_from_intake,
    format_of,
    parse_message,
)
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.register.records import NotificationRecord
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.settings import read_setting

MAIL_LIMIT_MB = "mail_intake_limit_mb"
LARGEST_LIMIT_MB = 200  # a setting above this is a typing error: the default is used


class DuplicateMessage(ServiceError):
    """This message (its Message-ID) was registered before, as ``notification_id``."""

    def __init__(self, notification_id: int) -> None:
        super().__init__(f"message already registered as notification {notification_id}")
        self.notification_id = notification_id


@dataclass(frozen=True)
class OriginalMessage:
    """The original e-mail kept with a notification, as the desk and subject access show it."""

    notification_id: int
    file_name: str
    format: str
    size: int
    message_id: str
    sender: str
    subject: str
    received_at: datetime | None
    received_header: str
    imported_at: datetime
    imported_by: str
    removed_at: datetime | None  # AVG retention deleted the message itself

    @property
    def kept(self) -> bool:
        return self.removed_at is None


def original_of(row: MailOriginal) -> OriginalMessage:
    return OriginalMessage(row.notification_id, row.file_name, row.format, row.size, row.message_id, row.sender,
                           row.subject, row.received_at, row.received_header, row.imported_at, row.imported_by,
                           row.removed_at)


class MailIntakeService:
    def __init__(self, factory: sessionmaker, notifications: NotificationService,
                 clock: Callable[[], datetime] = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._notifications = notifications
        self._clock = clock
        self.user = user or notifications.user

    def limit_mb(self) -> int:
        """The largest message taken in, in megabytes (setting ``mail_intake_limit_mb``)."""
        with self._factory() as session:
            text = read_setting(session, MAIL_LIMIT_MB, str(DEFAULT_LIMIT_MB))
        try:
            value = int(text)
        except (TypeError, ValueError):
            return DEFAULT_LIMIT_MB
        return value if 1 <= value <= LARGEST_LIMIT_MB else DEFAULT_LIMIT_MB

    def read(self, path: str | Path, limit_mb: int | None = None) -> tuple[MailIntake, bytes]:
        """The message in ``path`` and its bytes; IntakeRefused for what cannot be taken in."""
        source = Path(path)
        limit = limit_mb or self.limit_mb()
        if format_of(source.name) is None:
            raise IntakeRefused("unsupported_format", {"name": source.name})
        try:
            size = source.stat().st_size
            if size > limit * MEGABYTE:  # refused before a byte of it is read
                raise IntakeRefused("too_large", {"size_mb": round(size / MEGABYTE, 1), "limit_mb": limit})
            data = source.read_bytes()
        except IsADirectoryError as exc:
            raise IntakeRefused("unreadable_file", {"name": source.name}) from exc
        except OSError as exc:
            raise IntakeRefused("unreadable_file", {"name": source.name}) from exc
        return parse_message(data, source.name, limit), data

    def registered_as(self, intake: MailIntake) -> int | None:
        """The notification this message was registered as before, or None."""
        with self._factory() as session:
            return self._registered(session, intake.message_key)

    @staticmethod
    def _registered(session: Session, key: str) -> int | None:
        return session.scalar(select(MailOriginal.notification_id).where(MailOriginal.message_key == key))

    def register(self, intake: MailIntake, data: bytes, draft: NotificationDraft | None = None) -> NotificationRecord:
        """Registers the notification (``draft``, else the intake's own) with its original message.

        Raises DuplicateMessage, ValidationFailed (via the notification rules) or a storage error.
        """
        known = self.registered_as(intake)
        if known is not None:
            raise DuplicateMessage(known)
        chosen = draft if draft is not None else draft_from_intake(intake)
        now = self._clock()

        def attach(session: Session, row: Notification) -> None:
            if self._registered(session, intake.message_key) is not None:
                raise DuplicateMessage(self._registered(session, intake.message_key) or 0)
            session.add(MailOriginal(
                notification_id=row.id, message_key=intake.message_key, message_id=intake.message_id,
                file_name=intake.file_name[:260], format=intake.format, size=len(data), sender=intake.sender[:320],
                subject=intake.subject, received_at=intake.received_at, received_header=intake.received_header,
                content=data, imported_at=now, imported_by=self.user,
            ))
            log(session, "mail_intake", "notification", str(row.id), "mail_original", None,
                f"{intake.format}, {len(data)} B, {intake.received_header or '—'}")

        try:
            return self._notifications.create(chosen, attach)
        except IntegrityError as exc:  # another desk registered the same message a moment ago
            known = self.registered_as(intake)
            if known is not None:
                raise DuplicateMessage(known) from exc
            raise

    def original(self, notification_id: int) -> OriginalMessage | None:
        with self._factory() as session:
            row = session.scalars(select(MailOriginal).where(MailOriginal.notification_id == notification_id)).first()
            return original_of(row) if row is not None else None

    def original_content(self, notification_id: int) -> bytes | None:
        """The message as it was received (None when there is none, or retention removed it)."""
        with self._factory() as session:
            return session.scalar(select(MailOriginal.content).where(MailOriginal.notification_id == notification_id))
