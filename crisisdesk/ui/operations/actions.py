"""The main window's "Exercise & incident" menu. ``install(window)`` is the one call it makes.

Exercise and incident windows are separate top-level windows, so the register (and
whatever tabs the main window has) stays as it is underneath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox


if TYPE_CHECKING:
    from crisisdesk.services.operations.incidents import IncidentService
    from crisisdesk.ui.operations.dialogs import ExerciseSetupDialog, GripDialog


class OperationActions:
    def __init__(self, window) -> None:
        self.window = window
        self.windows: list = []  # open exercise and incident windows (kept alive here)
        menu = QMenu(QCoreApplication.translate("MainWindow", "E&xercise && incident"), window)
        menu.setObjectName("operationsMenu")
        self.menu = menu
        self.new_exercise_action = self._action("newExerciseAction", QCoreApplication.translate("MainWindow", "New exercise…"), self.new_exercise)
        self.open_exercise_action = self._action("openExerciseAction", QCoreApplication.translate("MainWindow", "Open exercise as leader…"), self.open_exercise)
        self.open_exercise_action.setToolTip(QCoreApplication.translate("MainWindow", "The exercise leader's view: script, clock and release of injects"))
        self.open_player_action = self._action("openExercisePlayerAction", QCoreApplication.translate("MainWindow", "Open exercise as player…"), self.open_exercise_as_player)
        self.open_player_action.setToolTip(QCoreApplication.translate("MainWindow", "Logbook, BOB, current situation and received injects; never the script"))
        menu.addSeparator()
        self.start_incident_action = self._action("startIncidentAction", QCoreApplication.translate("MainWindow", "Start incident…"), self.start_incident)
        self.open_incident_action = self._action("openIncidentAction", QCoreApplication.translate("MainWindow", "Open incident…"), self.open_incident)
        help_menu = getattr(window.ui, "helpMenu", None)
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            window.menuBar().addMenu(menu)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda: slot())
        self.menu.addAction(action)
        return action


    # --- exercises ------------------------------------------------------------------------

    def new_exercise(self) -> ExerciseSetupDialog:
        from crisisdesk.ui.operations.dialogs import ExerciseSetupDialog

        service = self.window.desk.exercises
        dialog = ExerciseSetupDialog(self.window.desk.scenarios.list(), self.window)
        created = []
        dialog.save = lambda d: created.append(service.create(**d.values()))
        dialog.accepted.connect(lambda: self.show_exercise(created[-1].id))
        dialog.open()
        return dialog

    def _choose_exercise(self, title: str):
        exercises = self.window.desk.exercises.list()
        if not exercises:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Exercises"), QCoreApplication.translate("MainWindow", "There are no exercises yet."))
            return None
        from crisisdesk.labels import format_moment, label

        names = [f"#{r.id} {r.title} — {label(r.status)} ({format_moment(r.created_at, weekday=False)})" for r in exercises]
        name, ok = QInputDialog.getItem(self.window, title, QCoreApplication.translate("MainWindow", "Exercise:"), names, 0, False)
        return exercises[names.index(name)] if ok else None

    def open_exercise(self) -> None:
        chosen = self._choose_exercise(QCoreApplication.translate("MainWindow", "Open exercise as leader"))
        if chosen is not None and self.may_show_script(chosen):
            self.show_exercise(chosen.id)

    def may_show_script(self, exercise) -> bool:
        """While an exercise runs the leader's view (the whole script) is opened only on purpose."""
        from crisisdesk.domain.operations.exercise_clock import ClockStatus

        if exercise.status not in (ClockStatus.RUNNING, ClockStatus.PAUSED):
            return True
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("MainWindow", "Open exercise as leader"),
            QCoreApplication.translate("MainWindow", "This exercise is running. The leader's view shows the whole script, with every "
                                       "upcoming inject and its expected action.\n\nPlayers use \"Open exercise as player…\". "
                                       "Open the leader's view on this desk?"))
        return answer == QMessageBox.StandardButton.Yes

    def open_exercise_as_player(self) -> None:
        chosen = self._choose_exercise(QCoreApplication.translate("MainWindow", "Open exercise as player"))
        if chosen is not None:
            self.show_player_view(chosen.id)

    def show_exercise(self, exercise_id: int):
        from crisisdesk.ui.operations.exercise_window import ExerciseWindow

        window = ExerciseWindow(self.window.desk, exercise_id)
        return self._show(window)

    def show_player_view(self, exercise_id: int):
        from crisisdesk.ui.operations.player_window import PlayerWindow

        return self._show(PlayerWindow(self.window.desk, exercise_id))

    # --- incidents ------------------------------------------------------------------------

    def start_incident(self) -> ExerciseSetupDialog:
        from crisisdesk.ui.operations.dialogs import ExerciseSetupDialog

        """Title, scenario (real ones only) and teams first; then the GRIP level and who decided."""
        service = self.window.desk.incidents
        dialog = ExerciseSetupDialog(service.scenario_choices(), self.window)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Start incident"))
        dialog.ui.titleEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", "e.g. Brand Hoog Catharijne"))
        dialog.accepted.connect(lambda: self._ask_grip(service, dialog.values()))
        dialog.open()
        return dialog

    def _ask_grip(self, service: IncidentService, values: dict) -> GripDialog:
        from crisisdesk.ui.operations.dialogs import GripDialog, from_qt

        grip = GripDialog("GRIP 1", service.now(), self.window)
        grip.setWindowTitle(QCoreApplication.translate("MainWindow", "GRIP level at the start"))
        started = []

        def save(d: GripDialog) -> None:
            started.append(service.start(values["title"], d.ui.levelCombo.currentData(), d.ui.decidedByEdit.text(),
                                         values["scenario_id"], d.ui.reasonEdit.toPlainText(), values["description"],
                                         values["teams"], from_qt(d.ui.atEdit.dateTime())))

        grip.save = save
        grip.accepted.connect(lambda: self.show_incident(started[-1].id))
        grip.open()
        return grip

    def open_incident(self) -> None:

        incidents = self.window.desk.incidents.list()
        if not incidents:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Incidents"), QCoreApplication.translate("MainWindow", "There are no incidents."))
            return
        from crisisdesk.labels import format_moment

        names = [f"#{r.id} {r.title} — {r.grip_level or ''} ({format_moment(r.clock.started_at, weekday=False)})" for r in incidents]
        name, ok = QInputDialog.getItem(self.window, QCoreApplication.translate("MainWindow", "Open incident"), QCoreApplication.translate("MainWindow", "Incident:"), names, 0, False)
        if ok:
            self.show_incident(incidents[names.index(name)].id)

    def show_incident(self, incident_id: int):
        from crisisdesk.ui.operations.incident_window import IncidentWindow

        return self._show(IncidentWindow(self.window.desk, incident_id))

    def _show(self, window):
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        window.show()
        return window


def install(window) -> OperationActions:
    window.operation_actions = OperationActions(window)
    return window.operation_actions
