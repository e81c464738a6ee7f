"""Everything one partner still has to do in a period, on screen and as a PDF to hand over.

Each row has a tick box: ticking marks the action done (one transaction, in the audit
trail) and the row shows what was stored; unticking opens it again. Double-click or
Enter opens the record the action belongs to; Space ticks. The list is read afresh
when the window becomes active again (after a record dialog, say).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.checklists.records import ItemChange, PartnerTask
from crisisdesk.domain.checklists.rules import ItemStatus
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import AMSTERDAM, to_local
from crisisdesk.labels import format_moment, label
from crisisdesk.reports.checklists.partner_tasks import PartnerTasksReport, build_partner_tasks, record_kind
from crisisdesk.ui.common.widgets import LATE_BACKGROUND, LATE_COLOUR, MUTED_COLOUR
from crisisdesk.ui.common.date_typing import typable
from crisisdesk.ui.common.fit import fit_to_screen

(COL_DONE, COL_DUE, COL_RECORD, COL_ACTION, COL_STATUS, COL_NOTE) = range(6)
ROLE_ITEM = Qt.ItemDataRole.UserRole


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


class PartnerTasksPage(QWidget):
    def __init__(self, partners, tasks_of, clock, parent: QWidget | None = None, author=lambda: "",
                 checklists=None, open_record=None) -> None:
        super().__init__(parent)
        self.partners, self.tasks_of, self.clock = partners, tasks_of, clock  # tasks_of: Desk.partner_tasks
        self.author = author  # Desk.document_author: the PDF's Author
        self.checklists = checklists  # ChecklistService: ticking writes through it
        self.open_record = open_record  # (ChecklistRecordType, id) -> opens the record's dialog
        self._filling = False
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
        for text, field, stretch in ((self.tr("Partner:"), self.partner_combo, 1), (self.tr("from"), self.from_edit, 0),
                                     (self.tr("to"), self.to_edit, 0)):
            label_widget = QLabel(text, self)
            label_widget.setBuddy(field)  # what a screen reader says for the field
            bar.addWidget(label_widget)
            bar.addWidget(field, stretch)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("tasksTable")
        self.table.setAccessibleName(self.tr("Actions of this partner"))
        self.table.setToolTip(self.tr("Tick an action when it is done; double-click or Enter opens its record."))
        self.table.setHorizontalHeaderLabels([self.tr("Done"), self.tr("Due"), self.tr("Record"), self.tr("Action"),
                                              self.tr("Status"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((COL_DONE, 64), (COL_DUE, 150), (COL_RECORD, 280), (COL_STATUS, 80), (COL_NOTE, 160)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.table.itemChanged.connect(self._ticked)
        self.table.cellDoubleClicked.connect(lambda row, column: column != COL_DONE and self.open_row(row))
        self.table.installEventFilter(self)
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
        current = self.table.currentRow()
        self.table.setRowCount(len(self.tasks))
        for row, task in enumerate(self.tasks):
            self._fill_row(row, task)
        self.table.resizeRowsToContents()
        if self.tasks:
            self.table.setCurrentCell(min(max(current, 0), len(self.tasks) - 1), COL_DONE)
        self._show_summary()
        self.pdf_button.setEnabled(partner_id is not None and last >= first)

    def _fill_row(self, row: int, task: PartnerTask) -> None:
        self._filling = True
        try:
            done = task.status == ItemStatus.DONE
            tick = QTableWidgetItem()
            tick.setData(ROLE_ITEM, task.item_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.checklists is not None and not self.checklists.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            tick.setFlags(flags)
            tick.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            tick.setToolTip(self.tr("Done: {action}").format(action=task.text))
            due = QTableWidgetItem(format_moment(task.due_at) if task.due_at else "—")
            record = QTableWidgetItem(f"{record_kind(task.record_type)} #{task.record_id} — {task.record_title}")
            action = QTableWidgetItem(task.text)
            if task.overdue and not done:
                due.setText(due.text() + "\n" + self.tr("overdue"))
                for cell in (due, action):
                    cell.setForeground(QBrush(QColor(LATE_COLOUR)))
                    cell.setBackground(QBrush(QColor(LATE_BACKGROUND)))
            cells = (due, record, action, QTableWidgetItem(label(task.status)), QTableWidgetItem(task.note))
            for cell in cells:
                cell.setToolTip(cell.text())
                if done:
                    cell.setForeground(QBrush(QColor(MUTED_COLOUR)))
            for column, cell in enumerate((tick, *cells)):
                self.table.setItem(row, column, cell)
        finally:
            self._filling = False

    def _show_summary(self) -> None:
        open_tasks = [t for t in self.tasks if t.status != ItemStatus.DONE]
        late = sum(1 for t in open_tasks if t.overdue)
        text = self.tr("{n} open action(s); {late} overdue.").format(n=len(open_tasks), late=late)
        done = len(self.tasks) - len(open_tasks)
        if done:
            text += " " + self.tr("{n} ticked off just now.").format(n=done)
        self.summary_label.setText(text)

    # --- ticking and opening ------------------------------------------------------------

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != COL_DONE:
            return
        self.tick(cell.row(), cell.checkState() == Qt.CheckState.Checked)

    def tick(self, row: int, done: bool = True) -> bool:
        """Marks the action on ``row`` done (or open again): one write, then the row shows what is stored."""
        from crisisdesk.labels import error_message, storage_message
        from crisisdesk.services.errors import NotFound, ReadOnly, ServiceError, StorageUnavailable, ValidationFailed

        task = self.tasks[row]
        if self.checklists is None or (task.status == ItemStatus.DONE) == done:
            return False
        try:
            stored = self.checklists.update_item(task.item_id, ItemChange(status=ItemStatus.DONE if done else ItemStatus.OPEN))
        except ValidationFailed as exc:
            problem = "\n".join(error_message(e) for e in exc.errors)
        except StorageUnavailable as exc:
            problem = storage_message(exc.reason)
        except ReadOnly:
            problem = storage_message("read_only_mode")
        except NotFound:
            problem = self.tr("This action was removed by someone else.")
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            problem = failure_message(exc, "tick partner action")
        else:
            item = next(i for i in stored.items if i.id == task.item_id)
            from dataclasses import replace

            self.tasks[row] = replace(task, status=item.status, overdue=item.overdue, note=item.note)
            self._fill_row(row, self.tasks[row])
            self._show_summary()
            return True
        self.show_message(self.tr("Not saved"), problem)
        self.reload()
        return False

    def open_row(self, row: int) -> bool:
        if self.open_record is None or not 0 <= row < len(self.tasks):
            return False
        task = self.tasks[row]
        self.open_record(task.record_type, task.record_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the current row's record; Space ticks it (from any column)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = self.table.currentRow()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
                self.open_row(row)
                return True
            if event.key() == Qt.Key.Key_Space and row >= 0:
                cell = self.table.item(row, COL_DONE)
                if cell is not None and cell.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    checked = cell.checkState() == Qt.CheckState.Checked
                    cell.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.tasks_of is not None and self.isVisible():
            self.reload()  # back from a record dialog: what was done there shows here
        return super().event(event)

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

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
