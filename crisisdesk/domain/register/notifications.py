"""What a notification must satisfy, and how its handling may proceed.

Pure rules: the service calls ``validate`` before every save, the dialog calls it while
the advisor types. Errors are codes with the field they belong to; the words for the
screen live in ``crisisdesk.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crisisdesk.domain.register.decisions import (
    DecisionParts,
    Measure,
    check_decision,
    content_warning_terms,
)
from crisisdesk.domain.geo.points import PlacedPoint
from crisisdesk.domain.workflow import next_statuses
from crisisdesk.domain.checks import (
    check_values,
    FieldError,
    check_count,
    check_email,
    check_period,
    require,
)
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

MAX_PARTICIPANTS = 1_000_000  # more than the whole city: a typing error
MAX_DURATION = timedelta(days=60)
RECEIVED_FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class NotificationDraft:
    """Everything an advisor enters for one notification (aware datetimes)."""

    kind: ManifestationKind
    place_type: PlaceType
    purpose: str
    start_at: datetime | None
    end_at: datetime | None
    location: str
    district: District | None
    received_at: datetime | None
    channel: Channel = Channel.FORM
    risk: Risk = Risk.UNKNOWN
    organiser_name: str = ""
    organiser_address: str = ""
    organiser_phone: str = ""
    organiser_email: str = ""
    organiser_organisation: str = ""
    route: str = ""
    route_start: str = ""
    route_end: str = ""
    composition: str = ""
    organiser_measures: str = ""
    expected_participants: int | None = None  # one number, or the lowest of a range ("150-200")
    expected_participants_max: int | None = None  # the highest of a range; None for one number
    counter_to_id: int | None = None
    status: Status = Status.RECEIVED
    status_note: str = ""
    late_accepted: bool = False
    late_accepted_reason: str = ""
    late_accepted_by: str = ""
    decision: Decision | None = None
    decision_measures: tuple[Measure, ...] = ()
    decision_motivation: str = ""
    decision_ban_ground: BanGround | None = None
    decision_ban_interests: tuple[DecisionGround, ...] = ()
    decision_ban_alternatives: str = ""
    decision_lateness_weighing: str = ""
    decision_date: date | None = None
    decided_by: str = ""
    decided_capacity: Capacity | None = None
    decided_function: str = ""
    decision_made_known_at: datetime | None = None
    decision_made_known_how: MadeKnownChannel | None = None
    # The geocoded points chosen for location and route (None: leave the stored ones as
    # they are — for a change that does not come from the address fields).
    places: tuple[PlacedPoint, ...] | None = None


# The workflow: ontvangen -> in behandeling -> afgestemd met politie -> besluit genomen
# -> afgerond; withdrawal is possible until the file is closed. Steps may be skipped
# forward (a quiet meeting needs no police coordination) and taken one step back.
WORKFLOW = (
    Status.RECEIVED,
    Status.IN_PROGRESS,
    Status.COORDINATED,
    Status.DECIDED,
    Status.CLOSED,
)


def allowed_next_statuses(current: Status) -> tuple[Status, ...]:
    """The statuses a notification may move to from ``current`` (itself included)."""
    return next_statuses(WORKFLOW, Status.WITHDRAWN, current)


def decision_parts(draft: NotificationDraft, on_time: bool | None = None) -> DecisionParts:
    """The decision part of ``draft``, as ``decisions.check_decision`` reads it."""
    return DecisionParts(
        decision=draft.decision, place_type=draft.place_type, measures=draft.decision_measures,
        motivation=draft.decision_motivation, ban_ground=draft.decision_ban_ground,
        ban_interests=draft.decision_ban_interests, ban_alternatives=draft.decision_ban_alternatives,
        lateness_weighing=draft.decision_lateness_weighing, decision_date=draft.decision_date,
        decided_by=draft.decided_by, decided_capacity=draft.decided_capacity,
        decided_function=draft.decided_function, made_known_at=draft.decision_made_known_at,
        made_known_how=draft.decision_made_known_how, received_at=draft.received_at, on_time=on_time,
    )


def duration_minutes(start_at: datetime, end_at: datetime) -> int:
    return int((end_at - start_at).total_seconds() // 60)


def location_key(location: str) -> str:
    """The place as compared for clashes: case and spacing do not matter."""
    return " ".join((location or "").lower().split())


def build_search_text(*parts: str | None) -> str:
    """The lower-case text the register's search box matches (no personal data in it)."""
    return " ".join(" ".join((part or "").lower().split()) for part in parts if part)


def validate(draft: NotificationDraft, now: datetime, on_time: bool | None = None) -> list[FieldError]:
    """Every problem with ``draft`` at moment ``now``; empty when it may be saved.

    ``on_time``: the term check's outcome when known (a ban on lateness needs a late one).
    """
    errors: list[FieldError] = []
    check_values(errors, draft)
    if errors:  # a year-1 date or a NUL: the other checks could not even be computed
        return errors
    require(errors, "purpose", draft.purpose)
    require(errors, "location", draft.location)
    require(errors, "district", draft.district)
    if draft.start_at is None:
        errors.append(FieldError("start_at", "required"))
    if draft.end_at is None:
        errors.append(FieldError("end_at", "required"))
    require(errors, "received_at", draft.received_at)
    if not (draft.organiser_name.strip() or draft.organiser_organisation.strip()):
        errors.append(FieldError("organiser_name", "organiser_required"))
    check_email(errors, "organiser_email", draft.organiser_email)
    if draft.start_at and draft.end_at:
        check_period(errors, draft.start_at, draft.end_at, MAX_DURATION)
    if draft.received_at and draft.received_at > now + RECEIVED_FUTURE_TOLERANCE:
        errors.append(FieldError("received_at", "in_future"))
    check_count(errors, "expected_participants", draft.expected_participants, MAX_PARTICIPANTS, "participants")
    if draft.expected_participants_max is not None:
        if draft.expected_participants is None or draft.expected_participants_max < draft.expected_participants:
            errors.append(FieldError("expected_participants", "head_count_range_reversed"))
        elif draft.expected_participants_max > MAX_PARTICIPANTS:
            errors.append(FieldError("expected_participants", "participants_absurd", {"max": MAX_PARTICIPANTS}))
    if draft.late_accepted and not draft.late_accepted_reason.strip():
        errors.append(FieldError("late_accepted_reason", "reason_required"))
    if draft.late_accepted and not draft.late_accepted_by.strip():
        errors.append(FieldError("late_accepted_by", "decided_by_required"))
    if draft.decision is not None:
        errors += check_decision(decision_parts(draft, on_time), now)
        if draft.decision_made_known_at and draft.decision_made_known_at > now + RECEIVED_FUTURE_TOLERANCE:
            errors.append(FieldError("decision_made_known_at", "in_future"))
    elif draft.status in (Status.DECIDED, Status.CLOSED):
        errors.append(FieldError("decision", "decision_required"))
    return errors


def warnings(draft: NotificationDraft) -> list[FieldError]:
    """Things the advisor should see but that do not block saving."""
    found: list[FieldError] = []
    if draft.expected_participants == 1 and draft.expected_participants_max is None:
        found.append(FieldError("expected_participants", "single_person"))
    for number, measure in enumerate(draft.decision_measures, start=1):
        terms = content_warning_terms(measure.text)
        if terms:
            found.append(FieldError("decision_measures", "content_terms", {"terms": ", ".join(terms), "number": number}))
    return found
