"""The audit trail of one record, and the main window's "Audit trail…" action."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMainWindow, QTableWidgetItem, QWidget


if TYPE_CHECKING:  # the service (and SQLAlchemy) load when the dialog opens, not at start-up
    from crisisdesk.services.privacy.audit import AuditRecord, AuditService

def action_label(action: str) -> str:
    """Kept for callers of the old place; the words live in ``crisisdesk.labels``."""
    from crisisdesk.labels import action_label as words

    return words(action)


class AuditDialog(QDialog):
    """Who changed what and when, for one record; exportable as CSV."""

    def __init__(self, service: AuditService, record_type: str, record_id: str | int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from crisisdesk.ui.forms.ui_audit_dialog import Ui_AuditDialog

        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.service = service
        self.record_type = record_type
        self.record_id = str(record_id)
        self.entries = service.entries(record_type, self.record_id)
        title = self.tr("Audit trail of notification #{id}") if record_type == "notification" else self.tr("Audit trail of {type} {id}")
        self.setWindowTitle(title.format(id=self.record_id, type=record_type))
        self.ui.headerLabel.setText(
            title.format(id=self.record_id, type=record_type) + " — " + self.tr("%n change(s)", "", len(self.entries))
        )
        self.ui.noteLabel.setProperty("role", "note")
        self.ui.entriesTable.setAccessibleName(self.tr("Changes"))
        self._fill()
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.exportButton.clicked.connect(self.export)

    def _fill(self) -> None:
        table = self.ui.entriesTable
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self.row_texts(entry)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def row_texts(self, entry: AuditRecord) -> tuple[str, ...]:
        from crisisdesk.labels import field_label, format_moment
        from crisisdesk.services.privacy.audit import value_text

        return (
            format_moment(entry.at),
            entry.user,
            action_label(entry.action),
            field_label(entry.field) if entry.field else "",
            value_text(entry, entry.old_value),
            value_text(entry, entry.new_value),
        )

    def export(self) -> Path | None:
        path = self.ask_export_path(f"audit-{self.record_type}-{self.record_id}.csv")
        if not path:
            return None
        self.service.export_csv(path, self.record_type, self.record_id)
        return Path(path)

    def ask_export_path(self, suggested: str) -> str:
        """A save dialog; tests replace this method."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), suggested, "CSV (*.csv)")
        return path


def install(window: QMainWindow) -> QAction:
    """File → Audit trail… for the selected notification."""
    action = QAction(QCoreApplication.translate("MainWindow", "Audit trail…"), window)
    action.setObjectName("auditAction")
    action.setToolTip(QCoreApplication.translate("MainWindow", "Who changed the selected notification, when, and what"))
    menu = window.ui.fileMenu
    actions = menu.actions()
    after_open = actions[actions.index(window.ui.openAction) + 1] if window.ui.openAction in actions else None
    menu.insertAction(after_open, action)  # beside Open, about the same selected notification

    def show() -> None:

        rows = window.ui.registerView.selectionModel().selectedRows()
        if not rows:
            window.show_error(QCoreApplication.translate("MainWindow", "Select a notification first."))
            return
        notification_id = window.model.row_at(rows[0].row()).id
        dialog = AuditDialog(window.desk.audit, "notification", notification_id, window)
        dialog.open()
        window._audit_dialog = dialog  # keep it alive while open

    action.triggered.connect(show)
    return action
