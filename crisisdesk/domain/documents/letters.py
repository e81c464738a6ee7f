"""What a Wom letter to an organiser is made of (receipt or decision): frozen, no text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crisisdesk.domain.enums import Channel, Decision, DecisionGround, District, ManifestationKind, PlaceType


@dataclass(frozen=True)
class LetterFacts:
    """One notification as the letter states it. The organiser's data is the addressee."""

    notification_id: int
    kind: ManifestationKind
    place_type: PlaceType
    purpose: str
    organiser_name: str
    organiser_organisation: str
    organiser_address: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    route: str
    expected_participants: int | None
    organiser_measures: str
    received_at: datetime
    channel: Channel
    notice_deadline: datetime
    on_time: bool
    late_accepted: bool
    rule_source: str
    decision: Decision | None
    decision_grounds: tuple[DecisionGround, ...]
    decision_conditions: str
    expected_participants_max: int | None = None  # a range "150-200": its highest


@dataclass(frozen=True)
class LetterInput:
    facts: LetterFacts
    letterhead: tuple[str, ...]  # lines; the first is the municipality
    signatory: str
    letter_date: date
    prepared_by: str
    prepared_at: datetime


def split_conditions(text: str) -> list[str]:
    """The conditions as a list: one per line, or one per sentence when on one line."""
    import re

    lines = [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]
    if len(lines) > 1:
        return lines
    single = lines[0] if lines else ""
    return [part.strip() for part in re.split(r"(?<=[.;])\s+(?=[A-Z0-9À-Ý])", single) if part.strip()]
