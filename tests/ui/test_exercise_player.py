"""The player view of an exercise (never the script), BOB meetings in the window, an
action's deadline that must be chosen, and the inject link of one log entry (pytest-qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from crisisdesk.desk import Desk
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.records import GBT_ROLES, InjectChannel, InjectDraft, LogCategory, Team
from crisisdesk.labels import error_message
from crisisdesk.reports.base import exercise_text
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.ui.operations.dialogs import NOT_CHOSEN
from crisisdesk.ui.operations.exercise_window import ExerciseWindow
from crisisdesk.ui.operations.player_window import PlayerWindow

START = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
RECEIVED = "Grote brand in Hoog Catharijne"
SECOND = "Vraag over de rookwolk van RTV Utrecht"
UPCOMING = "Afzetting Catharijnesingel gevraagd"
EXPECTED = ("Opschalen naar GRIP 3 overwegen", "Woordvoeringslijn afstemmen", "Beeld bijwerken met afzetting")


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def set(self, minutes: float) -> None:
        self.now = START + timedelta(minutes=minutes)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def desk(database, clock):
    return Desk(database, user="speler", clock=clock)


@pytest.fixture
def exercise_id(database, clock):
    """Started, at T+12: the injects of T+0 and T+10 have been received, T+20 has not."""
    service = ExerciseService(database.factory, clock=clock, user="oefenleider")
    exercise = service.create("Oefening brand Hoog Catharijne", teams=(Team("GBT", GBT_ROLES),))
    service.import_injects(exercise.id, [
        InjectDraft(0, "Meldkamer", "GBT/Burgemeester", InjectChannel.PHONE, RECEIVED, EXPECTED[0]),
        InjectDraft(10, "RTV Utrecht", "Communicatie", InjectChannel.MEDIA, SECOND, EXPECTED[1]),
        InjectDraft(20, "Politie", "GBT/Politie", InjectChannel.RADIO, UPCOMING, EXPECTED[2]),
    ])
    service.start(exercise.id)
    service.release_due(exercise.id)
    clock.set(12)
    service.release_due(exercise.id)
    return exercise.id


@pytest.fixture
def player(qtbot, desk, exercise_id):
    window = PlayerWindow(desk, exercise_id, poll_ms=3_600_000)  # the test polls itself
    qtbot.addWidget(window)
    window.show()
    return window


def model_texts(view: QAbstractItemView) -> list[str]:
    model, texts = view.model(), []
    if model is None:
        return texts

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(max(1, model.columnCount(parent))):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value:
                        texts.append(str(value))
                if column == 0 and model.rowCount(index) > 0:  # a tree's children too
                    walk(index)

    walk(QModelIndex())
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    return texts


def all_texts(root: QWidget) -> str:
    """Every text a person could see or hear in ``root``: labels, buttons, fields, lists,
    tables (cells and tooltips), tabs, tooltips, accessible names and the window title."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += model_texts(widget)
    return "\n".join(t for t in texts if t)


def test_the_player_view_shows_what_was_received_and_nothing_of_the_script(qtbot, player):
    for index in range(player.tabs.count()):  # every tab, and every tab of the BOB panel
        player.tabs.setCurrentIndex(index)
    for index in range(player.bob_panel.tabs.count()):
        player.bob_panel.tabs.setCurrentIndex(index)
    text = all_texts(player)
    assert RECEIVED in text and SECOND in text  # received: in the list, the log and the situation
    assert UPCOMING not in text
    for expected in EXPECTED:
        assert expected not in text
    assert [i.content for i in player.received_model.rows()] == [SECOND, RECEIVED]  # newest first
    assert player.band.isVisible() and player.band.text() == exercise_text()
    assert player.windowTitle().startswith("OEFENING")


def test_the_leader_view_does_show_the_script(qtbot, desk, exercise_id):
    """The check above can fail: the same walk finds the script in the leader's window."""
    leader = ExerciseWindow(desk, exercise_id, tick_ms=3_600_000)
    qtbot.addWidget(leader)
    text = all_texts(leader)
    assert UPCOMING in text and EXPECTED[2] in text
    leader.player_button.click()  # the leader opens the players' view, e.g. for a second screen
    [shown] = leader.player_windows
    qtbot.addWidget(shown)
    assert isinstance(shown, PlayerWindow) and UPCOMING not in all_texts(shown)


def test_a_player_is_told_of_an_inject_the_leader_releases(qtbot, player, database, clock, exercise_id):
    leader = ExerciseService(database.factory, clock=clock, user="oefenleider")
    player.poll()
    assert not player.banner.isVisible()  # what was there on opening is not news
    clock.set(21)
    leader.release_due(exercise_id)
    with qtbot.waitSignal(player.injects_received) as received:
        player.poll()
    assert [i.content for i in received.args[0]] == [UPCOMING]
    assert player.banner.isVisible() and UPCOMING in player.banner_label.text()
    assert player.received_model.rows()[0].content == UPCOMING
    assert EXPECTED[2] not in all_texts(player)  # received now, but still without its expected action
    player.acknowledge()
    assert not player.banner.isVisible()


