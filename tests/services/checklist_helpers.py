"""Records to hang checklists on, shared by the checklist tests."""

from __future__ import annotations

from dataclasses import replace

from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import AdviceStatus, EventDraft, EventKind, EventRiskClass, MatchRiskClass, PermitStatus
from crisisdesk.domain.register.notifications import NotificationDraft
from factories import local, notification_draft

__all__ = ["draft", "local", "match"]


def draft(**changes) -> NotificationDraft:
    """A demonstration without a private organiser's contact details."""
    private = {"organiser_name": "", "organiser_address": "", "organiser_phone": "", "organiser_email": ""}
    return notification_draft(**{**private, **changes})


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
