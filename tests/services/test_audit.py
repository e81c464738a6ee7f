"""The audit trail: every create, change and delete, with who, when and old -> new; append-only."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import delete, select, update

from crisisdesk.cli import main
from crisisdesk.db.audit import AuditTrailIsAppendOnly
from crisisdesk.db.models import AuditEntry, Notification
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.settings import RULE_SET, SettingsService
from test_notifications import draft


def test_create_change_and_delete_are_recorded_with_user_time_and_values(service, database, fixed_now):
    record = service.create(draft())
    record = service.update(record.id, draft_from_record(record, purpose="Nieuw doel", risk=Risk.HIGH,
                                                          status=Status.IN_PROGRESS), record.version)
    service.delete(record.id)
    trail = AuditService(database.factory).entries("notification", record.id)
    assert [(e.action, e.field) for e in trail] == [
        ("create", None),
        ("update", "purpose"),
        ("update", "risk"),
        ("update", "status"),
        ("delete", None),
    ]
    assert {(e.user, e.at) for e in trail} == {("tester", fixed_now)}
    assert (trail[1].old_value, trail[1].new_value) == ("Aandacht voor woningnood", "Nieuw doel")
    assert (trail[2].old_value, trail[2].new_value) == ("unknown", "high")
    assert trail[4].old_value == "Nieuw doel"  # what was deleted, without personal data


def test_nothing_is_logged_for_a_save_that_did_not_happen(service, database):
    record = service.create(draft())
    with pytest.raises(ValidationFailed):
        service.update(record.id, draft_from_record(record, status=Status.DECIDED), record.version)
    service.update(record.id, draft_from_record(record), record.version)  # saved without changes
    assert [e.action for e in AuditService(database.factory).entries("notification", record.id)] == ["create"]


def test_other_services_are_covered_by_the_same_hook(database):
    SettingsService(database.factory).set(RULE_SET, "Utrecht 24 uur")
    SettingsService(database.factory).set(RULE_SET, "Utrecht 48 uur")
    trail = AuditService(database.factory).entries("setting", RULE_SET)
    assert [(e.action, e.field, e.old_value, e.new_value) for e in trail] == [
        ("create", None, None, None),
        ("update", "value", "Utrecht 24 uur", "Utrecht 48 uur"),
    ]


def test_the_trail_is_append_only(service, database):
    service.create(draft())
    with database.factory() as session:
        entry = session.scalars(select(AuditEntry)).first()
        entry.user = "someone else"
        with pytest.raises(AuditTrailIsAppendOnly):
            session.flush()
        session.rollback()
        entry = session.scalars(select(AuditEntry)).first()
        session.delete(entry)
        with pytest.raises(AuditTrailIsAppendOnly):
            session.flush()
        session.rollback()
        with pytest.raises(AuditTrailIsAppendOnly):
            session.execute(update(AuditEntry).values(user="x"))
        with pytest.raises(AuditTrailIsAppendOnly):
            session.execute(delete(AuditEntry))
    assert [e.user for e in AuditService(database.factory).entries()] == ["tester"]


def test_a_rolled_back_change_leaves_no_audit_line(service, database):
    record = service.create(draft())
    with pytest.raises(RuntimeError), database.factory.begin() as session:
        session.info["user"] = "tester"
        session.get(Notification, record.id).purpose = "nooit bewaard"
        session.flush()  # the audit line is written here ...
        raise RuntimeError("... and rolled back with the change")
    assert [e.action for e in AuditService(database.factory).entries()] == ["create"]


def test_csv_export_of_one_record_and_of_everything(service, database, tmp_path, capsys):
    first = service.create(draft())
    service.create(draft(purpose="Tweede"))
    service.update(first.id, draft_from_record(first, purpose="Gewijzigd; met puntkomma"), first.version)
    out = tmp_path / "audit.csv"
    assert main(["audit", "--db", database.url, "--out", str(out), "--record", f"notification:{first.id}"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["Handeling"], r["Record"], r["Veld"], r["Nieuwe waarde"]) for r in rows] == [
        ("aangemaakt", f"Kennisgeving #{first.id}", "", ""), ("gewijzigd", f"Kennisgeving #{first.id}", "Doel", "Gewijzigd; met puntkomma")
    ]
    assert main(["audit", "--db", database.url, "--out", str(out)]) == 0
    assert "4 " in capsys.readouterr().out.splitlines()[-1]  # 3 changes, and the first export (kept for retention)
    assert main(["audit", "--db", database.url, "--out", str(out), "--record", "12"]) == 2
