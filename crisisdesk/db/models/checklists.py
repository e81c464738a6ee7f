"""Partners, their contacts, and the checklists of notifications, events and scenarios."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crisisdesk.db.models import register, events, scenarios  # noqa: F401  (tables its foreign keys name)
from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.checklists.rules import ItemStatus
from crisisdesk.domain.scenarios.rules import Discipline


class Partner(Base):
    """A partner organisation (ketenpartner). ``key`` is stable: templates refer to it."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    discipline: Mapped[Discipline | None] = mapped_column(code_enum(Discipline), nullable=True)
    role: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")  # the organisation's general number
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    contacts: Mapped[list[PartnerContact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="PartnerContact.id"
    )

    __mapper_args__ = {"version_id_col": version}


class PartnerContact(Base):
    """A person at a partner: name, function and how to reach them (also at night)."""

    __tablename__ = "partner_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    phone_24h: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    __mapper_args__ = {"version_id_col": version}


class Checklist(Base):
    """The checklist of one notification, event or scenario (exactly one of the three).

    ``anchor_at`` is the moment the items' offsets count from: the record's start (kept
    in step by the services when the start moves) or, for a scenario, the moment the
    advisor chose (e.g. the scale-up).
    """

    __tablename__ = "checklist"

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), nullable=True, unique=True)
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("crisis_scenario.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    anchor_at: Mapped[datetime] = mapped_column(UTCDateTime)
    templates: Mapped[list] = mapped_column(JSON, default=list)  # names of the templates applied
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))

    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    """One action: text, who, due (offset kept, due moment stored for indexed queries)."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"), nullable=True)
    offset_text: Mapped[str | None] = mapped_column(String(40), nullable=True)  # None: a fixed due moment
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    template: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ItemStatus] = mapped_column(code_enum(ItemStatus))
    status_by: Mapped[str] = mapped_column(String(200), default="")
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    checklist: Mapped[Checklist] = relationship(back_populates="items")
    partner: Mapped[Partner | None] = relationship()

    __table_args__ = (
        Index("ix_checklist_item_partner_due", "partner_id", "status", "due_at"),
        Index("ix_checklist_item_status_due", "status", "due_at"),
    )
