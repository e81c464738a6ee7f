"""Subject access (AVG art. 15): search, tick the records about this person, export a PDF.

A name is not unique, so nothing is exported until the advisor has ticked the records
that belong to the person; nothing is ticked by itself. File → Subject access (AVG)….
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

if TYPE_CHECKING:  # the service (SQLAlchemy), its domain and the labels load when the dialog opens, not at start-up
    from collections.abc import Callable

    from crisisdesk.domain.privacy.subject_access import Candidate

    from crisisdesk.services.privacy.subject_access import SubjectAccessService

KEY_ROLE = Qt.ItemDataRole.UserRole


def kind_label(record_type: str) -> str:
    from crisisdesk.domain.privacy.subject_access import EVENT, LOG_ENTRY, NOTIFICATION, PARTNER_CONTACT

    labels = {
        NOTIFICATION: QCoreApplication.translate("SubjectAccessDialog", "Notification"),
        EVENT: QCoreApplication.translate("SubjectAccessDialog", "Event"),
        PARTNER_CONTACT: QCoreApplication.translate("SubjectAccessDialog", "Partner contact"),
        LOG_ENTRY: QCoreApplication.translate("SubjectAccessDialog", "Logbook entry"),
    }
    return labels.get(record_type, record_type)


def found_in_label(name: str) -> str:
    extra = {
        "status_note": QCoreApplication.translate("SubjectAccessDialog", "status note"),
        "checklist": QCoreApplication.translate("SubjectAccessDialog", "checklist"),
        "audit_trail": QCoreApplication.translate("SubjectAccessDialog", "audit trail"),
        "name": QCoreApplication.translate("SubjectAccessDialog", "name"),
        "email": QCoreApplication.translate("SubjectAccessDialog", "e-mail"),
        "phone": QCoreApplication.translate("SubjectAccessDialog", "phone"),
        "phone_24h": QCoreApplication.translate("SubjectAccessDialog", "phone (24 hours)"),
        "function": QCoreApplication.translate("SubjectAccessDialog", "function"),
        "text": QCoreApplication.translate("SubjectAccessDialog", "text"),
        "title": QCoreApplication.translate("SubjectAccessDialog", "title"),
        "description": QCoreApplication.translate("SubjectAccessDialog", "description"),
    }
    from crisisdesk.labels import field_label

    return extra.get(name) or field_label(name)


class SubjectAccessDialog(QDialog):
    """Search candidates; the export button works on the ticked ones only."""

    def __init__(self, service: SubjectAccessService, save: Callable[[str, bytes], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from crisisdesk.ui.forms.ui_subject_access_dialog import Ui_SubjectAccessDialog

        self.ui = Ui_SubjectAccessDialog()
        self.ui.setupUi(self)
        self.service = service
        self._save = save  # (path, pdf bytes) -> None: writes and remembers the export
        self.candidates: list[Candidate] = []
        self.searched = ""
        headers = [self.tr("About this person"), self.tr("Record"), self.tr("When"), self.tr("Title"),
                   self.tr("Data that tell people apart"), self.tr("Found in")]
        self.ui.candidatesTable.setColumnCount(len(headers))
        self.ui.candidatesTable.setHorizontalHeaderLabels(headers)
        header = self.ui.candidatesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.searchEdit.returnPressed.connect(self.search)
        self.ui.candidatesTable.itemChanged.connect(self._update_export)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.closeButton.clicked.connect(self.reject)

    def search(self) -> None:
        text = self.ui.searchEdit.text()
        try:
            self.candidates = self.service.candidates(text)
        except ValueError:
            self.ui.statusLabel.setText(self.tr("Give at least three characters."))
            return
        self.searched = text
        table = self.ui.candidatesTable
        table.blockSignals(True)
        table.setRowCount(0)
        for row, candidate in enumerate(self.candidates):
            table.insertRow(row)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)  # the advisor decides, record by record
            tick.setData(KEY_ROLE, candidate.key)
            table.setItem(row, 0, tick)
            what = f"{kind_label(candidate.record_type)} #{candidate.id}"
            if candidate.deleted:
                what += " " + self.tr("(deleted)")
            details = "\n".join(str(value) for _field, value in candidate.shown)
            from crisisdesk.labels import format_moment

            texts = (what, format_moment(candidate.when, weekday=False) if candidate.when else "", candidate.title,
                     details, ", ".join(found_in_label(name) for name in candidate.matched))
            for column, text_value in enumerate(texts, start=1):
                table.setItem(row, column, QTableWidgetItem(text_value))
        table.blockSignals(False)
        table.resizeRowsToContents()
        self.ui.statusLabel.setText(self.tr("%n record(s) found. Tick those about this person.", "", len(self.candidates)))
        self._update_export()

    def chosen(self) -> list[str]:
        table = self.ui.candidatesTable
        ticks = [table.item(row, 0) for row in range(table.rowCount())]
        return [tick.data(KEY_ROLE) for tick in ticks if tick is not None and tick.checkState() == Qt.CheckState.Checked]

    def _update_export(self, *_args) -> None:
        self.ui.exportButton.setEnabled(bool(self.chosen()))

    def ask_export_path(self, suggested: str) -> str:
        """A save dialog; tests replace this method."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the subject access PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        return path

    def export(self) -> Path | None:
        from crisisdesk.reports.privacy.subject_access import subject_access_pdf

        keys = self.chosen()
        if not keys:
            return None
        path = self.ask_export_path("inzage-avg.pdf")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = subject_access_pdf(self.service.compile(self.searched, keys))
            self._save(path, pdf)
        except OSError as exc:
            from crisisdesk.messages import failure_message

            QMessageBox.warning(self, self.windowTitle(), failure_message(exc, "save subject access PDF"))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ui.statusLabel.setText(self.tr("Saved: {path}").format(path=path))
        return Path(path)


def install(window: Any) -> QAction:  # the MainWindow: ui/shell may import this folder, not the reverse
    """File → Subject access (AVG)…."""
    action = QAction(QCoreApplication.translate("MainWindow", "Subject access (AVG)…"), window)
    action.setObjectName("subjectAccessAction")
    action.setToolTip(QCoreApplication.translate("MainWindow", "Everything held about one person, as a PDF (AVG art. 15)"))
    menu = window.ui.fileMenu
    actions = menu.actions()
    audit = getattr(window, "audit_action", None)
    if audit in actions and actions.index(audit) + 1 < len(actions):
        menu.insertAction(actions[actions.index(audit) + 1], action)  # beside the audit trail
    else:
        menu.addAction(action)

    def show() -> None:
        desk = window.desk
        dialog = SubjectAccessDialog(desk.subject_access,
                                     lambda path, pdf: desk.save_export(path, pdf, "subject access"), window)
        dialog.open()
        window.subject_access_dialog = dialog  # keep it alive while open

    action.triggered.connect(show)
    return action
