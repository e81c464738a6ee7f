"""Small dialogs of the exercise and incident windows, each from its Designer form.

Each dialog gathers values and checks them; the window calls the service and shows a
service error in the dialog's ``errorLabel`` (the dialog stays open, nothing is saved).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QWidget

from crisisdesk.domain.operations.records import (
    GBT_ROLES,
    ActionRecord,
    ActionStatus,
    FindingKind,
    InjectChannel,
    InjectDraft,
    InjectRecord,
    LogCategory,
    LogEntryRecord,
    Team,
)
from crisisdesk.domain.operations.exercise_clock import format_offset
from crisisdesk.domain.operations.meetings import deadline_problem
from crisisdesk.domain.scenarios.rules import load_grip_levels
from crisisdesk.domain.timeutil import AMSTERDAM, to_local
from crisisdesk.labels import error_message, label
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.ui.forms.ui_action_dialog import Ui_ActionDialog
from crisisdesk.ui.forms.ui_exercise_setup_dialog import Ui_ExerciseSetupDialog
from crisisdesk.ui.forms.ui_finding_dialog import Ui_FindingDialog
from crisisdesk.ui.forms.ui_grip_dialog import Ui_GripDialog
from crisisdesk.ui.forms.ui_inject_dialog import Ui_InjectDialog
from crisisdesk.ui.forms.ui_log_entry_dialog import Ui_LogEntryDialog
from crisisdesk.ui.common import palette
from crisisdesk.ui.common.date_typing import typable_dates
from crisisdesk.ui.common.unsaved import UnsavedChanges

# The empty value of a deadline field (shown as "choose a deadline").
NOT_CHOSEN = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def to_qt(value: datetime) -> QDateTime:
    local = to_local(value)
    return QDateTime(local.date(), local.time().replace(second=0, microsecond=0))


def from_qt(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0, tzinfo=AMSTERDAM)


def roles_of(teams: tuple[Team, ...]) -> list[str]:
    roles = [f"{team.name}/{role}" for team in teams for role in team.roles]
    return [team.name for team in teams] + roles or list(GBT_ROLES)


def parse_teams(text: str) -> tuple[Team, ...]:
    """"GBT: Burgemeester, Politie" per line."""
    teams = []
    for line in text.splitlines():
        name, _, roles = line.partition(":")
        if name.strip():
            teams.append(Team(name.strip(), tuple(r.strip() for r in roles.split(",") if r.strip())))
    return tuple(teams)


def teams_text(teams: tuple[Team, ...]) -> str:
    return "\n".join(f"{team.name}: {', '.join(team.roles)}" for team in teams)


def in_exercise(widget: QWidget | None) -> bool:
    """True when ``widget`` belongs to an exercise window (its dialogs show exercise data)."""
    while widget is not None:
        if widget.objectName() in ("exerciseWindow", "exercisePlayerWindow"):
            return True
        widget = widget.parentWidget()
    return False


def mark_if_exercise(dialog: QDialog) -> None:
    """Puts the OEFENING band on top of a dialog opened from an exercise window."""
    if in_exercise(dialog.parentWidget()) and dialog.layout() is not None:
        from crisisdesk.ui.common.exercise_band import ExerciseBand, exercise_word

        dialog.layout().insertWidget(0, ExerciseBand(dialog))
        dialog.setWindowTitle(f"{exercise_word()} — {dialog.windowTitle()}")


class _Dialog(QDialog):
    ui: Any  # the dialog's generated form
    save: Callable[[Any], object] | None

    def _setup(self) -> None:
        self._marked = False
        typable_dates(self)  # dates typed as displayed; Tab leaves the field
        self.ui.errorLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.save = None  # set by the caller: called with the dialog, may raise ServiceError
        self.unsaved: UnsavedChanges | None = None  # set by ``_track`` in dialogs that ask before closing

    def _track(self) -> None:
        """Escape, the close button and Cancel ask before typed work is thrown away."""
        self.unsaved = UnsavedChanges(self, self.snapshot)

    def snapshot(self) -> object:
        return None

    def reject(self) -> None:
        if self.unsaved is None or self.unsaved.may_close():
            super().reject()

    def showEvent(self, event) -> None:
        if not self._marked:
            self._marked = True
            mark_if_exercise(self)
        super().showEvent(event)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def _accept(self) -> None:
        if self.try_save():
            self.accept()

    def try_save(self) -> bool:
        """Checks and saves what is entered; on a problem shows it in the dialog and returns False."""
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return False
        if self.save is not None:
            from crisisdesk.services.errors import ConcurrentEdit, NotFound, ReadOnly, ServiceError, StorageUnavailable
            from crisisdesk.ui.common.widgets import save_failure

            try:
                self.save(self)
            except ValidationFailed as exc:
                self.show_error("\n".join(error_message(e) for e in exc.errors))
                return False
            except ConcurrentEdit:
                self.show_error(QCoreApplication.translate(
                    "OperationsDialog",
                    "Someone else saved this after you opened it; nothing was saved. Close and open it again to see their version.",
                ))
                return False
            except (NotFound, StorageUnavailable, ReadOnly) as exc:
                self.show_error(save_failure(exc, QCoreApplication.translate(
                    "OperationsDialog", "This was deleted by someone else; nothing was saved.")))
                return False
            except ServiceError as exc:
                self.show_error(failure_message(exc, "save operations record"))
                return False
        self.ui.errorLabel.setVisible(False)
        if self.unsaved is not None:
            self.unsaved.mark_saved()
        return True

    def problem(self) -> str:
        return ""


class ExerciseSetupDialog(_Dialog):
    def __init__(self, scenarios: list, parent: QWidget | None = None, record=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExerciseSetupDialog()
        self.ui.setupUi(self)
        self._setup()
        self.setWindowTitle(self.tr("New exercise") if record is None else self.tr("Exercise"))
        self.ui.scenarioCombo.addItem(self.tr("(no scenario)"), None)
        for scenario in scenarios:
            mark = self.tr(" (exercise only)") if scenario.exercise_only else ""
            self.ui.scenarioCombo.addItem(f"{scenario.title}{mark}", scenario.id)
        self.ui.teamsEdit.setPlaceholderText(self.tr("One team per line: name, colon, roles separated by commas"))
        self.ui.teamsEdit.setPlainText(teams_text(record.teams) if record else f"GBT: {', '.join(GBT_ROLES)}")
        if record is not None:
            self.ui.titleEdit.setText(record.title)
            self.ui.descriptionEdit.setPlainText(record.description)
            self.ui.scenarioCombo.setCurrentIndex(max(0, self.ui.scenarioCombo.findData(record.scenario_id)))

    def problem(self) -> str:
        return "" if self.ui.titleEdit.text().strip() else self.tr("Give the exercise a title.")

    def values(self) -> dict:
        return {"title": self.ui.titleEdit.text(), "scenario_id": self.ui.scenarioCombo.currentData(),
                "description": self.ui.descriptionEdit.toPlainText(), "teams": parse_teams(self.ui.teamsEdit.toPlainText())}


class InjectDialog(_Dialog):
    def __init__(self, roles: list[str], parent: QWidget | None = None, inject: InjectRecord | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InjectDialog()
        self.ui.setupUi(self)
        self._setup()
        self.setWindowTitle(self.tr("New inject") if inject is None else self.tr("Inject {offset}").format(
            offset=format_offset(inject.offset_minutes)))
        for combo in (self.ui.senderCombo, self.ui.receiverCombo):
            combo.addItems(roles)
            combo.setCurrentText("")
        for channel in InjectChannel:
            self.ui.channelCombo.addItem(label(channel), channel)
        if inject is not None:
            self.ui.offsetSpin.setValue(inject.offset_minutes)
            self.ui.senderCombo.setCurrentText(inject.sender)
            self.ui.receiverCombo.setCurrentText(inject.receiver)
            self.ui.channelCombo.setCurrentIndex(self.ui.channelCombo.findData(inject.channel))
            self.ui.contentEdit.setPlainText(inject.content)
            self.ui.expectedEdit.setPlainText(inject.expected_action)

    def problem(self) -> str:
        return "" if self.ui.contentEdit.toPlainText().strip() else self.tr("The inject needs content.")

    def draft(self) -> InjectDraft:
        return InjectDraft(self.ui.offsetSpin.value(), self.ui.senderCombo.currentText(),
                           self.ui.receiverCombo.currentText(), InjectChannel(self.ui.channelCombo.currentData()),
                           self.ui.contentEdit.toPlainText(), self.ui.expectedEdit.toPlainText())


class LogEntryDialog(_Dialog):
    """Corrects an entry: a new entry that names the old one (the old one stays)."""

    def __init__(self, roles: list[str], entry: LogEntryRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogEntryDialog()
        self.ui.setupUi(self)
        self._setup()
        self.setWindowTitle(self.tr("Correct log entry #{id}").format(id=entry.id))
        for category in LogCategory:
            self.ui.categoryCombo.addItem(label(category), category)
        self.ui.categoryCombo.setCurrentIndex(max(0, self.ui.categoryCombo.findData(entry.category)))
        self.ui.roleCombo.addItems(roles)
        self.ui.roleCombo.setCurrentText(entry.author_role)
        self.ui.textEdit.setPlainText(entry.text)

    def problem(self) -> str:
        return "" if self.ui.textEdit.toPlainText().strip() else self.tr("The entry needs text.")


class ActionDialog(_Dialog):
    """An action with an owner and a deadline the team chooses.

    The deadline field starts empty ("choose a deadline"): a default of now made every new
    action overdue the moment it was saved. Clicking or tabbing into the field puts the next
    quarter hour in it to type over; leaving it unchanged empties it again. The quick
    buttons set now + 15 min … 4 h. A deadline that has already passed is refused.
    """

    QUICK_MINUTES = (("due15Button", 15), ("due30Button", 30), ("due60Button", 60), ("due120Button", 120),
                     ("due240Button", 240))

    def __init__(self, roles: list[str], now: datetime | Callable[[], datetime], parent: QWidget | None = None,
                 action: ActionRecord | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self._setup()
        self._now = now if callable(now) else (lambda: now)
        self.action = action
        self.setWindowTitle(self.tr("New action") if action is None else self.tr("Action #{id}").format(id=action.id))
        self.ui.ownerCombo.addItems(roles)
        self.ui.ownerCombo.setCurrentText("")
        for status in ActionStatus:
            self.ui.statusCombo.addItem(label(status), status)
        edit = self.ui.dueEdit
        edit.setMinimumDateTime(NOT_CHOSEN)
        edit.setSpecialValueText(self.tr("choose a deadline"))
        edit.setDateTime(NOT_CHOSEN)
        self._filling = False
        edit.dateTimeChanged.connect(self._due_edited)
        edit.installEventFilter(self)
        for name, minutes in self.QUICK_MINUTES:
            button = getattr(self.ui, name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, m=minutes: self.set_due_in(m))
        self._chosen = False
        if action is not None:
            self.ui.textEdit.setPlainText(action.text)
            self.ui.ownerCombo.setCurrentText(action.owner)
            if action.due_at is not None:
                self._set_due(to_qt(action.due_at))
                self._chosen = True
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(action.status))
        else:
            self.ui.statusCombo.setEnabled(False)
        self._show_hint()
        self._track()

    # --- the deadline ---------------------------------------------------------------------

    def _set_due(self, value: QDateTime) -> None:
        self._filling = True
        try:
            self.ui.dueEdit.setDateTime(value)
        finally:
            self._filling = False

    def _due_edited(self, _value: QDateTime) -> None:
        if not self._filling:
            self._chosen = self.ui.dueEdit.dateTime() != NOT_CHOSEN
        self._show_hint()

    def set_due_in(self, minutes: int) -> None:
        """A quick button: now plus ``minutes``, to the next whole minute."""
        moment = self._now() + timedelta(minutes=minutes)
        if moment.second or moment.microsecond:
            moment = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
        self._set_due(to_qt(moment))
        self._chosen = True
        self._show_hint()

    def eventFilter(self, watched, event) -> bool:
        edit = self.ui.dueEdit
        if watched is edit and not self._chosen:
            if event.type() == QEvent.Type.FocusIn and edit.dateTime() == NOT_CHOSEN:
                quarter = self._now().replace(second=0, microsecond=0)
                quarter += timedelta(minutes=15 - quarter.minute % 15)
                self._set_due(to_qt(quarter))  # something to type over; not chosen until changed
                self._show_hint()
                # The cursor stood at the end of "choose a deadline": let the field take the focus
                # now, then put typing at the day (else "16:30" would land in the minutes).
                edit.event(event)
                edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
                return True
            elif event.type() == QEvent.Type.FocusOut and not edit.calendarWidget().isVisible():
                self._set_due(NOT_CHOSEN)
                self._show_hint()
        return super().eventFilter(watched, event)

    def _show_hint(self) -> None:
        due = self.due_at()
        hint = self.ui.dueHintLabel
        if due is not None:
            self.ui.errorLabel.setVisible(False)  # a deadline was chosen: the message about it is answered
        if due is None:
            hint.setText(self.tr("No deadline chosen yet: type one or use a button."))
            hint.setStyleSheet(f"color: {palette.MUTED};")
            return
        minutes = int((due - self._now()).total_seconds() // 60)
        if minutes < 0:
            text = self.tr("This moment has already passed ({m} min ago).").format(m=-minutes)
            if not self._deadline_changed():
                text = self.tr("Overdue since {m} min.").format(m=-minutes)
            hint.setText(text)
            hint.setStyleSheet(f"color: {palette.LATE};")
        else:
            hint.setText(self.tr("In {h} h {m:02d} min.").format(h=minutes // 60, m=minutes % 60)
                         if minutes >= 60 else self.tr("In {m} min.").format(m=minutes))
            hint.setStyleSheet(f"color: {palette.MUTED};")

    def _deadline_changed(self) -> bool:
        return self.action is None or self.due_at() != self.action.due_at

    def due_at(self) -> datetime | None:
        if not self._chosen:
            return None
        return from_qt(self.ui.dueEdit.dateTime())

    def problem(self) -> str:
        if not self.ui.textEdit.toPlainText().strip():
            return self.tr("Describe the action.")
        if not self.ui.ownerCombo.currentText().strip():
            return self.tr("Every action needs an owner.")
        if self._deadline_changed():
            problem = deadline_problem(self.due_at(), self._now().replace(second=0, microsecond=0))
            if problem is not None:
                return error_message(problem)
        return ""

    def snapshot(self) -> tuple:
        return (self.ui.textEdit.toPlainText(), self.ui.ownerCombo.currentText(), self.due_at(),
                self.ui.statusCombo.currentData())


class GripDialog(_Dialog):
    def __init__(self, current: str | None, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GripDialog()
        self.ui.setupUi(self)
        self._setup()
        for level in load_grip_levels():
            text = f"{level.code} — {level.name}" + (f" ({level.team})" if level.team else "")
            self.ui.levelCombo.addItem(text, level.code)
        if current:
            self.ui.levelCombo.setCurrentIndex(max(0, self.ui.levelCombo.findData(current)))
        self.ui.atEdit.setDateTime(to_qt(now))

    def problem(self) -> str:
        return "" if self.ui.decidedByEdit.text().strip() else self.tr("Record who decided.")


class FindingDialog(_Dialog):
    def __init__(self, injects: list[InjectRecord], now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingDialog()
        self.ui.setupUi(self)
        self._setup()
        for kind in FindingKind:
            self.ui.kindCombo.addItem(label(kind), kind)
        self.ui.injectCombo.addItem(self.tr("(the exercise as a whole)"), None)
        for inject in injects:
            self.ui.injectCombo.addItem(f"{format_offset(inject.offset_minutes)} {inject.content[:60]}", inject.id)
        self.ui.dueEdit.setDateTime(to_qt(now))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        improvement = self.ui.kindCombo.currentData() == FindingKind.IMPROVEMENT
        for widget in (self.ui.ownerEdit, self.ui.dueEdit, self.ui.ownerEditLabel, self.ui.dueEditLabel):
            widget.setEnabled(improvement)

    def problem(self) -> str:
        if not self.ui.textEdit.toPlainText().strip():
            return self.tr("Write the finding down.")
        if self.ui.kindCombo.currentData() == FindingKind.IMPROVEMENT and not self.ui.ownerEdit.text().strip():
            return self.tr("An improvement action needs an owner.")
        return ""
