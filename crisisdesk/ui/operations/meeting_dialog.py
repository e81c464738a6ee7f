"""A BOB meeting: moment, chair, attendees, the rounds beeld, oordeel and besluit, and the
actions from its decisions.

The dialog saves itself through ``MeetingService``. An action is saved at once (its
deadline is checked against the moment it is given); in a new meeting the meeting is
saved first, so nothing has to be saved and opened again to add actions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crisisdesk.domain.operations.exercise_clock import format_exercise_time
from crisisdesk.domain.operations.meetings import BobMeetingDraft, BobMeetingRecord
from crisisdesk.domain.operations.records import ActionRecord
from crisisdesk.labels import format_moment, label
from crisisdesk.services.operations.meetings import MeetingService
from crisisdesk.ui.common import palette
from crisisdesk.ui.forms.ui_bob_meeting_dialog import Ui_BobMeetingDialog
from crisisdesk.ui.operations.dialogs import ActionDialog, _Dialog, from_qt, to_qt


def attendees_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class BobMeetingDialog(_Dialog):
    """``meeting`` None: a new meeting (number given on saving); otherwise that meeting."""

    def __init__(self, meetings: MeetingService, operation_id: int, roles: list[str], parent: QWidget | None = None,
                 meeting: BobMeetingRecord | None = None, previous: BobMeetingRecord | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BobMeetingDialog()
        self.ui.setupUi(self)
        self._setup()
        self.meetings = meetings
        self.operation_id = operation_id
        self.roles = roles
        self.meeting = meeting
        self.action_dialog: ActionDialog | None = None
        self.save = lambda _dialog: self.store()
        self.ui.chairCombo.addItems(roles)
        self.ui.attendeesEdit.setPlaceholderText(self.tr("One per line: name, role or partner"))
        self.ui.attendeeCombo.addItems(roles + [name for name in meetings.partner_names() if name not in roles])
        self.ui.attendeeCombo.setCurrentText("")
        self.ui.addAttendeeButton.clicked.connect(self.add_attendee)
        table = self.ui.actionsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Deadline"), self.tr("Status")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.newActionButton.clicked.connect(lambda: self.new_action())
        self.ui.actionsHint.setStyleSheet(f"color: {palette.MUTED};")
        self.ui.actionsHint.setText(self.tr("An action is saved at once, with an owner and a chosen deadline."))
        if meeting is not None:
            self._load(meeting.draft)
        else:
            self.ui.heldAtEdit.setDateTime(to_qt(meetings.now()))
            self.ui.chairCombo.setCurrentText(previous.chair if previous else "")
            self.ui.attendeesEdit.setPlainText("\n".join(previous.attendees) if previous else "")
        self._show_meeting()
        self._track()

    def _load(self, draft: BobMeetingDraft) -> None:
        self.ui.heldAtEdit.setDateTime(to_qt(draft.held_at))
        self.ui.chairCombo.setCurrentText(draft.chair)
        self.ui.attendeesEdit.setPlainText("\n".join(draft.attendees))
        self.ui.pictureEdit.setPlainText(draft.picture)
        self.ui.judgementEdit.setPlainText(draft.judgement)
        self.ui.decisionEdit.setPlainText(draft.decision)

    def _show_meeting(self) -> None:
        meeting = self.meeting
        actions: tuple[ActionRecord, ...]
        if meeting is None:
            number = self.meetings.next_number(self.operation_id)
            self.setWindowTitle(self.tr("BOB meeting {n} (new)").format(n=number))
            self.ui.exerciseTimeLabel.setText("")
            actions = ()
        else:
            self.setWindowTitle(self.tr("BOB meeting {n}").format(n=meeting.number))
            self.ui.exerciseTimeLabel.setText(format_exercise_time_of(meeting.exercise_seconds))
            actions = meeting.actions
        table = self.ui.actionsTable
        table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for column, text in enumerate((action.text, action.owner, format_moment(action.due_at, weekday=False),
                                           label(action.status))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.roundTabs.setTabText(3, self.tr("Actions ({n})").format(n=len(actions)))

    def add_attendee(self) -> None:
        """Adds the chosen role or partner as a line of the attendees (once)."""
        name = self.ui.attendeeCombo.currentText().strip()
        present = attendees_of(self.ui.attendeesEdit.toPlainText())
        if name and name.casefold() not in {p.casefold() for p in present}:
            self.ui.attendeesEdit.setPlainText("\n".join((*present, name)))
        self.ui.attendeeCombo.setCurrentText("")

    def draft(self) -> BobMeetingDraft:
        return BobMeetingDraft(
            held_at=from_qt(self.ui.heldAtEdit.dateTime()), chair=self.ui.chairCombo.currentText(),
            attendees=attendees_of(self.ui.attendeesEdit.toPlainText()), picture=self.ui.pictureEdit.toPlainText(),
            judgement=self.ui.judgementEdit.toPlainText(), decision=self.ui.decisionEdit.toPlainText())

    def snapshot(self) -> object:
        return self.draft()

    def problem(self) -> str:
        return "" if self.ui.chairCombo.currentText().strip() else self.tr("Who chairs the meeting?")

    def store(self) -> BobMeetingRecord:
        """Saves what is entered (a new meeting gets its number now); may raise ServiceError."""
        if self.meeting is None:
            self.meeting = self.meetings.create(self.operation_id, self.draft())
        else:
            self.meeting = self.meetings.update(self.meeting.id, self.meeting.version, self.draft())
        return self.meeting

    def new_action(self) -> ActionDialog | None:
        if self.meeting is None:  # the actions need the meeting: save it first, the dialog stays open
            if not self.try_save():
                return None
            self._show_meeting()
        meeting = self.meeting
        assert meeting is not None
        dialog = ActionDialog(self.roles, self.meetings.now, self)

        def save(d: ActionDialog) -> None:
            self.meetings.add_action(meeting.id, d.ui.textEdit.toPlainText(), d.ui.ownerCombo.currentText(), d.due_at())

        dialog.save = save
        dialog.accepted.connect(self._reload)
        dialog.open()
        self.action_dialog = dialog
        return dialog

    def _reload(self) -> None:
        if self.meeting is not None:
            # the rounds being typed stay as they are; only the actions and the version are read again
            # (the version stays: someone else's change to the rounds is still noticed on saving)
            self.meeting = replace(self.meeting, actions=self.meetings.get(self.meeting.id).actions)
            self._show_meeting()


def format_exercise_time_of(seconds: int | None) -> str:
    return format_exercise_time(timedelta(seconds=seconds)) if seconds is not None else ""
