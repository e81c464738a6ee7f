"""Events on the calendar and their status history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    MatchRiskClass,
    PermitStatus,
)


class Event(Base):
    """An event on the calendar: festival, Koningsdag, jaarwisseling, match, visit, ...

    ``duration_minutes``, ``location_key`` and ``permit_decision_deadline`` are derived
    and stored (recomputed by the service on every save) so that the calendar, the
    clash query and the 7-day overview run on indexes.
    """

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    kind: Mapped[EventKind] = mapped_column(code_enum(EventKind))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    organiser_organisation: Mapped[str] = mapped_column(String(200), default="")
    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_phone: Mapped[str] = mapped_column(String(50), default="")
    organiser_email: Mapped[str] = mapped_column(String(200), default="")

    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, index=True)
    location: Mapped[str] = mapped_column(String(300))
    location_key: Mapped[str] = mapped_column(String(300))
    district: Mapped[District] = mapped_column(code_enum(District))
    expected_visitors: Mapped[int | None] = mapped_column(Integer, nullable=True)

    risk_scan_advice: Mapped[EventRiskClass | None] = mapped_column(code_enum(EventRiskClass), nullable=True)
    risk_class: Mapped[EventRiskClass | None] = mapped_column(code_enum(EventRiskClass), nullable=True)

    permit_status: Mapped[PermitStatus] = mapped_column(code_enum(PermitStatus))
    permit_applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    permit_decision_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    permit_decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    advice_fire: Mapped[AdviceStatus] = mapped_column(code_enum(AdviceStatus))
    advice_police: Mapped[AdviceStatus] = mapped_column(code_enum(AdviceStatus))
    advice_ghor: Mapped[AdviceStatus] = mapped_column(code_enum(AdviceStatus))

    opponent: Mapped[str] = mapped_column(String(200), default="")
    match_risk_class: Mapped[MatchRiskClass | None] = mapped_column(code_enum(MatchRiskClass), nullable=True)
    combi_regulation: Mapped[bool] = mapped_column(Boolean, default=False)
    max_away_supporters: Mapped[int | None] = mapped_column(Integer, nullable=True)
    without_public: Mapped[bool] = mapped_column(Boolean, default=False)
    security_risk_area: Mapped[bool] = mapped_column(Boolean, default=False)
    camera_surveillance: Mapped[bool] = mapped_column(Boolean, default=False)

    fireworks_rule: Mapped[FireworksRule] = mapped_column(code_enum(FireworksRule))
    fireworks_zones: Mapped[list] = mapped_column(JSON, default=list)
    fireworks_allowed_from: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    fireworks_allowed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    status: Mapped[EventStatus] = mapped_column(code_enum(EventStatus))
    search_text: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    status_changes: Mapped[list[EventStatusChange]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="EventStatusChange.changed_at",
    )

    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_event_start_at", "start_at"),
        Index("ix_event_district_start", "district", "start_at"),
        Index("ix_event_location_start", "location_key", "start_at"),
        Index("ix_event_kind_start", "kind", "start_at"),
    )


class EventStatusChange(Base):
    """One step in an event's preparation, kept with who and when."""

    __tablename__ = "event_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[EventStatus | None] = mapped_column(code_enum(EventStatus), nullable=True)
    to_status: Mapped[EventStatus] = mapped_column(code_enum(EventStatus))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="status_changes")
