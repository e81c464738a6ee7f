"""Collecting what a receipt or decision letter to an organiser needs — or saying why not.

A letter is refused, with the reason, rather than printed wrong: without the
municipality's profile (bezwaar address, court, contact), without the organiser's
address (unless a preview asks for it, which then shows "adres ontbreekt"), for a
decision that is not a complete besluit (an old one the migration marked, or one that
fails the rules), and while a measure flagged as possibly about content waits for the
advisor's confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from sqlalchemy.orm import sessionmaker

from crisisdesk.domain.documents.letters import LetterFacts, LetterInput
from crisisdesk.domain.documents.profile import MunicipalityProfile
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.register.decisions import unconfirmed_content_measures
from crisisdesk.domain.register.records import NotificationRecord
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.services.errors import LetterRefused, ServiceError
from crisisdesk.services.profile import ProfileService
from crisisdesk.services.register.notifications import NotificationService, draft_from_record


class NoDecision(ServiceError):
    """A decision letter was asked for a notification without a recorded decision."""

    def __init__(self, notification_id: int) -> None:
        super().__init__(f"notification {notification_id} has no decision")
        self.notification_id = notification_id


def decision_gaps(record: NotificationRecord, now: datetime) -> tuple[str, ...]:
    """The decision fields that keep ``record`` from being a complete besluit (empty: none)."""
    errors = rules.validate(draft_from_record(record), now, record.on_time)
    fields = [e.field for e in errors if e.field.startswith("decision") or e.field.startswith("decided")]
    return tuple(dict.fromkeys([*record.decision_review, *fields]))


def _facts(record: NotificationRecord, rule_source: str) -> LetterFacts:
    return LetterFacts(
        notification_id=record.id, kind=record.kind, place_type=record.place_type, purpose=record.purpose,
        organiser_name=record.organiser_name, organiser_organisation=record.organiser_organisation,
        organiser_address=record.organiser_address, start_at=record.start_at, end_at=record.end_at,
        location=record.location, district=record.district, route=record.route,
        expected_participants=record.expected_participants, expected_participants_max=record.expected_participants_max,
        organiser_measures=record.organiser_measures,
        received_at=record.received_at, channel=record.channel, notice_deadline=record.notice_deadline,
        on_time=record.on_time, late_accepted=record.late_accepted, rule_source=rule_source,
        decision=record.decision, measures=record.decision_measures, motivation=record.decision_motivation,
        ban_ground=record.decision_ban_ground, ban_interests=record.decision_ban_interests,
        ban_alternatives=record.decision_ban_alternatives, lateness_weighing=record.decision_lateness_weighing,
        decision_date=record.decision_date, decided_by=record.decided_by, decided_capacity=record.decided_capacity,
        decided_function=record.decided_function, made_known_at=record.decision_made_known_at,
        made_known_how=record.decision_made_known_how,
    )


def _decision_moment(record: NotificationRecord) -> datetime:
    """The PDF's creation date for a decision letter: the decision date (when it was taken)."""
    assert record.decision_date is not None
    if record.decided_at is not None and to_local(record.decided_at).date() == record.decision_date:
        return to_local(record.decided_at)
    return datetime.combine(record.decision_date, time(12, 0), tzinfo=AMSTERDAM)


def _check_profile(notification_id: int, profile: MunicipalityProfile, letter: str) -> None:
    missing = profile.missing()
    if letter == "receipt":  # a receipt names no bezwaar address or court
        missing = [m for m in missing if m not in ("objection_address", "court")]
    if missing:
        raise LetterRefused(notification_id, "profile_incomplete", tuple(missing))


def letter_input(
    factory: sessionmaker,
    notification_id: int,
    letter: str,
    user: str | None = None,
    clock: Callable[[], datetime] = utc_now,
    letter_date: date | None = None,
    allow_missing_address: bool = False,
) -> LetterInput:
    """``letter``: "receipt" or "decision". Raises ``NotFound``, ``NoDecision`` or ``LetterRefused``."""
    service = NotificationService(factory, clock=clock, user=user)
    record = service.get(notification_id)
    if letter == "decision" and record.decision is None:
        raise NoDecision(notification_id)
    profile = ProfileService(factory).get()
    _check_profile(notification_id, profile, letter)
    address_missing = not record.organiser_address.strip()
    if address_missing and not allow_missing_address:
        raise LetterRefused(notification_id, "address_missing")
    now = to_local(clock())
    if letter == "decision":
        gaps = decision_gaps(record, clock())
        if gaps:
            raise LetterRefused(notification_id, "decision_incomplete", gaps)
        flagged = unconfirmed_content_measures(record.decision_measures)
        if flagged:
            raise LetterRefused(notification_id, "content_unconfirmed", tuple(flagged))
        prepared_at = _decision_moment(record)
        assert record.decision_date is not None  # a complete decision has one
        dated = record.decision_date
    else:
        prepared_at, dated = now, now.date()
    rule = service.rule_sets.get(record.rule_name) or service.applicable_rule(record.received_at)
    return LetterInput(
        facts=_facts(record, rule.source),
        profile=profile,
        letter_date=letter_date or dated,
        prepared_by=service.user,
        prepared_at=prepared_at,
        address_missing=address_missing,
    )
