"""Registering notifications from e-mails: the original kept, duplicates, retention and subject access."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crisisdesk.db.models import MailOriginal, Notification
from crisisdesk.desk import Desk
from crisisdesk.domain.enums import Channel, Status
from crisisdesk.domain.intake.mail import IntakeRefused
from crisisdesk.reports.privacy.subject_access import subject_access_pdf
from crisisdesk.resources import resource_path
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.privacy.retention import RETENTION_MONTHS
from crisisdesk.services.register.mail_intake import MAIL_LIMIT_MB, DuplicateMessage
from crisisdesk.services.settings import write_setting

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)  # after the samples were received


@pytest.fixture
def mail_desk(database) -> Desk:
    return Desk(database, user="tester", clock=lambda: NOW)


def sample(name: str):
    return resource_path("samples", name)


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def test_register_keeps_the_original_with_the_notification(mail_desk):
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-e-formulier.eml"))
    record = service.register(intake, data)
    assert record.status == Status.RECEIVED
    assert record.received_at == intake.received_at  # the term is judged on the moment of receipt
    assert record.channel == Channel.FORM
    assert record.organiser_name == "Joris van Dalen"
    assert (record.expected_participants, record.expected_participants_max) == (150, 200)
    original = service.original(record.id)
    assert original is not None and original.kept
    assert (original.format, original.size, original.received_header) == ("eml", len(data), "Received")
    assert service.original_content(record.id) == data  # byte for byte as received
    audit = mail_desk.audit.entries("notification", str(record.id))
    assert any(entry.action == "mail_intake" for entry in audit)
    assert not any(data[:50].decode() in str(entry.new_value) for entry in audit)  # the message is not in the trail


def test_the_same_message_twice_is_recognised_and_not_registered_again(mail_desk, database):
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-outlook.msg"))
    first = service.register(intake, data)
    again, data_again = service.read(sample("kennisgeving-outlook.msg"))
    assert service.registered_as(again) == first.id
    with pytest.raises(DuplicateMessage) as duplicate:
        service.register(again, data_again)
    assert duplicate.value.notification_id == first.id
    with database.factory() as session:
        assert session.scalar(select(Notification.id).where(Notification.id != first.id)) is None


def test_a_message_with_gaps_registers_only_with_the_advisors_draft(mail_desk):
    from dataclasses import replace

    from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
    from crisisdesk.domain.register.notifications import NotificationDraft

    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-email.eml"))
    with pytest.raises(ValueError):
        service.register(intake, data)
    draft = NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Behoud platanen Biltstraat",
        start_at=intake.values["start_at"], end_at=intake.values["end_at"], location="Janskerkhof",
        district=District.BINNENSTAD, received_at=intake.received_at, organiser_name="Sanne Verhoef")
    with pytest.raises(ValidationFailed):
        service.register(intake, data, replace(draft, purpose=""))
    assert service.registered_as(intake) is None  # nothing half-saved
    record = service.register(intake, data, draft)
    assert service.original(record.id) is not None


def test_a_file_over_the_limit_is_refused_before_it_is_read(mail_desk, database, tmp_path, monkeypatch):
    big = tmp_path / "groot.eml"
    big.write_bytes(b"From: a@example.nl\n\n" + b"x" * (1024 * 1024 + 10))
    with database.factory.begin() as session:
        write_setting(session, MAIL_LIMIT_MB, "1")
    read = []
    monkeypatch.setattr(type(big), "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(IntakeRefused) as refused:
        mail_desk.mail_intake.read(big)
    assert refused.value.code == "too_large" and read == []


def test_unreadable_paths_are_refused_in_words(mail_desk, tmp_path):
    from crisisdesk.messages import intake_refusal_message

    for path, code in ((tmp_path / "weg.eml", "unreadable_file"), (tmp_path, "unsupported_format"),
                       (tmp_path / "brief.pdf", "unsupported_format")):
        with pytest.raises(IntakeRefused) as refused:
            mail_desk.mail_intake.read(path)
        assert refused.value.code == code
        assert intake_refusal_message(refused.value)  # a sentence, not a code


def test_retention_deletes_the_original_with_the_organisers_data(mail_desk, database):
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-outlook.msg"))
    record = service.register(intake, data)
    with database.factory.begin() as session:
        write_setting(session, RETENTION_MONTHS, "1")
    retention = mail_desk.retention
    later = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    assert retention.originals_due(later) == [record.id]
    assert retention.originals_due(NOW) == []
    run = retention.apply(later)
    assert run.originals == (record.id,)
    original = service.original(record.id)
    assert original is not None and not original.kept
    assert (original.sender, original.subject, original.message_id, original.file_name) == ("", "", "", "")
    assert service.original_content(record.id) is None
    with database.factory() as session:
        row = session.scalars(select(MailOriginal)).one()
        assert row.received_at == intake.received_at  # the facts without the person stay
    # The same message imported again after retention is still recognised.
    again, _ = service.read(sample("kennisgeving-outlook.msg"))
    assert service.registered_as(again) == record.id
    assert retention.apply(later).originals == ()


def test_deleting_the_notification_deletes_its_original(mail_desk, database):
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-e-formulier.eml"))
    record = service.register(intake, data)
    mail_desk.notifications.delete(record.id)
    with database.factory() as session:
        assert session.scalars(select(MailOriginal)).first() is None


def test_subject_access_finds_the_sender_and_lists_the_original(mail_desk):
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-outlook.msg"))
    record = service.register(intake, data)
    access = mail_desk.subject_access
    candidates = access.candidates("f.elamrani@example.nl")
    assert [c.key for c in candidates] == [f"notification:{record.id}"]
    compiled = access.compile("f.elamrani@example.nl", [f"notification:{record.id}"])
    (held,) = compiled.records
    (original,) = held.originals
    assert original.sender == "f.elamrani@example.nl" and original.format == "msg"
    text = pdf_text(subject_access_pdf(compiled))
    assert "kennisgeving-outlook.msg" in text
    assert "AM0PR09MB1234.stilletocht@mail.example.nl" in text


def test_the_demo_takes_in_two_sample_messages(database):
    from crisisdesk.demo.mail import seed_demo_mail

    made = seed_demo_mail(database.factory, now=NOW)
    assert len(made) == 2
    assert seed_demo_mail(database.factory, now=NOW) == []  # recognised the second time
    before_the_messages = datetime(2026, 11, 1, tzinfo=UTC)
    assert seed_demo_mail(database.factory, now=before_the_messages) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_original_lives_in_the_owner_only_database(mail_desk, db_url):
    from pathlib import Path

    if not db_url.startswith("sqlite"):
        pytest.skip("a server database's files are the server's")
    service = mail_desk.mail_intake
    intake, data = service.read(sample("kennisgeving-outlook.msg"))
    service.register(intake, data)
    path = Path(db_url.removeprefix("sqlite:///"))
    assert path.stat().st_mode & 0o777 == 0o600
