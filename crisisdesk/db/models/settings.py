"""Settings that belong to the database, and the notice-term rule sets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crisisdesk.db.models.base import Base
from crisisdesk.db.types import UTCDateTime


class Setting(Base):
    """Settings that belong to the database (shared by a team), e.g. the rule set."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RuleSetRow(Base):
    """A notice-term rule set (see ``domain.register.rulesets``), kept in the database so a
    municipality maintains its own; seeded from ``resources/rules`` by migration 0009."""

    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    municipality: Mapped[str] = mapped_column(String(100), default="")
    method: Mapped[str] = mapped_column(String(32))
    hours: Mapped[int] = mapped_column(Integer, default=48)
    days: Mapped[int] = mapped_column(Integer, default=0)
    friday_noon: Mapped[bool] = mapped_column(Boolean, default=False)
    good_friday: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    extra_holidays: Mapped[list] = mapped_column(JSON, default=list)  # ISO dates
    description: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    __mapper_args__ = {"version_id_col": version}
