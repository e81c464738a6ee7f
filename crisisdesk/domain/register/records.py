"""Frozen records handed to the UI, the command line and the reports.

Built inside a service's session; live ORM rows never leave the service layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.geo.points import PlacedPoint
from crisisdesk.domain.enums import (
    BanGround,
    Capacity,
    Channel,
    Decision,
    DecisionGround,
    District,
    MadeKnownChannel,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)


@dataclass(frozen=True)
class NotificationRow:
    """One line of the register."""

    id: int
    start_at: datetime
    end_at: datetime
    kind: ManifestationKind
    purpose: str
    location: str
    district: District
    organiser_organisation: str
    expected_participants: int | None
    received_at: datetime
    notice_deadline: datetime
    on_time: bool
    late_accepted: bool
    rule_name: str
    risk: Risk
    status: Status
    decision: Decision | None
    counter_to_id: int | None
    expected_participants_max: int | None = None  # a range "150-200": its highest


@dataclass(frozen=True)
class StatusChangeRecord:
    from_status: Status | None
    to_status: Status
    changed_at: datetime
    changed_by: str
    note: str


@dataclass(frozen=True)
class NotificationRecord:
    """A whole notification with its history, as opened in the dialog."""

    id: int
    version: int
    kind: ManifestationKind
    place_type: PlaceType
    purpose: str
    organiser_name: str
    organiser_address: str
    organiser_phone: str
    organiser_email: str
    organiser_organisation: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    route: str
    route_start: str
    route_end: str
    composition: str
    organiser_measures: str
    expected_participants: int | None
    received_at: datetime
    channel: Channel
    risk: Risk
    counter_to_id: int | None
    status: Status
    rule_name: str
    notice_deadline: datetime
    on_time: bool
    late_accepted: bool
    late_accepted_reason: str
    late_accepted_by: str
    late_accepted_at: datetime | None
    decision: Decision | None
    decision_grounds: tuple[DecisionGround, ...]
    decision_conditions: str
    decided_by: str
    decided_at: datetime | None
    decision_made_known_at: datetime | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    history: tuple[StatusChangeRecord, ...]
    # The decision record (migration 0006). ``decision_grounds`` above is derived: the
    # interests of all measures, or those a ban onder c rests on; ``decision_conditions``
    # the measures' texts, one a line. ``decision_review``: what an old decision carried
    # over by the migration still lacks (codes), until it is saved complete.
    decision_measures: tuple[Measure, ...] = ()
    decision_motivation: str = ""
    decision_ban_ground: BanGround | None = None
    decision_ban_interests: tuple[DecisionGround, ...] = ()
    decision_ban_alternatives: str = ""
    decision_lateness_weighing: str = ""
    decision_date: date | None = None
    decided_capacity: Capacity | None = None
    decided_function: str = ""
    decision_made_known_how: MadeKnownChannel | None = None
    decision_review: tuple[str, ...] = ()
    expected_participants_max: int | None = None  # a range "150-200": its highest
    places: tuple[PlacedPoint, ...] = ()  # the geocoded location and route points
