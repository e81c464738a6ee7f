"""Subject access (AVG art. 15): find candidates, the advisor chooses, export exactly those.

Issue 12, findings 1 and 10: a name search disclosed other people's data; partner
contacts, status notes, checklist notes, logbook entries, phone and e-mail searches
were missing; a long route crashed the PDF.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from crisisdesk.cli import main
from crisisdesk.domain.checklists.records import ContactRecord, ItemChange, PartnerDraft
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.enums import Status
from crisisdesk.domain.operations.records import LogCategory
from crisisdesk.reports.privacy.subject_access import subject_access_pdf
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.privacy.subject_access import SubjectAccessService
from crisisdesk.services.register.notifications import draft_from_record
from test_notifications import draft


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())  # table cells wrap their lines


@pytest.fixture
def register(service, database, fixed_now):
    """Two people called Mark de Bruijn, a third person, and Mark #1 in every corner of the desk."""
    mark1 = service.create(draft(organiser_name="Mark de Bruijn", organiser_phone="06-1234 5678",
                                 organiser_email="mark@example.nl", organiser_address="Oudegracht 10, Utrecht"))
    mark1 = service.update(mark1.id, draft_from_record(mark1, status=Status.IN_PROGRESS,
                                                       status_note="Vooroverleg met Mark de Bruijn gepland"),
                           mark1.version)
    mark2 = service.create(draft(organiser_name="Mark de Bruijn", organiser_phone="06-99887766",
                                 organiser_address="Vleutenseweg 99, Utrecht", purpose="Tegen de A27"))
    other = service.create(draft(organiser_name="Fatima el Amrani", organiser_phone="06-55554444",
                                 organiser_address="Kanaalstraat 5, Utrecht"))
    checklists = ChecklistService(database.factory, clock=lambda: fixed_now, user="tester")
    checklist = checklists.add_item(ChecklistRecordType.NOTIFICATION, mark1.id, "Vergunning geluid controleren")
    checklists.update_item(checklist.items[0].id, ItemChange(note="Mark de Bruijn belt terug over geluid"))
    partner = PartnerService(database.factory, clock=lambda: fixed_now, user="tester").save(
        PartnerDraft(name="Jongerenwerk Utrecht", contacts=(ContactRecord(None, "Mark de Bruijn", "jongerenwerker",
                                                                          "+31 6 1234 5678", "", "m.debruijn@jwu.nl"),)))
    incident = IncidentService(database.factory, clock=lambda: fixed_now, user="tester").start(
        "Onrust Domplein", "GRIP 1", "burgemeester")
    LogbookService(database.factory, clock=lambda: fixed_now, user="tester").add(
        incident.id, LogCategory.PICTURE, "Mark de Bruijn spreekt de menigte toe")
    return {"mark1": mark1, "mark2": mark2, "other": other, "partner": partner, "incident": incident}


def test_a_name_gives_candidates_of_different_people_to_choose_from(register, database):
    found = SubjectAccessService(database.factory).candidates("mark de bruijn")
    keys = {c.key for c in found}
    assert f"notification:{register['mark1'].id}" in keys and f"notification:{register['mark2'].id}" in keys
    assert f"notification:{register['other'].id}" not in keys
    contact_id = register["partner"].contacts[0].id
    assert f"partner_contact:{contact_id}" in keys
    assert any(c.record_type == "log_entry" for c in found)
    addresses = {value for c in found for _field, value in c.shown}
    assert {"Oudegracht 10, Utrecht", "Vleutenseweg 99, Utrecht"} <= addresses  # enough to tell them apart


def test_search_by_phone_email_and_address(register, database):
    service = SubjectAccessService(database.factory)
    by_phone = {c.key for c in service.candidates("0612345678")}  # other spacing, no dash
    assert f"notification:{register['mark1'].id}" in by_phone
    assert f"partner_contact:{register['partner'].contacts[0].id}" in by_phone  # +31 6 1234 5678
    assert f"notification:{register['mark2'].id}" not in by_phone
    assert {c.key for c in service.candidates("MARK@example.nl")} == {f"notification:{register['mark1'].id}"}
    assert {c.key for c in service.candidates("vleutenseweg 99")} == {f"notification:{register['mark2'].id}"}
    with pytest.raises(ValueError):
        service.candidates(" a ")


