"""The original e-mails notifications were registered from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crisisdesk.db.models import register  # noqa: F401  (tables its foreign keys name)
from crisisdesk.db.models.base import Base
from crisisdesk.db.types import UTCDateTime


class MailOriginal(Base):
    """The original e-mail (.eml or Outlook .msg) a notification was registered from.

    Kept with its notification, in the database rather than as a file beside it: it goes
    wherever the record goes (a team's shared database, backups, a restore), is written
    in the same transaction as the notification, and is deleted with it (the foreign
    key cascades). ``message_key`` (a hash of the Message-ID) recognises the same
    message imported again; it holds nothing of the person and outlives AVG retention,
    which deletes the message itself and clears sender, subject, Message-ID and file
    name (``removed_at``). The row carries its own who and when (``imported_*``).
    """

    __tablename__ = "mail_original"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused (migration 0012)

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(
        ForeignKey("notification.id", ondelete="CASCADE"), unique=True, index=True
    )
    message_key: Mapped[str] = mapped_column(String(80), unique=True)
    message_id: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    format: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    received_header: Mapped[str] = mapped_column(String(16), default="")
    content: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(200))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # by retention
