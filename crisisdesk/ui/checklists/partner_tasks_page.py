"""Everything one partner still has to do in a period, on screen and as a PDF to hand over."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.checklists.records import PartnerTask
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import AMSTERDAM, to_local
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.checklists.partner_tasks import PartnerTasksReport, build_partner_tasks, record_kind
from crisisdesk.ui.common.widgets import LATE_BACKGROUND, LATE_COLOUR
from crisisdesk.ui.common.date_typing import typable
from crisisdesk.ui.common.fit import fit_to_screen

(COL_DUE, COL_RECORD, COL_ACTION, COL_STATUS, COL_NOTE) = range(5)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


class PartnerTasksPage(QWidget):
    def __init__(self, partners, tasks_of, clock, parent: QWidget | None = None, author=lambda: "") -> None:
        super().__init__(parent)
        self.partners, self.tasks_of, self.clock = partners, tasks_of, clock  # tasks_of: Desk.partner_tasks
        self.author = author  # Desk.document_author: the PDF's Author
        self.tasks: list[PartnerTask] = []
        self.preview = None
        self.setWindowTitle(self.tr("Actions per partner"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.partner_combo = QComboBox(self)
        self.partner_combo.setObjectName("partnerCombo")
        for partner in partners.list():
            self.partner_combo.addItem(partner.name, partner.id)
        today = to_local(clock()).date()
        self.from_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day).addDays(13), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            typable(edit)  # typed as displayed; Tab leaves the field
        self.pdf_button = QPushButton(self.tr("Print / PDF…"), self)
        self.pdf_button.setObjectName("pdfButton")
        bar.addWidget(QLabel(self.tr("Partner:"), self))
        bar.addWidget(self.partner_combo, 1)
        bar.addWidget(QLabel(self.tr("from"), self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.to_edit)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("tasksTable")
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Record"), self.tr("Action"), self.tr("Status"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((COL_DUE, 150), (COL_RECORD, 280), (COL_STATUS, 80), (COL_NOTE, 160)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.partner_combo.currentIndexChanged.connect(self.reload)
        self.from_edit.dateChanged.connect(self.reload)
        self.to_edit.dateChanged.connect(self.reload)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.resize(1100, 600)
        fit_to_screen(self)  # a laptop at 125 % has less room
        self.reload()

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def select_partner(self, partner_id: int) -> None:
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner_id)))

    def reload(self) -> None:
        partner_id = self.partner_combo.currentData()
        first, last = self.period()
        if partner_id is None or last < first:
            self.tasks = []
        else:
            self.tasks = self.tasks_of(partner_id, _midnight(first), _midnight(last + timedelta(days=1)), self.clock())
        self.table.setRowCount(len(self.tasks))
        for row, task in enumerate(self.tasks):
            due = QTableWidgetItem(format_moment(task.due_at) if task.due_at else "—")
            record = QTableWidgetItem(f"{record_kind(task.record_type)} #{task.record_id} — {task.record_title}")
            action = QTableWidgetItem(task.text)
            if task.overdue:
                due.setText(due.text() + "\n" + self.tr("overdue"))
                for cell in (due, action):
                    cell.setForeground(QBrush(QColor(LATE_COLOUR)))
                    cell.setBackground(QBrush(QColor(LATE_BACKGROUND)))
            for column, cell in enumerate((due, record, action, QTableWidgetItem(label(task.status)), QTableWidgetItem(task.note))):
                cell.setToolTip(cell.text())
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        late = sum(1 for t in self.tasks if t.overdue)
        self.summary_label.setText(self.tr("{n} open action(s); {late} overdue.").format(n=len(self.tasks), late=late))
        self.pdf_button.setEnabled(partner_id is not None and last >= first)

    def pdf(self) -> bytes:
        first, last = self.period()
        partner = self.partners.get(self.partner_combo.currentData())
        return build_partner_tasks(PartnerTasksReport(partner, first, last, tuple(self.tasks), self.clock(),
                                                      Marking.INTERNAL, self.partners.user, self.author()))

    def show_pdf(self) -> None:
        from crisisdesk.services.checklists.partners import slug
        from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

        name = f"acties-{slug(self.partner_combo.currentText())}.pdf"
        self.preview = PdfPreviewDialog(self.pdf(), self.windowTitle(), name, self)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.open()
