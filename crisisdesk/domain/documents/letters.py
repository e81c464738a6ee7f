"""What a Wom letter to an organiser is made of (receipt or decision): frozen, no text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crisisdesk.domain.documents.profile import MunicipalityProfile
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
)
from crisisdesk.domain.register.decisions import Measure


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
    rule_source: str  # the APV article of the rule that applied, as in the rule set's data
    decision: Decision | None = None
    measures: tuple[Measure, ...] = ()
    motivation: str = ""
    ban_ground: BanGround | None = None
    ban_interests: tuple[DecisionGround, ...] = ()
    ban_alternatives: str = ""
    lateness_weighing: str = ""
    decision_date: date | None = None
    decided_by: str = ""
    decided_capacity: Capacity | None = None
    decided_function: str = ""
    made_known_at: datetime | None = None
    made_known_how: MadeKnownChannel | None = None
    expected_participants_max: int | None = None  # a range "150-200": its highest


@dataclass(frozen=True)
class LetterInput:
    """``letter_date``: a decision letter carries the decision date, a receipt the day it is made.

    ``prepared_at`` is the PDF's creation date. ``address_missing``: printed for the
    preview with a visible warning instead of an address (never silently blank).
    """

    facts: LetterFacts
    profile: MunicipalityProfile
    letter_date: date
    prepared_by: str
    prepared_at: datetime
    address_missing: bool = False

    @property
    def reference(self) -> str:
        return f"KG-{self.facts.notification_id}"
