"""Wom letters to the organiser, read back from the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.domain.enums import Decision, DecisionGround, Status
from crisisdesk.domain.documents.letters import split_conditions
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.base import page_text
from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
from crisisdesk.services.errors import NotFound
from crisisdesk.services.documents.letters import NoDecision, letter_input
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.settings import SIGNATORY, SettingsService
from report_helpers import draft, local, pages_text

CONDITIONS = "Geen versterkt geluid na 21:00 uur. Minimaal 6 eigen ordehandhavers met hesje."


def letter(database, fixed_now, notification_id, kind):
    data = letter_input(database.factory, notification_id, kind, user="tester", clock=lambda: fixed_now, letter_date=date(2026, 3, 14))
    return build_receipt(data) if kind == "receipt" else build_decision_letter(data)


def test_receipt_states_the_moment_of_receipt_the_facts_and_the_addressee(service, database, fixed_now):
    record = service.create(draft(purpose="Wake voor de slachtoffers — één minuut stilte"))
    pages = pages_text(letter(database, fixed_now, record.id, "receipt"))
    text = " ".join(pages)
    assert format_moment(record.received_at) in text
    assert "Wake voor de slachtoffers — één minuut stilte" in text
    assert "Joëlle de Vries" in text and "Voorbeeldstraat 1" in text  # the letter goes to the organiser
    assert "Neude" in text and "150" in text
    assert "Gemeente Utrecht" in text and "De burgemeester van Utrecht" in text
    assert all(page_text(n, len(pages)) in page for n, page in enumerate(pages, start=1))


def test_decision_letter_has_conditions_grounds_legal_basis_and_objection_term(service, database, fixed_now, english):
    record = service.create(draft())
    decided = draft_from_record(
        record, status=Status.DECIDED, decision=Decision.CONDITIONS,
        decision_grounds=(DecisionGround.HEALTH, DecisionGround.DISORDER), decision_conditions=CONDITIONS,
    )
    service.update(record.id, decided, record.version)
    SettingsService(database.factory).set(SIGNATORY, "Namens de burgemeester, hoofd OOV")
    text = " ".join(pages_text(letter(database, fixed_now, record.id, "decision")))
    assert "1. Geen versterkt geluid na 21:00 uur." in text
    assert "2. Minimaal 6 eigen ordehandhavers met hesje." in text
    assert label(DecisionGround.HEALTH) in text and label(DecisionGround.DISORDER) in text
    assert "articles 2 and 5" in text and "APV Utrecht" in text
    assert "within six weeks" in text and "6:7" in text
    assert "Namens de burgemeester, hoofd OOV" in text


def test_decision_letter_needs_a_decision_and_an_existing_notification(service, database, fixed_now):
    record = service.create(draft())
    with pytest.raises(NoDecision):
        letter(database, fixed_now, record.id, "decision")
    with pytest.raises(NotFound):
        letter(database, fixed_now, 999, "receipt")


def test_late_receipt_says_so_without_calling_it_a_ban(service, database, fixed_now, english):
    record = service.create(draft(start_at=local(2026, 3, 16, 10), end_at=local(2026, 3, 16, 11), received_at=local(2026, 3, 14, 9)))
    assert not record.on_time
    text = " ".join(pages_text(letter(database, fixed_now, record.id, "receipt")))
    assert "after the latest on-time moment" in text
    assert "can be a ground for a ban" in text


def test_letters_are_deterministic(service, database, fixed_now):
    record = service.create(draft())
    assert letter(database, fixed_now, record.id, "receipt") == letter(database, fixed_now, record.id, "receipt")


def test_conditions_split_per_line_or_per_sentence():
    assert split_conditions("a\n- b\n\n• c") == ["a", "b", "c"]
    assert split_conditions(CONDITIONS) == ["Geen versterkt geluid na 21:00 uur.", "Minimaal 6 eigen ordehandhavers met hesje."]
    assert split_conditions("") == []
