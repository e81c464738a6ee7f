"""AVG retention: organiser data anonymised after N months; the statistics stay the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import case, extract, func, select, text

from crisisdesk.cli import main
from crisisdesk.db.models import AuditEntry, Notification
from crisisdesk.domain.enums import Decision, DecisionGround, District, ManifestationKind, Status
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.privacy.retention import RETENTION_MONTHS, RetentionService
from crisisdesk.services.settings import SettingsService
from crisisdesk.domain.register.decisions import Measure
from decision_helpers import decided as decided_fields
from test_notifications import draft

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def fill(service: NotificationService) -> list:
    """A year and a half of notifications across wijken, kinds, decisions, on time and late."""
    made = []
    kinds = list(ManifestationKind)
    districts = list(District)
    for n in range(24):
        start = local(2024, 9, 1, 14, 0) + timedelta(days=23 * n)
        decided = n % 3 == 0
        made.append(service.create(draft(
            purpose=f"Manifestatie {n}", kind=kinds[n % len(kinds)], district=districts[n % len(districts)],
            start_at=start, end_at=start + timedelta(hours=2),
            received_at=start - timedelta(hours=30 if n % 4 else 100), expected_participants=10 + n,
            organiser_name=f"Persoon {n}", organiser_address=f"Straat {n}, Utrecht",
            organiser_phone="06-12345678", organiser_email=f"persoon{n}@example.nl",
            status=Status.DECIDED if decided else Status.RECEIVED,
            **(decided_fields(Decision.CONDITIONS, on=start.date(), decision_measures=(
                Measure("Route via Catharijnesingel.", (DecisionGround.DISORDER,)),)) if decided else {}),
        )))
    return made


def statistics(factory) -> dict:
    """Counts per wijk, kind, month and decision, participants, and the late share."""
    with factory() as session:
        def grouped(*columns):
            return sorted(tuple(map(str, r)) for r in session.execute(select(*columns, func.count()).group_by(*columns)))

        month = (extract("year", Notification.start_at), extract("month", Notification.start_at))
        return {
            "district": grouped(Notification.district),
            "kind": grouped(Notification.kind),
            "month": grouped(*month),
            "decision": grouped(Notification.decision),
            "participants": session.scalar(select(func.sum(Notification.expected_participants))),
            "late": session.scalar(select(func.sum(case((Notification.on_time.is_(False), 1), else_=0)))),
            "total": session.scalar(select(func.count(Notification.id))),
        }


def test_due_and_apply_keep_the_statistics_and_remove_the_person(database):
    service = NotificationService(database.factory, clock=lambda: NOW, user="advisor")
    made = fill(service)
    edited = made[0]
    service.update(edited.id, draft_from_record(edited, organiser_name="Persoon 0 (gecorrigeerd)"), edited.version)
    retention = RetentionService(database.factory, clock=lambda: NOW, user="retention-test")
    assert retention.months() == 12
    cutoff = retention.cutoff()
    expected = sorted(r.id for r in made if r.end_at < cutoff)
    assert 0 < len(expected) < len(made)
    assert [d.id for d in retention.due()] == expected

    before = statistics(database.factory)
    run = retention.apply()
    assert sorted(d.id for d in run.anonymised) == expected
    assert statistics(database.factory) == before
    assert retention.due() == []

    for record in made:
        after = service.get(record.id)
        personal = (after.organiser_name, after.organiser_address, after.organiser_phone, after.organiser_email)
        if record.id in expected:
            assert personal == ("", "", "", "")
            assert after.organiser_organisation == record.organiser_organisation  # not a natural person
            assert (after.kind, after.district, after.start_at, after.decision) == (
                record.kind, record.district, record.start_at, record.decision)
        else:
            assert after.organiser_name == record.organiser_name  # not yet due

    with database.engine.connect() as connection:  # the names are gone from the audit trail too
        leaked = connection.execute(
            select(func.count(AuditEntry.id)).where(or_like(AuditEntry, "Persoon 0"))
        ).scalar()
    assert leaked == 0
    audit = AuditService(database.factory)
    anonymised = audit.entries("notification", edited.id, action="anonymise")
    assert {e.field for e in anonymised} == {"organiser_name", "organiser_address", "organiser_phone", "organiser_email"}
    assert {e.user for e in anonymised} == {"retention-test"}
    [logged] = audit.entries(action="retention")
    assert logged.new_value.startswith(f"{len(expected)} geanonimiseerd")


def or_like(model, text_value: str):
    return (model.old_value.like(f"%{text_value}%")) | (model.new_value.like(f"%{text_value}%"))


def test_months_come_from_the_setting_and_count_in_calendar_months(database):
    SettingsService(database.factory).set(RETENTION_MONTHS, "6")
    retention = RetentionService(database.factory, clock=lambda: datetime(2026, 3, 31, 10, 0, tzinfo=UTC))
    # 31 March minus 6 months is 30 September (the last day), at the same Amsterdam wall clock,
    # across the change from summer to winter time.
    assert retention.cutoff() == local(2025, 9, 30, 12, 0)


def test_cli_lists_then_applies(database, capsys):
    service = NotificationService(database.factory, clock=lambda: NOW)
    old = service.create(draft(start_at=local(2024, 1, 10, 14), end_at=local(2024, 1, 10, 16),
                               received_at=local(2024, 1, 1, 9), organiser_name="Piet Oud"))
    assert main(["retention", "--db", database.url]) == 0
    listed = capsys.readouterr().out
    assert f"#{old.id}" in listed and "Piet Oud" not in listed
    assert service.get(old.id).organiser_name == "Piet Oud"  # only listed
    assert main(["retention", "--db", database.url, "--read-only", "--apply"]) == 2  # an observer cannot
    assert service.get(old.id).organiser_name == "Piet Oud"
    assert main(["retention", "--db", database.url, "--apply"]) == 0
    assert service.get(old.id).organiser_name == ""


def test_nothing_due_writes_nothing(database):
    with database.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    assert RetentionService(database.factory, clock=lambda: NOW).apply().anonymised == ()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_entry")).scalar() == before