def test_an_inject_link_applies_to_one_log_entry_only(qtbot, player, desk, exercise_id):
    panel = player.log_panel
    panel.inject_combo.setCurrentIndex(panel.inject_combo.findText(RECEIVED, Qt.MatchFlag.MatchContains))
    linked = panel.inject_combo.currentData()
    assert linked is not None
    panel.category_combo.setCurrentIndex(panel.category_combo.findData(LogCategory.DECISION))
    panel.text_edit.setText("Opschalen naar GRIP 3")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return)
    assert panel.inject_combo.currentData() is None  # reset for the next entry
    panel.text_edit.setText("Pers te woord gestaan")
    panel.add_entry()
    team = [e for e in desk.logbook.entries(exercise_id) if e.author == "speler"]
    assert [(e.text, e.inject_id) for e in team] == [("Opschalen naar GRIP 3", linked), ("Pers te woord gestaan", None)]


def test_an_action_deadline_must_be_chosen_and_lie_ahead(qtbot, player, desk, clock, exercise_id):
    player.tabs.setCurrentWidget(player.bob_panel)
    dialog = player.bob_panel.edit_action(new=True)
    qtbot.addWidget(dialog)
    dialog.ui.textEdit.setPlainText("Persbericht opstellen")
    dialog.ui.ownerCombo.setCurrentText("Communicatie")
    assert dialog.due_at() is None and dialog.ui.dueEdit.text() != ""  # shows "choose a deadline", not now
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == error_message(FieldError("due_at", "deadline_required"))
    assert desk.logbook.actions(exercise_id) == []

    edit = dialog.ui.dueEdit
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert edit.dateTime() != NOT_CHOSEN and dialog.due_at() is None  # a moment to type over, not chosen
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert edit.dateTime() == NOT_CHOSEN  # left untouched: empty again
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    dialog.ui.dueEdit.setDateTime(dialog.ui.dueEdit.dateTime().addSecs(-3600))  # typed: an hour ago
    assert dialog.due_at() is not None and dialog.due_at() < clock()
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.errorLabel.text() == error_message(FieldError("due_at", "deadline_in_past"))

    dialog.ui.due30Button.click()
    assert dialog.due_at() == clock() + timedelta(minutes=30)
    dialog.ui.buttonBox.accepted.emit()
    assert not dialog.isVisible()
    [action] = desk.logbook.actions(exercise_id)
    assert action.due_at == clock() + timedelta(minutes=30) and action.owner == "Communicatie"
    assert player.bob_panel.action_model.rows()[0].id == action.id


def test_a_bob_meeting_in_the_window_with_rounds_and_an_action(qtbot, player, desk, clock, exercise_id):
    panel = player.bob_panel
    dialog = panel.open_meeting(new=True)
    qtbot.addWidget(dialog)
    assert "1" in dialog.windowTitle()
    dialog.ui.chairCombo.setCurrentText("Burgemeester")
    dialog.ui.attendeesEdit.setPlainText("Burgemeester\nPolitie\nBrandweer")
    dialog.ui.attendeeCombo.setCurrentText("Waterschap (partner)")
    dialog.ui.addAttendeeButton.click()
    dialog.ui.attendeeCombo.setCurrentText("politie")  # already there: not twice
    dialog.ui.addAttendeeButton.click()
    assert dialog.ui.attendeesEdit.toPlainText().splitlines() == ["Burgemeester", "Politie", "Brandweer", "Waterschap (partner)"]
    dialog.ui.pictureEdit.setPlainText("Brand in Hoog Catharijne, rook richting Lombok")
    dialog.ui.judgementEdit.setPlainText("Risico: rook over de A2")
    dialog.ui.decisionEdit.setPlainText("NL-Alert voor Lombok")
    action_dialog = dialog.new_action()  # a new meeting is saved first, the dialog stays open
    qtbot.addWidget(action_dialog)
    assert dialog.meeting is not None and dialog.meeting.number == 1 and dialog.isVisible()
    action_dialog.ui.textEdit.setPlainText("NL-Alert versturen")
    action_dialog.ui.ownerCombo.setCurrentText("Communicatie")
    action_dialog.ui.due15Button.click()
    action_dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.actionsTable.rowCount() == 1 and dialog.ui.actionsTable.item(0, 0).text() == "NL-Alert versturen"
    dialog.ui.decisionEdit.setPlainText("NL-Alert voor Lombok\nGRIP 2")
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    [meeting] = desk.meetings.list(exercise_id)
    assert (meeting.chair, meeting.attendees[-1], meeting.decision) == ("Burgemeester", "Waterschap (partner)", "NL-Alert voor Lombok\nGRIP 2")
    assert [a.text for a in meeting.actions] == ["NL-Alert versturen"]
    assert panel.meeting_model.rows()[0].id == meeting.id
    shown = panel.meeting_text.toPlainText()
    assert "Risico: rook over de A2" in shown and "NL-Alert versturen" in shown and "Waterschap (partner)" in shown
    player.tabs.setCurrentIndex(0)
    assert "NL-Alert voor Lombok" in player.situation_text.toPlainText()  # the latest meeting in the situation

    again = panel.open_meeting(new=True)  # the next one: number 2, chair and attendees carried over
    qtbot.addWidget(again)
    assert "2" in again.windowTitle() and again.ui.chairCombo.currentText() == "Burgemeester"
    again.reject()


