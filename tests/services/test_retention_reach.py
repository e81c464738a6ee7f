"""Retention reaches the audit trail, exports and backups; statistics stay the same (finding 6)."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlalchemy import func, select

from crisisdesk.cli import main
from crisisdesk.demo.profile import UTRECHT
from crisisdesk.db.models import AuditEntry
from crisisdesk.paths import backup_dir
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.privacy.exports import save_export
from crisisdesk.services.privacy.retention import RetentionService
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.profile import ProfileService
from test_notifications import draft, local
from test_retention import fill, statistics

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
LONG_AGO = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)


def mentions(factory, text_value: str) -> int:
    with factory() as session:
        return session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.old_value.contains(text_value) | AuditEntry.new_value.contains(text_value)))


def old_draft(**changes):
    return draft(start_at=local(2024, 5, 10, 14), end_at=local(2024, 5, 10, 16), received_at=local(2024, 5, 1, 9),
                 **changes)


def test_the_trail_of_cleared_fields_and_deleted_records_is_cleaned(database):
    then = NotificationService(database.factory, clock=lambda: LONG_AGO, user="advisor")
    cleared = then.create(old_draft(organiser_name="Henk de Wit", organiser_phone="06-11223344",
                                    organiser_address="Oudegracht 1"))
    # An advisor cleared every personal field by hand: the record is not "due", its trail still names Henk.
    then.update(cleared.id, draft_from_record(cleared, organiser_name="", organiser_phone="", organiser_address=""),
                cleared.version)
    deleted = then.create(old_draft(organiser_name="Anna Smit", organiser_email="anna@example.nl"))
    deleted = then.update(deleted.id, draft_from_record(deleted, organiser_name="Anna Smit-Bakker"), deleted.version)
    then.delete(deleted.id)
    now = NotificationService(database.factory, clock=lambda: NOW, user="advisor")
    recent = now.create(old_draft(organiser_name="Piet Recent"))
    now.update(recent.id, draft_from_record(recent, organiser_name="Piet Recent-Jansen"), recent.version)
    now.delete(recent.id)  # deleted only today: its history is kept for the term
    fill(now)
    before = statistics(database.factory)
    for name in ("Henk de Wit", "06-11223344", "Oudegracht 1", "Anna Smit"):
        assert mentions(database.factory, name) > 0

    run = RetentionService(database.factory, clock=lambda: NOW, user="retention").apply()

    assert f"notification:{cleared.id}" in run.redacted and f"notification:{deleted.id}" in run.redacted
    for name in ("Henk de Wit", "06-11223344", "Oudegracht 1", "Anna Smit"):
        assert mentions(database.factory, name) == 0, name
    assert mentions(database.factory, "Piet Recent") > 0
    assert statistics(database.factory) == before
    [line] = AuditService(database.factory).entries(action="retention")
    assert "2 wijzigingsgeschiedenissen opgeschoond" in line.new_value


def test_old_exports_and_backups_are_removed_and_named_in_the_log(database, tmp_path):
    home = tmp_path / "profiel"
    old_backup = backup_dir(home) / "crisisdesk-2024-06-01.sqlite"
    new_backup = backup_dir(home) / "crisisdesk-2026-03-13.sqlite"
    for path, moment in ((old_backup, LONG_AGO), (new_backup, NOW)):
        path.write_bytes(b"backup")
        os.utime(path, (moment.timestamp(), moment.timestamp()))
    old_export = save_export(database.factory, tmp_path / "inzage-oud.pdf", b"%PDF oud", "subject access", now=LONG_AGO)
    changed = save_export(database.factory, tmp_path / "kalender.csv", b"oud", "calendar", now=LONG_AGO)
    changed.write_bytes(b"door de gebruiker overschreven")
    new_export = save_export(database.factory, tmp_path / "inzage-nieuw.pdf", b"%PDF nieuw", "subject access", now=NOW)

    run = RetentionService(database.factory, clock=lambda: NOW, user="retention", home=home).apply()

    assert not old_backup.exists() and new_backup.exists()
    assert not old_export.exists() and changed.exists() and new_export.exists()
    assert set(run.files) == {("backup_removed", old_backup.name), ("export_removed", old_export.name),
                              ("export_changed", changed.name)}
    [line] = AuditService(database.factory).entries(action="retention")
    assert old_backup.name in line.new_value and old_export.name in line.new_value
    again = RetentionService(database.factory, clock=lambda: NOW, user="retention", home=home).apply()
    assert again.files == () and not again.changed_anything  # each export is handled once


def test_cli_reports_what_it_reached(database, tmp_path, capsys, monkeypatch):
    home = tmp_path / "thuis"
    monkeypatch.setenv("CRISISDESK_HOME", str(home))
    old = backup_dir(home) / "crisisdesk-2020-01-01.sqlite"
    old.write_bytes(b"x")
    os.utime(old, (LONG_AGO.timestamp(), LONG_AGO.timestamp()))
    assert main(["retention", "--db", database.url, "--apply"]) == 0
    out = capsys.readouterr().out
    assert old.name in out and not old.exists()


def test_exports_with_personal_data_from_the_commands_are_remembered(database, service, tmp_path):
    ProfileService(database.factory).save(UTRECHT)  # a letter needs the municipality's profile
    record = service.create(draft(organiser_name="Henk de Wit", organiser_address="Oudegracht 1, Utrecht"))
    commands = [
        ["letter", "receipt", "--id", str(record.id), "--out", str(tmp_path / "brief.pdf")],
        ["audit", "--out", str(tmp_path / "audit.csv")],
        ["export", "csv", "--from", "2026-03-01", "--to", "2026-03-31", "--personal-data", "--out", str(tmp_path / "k.csv")],
        ["export", "csv", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(tmp_path / "zonder.csv")],
        ["subject-access", "--person", "Henk de Wit", "--all", "--out", str(tmp_path / "inzage.pdf")],
    ]
    for command in commands:
        assert main([command[0], "--db", database.url, *command[1:]]) == 0
    remembered = AuditService(database.factory).entries(action="export")
    assert sorted(e.new_value.split('"path": "')[1].split('"')[0].rsplit("/", 1)[1] for e in remembered) == [
        "audit.csv", "brief.pdf", "inzage.pdf", "k.csv"]  # not the export without personal data
