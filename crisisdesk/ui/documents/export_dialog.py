"""File → Export…: a period or a selection of notifications and events as ICS or CSV.

The file is written by ``services.export.export_file`` (whole or not at all) off the
GUI thread; the status bar says how many items went where. Organiser personal data
stays out unless the advisor ticks the box, which is off every time the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMainWindow, QWidget

from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.ui.common import workers
from crisisdesk.ui.common.date_typing import typable_dates

DEFAULT_DAYS = 30


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


class ExportDialog(QDialog):
    """Asks what to export and where; ``exported(count, path)`` once the file is written."""

    exported = Signal(int, str)
    failed = Signal(str)

    def __init__(
        self,
        export_file: Callable[..., int],  # Desk.export_file
        today: date,
        selection: list[tuple[str, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from crisisdesk.ui.common.widgets import LATE_COLOUR, MUTED_COLOUR
        from crisisdesk.ui.forms.ui_export_dialog import Ui_ExportDialog

        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        typable_dates(self)  # dates typed as displayed; Tab leaves the field
        self.export_file = export_file
        self.selection = list(selection or [])
        self.worker: workers.Worker | None = None
        ui = self.ui
        ui.privacyNoteLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.errorLabel.setStyleSheet(f"color: {LATE_COLOUR};")
        ui.errorLabel.hide()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("exportButton")
        self.save_button.setText(self.tr("Export…"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.fromDateEdit.setDate(QDate(today.year, today.month, today.day))
        end = today + timedelta(days=DEFAULT_DAYS)
        ui.toDateEdit.setDate(QDate(end.year, end.month, end.day))
        ui.personalDataCheck.setChecked(False)
        ui.selectionOnlyCheck.setChecked(bool(self.selection))
        ui.selectionOnlyCheck.setEnabled(bool(self.selection))
        ui.selectionLabel.setText(
            self.tr("%n selected item(s) in the period.", "", len(self.selection)) if self.selection
            else self.tr("Select rows in a list first to export only those.")
        )
        ui.selectionLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.save_button.clicked.connect(self.start_export)
        ui.buttonBox.rejected.connect(self.reject)

    def format(self) -> str:
        return "csv" if self.ui.csvRadio.isChecked() else "ics"

    def period(self) -> tuple[datetime, datetime]:
        first = self.ui.fromDateEdit.date().toPython()
        last = self.ui.toDateEdit.date().toPython()
        return _midnight(first), _midnight(last + timedelta(days=1))

    def ask_path(self, suggested: str) -> str:
        """The save-file dialog; tests replace this method."""
        if self.format() == "ics":
            filters = self.tr("iCalendar (*.ics)")
        else:
            filters = self.tr("CSV for Excel (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, filters)
        return path

    def start_export(self) -> None:

        ui = self.ui
        start, end = self.period()
        if end <= start:
            ui.errorLabel.setText(self.tr("The period ends before it starts."))
            ui.errorLabel.show()
            return
        ui.errorLabel.hide()
        fmt = self.format()
        first = ui.fromDateEdit.date().toPython()
        path = self.ask_path(str(Path.home() / f"crisisdesk-{first.isoformat()}.{fmt}"))
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path += f".{fmt}"
        selection = self.selection if ui.selectionOnlyCheck.isChecked() else None
        self.worker = workers.Worker(
            self.export_file, fmt, path, start, end, selection=selection,
            include_personal_data=ui.personalDataCheck.isChecked(), progress=False,
        )
        self.worker.signals.result.connect(lambda count: self._done(count, path))
        self.worker.signals.error.connect(self._worker_failed)
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Exporting…"))
        workers.start(self.worker)

    def _done(self, count: int, path: str) -> None:
        self.exported.emit(count, path)
        self.accept()

    def _worker_failed(self, exc: Exception, _traceback: str) -> None:
        from crisisdesk.messages import failure_message

        self._failed(failure_message(exc, "export calendar"))

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Export…"))
        self.ui.errorLabel.setText(self.tr("Not exported: {error}").format(error=message))
        self.ui.errorLabel.show()
        self.failed.emit(message)


def install(window: QMainWindow, selection: Callable[[], list[tuple[str, int]]]) -> QAction:
    """File → Export…; ``selection()`` gives the (kind, id) pairs selected on the current tab."""
    action = QAction(QCoreApplication.translate("MainWindow", "Export…"), window)
    action.setObjectName("exportAction")
    action.setShortcut("Ctrl+E")
    action.setToolTip(QCoreApplication.translate("MainWindow", "Export notifications and events as ICS (Outlook) or CSV (Excel)"))
    window.ui.fileMenu.insertAction(window.ui.quitAction, action)
    window.ui.fileMenu.insertSeparator(window.ui.quitAction)
    action.triggered.connect(lambda: open_export(window, selection()))
    return action


def open_export(window: QMainWindow, selection: list[tuple[str, int]] | None = None) -> ExportDialog:
    from crisisdesk.domain.timeutil import to_local

    today = to_local(window._clock()).date()
    dialog = ExportDialog(window.desk.export_file, today, selection, window)
    dialog.exported.connect(lambda count, path: window.ui.statusbar.showMessage(
        QCoreApplication.translate("MainWindow", "Exported {count} items to {path}.").format(count=count, path=path), 10_000))
    window.export_dialog = dialog
    dialog.open()
    return dialog
