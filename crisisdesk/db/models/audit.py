"""The audit trail and its redactions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crisisdesk.db.models.base import Base
from crisisdesk.db.types import UTCDateTime


class AuditEntry(Base):
    """One line of the audit trail: who changed what, when, from which value to which.

    Append-only: written by the session hook in ``crisisdesk.db.audit`` in the same
    transaction as the change itself; the program has no path to change or delete one.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user: Mapped[str] = mapped_column("user_name", String(200))
    action: Mapped[str] = mapped_column(String(20))  # create | update | delete | anonymise | retention
    record_type: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(64), default="")
    field: Mapped[str | None] = mapped_column(String(100), nullable=True)
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_id", "id"),)


class AuditRedaction(Base):
    """A record whose personal values AVG retention replaced by a marker in the audit trail.

    Append-only like the trail. The database accepts no change to an audit entry except
    that replacement, and only for a record with a row here (triggers of migration 0012).
    """

    __tablename__ = "audit_redaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user: Mapped[str] = mapped_column("user_name", String(200))
    record_type: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_redaction_record", "record_type", "record_id"), {"sqlite_autoincrement": True})
