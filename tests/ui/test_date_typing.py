"""Dates typed as they are displayed, and a sane range for new records (issue #15, item 2)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

from crisisdesk.domain.checks import DateWindow, FieldError, changed_moments_in_window, check_window
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.desk import Desk
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.services.settings import DATE_WINDOW_YEARS_AHEAD, SettingsService
from crisisdesk.ui.common.widgets import prepare_wall_clock_edit, set_wall_clock, wall_clock
from tests.ui.test_notification_dialog import fill_required

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def form(qtbot):
    """A date-time field between two line edits, as in a dialog."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    before, edit, after = QLineEdit(objectName="before"), QDateTimeEdit(), QLineEdit(objectName="after")
    for child in (before, edit, after):
        layout.addWidget(child)
    prepare_wall_clock_edit(edit)
    set_wall_clock(edit, datetime(2026, 3, 17, 14, 0))
    qtbot.addWidget(widget)
    widget.show()
    yield before, edit, after
    widget.close()


@pytest.mark.parametrize("typed", [
    "07-12-2026 10:00",  # exactly as displayed: gave 07-03-2202 06:10 before
    "071220261000",      # without separators
    "7-12-2026 10:00",   # a one-digit day
    "07/12/2026 10.00",  # other separators
])
def test_a_date_typed_as_displayed_is_taken_as_displayed(qtbot, form, typed):
    before, edit, _after = form
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, typed)
    assert wall_clock(edit) == datetime(2026, 12, 7, 10, 0)


def test_shift_tab_into_a_date_field_also_starts_at_the_day(qtbot, form):
    """Found in the keyboard walk: Shift+Tab selected the minutes, so "12-12-2026 14:00"
    typed as displayed gave 02-12-2026 14:12."""
    from PySide6.QtWidgets import QApplication

    _before, edit, after = form
    after.setFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert edit.hasFocus()
    qtbot.waitUntil(lambda: edit.currentSectionIndex() == 0)
    QApplication.processEvents()
    qtbot.keyClicks(edit, "12-12-2026 14:00")
    assert wall_clock(edit) == datetime(2026, 12, 12, 14, 0)


def test_tab_leaves_a_date_field_in_one_press(qtbot, form):
    before, edit, after = form
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    assert before.hasFocus()


def test_the_window_is_one_year_back_to_three_ahead_by_default():
    errors: list[FieldError] = []
    window = DateWindow()
    check_window(errors, "start_at", datetime(2029, 3, 14, 10, tzinfo=AMSTERDAM), window, NOW)
    check_window(errors, "start_at", datetime(2025, 3, 15, 10, tzinfo=AMSTERDAM), window, NOW)
    assert errors == []
    check_window(errors, "start_at", datetime(2202, 3, 7, 6, 10, tzinfo=AMSTERDAM), window, NOW)
    check_window(errors, "received_at", datetime(2025, 3, 13, 10, tzinfo=AMSTERDAM), window, NOW)
    assert [(e.field, e.code) for e in errors] == [("start_at", "outside_window"), ("received_at", "outside_window")]
    assert errors[0].params == {"first": "14-03-2025", "last": "14-03-2029"}


def test_a_stored_record_keeps_its_old_dates():
    class Old:
        start_at = datetime(2020, 1, 1, 10, tzinfo=AMSTERDAM)
        end_at = datetime(2020, 1, 1, 12, tzinfo=AMSTERDAM)

    class Draft(Old):
        end_at = datetime(2020, 1, 1, 13, tzinfo=AMSTERDAM)  # changed: checked

    found = changed_moments_in_window(Draft(), Old(), ("start_at", "end_at"), DateWindow(), NOW)
    assert [e.field for e in found] == ["end_at"]


def test_a_new_notification_in_2150_is_refused_with_a_message(qtbot, database):
    from crisisdesk.labels import error_message
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    desk = Desk(database, user="tester", clock=lambda: NOW)
    service = desk.notifications
    dialog = NotificationDialog(desk, None, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_required(dialog, start=(2150, 3, 7, 6, 10), end=(2150, 3, 7, 8, 0))
    assert dialog.save() is False
    assert service.count(RegisterQuery()) == 0
    shown = dialog.errors.visible_fields()
    assert "start_at" in shown
    message = error_message(FieldError("start_at", "outside_window", {"first": "14-03-2025", "last": "14-03-2029"}))
    assert dialog.errors.labels["start_at"].text() == message


def test_the_window_is_a_setting(qtbot, database):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = NotificationDialog(Desk(database, user="tester", clock=lambda: NOW), None, now=NOW)
    qtbot.addWidget(dialog)
    fill_required(dialog, start=(2030, 3, 7, 10, 0), end=(2030, 3, 7, 12, 0))
    assert "start_at" in {e.field for e in dialog.validate_form()}  # more than 3 years ahead
    SettingsService(database.factory).set(DATE_WINDOW_YEARS_AHEAD, "5")
    dialog = NotificationDialog(Desk(database, user="tester", clock=lambda: NOW), None, now=NOW)
    qtbot.addWidget(dialog)
    fill_required(dialog, start=(2030, 3, 7, 10, 0), end=(2030, 3, 7, 12, 0))
    assert "start_at" not in {e.field for e in dialog.validate_form()}


def test_ctrl_tab_in_a_date_field_turns_the_dialogs_tab(qtbot, database):
    from crisisdesk.desk import Desk
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = NotificationDialog(Desk(database, user="tester", clock=lambda: NOW), None, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.ui.tabs
    tabs.setCurrentWidget(dialog.ui.timePlaceTab)
    dialog.ui.startEdit.setFocus()
    qtbot.keyClick(dialog.ui.startEdit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.indexOf(dialog.ui.timePlaceTab) + 1
