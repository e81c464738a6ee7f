"""Collecting what a receipt or decision letter to an organiser needs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy.orm import sessionmaker

from crisisdesk.domain.documents.letters import LetterFacts, LetterInput
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.settings import DEFAULT_LETTERHEAD, DEFAULT_SIGNATORY, LETTERHEAD, SIGNATORY, SettingsService


class NoDecision(ServiceError):
    """A decision letter was asked for a notification without a recorded decision."""

    def __init__(self, notification_id: int) -> None:
        super().__init__(f"notification {notification_id} has no decision")
        self.notification_id = notification_id


def letter_input(
    factory: sessionmaker,
    notification_id: int,
    letter: str,
    user: str | None = None,
    clock: Callable[[], datetime] = utc_now,
    letter_date: date | None = None,
) -> LetterInput:
    """``letter``: "receipt" or "decision". Raises ``NotFound`` or ``NoDecision``."""
    service = NotificationService(factory, clock=clock, user=user)
    record = service.get(notification_id)
    if letter == "decision" and record.decision is None:
        raise NoDecision(notification_id)
    rule = service.rule_sets.get(record.rule_name) or service.applicable_rule(record.received_at)
    settings = SettingsService(factory)
    letterhead = (settings.get(LETTERHEAD, DEFAULT_LETTERHEAD) or DEFAULT_LETTERHEAD).strip().splitlines()
    now = to_local(clock())
    facts = LetterFacts(
        notification_id=record.id, kind=record.kind, place_type=record.place_type, purpose=record.purpose,
        organiser_name=record.organiser_name, organiser_organisation=record.organiser_organisation,
        organiser_address=record.organiser_address, start_at=record.start_at, end_at=record.end_at,
        location=record.location, district=record.district, route=record.route,
        expected_participants=record.expected_participants, expected_participants_max=record.expected_participants_max,
        organiser_measures=record.organiser_measures,
        received_at=record.received_at, channel=record.channel, notice_deadline=record.notice_deadline,
        on_time=record.on_time, late_accepted=record.late_accepted, rule_source=rule.source,
        decision=record.decision, decision_grounds=record.decision_grounds,
        decision_conditions=record.decision_conditions,
    )
    return LetterInput(
        facts=facts,
        letterhead=tuple(line.strip() for line in letterhead if line.strip()),
        signatory=settings.get(SIGNATORY, DEFAULT_SIGNATORY) or DEFAULT_SIGNATORY,
        letter_date=letter_date or now.date(),
        prepared_by=service.user,
        prepared_at=now,
    )
