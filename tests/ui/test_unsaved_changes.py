"""Escape, the close button and Annuleren ask before unsaved changes are lost (item 4)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.every_window import every_window

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
RECORD_DIALOGS = ("new notification", "notification", "event", "scenario")


def _dialog(database, name):
    return dict(every_window(database))[name]()


def _change(dialog) -> None:
    ui = dialog.ui
    if hasattr(ui, "purposeEdit"):
        ui.purposeEdit.setPlainText("Half ingevuld")
    else:
        ui.titleEdit.setText("Half ingevuld")


def _close_by(how: str, dialog, qtbot) -> None:
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "cancel":
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    else:
        dialog.close()


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
@pytest.mark.parametrize("name", RECORD_DIALOGS)
def test_a_changed_dialog_asks_and_keeping_keeps_it_open(qtbot, database, name, how):
    dialog = _dialog(database, name)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    dialog.unsaved.ask = lambda parent: asked.append(parent) or False  # "Keep editing"
    _change(dialog)
    _close_by(how, dialog, qtbot)
    assert asked == [dialog]
    assert dialog.isVisible()

    dialog.unsaved.ask = lambda parent: True  # "Discard changes"
    _close_by(how, dialog, qtbot)
    assert not dialog.isVisible()


@pytest.mark.parametrize("name", RECORD_DIALOGS)
def test_an_untouched_dialog_closes_without_a_question(qtbot, database, name):
    dialog = _dialog(database, name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unsaved.ask = lambda parent: pytest.fail("asked without a change")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_saved_dialog_does_not_ask(qtbot, database):
    from tests.ui.test_notification_dialog import fill_required

    dialog = _dialog(database, "new notification")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unsaved.ask = lambda parent: pytest.fail("asked after saving")
    fill_required(dialog)
    assert dialog.save() is True
    assert not dialog.unsaved.changed()


def _new_event_dialog(database):
    from crisisdesk.services.events.service import EventService
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.ui.events.event_dialog import EventDialog

    return EventDialog(EventService(database.factory, user="tester"), NotificationService(database.factory, user="tester"),
                       None, now=NOW)


@pytest.mark.parametrize("name", ["new notification", "new event", "scenario"])
def test_a_checklist_chosen_before_the_first_save_counts_as_a_change(qtbot, database, name):
    dialog = _new_event_dialog(database) if name == "new event" else _dialog(database, name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checklist.record_id is None
    asked = []
    dialog.unsaved.ask = lambda parent: asked.append(parent) or False
    assert dialog.checklist.add("Draaiboek rondsturen", "7 dagen voor")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()  # the chosen action is not lost without a question