def test_escape_in_a_meeting_with_typed_rounds_asks_first(qtbot, player):
    dialog = player.bob_panel.open_meeting(new=True)
    qtbot.addWidget(dialog)
    dialog.ui.pictureEdit.setPlainText("Half getypt beeld")
    asked = []
    dialog.unsaved.ask = lambda parent: asked.append(True) or False  # "keep editing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_the_leaders_view_of_a_running_exercise_opens_only_on_purpose(qtbot, monkeypatch, desk, exercise_id):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from crisisdesk.ui.shell.main_window import MainWindow

    main = MainWindow(desk)
    qtbot.addWidget(main)
    actions = main.operation_actions
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][0], True))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.No)
    actions.open_exercise()  # running: asked, and "No" opens nothing
    assert len(asked) == 1 and not [w for w in actions.windows if isinstance(w, ExerciseWindow)]
    actions.open_exercise_as_player()  # a player is never asked and never gets the script
    assert len(asked) == 1
    [opened] = actions.windows
    qtbot.addWidget(opened)
    assert isinstance(opened, PlayerWindow)


def test_the_leaders_shift_of_the_script_stays_out_of_the_players_log(qtbot, player, database, clock, exercise_id):
    from crisisdesk.domain.operations.records import LogSource

    ExerciseService(database.factory, clock=clock, user="oefenleider").shift(exercise_id, 15)
    player.log_panel.refresh()
    shown = player.log_panel.model.rows()
    assert LogSource.CLOCK in {e.source for e in shown}  # the start is there
    assert LogSource.CONTROL not in {e.source for e in shown}
    [shift] = [e for e in desk_entries(database, exercise_id) if e.source == LogSource.CONTROL]
    assert shift.text not in all_texts(player)


def desk_entries(database, exercise_id):
    from crisisdesk.services.operations.logbook import LogbookService

    return LogbookService(database.factory).entries(exercise_id)


def test_a_deadline_typed_by_keyboard_as_displayed(qtbot, player, desk, clock, exercise_id):
    """Tab into the empty deadline, type it as shown, Enter: saved as typed (Amsterdam time)."""
    from crisisdesk.domain.timeutil import AMSTERDAM

    dialog = player.bob_panel.edit_action(new=True)
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.ui.textEdit.setFocus()
    qtbot.keyClicks(dialog.ui.textEdit, "Opvang Jaarbeurs regelen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Bevolkingszorg")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.dueEdit and dialog.due_at() is None
    qtbot.keyClick(dialog.ui.dueEdit, Qt.Key.Key_Tab)  # passing through leaves it empty
    assert dialog.ui.dueEdit.dateTime() == NOT_CHOSEN
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.ui.dueEdit
    qtbot.keyClicks(dialog.ui.dueEdit, "14-03-2026 16:30")
    assert dialog.due_at() == datetime(2026, 3, 14, 16, 30, tzinfo=AMSTERDAM)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [action] = desk.logbook.actions(exercise_id)
    assert action.due_at == datetime(2026, 3, 14, 16, 30, tzinfo=AMSTERDAM) and action.owner == "Bevolkingszorg"


def test_what_another_desk_writes_appears_at_the_next_look(qtbot, player, database, clock, exercise_id):
    from crisisdesk.domain.operations.meetings import BobMeetingDraft
    from crisisdesk.services.operations.logbook import LogbookService
    from crisisdesk.services.operations.meetings import MeetingService

    other = LogbookService(database.factory, clock=clock, user="collega")
    other.add(exercise_id, LogCategory.PICTURE, "Rook trekt naar Lombok", "GBT/Brandweer")
    MeetingService(database.factory, clock=clock, user="collega").create(
        exercise_id, BobMeetingDraft(clock(), "Burgemeester", (), "Beeld van collega"))
    assert "Rook trekt naar Lombok" not in all_texts(player)
    player.poll()
    assert "Rook trekt naar Lombok" in [e.text for e in player.log_panel.model.rows()]
    assert [m.picture for m in player.bob_panel.meeting_model.rows()] == ["Beeld van collega"]
    assert "Rook trekt naar Lombok" in player.situation_text.toPlainText()
