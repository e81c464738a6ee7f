"""Geocoded places of notifications and events."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crisisdesk.db.models import register, events  # noqa: F401  (tables its foreign keys name)
from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.domain.geo.points import PlaceRole


class Place(Base):
    """A geocoded point of a notification or an event: its location or a point of its route.

    Exactly one of ``notification_id`` and ``event_id`` is set; the point goes with its
    record (retention and erasure included). ``position`` orders the points of one role
    (the route's via points).
    """

    __tablename__ = "place"
    __table_args__ = (
        Index("ix_place_notification", "notification_id"),
        Index("ix_place_event", "event_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification.id", ondelete="CASCADE"), nullable=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), nullable=True)
    role: Mapped[PlaceRole] = mapped_column(code_enum(PlaceRole))
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(300))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    rd_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    rd_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    wijk: Mapped[str] = mapped_column(String(100), default="")
    source_id: Mapped[str] = mapped_column(String(200), default="")