def test_the_export_holds_exactly_the_chosen_records_in_words(register, database):
    service = SubjectAccessService(database.factory, user="adviseur")
    contact_id = register["partner"].contacts[0].id
    log_key = next(c.key for c in service.candidates("Mark de Bruijn") if c.record_type == "log_entry")
    data = service.compile("Mark de Bruijn", [f"notification:{register['mark1'].id}",
                                              f"partner_contact:{contact_id}", log_key])
    assert [r.record_type for r in data.records] == ["notification", "partner_contact", "log_entry"]
    assert {e.record_id for e in data.audit} == {str(register["mark1"].id), str(contact_id)}
    text = pdf_text(subject_access_pdf(data))
    for expected in ("Mark de Bruijn", "Oudegracht 10", "06-1234 5678", "Vooroverleg met Mark de Bruijn gepland",
                     "Mark de Bruijn belt terug over geluid", "Vergunning geluid controleren", "m.debruijn@jwu.nl",
                     "Jongerenwerk Utrecht", "spreekt de menigte toe", "Onrust Domplein", "Autoriteit Persoonsgegevens",
                     "12 maanden", "Betoging", "In behandeling", "VERTROUWELIJK", "adviseur"):
        assert expected in text, expected
    for leaked in ("Vleutenseweg", "06-99887766", "Tegen de A27", "Fatima", "Kanaalstraat", "06-55554444"):
        assert leaked not in text, leaked  # the other Mark and other people stay out
    for code in ("organiser_name", "in_progress", "demonstration", "notification:"):
        assert code not in text, code  # words, never codes


def test_a_deleted_records_history_is_not_inherited_by_a_new_record(service, database):
    henk = service.create(draft(organiser_name="Henk de Wit", organiser_phone="06-11112222"))
    service.update(henk.id, draft_from_record(henk, organiser_address="Lange Nieuwstraat 1"), henk.version)
    service.delete(henk.id)
    anna = service.create(draft(organiser_name="Anna Smit"))
    access = SubjectAccessService(database.factory)
    assert {c.key for c in access.candidates("Anna Smit")} == {f"notification:{anna.id}"}
    text = pdf_text(subject_access_pdf(access.compile("Anna Smit", [f"notification:{anna.id}"])))
    assert "Lange Nieuwstraat" not in text and "06-11112222" not in text
    deleted = [c for c in access.candidates("Lange Nieuwstraat") if c.deleted]
    assert [c.id for c in deleted] == [henk.id]  # a deleted record is still found through its trail
    assert "Lange Nieuwstraat" in pdf_text(subject_access_pdf(access.compile("Henk", [deleted[0].key])))


@pytest.mark.parametrize("length", [5_000, 20_000, 1_000_000])
def test_long_texts_never_break_the_export(service, database, length):
    long_text = ("Route over de Oudegracht en terug " * (length // 34 + 1))[:length]
    record = service.create(draft(organiser_name="Lang Verhaal", route=long_text, purpose=long_text[:20_000]))
    access = SubjectAccessService(database.factory)
    pdf = subject_access_pdf(access.compile("Lang Verhaal", [f"notification:{record.id}"]))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1 + length // 10_000  # the whole text, over as many pages as it takes
    tail = long_text[-60:].strip()
    assert tail.split()[-1] in reader.pages[-2].extract_text() + reader.pages[-1].extract_text() \
        or any(tail.split()[-1] in p.extract_text() for p in reader.pages[-5:])


def test_cli_lists_then_exports_the_chosen_records(register, database, tmp_path, capsys):
    out = tmp_path / "inzage.pdf"
    assert main(["subject-access", "--db", database.url, "--person", "Mark de Bruijn", "--list"]) == 0
    listed = capsys.readouterr().out
    assert f"notification:{register['mark1'].id}" in listed and "Vleutenseweg 99" in listed
    # Without a choice nothing is written.
    assert main(["subject-access", "--db", database.url, "--person", "Mark de Bruijn", "--out", str(out)]) == 2
    assert not out.exists()
    assert main(["subject-access", "--db", database.url, "--person", "Mark de Bruijn", "--out", str(out),
                 "--record", f"notification:{register['mark1'].id}"]) == 0
    text = pdf_text(out.read_bytes())
    assert "Oudegracht 10" in text and "Vleutenseweg" not in text
    assert main(["subject-access", "--db", database.url, "--person", "Mark de Bruijn", "--out", str(out),
                 "--record", "kennisgeving:1"]) == 2
    assert main(["subject-access", "--db", database.url, "--person", "Mark de Bruijn", "--out", str(out),
                 "--record", "notification:99999"]) == 2
    assert main(["subject-access", "--db", database.url, "--person", "ab", "--list"]) == 2
    assert main(["subject-access", "--db", database.url, "--person", "Fatima el Amrani", "--all", "--out", str(out)]) == 0
    assert "Kanaalstraat" in pdf_text(out.read_bytes())


def test_a_decision_is_shown_in_words(service, database):
    from crisisdesk.domain.enums import Decision, DecisionGround
    from crisisdesk.labels import label
    from decision_helpers import decided

    record = service.create(draft(organiser_name="Mark de Bruijn"))
    record = service.update(record.id, draft_from_record(record, status=Status.DECIDED, **decided(Decision.CONDITIONS)),
                            record.version)
    text = pdf_text(subject_access_pdf(SubjectAccessService(database.factory).compile(
        "Mark de Bruijn", [f"notification:{record.id}"])))
    assert "Afstand van ten minste 50 meter" in text and label(DecisionGround.DISORDER) in text
    assert "14-03-2026" in text  # the decision date, as a date
    for code in ("'interests'", "disorder", "conditions", "mayor"):
        assert code not in text, code
