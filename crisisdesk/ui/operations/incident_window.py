"""The window of a real incident: GRIP level with its history, logbook and BOB meeting.

The same logbook and BOB widgets as an exercise, and no exercise marks anywhere.
"""

from __future__ import annotations


from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from crisisdesk.desk import Desk
from crisisdesk.labels import format_moment
from crisisdesk.ui.operations.dialogs import GripDialog, from_qt, roles_of
from crisisdesk.ui.operations.widgets import BobPanel, LogbookPanel
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common.accessibility import name_by_context
from crisisdesk.ui.common import palette


class IncidentWindow(QMainWindow):
    def __init__(self, desk: Desk, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = desk.incidents
        self.logbook = desk.logbook
        self.incident_id = incident_id
        self.record = self.service.get(incident_id)
        self.preview = None
        self.resize(1180, 780)
        fit_to_screen(self)  # a laptop at 125 % has less room
        central = QWidget(self)
        layout = QVBoxLayout(central)
        header = QHBoxLayout()
        self.grip_label = QLabel(central)
        self.grip_label.setObjectName("gripLabel")
        self.grip_label.setStyleSheet(f"QLabel#gripLabel {{ background: {palette.BRAND}; color: white; font-size: 18px;"
                                      " font-weight: bold; padding: 6px 14px; }")
        self.title_label = QLabel(central)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.history_label = QLabel(central)
        self.history_label.setStyleSheet(f"color: {palette.MUTED};")
        self.history_label.setWordWrap(True)
        info = QVBoxLayout()
        info.addWidget(self.title_label)
        info.addWidget(self.history_label)
        header.addWidget(self.grip_label)
        header.addLayout(info, 1)
        self.grip_button = QPushButton(self.tr("Change GRIP level…"), central)
        self.grip_button.clicked.connect(self.change_grip)
        self.close_button = QPushButton(self.tr("Close incident"), central)
        self.close_button.clicked.connect(self.close_incident)
        header.addWidget(self.grip_button)
        header.addWidget(self.close_button)
        layout.addLayout(header)
        roles = roles_of(self.record.teams)
        self.tabs = QTabWidget(central)
        self.log_panel = LogbookPanel(self.logbook, incident_id, roles, None, self.tabs)
        self.bob_panel = BobPanel(self.logbook, incident_id, roles, self.show_pdf, self.tabs, desk.meetings)
        self.tabs.addTab(self.log_panel, self.tr("Logbook"))
        self.tabs.addTab(self.bob_panel, self.tr("BOB meeting"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.log_panel.entry_added.connect(lambda _id: self.bob_panel.refresh())
        self.refresh()
        name_by_context(self)  # tables and fields named after their tab, for screen readers

    def refresh(self) -> None:
        self.record = self.service.get(self.incident_id)
        self.setWindowTitle(self.tr("Incident — {title} — crisisdesk").format(title=self.record.title))
        self.title_label.setText(self.record.title + (self.tr(" (closed)") if self.record.closed_at else ""))
        self.grip_label.setText(self.record.grip_level or "—")
        changes = self.service.grip_changes(self.incident_id)
        self.history_label.setText("  ·  ".join(
            self.tr("{at}: {level} by {who}").format(at=format_moment(c.at, weekday=False), level=c.to_level, who=c.decided_by)
            for c in changes[-4:]))
        self.grip_button.setEnabled(self.record.closed_at is None)
        self.close_button.setEnabled(self.record.closed_at is None)
        self.log_panel.refresh()
        self.bob_panel.refresh()

    def change_grip(self) -> GripDialog:
        dialog = GripDialog(self.record.grip_level, self.service.now(), self)

        def save(d: GripDialog) -> None:
            self.service.change_grip(self.incident_id, d.ui.levelCombo.currentData(), d.ui.decidedByEdit.text(),
                                     d.ui.reasonEdit.toPlainText(), from_qt(d.ui.atEdit.dateTime()))

        dialog.save = save
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def close_incident(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if QMessageBox.question(self, self.tr("Close incident"), self.tr("Close this incident? The log stays.")) \
                == QMessageBox.StandardButton.Yes:
            self.service.close(self.incident_id)
            self.refresh()

    def show_pdf(self, pdf: bytes, name: str) -> None:
        from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, self.record.title, name, self)
        self.preview.open()
