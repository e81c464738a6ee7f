"""The tables. Plain SQLAlchemy 2 typed models; nothing SQLite-only.

Derived values that the register filters and sorts on (the deadline, on time or late,
the rule applied, the duration) are stored beside the facts so that the list can be
queried and paged in the database at 100,000 rows. The service recomputes them on
every save.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum as PyEnum

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.checklists.rules import ItemStatus
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
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.operations.records import ActionStatus, FindingKind, InjectChannel, LogCategory, LogSource
from crisisdesk.domain.scenarios.rules import Discipline, ScenarioKind


def code_enum(enum_cls: type[PyEnum]) -> SAEnum:
    """An enum stored as its code (VARCHAR), portable and readable in the database."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    pass


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


# --- partners and checklists ---------------------------------------------------------


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


# --- exercises and incidents ---------------------------------------------------------


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
