"""The exercise script: the inject list with add, change, delete, import (CSV/Excel) and,
while the exercise runs, "release now". Released injects are shown green and stay as sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.operations.records import InjectRecord
from crisisdesk.labels import error_message
from crisisdesk.services.errors import ServiceError, ValidationFailed
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.inject_import import ImportResult, read_injects
from crisisdesk.ui.operations.dialogs import InjectDialog, mark_if_exercise
from crisisdesk.ui.operations.models import inject_model
from crisisdesk.ui.operations.widgets import selected, table


class ImportReportDialog(QDialog):
    """What an import found: how many injects can be added, and every row that could not be read."""

    def __init__(self, path: str, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import injects — {file}").format(file=Path(path).name))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        skipped = sum(1 for p in result.problems if p.skipped)
        summary = self.tr("{n} inject(s) can be added.").format(n=len(result.injects))
        if result.problems:
            summary += " " + self.tr("{skipped} row(s) could not be read; {warnings} warning(s).").format(
                skipped=skipped, warnings=len(result.problems) - skipped)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(len(result.problems), 3, self)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        for row, problem in enumerate(result.problems):
            where = str(problem.row) if problem.row else self.tr("file")
            self.problems.setItem(row, 0, QTableWidgetItem(where))
            self.problems.setItem(row, 1, QTableWidgetItem(problem.column))
            text = problem.message if problem.skipped else self.tr("(read) ") + problem.message
            self.problems.setItem(row, 2, QTableWidgetItem(text))
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setVisible(bool(result.problems))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("Add {n} inject(s)").format(n=len(result.injects)),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(bool(result.injects))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        mark_if_exercise(self)


class InjectEditor(QWidget):
    """``changed`` fires after every change to the script (or a release from here)."""

    changed = Signal()

    def __init__(self, service: ExerciseService, exercise_id: int, roles: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.exercise_id = exercise_id
        self._roles = roles
        layout = QVBoxLayout(self)
        self.model = inject_model(self)
        self.view = table(self.model, self, 5, (70, 130, 200, 160, 100, 400, 300))
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add_button = self._button(row, self.tr("New inject…"), self.add)
        self.edit_button = self._button(row, self.tr("Change…"), self.edit_selected)
        self.delete_button = self._button(row, self.tr("Delete"), self.delete_selected)
        self.import_button = self._button(row, self.tr("Import CSV or Excel…"), self.choose_import)
        row.addStretch(1)
        self.release_button = self._button(row, self.tr("Release selected now"), self.release_selected)
        layout.addLayout(row)

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def refresh(self, injects: list[InjectRecord] | None = None) -> None:
        selected_inject = selected(self.view)
        self.model.set_rows(injects if injects is not None else self.service.injects(self.exercise_id))
        if selected_inject is not None:
            for row, inject in enumerate(self.model.rows()):
                if inject.id == selected_inject.id:
                    self.view.selectRow(row)

    def _run(self, dialog: InjectDialog, save) -> InjectDialog:
        dialog.save = save
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def add(self) -> InjectDialog:
        return self._run(InjectDialog(self._roles(), self), lambda d: self.service.add_inject(self.exercise_id, d.draft()))

    def edit_selected(self) -> InjectDialog | None:
        inject = selected(self.view)
        if inject is None:
            return None
        if inject.released:
            QMessageBox.information(self, self.tr("Inject"), self.tr("This inject has been released; what the team received stays as it was."))
            return None
        return self._run(InjectDialog(self._roles(), self, inject), lambda d: self.service.update_inject(inject.id, d.draft()))

    def delete_selected(self) -> None:
        inject = selected(self.view)
        if inject is None:
            return
        self._try(lambda: self.service.delete_inject(inject.id))

    def release_selected(self) -> None:
        inject = selected(self.view)
        if inject is not None:
            self._try(lambda: self.service.release_now(self.exercise_id, inject.id))

    def _try(self, action) -> bool:
        try:
            action()
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Inject"), "\n".join(error_message(e) for e in exc.errors))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Inject"), self.tr("Not possible: {reason}").format(reason=exc))
            return False
        self._changed()
        return True

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import injects"), "",
                                                    self.tr("Scripts (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> ImportReportDialog:
        result = read_injects(path)
        dialog = ImportReportDialog(path, result, self)
        dialog.accepted.connect(lambda: self._try(lambda: self.service.import_injects(self.exercise_id, result.injects)))
        dialog.open()
        return dialog
