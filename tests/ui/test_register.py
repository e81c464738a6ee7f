"""The register window and its table model (pytest-qt, offscreen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType, Risk
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.labels import term_label
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.ui.shell.main_window import PERIOD_UPCOMING, MainWindow
from crisisdesk.ui.register.model import COL_PURPOSE, COL_TERM, COL_TIME_LEFT, PAGE_SIZE, RegisterModel


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def make(service, count: int, **changes) -> None:
    base = NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Demo",
        start_at=local(2026, 4, 1, 14, 0), end_at=local(2026, 4, 1, 16, 0), location="Neude",
        district=District.BINNENSTAD, received_at=local(2026, 3, 1, 10, 0), organiser_organisation="Stichting X",
    )
    for number in range(count):
        service.create(replace(base, purpose=f"Demo {number}", start_at=base.start_at + timedelta(days=number),
                               end_at=base.end_at + timedelta(days=number), **changes))


@pytest.fixture
def window(qtbot, service, database, fixed_now):
    win = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(win)
    return win


def test_model_passes_qt_model_tester(qtmodeltester, service, fixed_now):
    make(service, 5)
    model = RegisterModel(service, clock=lambda: fixed_now)
    model.set_query(RegisterQuery())
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_model_pages_in_from_the_database(service, database, fixed_now):
    from crisisdesk.demo import seed_demo

    seed_demo(database.factory, PAGE_SIZE * 2 + 17, seed=3, now=fixed_now)
    model = RegisterModel(service, clock=lambda: fixed_now)
    model.set_query(RegisterQuery())
    assert model.rowCount() == PAGE_SIZE  # only the first page at start
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 17
    assert not model.canFetchMore()
    starts = [model.row_at(i).start_at for i in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)


def test_sorting_runs_in_the_database(window, service):
    make(service, 3)
    window.apply_filters()
    window.model.sort(COL_PURPOSE, Qt.SortOrder.AscendingOrder)
    assert [window.model.row_at(i).purpose for i in range(3)] == ["Demo 0", "Demo 1", "Demo 2"]
    window.model.sort(COL_PURPOSE, Qt.SortOrder.DescendingOrder)
    assert window.model.row_at(0).purpose == "Demo 2"


def test_search_box_filters_after_typing(qtbot, window, service):
    make(service, 3)
    service.create(_draft_klimaat())
    window.apply_filters()
    assert window.model.rowCount() == 4
    with qtbot.waitSignal(window.register_loaded, timeout=2000):
        qtbot.keyClicks(window.ui.searchEdit, "klimaat")
    assert window.model.rowCount() == 1
    assert window.model.row_at(0).purpose == "Klimaatmars"


def _draft_klimaat() -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars",
        start_at=local(2026, 5, 1, 14, 0), end_at=local(2026, 5, 1, 16, 0), location="Domplein",
        district=District.BINNENSTAD, received_at=local(2026, 3, 1, 10, 0), organiser_organisation="Groen",
    )


def test_filters_late_only_district_risk_and_period(qtbot, window, service):
    make(service, 2)
    service.create(replace(_draft_klimaat(), received_at=local(2026, 3, 14, 9, 0), start_at=local(2026, 3, 16, 10, 0),
                           end_at=local(2026, 3, 16, 12, 0), district=District.OOST, risk=Risk.HIGH))
    window.apply_filters()
    assert window.model.rowCount() == 3
    window.ui.lateOnlyCheck.setChecked(True)
    assert window.model.rowCount() == 1
    late_index = window.model.index(0, COL_TERM)
    assert window.model.data(late_index) == term_label(False)
    assert window.model.data(late_index, Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    window.ui.lateOnlyCheck.setChecked(False)
    window.ui.districtCombo.setCurrentIndex(window.ui.districtCombo.findData(District.BINNENSTAD))
    assert window.model.rowCount() == 2
    window.ui.districtCombo.setCurrentIndex(0)
    window.ui.riskCombo.setCurrentIndex(window.ui.riskCombo.findData(Risk.HIGH))
    assert [window.model.row_at(i).purpose for i in range(window.model.rowCount())] == ["Klimaatmars"]
    window.reset_filters()
    assert window.model.rowCount() == 3
    window.ui.periodCombo.setCurrentIndex(PERIOD_UPCOMING)
    assert window.model.rowCount() == 3  # all start after the fixed "now" of 14 March
    assert window.model.data(window.model.index(0, COL_TIME_LEFT))  # time left is shown


def test_count_appears_in_the_status_bar(qtbot, window, service):
    make(service, 3)
    window.apply_filters()
    qtbot.waitUntil(lambda: window.count_label.text().startswith("3 "), timeout=3000)


def test_double_click_opens_the_record(qtbot, window, service, monkeypatch):
    make(service, 2)
    window.apply_filters()
    opened = []
    monkeypatch.setattr(window, "_run_dialog", lambda notification_id: opened.append(notification_id))
    view = window.ui.registerView
    window.show()
    qtbot.waitExposed(window)
    index = window.model.index(1, COL_PURPOSE)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [window.model.row_at(1).id]


def test_late_notification_made_in_the_dialog_shows_late_in_the_list(qtbot, window, service, monkeypatch):
    """The advisor's path: New, fill in, Save — and the register shows it late."""
    from crisisdesk.ui.register.notification_dialog import NotificationDialog
    from crisisdesk.ui.common.widgets import set_wall_clock

    window.apply_filters()
    dialogs = []
    monkeypatch.setattr(
        window, "make_dialog",
        lambda notification_id: dialogs.append(NotificationDialog(window.desk, notification_id, parent=window, now=service._clock())) or dialogs[-1],
    )
    window.ui.newAction.trigger()
    [dialog] = dialogs
    ui = dialog.ui
    ui.purposeEdit.setPlainText("Boeren blijven")
    ui.organiserOrganisationEdit.setText("Boerencollectief Utrecht")
    ui.locationEdit.setText("Neude")
    ui.districtCombo.setCurrentIndex(ui.districtCombo.findData(District.BINNENSTAD.value))
    set_wall_clock(ui.startEdit, datetime(2026, 3, 16, 10, 0))
    set_wall_clock(ui.endEdit, datetime(2026, 3, 16, 13, 0))
    set_wall_clock(ui.receivedEdit, datetime(2026, 3, 14, 9, 0))
    with qtbot.waitSignal(window.register_loaded, timeout=3000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = window.model.row_of(window.model.row_at(0).id)
    assert window.model.row_at(row).purpose == "Boeren blijven"
    assert window.model.data(window.model.index(row, COL_TERM)) == term_label(False)
    selected = window.ui.registerView.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [row]
