"""Prepared crisis scenarios."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.scenarios.rules import ScenarioKind


class CrisisScenario(Base):
    """A prepared crisis scenario; lists are JSON arrays of codes (or names, for partners)."""

    __tablename__ = "crisis_scenario"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    kind: Mapped[ScenarioKind] = mapped_column(code_enum(ScenarioKind), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    grip_level: Mapped[str | None] = mapped_column(String(32), nullable=True)
    affected_districts: Mapped[list] = mapped_column(JSON, default=list)
    disciplines: Mapped[list] = mapped_column(JSON, default=list)
    partners: Mapped[list] = mapped_column(JSON, default=list)
    population_care: Mapped[list] = mapped_column(JSON, default=list)
    linked_plans: Mapped[list] = mapped_column(JSON, default=list)
    exercise_only: Mapped[bool] = mapped_column(Boolean, default=False)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}
