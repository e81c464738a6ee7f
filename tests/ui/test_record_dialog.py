"""The one record-dialog save protocol, on the records that lacked it (issue #12 finding 3,
issue #10): a stale save from a second desk is never silent — the field-by-field conflict
dialog offers keep theirs / overwrite with mine / cancel for partners, events and
scenarios as it did for notifications."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from crisisdesk.db.database import open_database
from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.i18n import set_language
from crisisdesk.services.checklists.partners import PartnerService, draft_from_partner
from crisisdesk.services.events.service import EventService, draft_from_event
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.scenarios.service import ScenarioService, draft_from_scenario
from crisisdesk.ui.checklists.partners_page import PartnersPage
from crisisdesk.ui.common.conflict_dialog import CANCEL, KEEP_THEIRS, OVERWRITE, ConflictDialog
from crisisdesk.ui.events.event_dialog import EventDialog
from crisisdesk.ui.scenarios.scenario_dialog import ScenarioDialog
from desk_helpers import event, local

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def two_desks(tmp_path):
    """Two desks, each with its own engine, on one database: (anna's factory, bert's factory)."""
    url = f"sqlite:///{(tmp_path / 'team.sqlite').as_posix()}"
    first, second = open_database(url), open_database(url)
    yield first.factory, second.factory
    first.dispose()
    second.dispose()


@pytest.fixture
def partner_conflict(qtbot, two_desks):
    """Bert has partner Stadsbedrijven open and edits its phone; Anna meanwhile adds a contact."""
    anna = PartnerService(two_desks[0], clock=lambda: NOW, user="anna")
    bert = PartnerService(two_desks[1], clock=lambda: NOW, user="bert")
    record = anna.save(PartnerDraft("Stadsbedrijven", contacts=(ContactRecord(None, "Piet", phone="030 111"),)))
    page = PartnersPage(bert)
    qtbot.addWidget(page)
    assert page.record.id == record.id
    opened = anna.get(record.id)
    added = (*opened.contacts, ContactRecord(None, "Anna Visser", function="coördinator", phone="06 123"))
    anna.save(replace(draft_from_partner(opened), contacts=added), record.id, expected_version=opened.version)
    page.phone_edit.setText("030 999")
    return anna, page, record


def test_a_stale_partner_save_shows_both_versions_field_by_field(partner_conflict):
    anna, page, record = partner_conflict
    seen = []
    page.choose_conflict = lambda draft, theirs: seen.append(page.differences(draft, theirs)) or CANCEL
    assert page.save() is False
    (found,) = seen
    assert {(d.field, d.changed_by_me, d.changed_by_them) for d in found} == {("phone", True, False), ("contacts", False, True)}
    saved = anna.get(record.id)
    assert [c.name for c in saved.contacts] == ["Piet", "Anna Visser"] and saved.phone == ""  # cancel: nothing saved
    assert page.phone_edit.text() == "030 999"  # and my entry is still there


def test_keep_theirs_reloads_the_partner_and_a_new_edit_saves(partner_conflict):
    anna, page, record = partner_conflict
    page.choose_conflict = lambda draft, theirs: KEEP_THEIRS
    assert page.save() is False
    assert page.contacts.rowCount() == 2 and page.phone_edit.text() == "" and page.record.version == 2
    page.phone_edit.setText("030 999")
    assert page.save() is True
    saved = anna.get(record.id)
    assert (saved.phone, [c.name for c in saved.contacts], saved.version) == ("030 999", ["Piet", "Anna Visser"], 3)


def test_overwrite_with_mine_is_a_knowing_choice(partner_conflict):
    anna, page, record = partner_conflict
    page.choose_conflict = lambda draft, theirs: OVERWRITE
    assert page.save() is True
    saved = anna.get(record.id)
    assert (saved.phone, [c.name for c in saved.contacts], saved.updated_by) == ("030 999", ["Piet"], "bert")


def test_the_partner_conflict_dialog_reads_as_words(qtbot, partner_conflict, tmp_path):
    set_language("en")
    try:
        anna, page, record = partner_conflict
        draft, theirs = page.draft(), anna.get(record.id)
        dialog = ConflictDialog(draft, theirs, page.record, page, found=page.differences(draft, theirs),
                                header=page.conflict_header(theirs), field_title=page.field_title, show_value=page.show_value)
        qtbot.addWidget(dialog)
        table = dialog.ui.differencesTable
        rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}
        phone, contacts = rows[page.field_title("phone")], rows[page.field_title("contacts")]
        assert phone[:2] == ["030 999", "—"] and phone[2] != "anna"
        assert contacts[1] == "Piet (030 111); Anna Visser (coördinator, 06 123)" and contacts[2] == "anna"
        assert "anna" in dialog.ui.headerLabel.text() and "Stadsbedrijven" in dialog.ui.headerLabel.text()
        dialog.resize(760, 320)
        dialog.show()
        dialog.grab().save(str(tmp_path.parent / "partner-conflict.png"))
    finally:
        set_language("nl")


def test_a_stale_event_save_offers_the_same_three_ways(qtbot, two_desks):
    anna = EventService(two_desks[0], clock=lambda: NOW, user="anna")
    bert = EventService(two_desks[1], clock=lambda: NOW, user="bert")
    record = anna.create(event("Koningsdag vrijmarkt", local(2026, 4, 27, 8), local(2026, 4, 27, 18)))
    dialog = EventDialog(bert, NotificationService(two_desks[1], clock=lambda: NOW, user="bert"), record.id, now=NOW)
    qtbot.addWidget(dialog)
    anna.update(record.id, draft_from_event(record, location="Lepelenburg"), record.version)
    dialog.ui.titleEdit.setText("Koningsdag vrijmarkt Lepelenburg")
    seen = []
    dialog.choose_conflict = lambda draft, theirs: seen.append(dialog.differences(draft, theirs)) or KEEP_THEIRS
    assert dialog.save() is False
    assert {(d.field, d.changed_by_me, d.changed_by_them) for d in seen[0]} == {("title", True, False), ("location", False, True)}
    assert dialog.ui.locationEdit.text() == "Lepelenburg" and dialog.record.version == 2
    assert dialog.field_title("location") != "location"  # the form's own label
    dialog.choose_conflict = lambda draft, theirs: pytest.fail("no conflict any more")
    dialog.ui.titleEdit.setText("Koningsdag vrijmarkt Lepelenburg")
    assert dialog.save() is True
    assert (anna.get(record.id).title, anna.get(record.id).location) == ("Koningsdag vrijmarkt Lepelenburg", "Lepelenburg")


def test_a_stale_scenario_save_is_no_longer_reloaded_silently(qtbot, two_desks):
    anna = ScenarioService(two_desks[0], clock=lambda: NOW, user="anna")
    bert = ScenarioService(two_desks[1], clock=lambda: NOW, user="bert")
    record = anna.create(ScenarioDraft(ScenarioKind.FLOODING, "Dijkdoorbraak Lek"))
    dialog = ScenarioDialog(bert, record.id)
    qtbot.addWidget(dialog)
    anna.update(record.id, draft_from_scenario(record, description="Scenario voor de ROT-oefening"), record.version)
    dialog.ui.titleEdit.setText("Dijkdoorbraak Lek bij Vianen")
    seen = []
    dialog.choose_conflict = lambda draft, theirs: seen.append(dialog.differences(draft, theirs)) or OVERWRITE
    assert dialog.save() is True
    assert {d.field for d in seen[0]} == {"title", "description"}
    saved = anna.get(record.id)
    assert (saved.title, saved.updated_by, saved.version) == ("Dijkdoorbraak Lek bij Vianen", "bert", 3)


def test_an_exercise_saved_meanwhile_is_refused_in_words(qtbot, two_desks):
    """Operations keep their version check; the dialog says so in Dutch, not in the service's English."""
    from crisisdesk.services.errors import ConcurrentEdit
    from crisisdesk.services.operations.exercises import ExerciseService
    from crisisdesk.ui.operations.dialogs import ExerciseSetupDialog

    anna = ExerciseService(two_desks[0], clock=lambda: NOW, user="anna")
    bert = ExerciseService(two_desks[1], clock=lambda: NOW, user="bert")
    record = anna.create("Oefening hoogwater")
    anna.update(record.id, record.version, title="Oefening hoogwater Lek")
    dialog = ExerciseSetupDialog([], None, record)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Oefening dijkdoorbraak")
    dialog.save = lambda d: bert.update(record.id, record.version, **d.values())
    with pytest.raises(ConcurrentEdit):
        bert.update(record.id, record.version, title="x")
    dialog._accept()
    from PySide6.QtCore import QCoreApplication

    expected = QCoreApplication.translate(
        "OperationsDialog",
        "Someone else saved this after you opened it; nothing was saved. Close and open it again to see their version.",
    )
    assert dialog.ui.errorLabel.text() == expected  # words, not the service's "record 1 is at version 2"
    assert bert.get(record.id).title == "Oefening hoogwater Lek"
