"""Subject access (AVG art. 15): every record and audit entry about one person, as a PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from crisisdesk.cli import main
from crisisdesk.i18n import set_language
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.privacy.subject_access import SubjectAccessService
from test_notifications import draft


def test_finds_by_name_or_email_case_insensitive_and_literal(service, database):
    mine = service.create(draft(organiser_name="Fatima el Amrani", organiser_email="f.elamrani@example.nl"))
    service.create(draft(organiser_name="Jan de Vries", organiser_email="jan@example.nl"))
    renamed = service.create(draft(organiser_name="F. el Amrani", organiser_email="old_100%@example.nl"))
    service.update(renamed.id, draft_from_record(renamed, organiser_email="nieuw@example.nl"), renamed.version)

    found = SubjectAccessService(database.factory).find("EL AMRANI")
    assert [r.id for r in found.records] == [mine.id, renamed.id]
    assert [(e.record_id, e.field) for e in found.audit] == [(str(renamed.id), "organiser_email")]  # earlier values too
    fields = dict(found.records[0].fields)
    assert fields["organiser_email"] == "f.elamrani@example.nl" and fields["purpose"] == "Aandacht voor woningnood"
    by_email = SubjectAccessService(database.factory).find("old_100%@example")  # wildcards taken literally
    assert by_email.records == ()  # no longer on the record ...
    assert [(e.field, e.old_value) for e in by_email.audit] == [("organiser_email", "old_100%@example.nl")]  # ... but in the trail
    assert SubjectAccessService(database.factory).find("100%@x").audit == ()
    with pytest.raises(ValueError):
        SubjectAccessService(database.factory).find(" a ")


def test_pdf_lists_the_data_and_is_marked_confidential(service, database, tmp_path, capsys):
    service.create(draft(organiser_name="Fatima el Amrani", organiser_email="f.elamrani@example.nl",
                         organiser_phone="06-11112222"))
    out = tmp_path / "inzage.pdf"
    set_language("en")
    try:
        assert main(["subject-access", "--lang", "en", "--db", database.url, "--person", "f.elamrani@example.nl", "--out", str(out)]) == 0
    finally:
        set_language("nl")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    for expected in ("Subject access request", "f.elamrani@example.nl", "Fatima el Amrani", "06-11112222",
                     "VERTROUWELIJK", "Records (1)"):
        assert expected in text
    assert "1 records" in capsys.readouterr().out
    assert main(["subject-access", "--lang", "en", "--db", database.url, "--person", "ab", "--out", str(out)]) == 2
