"""File → Export…: period or selection, ICS or CSV, written off the GUI thread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventKind
from crisisdesk.services.events.service import EventService
from crisisdesk.services.documents.export import uid_for
from crisisdesk.ui.documents.export_dialog import ExportDialog
from crisisdesk.ui.shell.main_window import MainWindow
from desk_helpers import event, local, notification

pytestmark = pytest.mark.usefixtures("no_threads_left")


@pytest.fixture
def records(service, database):
    events = EventService(database.factory, clock=service._clock, user="tester")
    demo = service.create(notification("Klimaatmars", local(2026, 3, 16, 14, 0), local(2026, 3, 16, 16, 0),
                                       organiser_name="P. Privé"))
    secret = events.create(event("Terugkeer J. Jansen", local(2026, 3, 20, 9, 0), local(2026, 3, 20, 12, 0),
                                 location="Zamenhofdreef 1", district=District.OVERVECHT, kind=EventKind.OFFENDER_RETURN))
    later = events.create(event("Koningsdag", local(2026, 4, 27, 9, 0), local(2026, 4, 27, 23, 0), kind=EventKind.KINGS_DAY))
    return {"demo": demo, "secret": secret, "later": later}


def export(qtbot, dialog: ExportDialog, path, monkeypatch) -> tuple[int, str]:
    monkeypatch.setattr(dialog, "ask_path", lambda suggested: str(path))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.save_button.click()
    return tuple(done.args)


def test_a_period_goes_to_an_ics_file_without_personal_data(qtbot, database, records, tmp_path, monkeypatch):
    dialog = ExportDialog(Desk(database).export_file, date(2026, 3, 14))
    qtbot.addWidget(dialog)
    assert not dialog.ui.personalDataCheck.isChecked()
    assert not dialog.ui.selectionOnlyCheck.isEnabled()  # nothing was selected
    count, path = export(qtbot, dialog, tmp_path / "week.ics", monkeypatch)
    text = (tmp_path / "week.ics").read_text(encoding="utf-8")
    assert count == 2 and path == str(tmp_path / "week.ics")  # Koningsdag lies after the 30 days
    assert uid_for("notification", records["demo"].id) in text and uid_for("event", records["secret"].id) in text
    assert "Jansen" not in text and "Zamenhofdreef" not in text and "Privé" not in text


def test_a_selection_goes_to_csv_with_personal_data_when_asked(qtbot, database, records, tmp_path, monkeypatch):
    selection = [("notification", records["demo"].id), ("event", records["later"].id)]
    dialog = ExportDialog(Desk(database).export_file, date(2026, 3, 14), selection)
    qtbot.addWidget(dialog)
    assert dialog.ui.selectionOnlyCheck.isChecked()
    dialog.ui.csvRadio.setChecked(True)
    dialog.ui.toDateEdit.setDate(QDate(2026, 5, 31))
    dialog.ui.personalDataCheck.setChecked(True)
    count, path = export(qtbot, dialog, tmp_path / "selectie", monkeypatch)
    assert path.endswith("selectie.csv")  # the extension is added
    text = (tmp_path / "selectie.csv").read_text(encoding="utf-8-sig")
    assert count == 2
    assert "Klimaatmars" in text and "Koningsdag" in text and "P. Privé" in text
    assert "Terugkeer" not in text  # in the period but not selected


def test_a_reversed_period_is_refused(qtbot, database, monkeypatch):
    dialog = ExportDialog(Desk(database).export_file, date(2026, 3, 14))
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_path", lambda suggested: asked.append(suggested) or "")
    dialog.ui.toDateEdit.setDate(QDate(2026, 3, 1))
    dialog.save_button.click()
    assert asked == [] and not dialog.ui.errorLabel.isHidden()


def test_file_export_offers_the_register_selection(qtbot, service, database, fixed_now, records, tmp_path, monkeypatch):
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(window)
    window.ui.mainTabs.setCurrentWidget(window.ui.registerTab)
    window.apply_filters()
    window.ui.registerView.selectRow(window.model.row_of(records["demo"].id))
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.selection == [("notification", records["demo"].id)]
    count, _path = export(qtbot, dialog, tmp_path / "een.ics", monkeypatch)
    assert count == 1
    assert str(tmp_path / "een.ics") in window.ui.statusbar.currentMessage()
