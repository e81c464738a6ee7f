"""The conflict dialog and its three ways out, through the notification dialog."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog

from crisisdesk.desk import Desk
from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType, Risk
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import set_language
from crisisdesk.labels import field_label, format_value
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.ui.common.conflict_dialog import CANCEL, KEEP_THEIRS, OVERWRITE, ConflictDialog
from crisisdesk.ui.register.notification_dialog import NotificationDialog

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def a_draft(**changes) -> NotificationDraft:
    values = dict(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars",
        start_at=datetime(2026, 3, 20, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 20, 16, tzinfo=AMSTERDAM),
        location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 14, 9, tzinfo=AMSTERDAM),
        organiser_organisation="Klimaatgroep", expected_participants=200,
    )
    values.update(changes)
    return NotificationDraft(**values)


@pytest.fixture
def desks(tmp_path):
    """Two desks, each with its own connection, on one database."""
    url = f"sqlite:///{(tmp_path / 'team.sqlite').as_posix()}"
    first, second = open_database(url), open_database(url)
    yield Desk(first, user="anna", clock=lambda: NOW), Desk(second, user="bram", clock=lambda: NOW)
    first.dispose()
    second.dispose()


def conflicted(qtbot, desks):
    """Bram opens #1 and edits the purpose; Anna meanwhile saves another purpose and risk."""
    anna, bram = (desk.notifications for desk in desks)
    record = anna.create(a_draft())
    dialog = NotificationDialog(desks[1], record.id, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    anna.update(record.id, draft_from_record(record, purpose="Klimaatmars (verplaatst)", risk=Risk.HIGH), record.version)
    dialog.ui.purposeEdit.setPlainText("Klimaatmars Utrecht")
    return anna, bram, record, dialog


def test_dialog_lists_each_difference_with_both_values(qtbot, desks):
    set_language("en")
    try:
        anna, _bram, record, dialog = conflicted(qtbot, desks)
        conflict = ConflictDialog(dialog.draft(), anna.get(record.id), record)
        qtbot.addWidget(conflict)
        table = conflict.ui.differencesTable
        rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        assert [field_label("purpose"), "Klimaatmars Utrecht", "Klimaatmars (verplaatst)"] == rows[0][:3]
        assert rows[1][:4] == [field_label("risk"), format_value(Risk.UNKNOWN), format_value(Risk.HIGH), "anna"]
        assert "anna" in conflict.ui.headerLabel.text() and "version 2" in conflict.ui.headerLabel.text()
        conflict.ui.overwriteButton.click()
        assert conflict.choice == OVERWRITE and conflict.result() == QDialog.DialogCode.Accepted
    finally:
        set_language("nl")


def test_keep_theirs_reloads_the_form(qtbot, desks, monkeypatch):
    anna, _bram, record, dialog = conflicted(qtbot, desks)
    monkeypatch.setattr(dialog, "choose_conflict", lambda draft, theirs: KEEP_THEIRS)
    assert dialog.save() is False
    assert dialog.ui.purposeEdit.toPlainText() == "Klimaatmars (verplaatst)"
    assert dialog.record.version == 2
    dialog.ui.participantsEdit.setText("250")  # and a new edit of their version saves normally
    assert dialog.save() is True
    saved = anna.get(record.id)
    assert (saved.purpose, saved.risk, saved.expected_participants, saved.version) == ("Klimaatmars (verplaatst)", Risk.HIGH, 250, 3)


def test_overwrite_with_mine_saves_mine_over_theirs(qtbot, desks, monkeypatch):
    anna, _bram, record, dialog = conflicted(qtbot, desks)
    monkeypatch.setattr(dialog, "choose_conflict", lambda draft, theirs: OVERWRITE)
    assert dialog.save() is True
    saved = anna.get(record.id)
    assert (saved.purpose, saved.risk, saved.updated_by, saved.version) == ("Klimaatmars Utrecht", Risk.UNKNOWN, "bram", 3)


def test_cancel_saves_nothing_and_keeps_my_entries(qtbot, desks, monkeypatch):
    anna, _bram, record, dialog = conflicted(qtbot, desks)
    monkeypatch.setattr(dialog, "choose_conflict", lambda draft, theirs: CANCEL)
    assert dialog.save() is False
    assert dialog.ui.purposeEdit.toPlainText() == "Klimaatmars Utrecht"
    assert anna.get(record.id).purpose == "Klimaatmars (verplaatst)"
