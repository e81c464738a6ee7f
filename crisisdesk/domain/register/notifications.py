"""What a notification must satisfy, and how its handling may proceed.

Pure rules: the service calls ``validate`` before every save, the dialog calls it while
the advisor types. Errors are codes with the field they belong to; the words for the
screen live in ``crisisdesk.labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crisisdesk.domain.workflow import next_statuses
from crisisdesk.domain.checks import (
    FieldError,
    check_count,
    check_email,
    check_period,
    require,
)
from crisisdesk.domain.enums import (
    Channel,
    Decision,
    DecisionGround,
    District,
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
    expected_participants: int | None = None
    counter_to_id: int | None = None
    status: Status = Status.RECEIVED
    status_note: str = ""
    late_accepted: bool = False
    late_accepted_reason: str = ""
    late_accepted_by: str = ""
    decision: Decision | None = None
    decision_grounds: tuple[DecisionGround, ...] = field(default_factory=tuple)
    decision_conditions: str = ""
    decided_by: str = ""
    decision_made_known_at: datetime | None = None


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


def allowed_grounds(decision: Decision | None, place_type: PlaceType) -> tuple[DecisionGround, ...]:
    """Grounds the Wom allows for ``decision`` at this kind of place — never content.

    Public place: art. 2 (health, traffic, disorder); non-public place: art. 8 (health,
    disorder — not traffic); near an embassy or international organisation art. 9 adds
    its own ground. A ban may also rest on a late or incomplete notification (art. 5 lid 2).
    """
    if decision in (None, Decision.NO_MEASURES):
        return ()
    grounds = [DecisionGround.HEALTH]
    if place_type != PlaceType.NON_PUBLIC:
        grounds.append(DecisionGround.TRAFFIC)
    grounds.append(DecisionGround.DISORDER)
    if place_type == PlaceType.NEAR_EMBASSY:
        grounds.append(DecisionGround.NEAR_EMBASSY)
    if decision == Decision.BAN:
        grounds += [DecisionGround.LATE_NOTIFICATION, DecisionGround.INCOMPLETE_DATA]
    return tuple(grounds)


# Words that suggest a condition is about what is expressed rather than about health,
# traffic or disorder (Wom art. 5 lid 3). A warning, not a refusal: "geen geluid na
# 22:00" is fine, "geen leuzen tegen de regering" is not.
_CONTENT_PATTERNS = re.compile(
    r"\b(leuze|leuzen|slogan|slogans|tekst op|teksten op|boodschap|mening|meningen|"
    r"standpunt|inhoud|uiting|uitingen|kritiek|beledig\w*|symbool|symbolen|vlag(?:gen)? van|"
    r"afbeelding\w*|spreuk\w*|scanderen|spandoektekst\w*)\b",
    re.IGNORECASE,
)


def content_warning_terms(conditions: str) -> list[str]:
    """Terms in a conditions text that seem to target the content of the message."""
    return sorted({m.group(0).lower() for m in _CONTENT_PATTERNS.finditer(conditions or "")})


def duration_minutes(start_at: datetime, end_at: datetime) -> int:
    return int((end_at - start_at).total_seconds() // 60)


def location_key(location: str) -> str:
    """The place as compared for clashes: case and spacing do not matter."""
    return " ".join((location or "").lower().split())


def validate(draft: NotificationDraft, now: datetime) -> list[FieldError]:
    """Every problem with ``draft`` at moment ``now``; empty when it may be saved."""
    errors: list[FieldError] = []
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
    if draft.late_accepted and not draft.late_accepted_reason.strip():
        errors.append(FieldError("late_accepted_reason", "reason_required"))
    if draft.late_accepted and not draft.late_accepted_by.strip():
        errors.append(FieldError("late_accepted_by", "decided_by_required"))
    if draft.decision is not None:
        allowed = allowed_grounds(draft.decision, draft.place_type)
        if draft.decision != Decision.NO_MEASURES and not draft.decision_grounds:
            errors.append(FieldError("decision_grounds", "ground_required"))
        for ground in draft.decision_grounds:
            if ground not in allowed:
                errors.append(FieldError("decision_grounds", "ground_not_allowed", {"ground": ground}))
        if draft.decision in (Decision.CONDITIONS, Decision.RESTRICTIONS) and not draft.decision_conditions.strip():
            errors.append(FieldError("decision_conditions", "conditions_required"))
        if draft.decision_made_known_at and draft.decision_made_known_at > now + RECEIVED_FUTURE_TOLERANCE:
            errors.append(FieldError("decision_made_known_at", "in_future"))
    elif draft.status in (Status.DECIDED, Status.CLOSED):
        errors.append(FieldError("decision", "decision_required"))
    return errors


def warnings(draft: NotificationDraft) -> list[FieldError]:
    """Things the advisor should see but that do not block saving."""
    found: list[FieldError] = []
    if draft.expected_participants == 1:
        found.append(FieldError("expected_participants", "single_person"))
    terms = content_warning_terms(draft.decision_conditions)
    if terms:
        found.append(FieldError("decision_conditions", "content_terms", {"terms": ", ".join(terms)}))
    return found
