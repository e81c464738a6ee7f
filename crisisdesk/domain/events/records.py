"""Frozen records of events and crisis scenarios, handed to the UI, CLI and reports.

``EventRow`` (lists) never carries a sensitive event's real title or place: for a
returning offender ``title`` is already the neutral ``public_title`` and ``location``
is empty. Only ``EventRecord`` — what the dialog opens — holds the real details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.points import PlacedPoint
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRules,
    FootballMeasures,
    MatchRiskClass,
    PermitStatus,
    PermitWarning,
)
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioKind


@dataclass(frozen=True)
class EventStatusChangeRecord:
    from_status: EventStatus | None
    to_status: EventStatus
    changed_at: datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class EventRow:
    """One line of the events register (sensitive events already neutralised)."""

    id: int
    kind: EventKind
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    organiser_organisation: str
    expected_visitors: int | None
    risk_scan_advice: EventRiskClass | None
    risk_class: EventRiskClass | None
    match_risk_class: MatchRiskClass | None
    permit_status: PermitStatus
    permit_decision_deadline: datetime | None
    status: EventStatus
    sensitive: bool
    permit_warning: PermitWarning | None = None  # rules.permit_warning when the page was read


@dataclass(frozen=True)
class EventRecord:
    """A whole event with its history, as opened in the dialog (real details included)."""

    id: int
    version: int
    kind: EventKind
    title: str
    public_title: str
    sensitive: bool
    description: str
    organiser_organisation: str
    organiser_name: str
    organiser_phone: str
    organiser_email: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    expected_visitors: int | None
    risk_scan_advice: EventRiskClass | None
    risk_class: EventRiskClass | None
    permit_status: PermitStatus
    permit_applied_at: datetime | None
    permit_decision_deadline: datetime | None
    permit_decided_at: datetime | None
    advice_fire: AdviceStatus
    advice_police: AdviceStatus
    advice_ghor: AdviceStatus
    opponent: str
    match_risk_class: MatchRiskClass | None
    football: FootballMeasures
    fireworks: FireworksRules
    status: EventStatus
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    history: tuple[EventStatusChangeRecord, ...]
    places: tuple[PlacedPoint, ...] = ()  # the geocoded location


@dataclass(frozen=True)
class ScenarioRecord:
    id: int
    version: int
    kind: ScenarioKind
    title: str
    description: str
    grip_level: str | None
    affected_districts: tuple[District, ...]
    disciplines: tuple[Discipline, ...]
    partners: tuple[str, ...]
    population_care: tuple[PopulationCareProcess, ...]
    linked_plans: tuple[str, ...]
    exercise_only: bool
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
