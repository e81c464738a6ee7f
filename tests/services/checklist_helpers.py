"""Records to hang checklists on, shared by the checklist tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.events.rules import AdviceStatus, EventDraft, EventKind, EventRiskClass, MatchRiskClass, PermitStatus
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def draft(**changes) -> NotificationDraft:
    base = NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Aandacht voor woningnood",
        start_at=local(2026, 3, 17, 14, 0), end_at=local(2026, 3, 17, 16, 0), location="Neude",
        district=District.BINNENSTAD, received_at=local(2026, 3, 10, 9, 0),
        organiser_organisation="Actiecomité Woonlasten", expected_participants=150,
    )
    return replace(base, **changes)


def match(**changes) -> EventDraft:
    base = EventDraft(
        kind=EventKind.FOOTBALL_MATCH, title="FC Utrecht – Ajax", start_at=local(2026, 4, 5, 14, 30),
        end_at=local(2026, 4, 5, 16, 30), location="Stadion Galgenwaard", district=District.OOST,
        organiser_organisation="FC Utrecht", expected_visitors=23_000, risk_scan_advice=EventRiskClass.C,
        risk_class=EventRiskClass.C, permit_status=PermitStatus.APPLIED, permit_applied_at=local(2026, 1, 12, 9, 0),
        advice_fire=AdviceStatus.REQUESTED, advice_police=AdviceStatus.RECEIVED, advice_ghor=AdviceStatus.REQUESTED,
        opponent="Ajax", match_risk_class=MatchRiskClass.C,
    )
    return replace(base, **changes)
