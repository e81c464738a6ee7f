"""The register's tables: notifications and their status history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import (
    BanGround,
    Capacity,
    Channel,
    Decision,
    District,
    MadeKnownChannel,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)


class Notification(Base):
    """A kennisgeving of a manifestation under the Wom."""

    __tablename__ = "notification"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    kind: Mapped[ManifestationKind] = mapped_column(code_enum(ManifestationKind))
    place_type: Mapped[PlaceType] = mapped_column(code_enum(PlaceType))
    purpose: Mapped[str] = mapped_column(Text)

    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_address: Mapped[str] = mapped_column(String(300), default="")
    organiser_phone: Mapped[str] = mapped_column(String(50), default="")
    organiser_email: Mapped[str] = mapped_column(String(200), default="")
    organiser_organisation: Mapped[str] = mapped_column(String(200), default="")

    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, index=True)
    location: Mapped[str] = mapped_column(String(300))
    location_key: Mapped[str] = mapped_column(String(300))
    district: Mapped[District] = mapped_column(code_enum(District))
    route: Mapped[str] = mapped_column(Text, default="")
    route_start: Mapped[str] = mapped_column(String(300), default="")
    route_end: Mapped[str] = mapped_column(String(300), default="")
    composition: Mapped[str] = mapped_column(Text, default="")
    organiser_measures: Mapped[str] = mapped_column(Text, default="")
    expected_participants: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the lowest of a range
    expected_participants_max: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: one number

    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel))
    risk: Mapped[Risk] = mapped_column(code_enum(Risk))
    counter_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[Status] = mapped_column(code_enum(Status))

    rule_name: Mapped[str] = mapped_column(String(100))
    notice_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    on_time: Mapped[bool] = mapped_column(Boolean)

    late_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    late_accepted_reason: Mapped[str] = mapped_column(Text, default="")
    late_accepted_by: Mapped[str] = mapped_column(String(200), default="")
    late_accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    decision: Mapped[Decision | None] = mapped_column(code_enum(Decision), nullable=True)
    decision_grounds: Mapped[str] = mapped_column(String(200), default="")
    decision_conditions: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_made_known_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The decision record (0006): measures as JSON [{text, interests, content_note}];
    # ``decision_grounds``/``decision_conditions`` above are kept derived from it.
    decision_measures: Mapped[list] = mapped_column(JSON, default=list)
    decision_motivation: Mapped[str] = mapped_column(Text, default="")
    decision_ban_ground: Mapped[BanGround | None] = mapped_column(code_enum(BanGround), nullable=True)
    decision_ban_alternatives: Mapped[str] = mapped_column(Text, default="")
    decision_lateness_weighing: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_capacity: Mapped[Capacity | None] = mapped_column(code_enum(Capacity), nullable=True)
    decided_function: Mapped[str] = mapped_column(String(200), default="")
    decision_made_known_how: Mapped[MadeKnownChannel | None] = mapped_column(code_enum(MadeKnownChannel), nullable=True)
    decision_review: Mapped[str] = mapped_column(String(300), default="")

    search_text: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    counter_to: Mapped[Notification | None] = relationship(remote_side=[id])
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="notification",
        cascade="all, delete-orphan",
        order_by="StatusChange.changed_at",
    )

    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_notification_start_at", "start_at"),
        Index("ix_notification_received_at", "received_at"),
        Index("ix_notification_district_start", "district", "start_at"),
        Index("ix_notification_location_start", "location_key", "start_at"),
        Index("ix_notification_status_start", "status", "start_at"),
        Index("ix_notification_risk_start", "risk", "start_at"),
        Index("ix_notification_on_time_start", "on_time", "start_at"),
        # the briefing's previous editions: earlier notifications by the same organiser
        Index("ix_notification_organisation_start", "organiser_organisation", "start_at"),
        Index("ix_notification_organiser_start", "organiser_name", "start_at"),
    )


class StatusChange(Base):
    """One step in a notification's handling, kept with who and when."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(
        ForeignKey("notification.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[Status | None] = mapped_column(code_enum(Status), nullable=True)
    to_status: Mapped[Status] = mapped_column(code_enum(Status))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    notification: Mapped[Notification] = relationship(back_populates="status_changes")
