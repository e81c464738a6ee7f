"""Exercises and incidents: injects, the logbook, actions, GRIP changes and findings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crisisdesk.db.models.base import Base, code_enum
from crisisdesk.db.models.scenarios import CrisisScenario
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.operations.records import ActionStatus, FindingKind, InjectChannel, LogCategory, LogSource


class Operation(Base):
    """An exercise (``is_exercise``) or a real incident: the crisis team's logbook, actions
    and (for an exercise) script and clock. Nothing in the registers, calendar, statistics
    or briefings reads this table except the incident providers, which filter on
    ``is_exercise`` being false.
    """

    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    is_exercise: Mapped[bool] = mapped_column(Boolean, index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("crisis_scenario.id", ondelete="SET NULL"), nullable=True, index=True
    )
    grip_level: Mapped[str | None] = mapped_column(String(32), nullable=True)
    teams: Mapped[list] = mapped_column(JSON, default=list)  # [{"name": "GBT", "roles": [...]}, ...]

    # The exercise clock (crisisdesk.domain.operations.exercise_clock.ClockState); for an incident
    # ``started_at`` is the start of the incident.
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paused_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    shift_minutes: Mapped[int] = mapped_column(Integer, default=0)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    scenario: Mapped[CrisisScenario | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Inject(Base):
    """One line of an exercise script: at T+mm, from a role, to a team or role, by a channel."""

    __tablename__ = "inject"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    offset_minutes: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(200), default="")
    receiver: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[InjectChannel] = mapped_column(code_enum(InjectChannel))
    content: Mapped[str] = mapped_column(Text)
    expected_action: Mapped[str] = mapped_column(Text, default="")
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    released_offset_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    released_by: Mapped[str] = mapped_column(String(200), default="")
    released_early: Mapped[bool] = mapped_column(Boolean, default=False)
    observed_action: Mapped[str] = mapped_column(Text, default="")
    evaluation_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_inject_operation_offset", "operation_id", "offset_minutes"),)


class LogEntry(Base):
    """A line in the logbook. Append-only: a correction is a new entry naming the old one."""

    __tablename__ = "log_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    exercise_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[LogSource] = mapped_column(code_enum(LogSource))
    category: Mapped[LogCategory | None] = mapped_column(code_enum(LogCategory), nullable=True)
    author_role: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    inject_id: Mapped[int | None] = mapped_column(ForeignKey("inject.id", ondelete="SET NULL"), nullable=True, index=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("log_entry.id"), nullable=True)

    __table_args__ = (Index("ix_log_entry_operation_at", "operation_id", "at", "id"),)


class OperationAction(Base):
    """An action from a decision: what, who (owner), by when, and how far it is."""

    __tablename__ = "operation_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[ActionStatus] = mapped_column(code_enum(ActionStatus))
    decision_entry_id: Mapped[int | None] = mapped_column(ForeignKey("log_entry.id"), nullable=True)
    inject_id: Mapped[int | None] = mapped_column(ForeignKey("inject.id", ondelete="SET NULL"), nullable=True, index=True)
    # The BOB meeting whose decision led to this action (migration 0015).
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("bob_meeting.id", ondelete="SET NULL", name="fk_operation_action_meeting"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}


class GripChange(Base):
    """A GRIP level change of a real incident: when, to which level, who decided, why."""

    __tablename__ = "grip_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_level: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_level: Mapped[str] = mapped_column(String(32))
    decided_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200))


class ExerciseFinding(Base):
    """Evaluation of an exercise: an observation, a lesson, or an improvement action."""

    __tablename__ = "exercise_finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FindingKind] = mapped_column(code_enum(FindingKind))
    text: Mapped[str] = mapped_column(Text)
    inject_id: Mapped[int | None] = mapped_column(ForeignKey("inject.id", ondelete="SET NULL"), nullable=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))


class BobMeeting(Base):
    """A BOB meeting of the crisis team in an exercise or incident: number, moment, chair,
    who attended, and the text of the three rounds (beeld, oordeel, besluit). Actions
    from its decisions point here (``OperationAction.meeting_id``)."""

    __tablename__ = "bob_meeting"
    __table_args__ = (Index("ux_bob_meeting_operation_number", "operation_id", "number", unique=True),
                      {"sqlite_autoincrement": True})  # ids never reused (migration 0012)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    exercise_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    chair: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[list] = mapped_column(JSON, default=list)  # ["Burgemeester", "Politie (districtschef)", ...]
    picture: Mapped[str] = mapped_column(Text, default="")  # beeld
    judgement: Mapped[str] = mapped_column(Text, default="")  # oordeel
    decision: Mapped[str] = mapped_column(Text, default="")  # besluit
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}
