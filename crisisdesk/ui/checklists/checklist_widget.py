"""A record's checklist, embeddable in any record dialog (notification, event, scenario).

    widget = ChecklistWidget(checklist_service, ChecklistRecordType.EVENT, event_id,
                             partners=partner_service, parent=dialog)
    dialog.ui.tabs.addTab(widget, widget.tab_title())

Each change (status, partner, note, add, remove, apply a template) is saved at once in
its own transaction; the record dialog's Save button is not involved. A record that
is not saved yet has no id: pass ``record_id=None``. The advisor can still choose
templates and add actions at once; the table shows them (due moments as offsets from
the start), and the record dialog calls ``attach(record_id)`` right after its first
save, which writes them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.checklists.records import ChecklistItemRecord, ChecklistRecord, ItemChange
from crisisdesk.domain.checklists.rules import (
    ChecklistRecordType,
    ItemStatus,
    OffsetError,
    Progress,
    due_moment,
    parse_offset,
)
from crisisdesk.domain.timeutil import to_local
from crisisdesk.labels import error_message, format_moment, label, storage_message
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import NotFound, ReadOnly, ServiceError, StorageUnavailable, ValidationFailed
from crisisdesk.ui.common.widgets import LATE_BACKGROUND, LATE_COLOUR, MUTED_COLOUR

if TYPE_CHECKING:
    from crisisdesk.services.checklists.partners import PartnerService
    from crisisdesk.services.checklists.service import ChecklistService

(COL_DUE, COL_TEXT, COL_PARTNER, COL_STATUS, COL_WHO, COL_NOTE) = range(6)
ROLE_ID = Qt.ItemDataRole.UserRole
MAX_PARTNER_BARS = 8
MUNICIPALITY = "Gemeente Utrecht — "


def short_name(name: str) -> str:
    """"Gemeente Utrecht — Stadsbedrijven" as "Gem. Stadsbedrijven": the table columns are narrow."""
    return "Gem. " + name[len(MUNICIPALITY):] if name.startswith(MUNICIPALITY) else name


def progress_text(progress: Progress) -> str:
    from crisisdesk.i18n import translate

    text = translate("Checklist", "{done} of {applicable} done").format(done=progress.done, applicable=progress.applicable)
    if progress.overdue:
        text += translate("Checklist", " · {n} overdue").format(n=progress.overdue)
    return text


class ChecklistWidget(QWidget):
    """Items with due moment, partner, status (who and when) and note; progress per partner."""

    checklist_changed = Signal()

    def __init__(self, service, record_type: ChecklistRecordType, record_id: int | None,
                 partners=None, parent: QWidget | None = None, suggested_template: str = "") -> None:
        super().__init__(parent)
        self.service = service
        self.partners = partners
        self.record_type = record_type
        self.record_id = record_id
        self.suggested_template = suggested_template
        self.checklist: ChecklistRecord | None = None
        self.pending: list[tuple[str, object]] = []  # (template key, anchor) chosen before the record was saved
        self.pending_items: list[tuple[str, str]] = []  # (action, offset) added before the record was saved
        self.start_of = None  # () -> the start entered in the dialog (aware) or None: due moments before saving
        self._partner_choices: list[tuple[int, str]] = []
        self._loading = False
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.total_bar = QProgressBar(self)
        self.total_bar.setObjectName("totalBar")
        self.total_bar.setMaximumWidth(240)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.total_bar)
        layout.addLayout(top)
        self.partner_grid = QGridLayout()
        self.partner_grid.setHorizontalSpacing(12)
        self.partner_grid.setVerticalSpacing(2)
        layout.addLayout(self.partner_grid)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("itemsTable")
        self.table.setAccessibleName(self.tr("Checklist actions"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("Action"), self.tr("Partner"), self.tr("Status"), self.tr("Who / when"), self.tr("Note"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((COL_DUE, 118), (COL_PARTNER, 150), (COL_STATUS, 92), (COL_WHO, 96), (COL_NOTE, 120)):
            self.table.setColumnWidth(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setMinimumSectionSize(46)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply template…"), self)
        self.apply_button.setObjectName("applyTemplateButton")
        self.add_button = QPushButton(self.tr("Add action…"), self)
        self.add_button.setObjectName("addItemButton")
        self.remove_button = QPushButton(self.tr("Remove action"), self)
        self.remove_button.setObjectName("removeItemButton")
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.message_label.setWordWrap(True)  # a long message must not widen the dialog
        for button in (self.apply_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message_label, 1)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply_template)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemChanged.connect(self._ticked)

    def tab_title(self) -> str:
        if self.record_id is None and (self.pending or self.pending_items):
            return self.tr("Checklist ({n})").format(n=len(self.pending_rows()))
        if self.checklist is None or not self.checklist.items:
            return self.tr("Checklist")
        return self.tr("Checklist ({percent}%)").format(percent=self.checklist.progress.percent)

    # --- loading --------------------------------------------------------------------

    def reload(self) -> None:
        if self.record_id is None:
            self.checklist = None
        else:
            self.checklist = self.service.get(self.record_type, self.record_id)
        if self.partners is not None:
            self._partner_choices = [(p.id, p.name) for p in self.partners.list(active_only=True)]
        self._show()

    def _show(self) -> None:
        self._loading = True
        items = self.checklist.items if self.checklist else ()
        self.table.clearContents()
        for column in (COL_WHO, COL_NOTE):  # nobody ticked or noted anything before the first save
            self.table.setColumnHidden(column, self.record_id is None)
        if self.record_id is None:
            self._show_pending()
        else:
            self.table.setRowCount(len(items))
            for row, item in enumerate(items):
                self._fill_row(row, item)
        self.table.resizeRowsToContents()  # a long action wraps instead of being cut off
        self._loading = False
        self._show_message()
        self._show_progress()
        self._update_buttons()

    def unsaved_choices(self) -> tuple:
        """What the advisor chose for a record not saved yet: lost if the dialog closes unsaved."""
        return tuple(self.pending), tuple(self.pending_items)

    def pending_rows(self) -> list[tuple[str, str, str, str]]:
        """What a record not saved yet will get: (offset, action, partner, template), in order."""
        return [(offset, text, partner, template) for offset, _due, text, partner, template in self._pending_rows()]

    def _pending_rows(self) -> list[tuple[str, datetime | None, str, str, str]]:
        """(offset, due moment if the anchor is known, action, partner, template)."""
        names = {key: name for key, name in self._partner_keys()}
        start = self._start()
        rows = []
        for key, anchor in self.pending:
            try:
                template = self.service.templates.get(key)
            except KeyError:
                continue
            counted_from = anchor if isinstance(anchor, datetime) else start
            for item in sorted(template.items, key=lambda i: i.offset.sort_key()):
                due = due_moment(counted_from, item.offset) if counted_from is not None else None
                rows.append((item.due, due, item.text, names.get(item.responsible, ""), template.name))
        own_anchor = start if start is not None else next((a for _k, a in self.pending if isinstance(a, datetime)), None)
        for text, offset in self.pending_items:
            due = due_moment(own_anchor, parse_offset(offset)) if own_anchor is not None else None
            rows.append((offset, due, text, "", ""))
        return rows

    def _start(self) -> datetime | None:
        try:
            start = self.start_of() if self.start_of is not None else None
        except (TypeError, ValueError):  # a start being typed: no due moments yet
            return None
        return start if isinstance(start, datetime) and start.tzinfo is not None else None

    def start_changed(self) -> None:
        """The dialog's start changed: due moments of a record not saved yet follow."""
        if self.record_id is None and (self.pending or self.pending_items):
            self._show()

    def _partner_keys(self) -> list[tuple[str, str]]:
        if self.partners is None:
            return []
        return [(p.key, p.name) for p in self.partners.list(active_only=True)]

    def _show_pending(self) -> None:
        """Chosen before the first save: shown as they will be made, written on saving."""
        rows = self._pending_rows()
        self.table.setRowCount(len(rows))
        muted = QBrush(QColor(MUTED_COLOUR))
        for row, (offset, moment, text, partner, template) in enumerate(rows):
            due = QTableWidgetItem(f"{format_moment(moment, weekday=True)}\n{offset}" if moment else (offset or "—"))
            due.setData(ROLE_ID, None)
            due.setToolTip(self.tr("Counted from the start once the record is saved"))
            action = QTableWidgetItem(text)
            action.setToolTip(text + (f"\n{template}" if template else ""))
            cells = (due, action, QTableWidgetItem(short_name(partner)), QTableWidgetItem(self.tr("on saving")))
            for column, cell in zip((COL_DUE, COL_TEXT, COL_PARTNER, COL_STATUS), cells, strict=True):
                cell.setForeground(muted)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)

    def _show_message(self) -> None:
        if self.record_id is None and (self.pending or self.pending_items):
            chosen = [self._template_name(key) for key, _anchor in self.pending]
            if self.pending_items:
                chosen.append(self.tr("%n own action(s)", "", len(self.pending_items)))
            names = ", ".join(chosen)
            text = self.tr("Applied when the record is saved: {templates}.").format(templates=names)
        elif self.record_id is None:
            text = self.tr("Choose a template now; it is applied when the record is saved.")
        elif self.checklist is None or not self.checklist.items:
            text = self.tr("No checklist yet: apply a template or add an action.")
        else:
            text = ""
        self.message_label.setText(text)

    def _fill_row(self, row: int, item: ChecklistItemRecord) -> None:
        due = QTableWidgetItem(format_moment(item.due_at, weekday=True) if item.due_at else "—")
        due.setData(ROLE_ID, item.id)
        due.setToolTip(item.offset_text or self.tr("Fixed due moment"))
        text = QTableWidgetItem(item.text + ("" if item.required else self.tr(" (optional)")))
        text.setToolTip(item.text + (f"\n{item.template}" if item.template else ""))
        text.setFlags(text.flags() | Qt.ItemFlag.ItemIsUserCheckable)  # tick = done, untick = open again
        text.setCheckState(Qt.CheckState.Checked if item.status == ItemStatus.DONE else Qt.CheckState.Unchecked)
        who = QTableWidgetItem(f"{item.status_by}\n{to_local(item.status_at):%d-%m %H:%M}" if item.status_at else "")
        who.setToolTip(f"{item.status_by}, {format_moment(item.status_at)}" if item.status_at else "")
        who.setForeground(QBrush(QColor(MUTED_COLOUR)))
        if item.overdue:
            due.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            due.setText(due.text() + "\n" + self.tr("overdue"))
            for cell in (due, text):
                cell.setForeground(QBrush(QColor(LATE_COLOUR)))
                cell.setBackground(QBrush(QColor(LATE_BACKGROUND)))
        if item.status in (ItemStatus.DONE, ItemStatus.NOT_APPLICABLE):
            for cell in (due, text):
                cell.setForeground(QBrush(QColor(MUTED_COLOUR)))
        self.table.setItem(row, COL_DUE, due)
        self.table.setItem(row, COL_TEXT, text)
        self.table.setItem(row, COL_WHO, who)

        partner = QComboBox(self.table)
        partner.setFrame(False)
        partner.addItem(self.tr("— nobody yet —"), None)
        for pid, name in self._partner_choices:
            partner.addItem(short_name(name), pid)
            partner.setItemData(partner.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if item.partner_id is not None and partner.findData(item.partner_id) < 0:
            partner.addItem(short_name(item.partner_name), item.partner_id)  # inactive now, still shown
        partner.setCurrentIndex(max(0, partner.findData(item.partner_id)))
        partner.setToolTip(item.partner_name)
        partner.setAccessibleName(self.tr("Partner for: {action}").format(action=item.text))
        partner.currentIndexChanged.connect(lambda _i, item_id=item.id, combo=partner: self._partner_changed(item_id, combo))
        self.table.setCellWidget(row, COL_PARTNER, partner)

        status = QComboBox(self.table)
        status.setFrame(False)
        status.setObjectName(f"status-{item.id}")
        status.setAccessibleName(self.tr("Status of: {action}").format(action=item.text))
        for member in ItemStatus:
            status.addItem(label(member), member.value)
        status.setCurrentIndex(status.findData(item.status.value))
        status.currentIndexChanged.connect(lambda _i, item_id=item.id, combo=status: self._status_changed(item_id, combo))
        self.table.setCellWidget(row, COL_STATUS, status)

        note = QLineEdit(item.note, self.table)
        note.setCursorPosition(0)
        note.setToolTip(item.note)
        note.setPlaceholderText(self.tr("note…"))
        note.setAccessibleName(self.tr("Note on: {action}").format(action=item.text))
        note.setFrame(False)
        note.editingFinished.connect(lambda item_id=item.id, edit=note: self._note_changed(item_id, edit))
        self.table.setCellWidget(row, COL_NOTE, note)

    def _show_progress(self) -> None:
        while self.partner_grid.count():
            widget = self.partner_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        progress = self.checklist.progress if self.checklist else Progress()
        self.total_bar.setValue(progress.percent)
        self.total_bar.setFormat(f"{progress.percent}%")
        summary = self.tr("No actions") if not progress.total else progress_text(progress)
        if self.record_id is None and (self.pending or self.pending_items):
            summary = self.tr("%n action(s), made when the record is saved", "", len(self.pending_rows()))
        self.summary_label.setText(f"<b>{summary}</b>")
        if progress.overdue:
            self.summary_label.setStyleSheet(f"color: {LATE_COLOUR};")
        else:
            self.summary_label.setStyleSheet("")
        per_partner = self.checklist.per_partner if self.checklist else ()
        for index, entry in enumerate(per_partner[:MAX_PARTNER_BARS]):
            row, column = divmod(index, 2)
            name = QLabel(short_name(entry.partner_name) or self.tr("Nobody yet"), self)
            name.setToolTip(entry.partner_name)
            name.setMinimumWidth(120)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            bar = QProgressBar(self)
            bar.setFixedSize(70, 10)
            bar.setTextVisible(False)
            bar.setValue(entry.progress.percent)
            count = QLabel(progress_text(entry.progress), self)
            if entry.progress.overdue:
                count.setStyleSheet(f"color: {LATE_COLOUR};")
            self.partner_grid.addWidget(name, row, column * 3)
            self.partner_grid.addWidget(bar, row, column * 3 + 1)
            self.partner_grid.addWidget(count, row, column * 3 + 2)
        for column in (0, 3):
            self.partner_grid.setColumnStretch(column, 1)
        if len(per_partner) > MAX_PARTNER_BARS:
            more = QLabel(self.tr("and {n} more partner(s)").format(n=len(per_partner) - MAX_PARTNER_BARS), self)
            self.partner_grid.addWidget(more, (MAX_PARTNER_BARS + 1) // 2, 0, 1, 6)

    def _template_name(self, key: str) -> str:
        try:
            return self.service.templates.get(key).name
        except KeyError:
            return key

    def _update_buttons(self) -> None:
        writable = not self._read_only()  # before the first save too: written on saving
        self.apply_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.record_id is not None and self.selected_item_id() is not None)

    def _read_only(self) -> bool:
        return self.service.read_only

    def selected_item_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), COL_DUE).data(ROLE_ID) if rows else None

    # --- changes --------------------------------------------------------------------

    def _run(self, call, *args) -> bool:
        try:
            self.checklist = call(*args)
        except ValidationFailed as exc:
            self.show_message(self.tr("Not saved"), "\n".join(error_message(e) for e in exc.errors))
        except StorageUnavailable as exc:
            self.show_message(self.tr("Not saved"), storage_message(exc.reason))
        except ReadOnly:
            self.show_message(self.tr("Not saved"), storage_message("read_only_mode"))
        except NotFound:
            self.show_message(self.tr("Not saved"), self.tr("This action was removed by someone else."))
        except ServiceError as exc:
            self.show_message(self.tr("Not saved"), failure_message(exc, "save checklist"))
        else:
            self._show()
            self.checklist_changed.emit()
            return True
        self.reload()
        return False

    def set_status(self, item_id: int, status: ItemStatus) -> bool:
        return self._run(self.service.update_item, item_id, ItemChange(status=status))

    def _ticked(self, cell: QTableWidgetItem) -> None:
        """The tick box before an action: done when ticked, open again when not."""
        if self._loading or cell.column() != COL_TEXT:
            return
        due = self.table.item(cell.row(), COL_DUE)
        if due is None:
            return
        item_id = due.data(ROLE_ID)
        done = cell.checkState() == Qt.CheckState.Checked
        current = next((i for i in (self.checklist.items if self.checklist else ()) if i.id == item_id), None)
        if current is None or (current.status == ItemStatus.DONE) == done:
            return
        self.set_status(item_id, ItemStatus.DONE if done else ItemStatus.OPEN)

    def tick(self, item_id: int, done: bool = True) -> None:
        """Ticks (or unticks) an action as the advisor would, by its tick box."""
        for row in range(self.table.rowCount()):
            due, text = self.table.item(row, COL_DUE), self.table.item(row, COL_TEXT)
            if due is not None and text is not None and due.data(ROLE_ID) == item_id:
                text.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                return
        raise KeyError(item_id)

    def _status_changed(self, item_id: int, combo: QComboBox) -> None:
        if not self._loading:
            self.set_status(item_id, ItemStatus(combo.currentData()))

    def _partner_changed(self, item_id: int, combo: QComboBox) -> None:
        if self._loading:
            return
        pid = combo.currentData()
        change = ItemChange(partner_id=pid) if pid is not None else ItemChange(clear_partner=True)
        self._run(self.service.update_item, item_id, change)

    def _note_changed(self, item_id: int, edit: QLineEdit) -> None:
        current = next((i for i in (self.checklist.items if self.checklist else ()) if i.id == item_id), None)
        if self._loading or current is None or current.note == edit.text().strip():
            return
        self._run(self.service.update_item, item_id, ItemChange(note=edit.text()))

    def apply_template(self) -> None:
        from crisisdesk.ui.checklists.apply_template_dialog import ApplyTemplateDialog

        templates = self.service.templates.for_record(self.record_type)
        if self.checklist:
            anchor, applied = self.checklist.anchor_at, tuple(self.checklist.templates)
        elif self.record_id is None:
            anchor, applied = None, tuple(key for key, _anchor in self.pending)
        else:
            anchor, applied = self.service.record_start(self.record_type, self.record_id), ()
        dialog = ApplyTemplateDialog(templates, self.record_type, anchor or self.service.now(),
                                     applied, self.suggested_template, self)
        if self.run_dialog(dialog):
            self.apply(dialog.template().key, dialog.anchor())

    def apply(self, template_key: str, anchor=None) -> bool:
        """Applies a template; on a record not saved yet, once it is (``attach``)."""
        if self.record_id is None:
            self.pending.append((template_key, anchor))
            self._show()
            self.checklist_changed.emit()
            return True
        return self._run(self.service.apply_template, self.record_type, self.record_id, template_key, anchor)

    def attach(self, record_id: int) -> None:
        """The record was just saved: its checklist gets the templates and actions chosen before."""
        self.record_id = record_id
        pending, self.pending = self.pending, []
        items, self.pending_items = self.pending_items, []
        for template_key, anchor in pending:
            self._run(self.service.apply_template, self.record_type, record_id, template_key, anchor)
        for text, offset_text in items:
            self.add(text, offset_text)
        self.reload()

    def add_item(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Add action"), self.tr("Action:"))
        if not ok or not text.strip():
            return
        due, ok = QInputDialog.getText(self, self.tr("Add action"), self.tr(
            "Due, counted from the start (e.g. '14 dagen voor', '48 uur voor', '1 dag na'):"), text="1 dag voor")
        if ok:
            self.add(text, due)

    def add(self, text: str, offset_text: str, partner_id: int | None = None) -> bool:
        if self.record_id is None:  # not saved yet: checked now, written on saving
            if not text.strip():
                return False
            try:
                parse_offset(offset_text)
            except OffsetError as exc:
                from crisisdesk.domain.checks import FieldError

                self.show_message(self.tr("Not added"), error_message(
                    FieldError("offset", "offset_invalid", {"text": offset_text, "problem": str(exc)})))
                return False
            self.pending_items.append((text.strip(), offset_text.strip()))
            self._show()
            self.checklist_changed.emit()
            return True
        anchor = None
        if self.checklist is None and self.record_type == ChecklistRecordType.SCENARIO:
            anchor = self.service.now()
        return self._run(self.service.add_item, self.record_type, self.record_id, text, partner_id, offset_text,
                         None, True, anchor)

    def remove_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None and self.confirm(self.tr("Remove this action from the checklist?")):
            self._run(self.service.remove_item, item_id)

    # --- modal bits (tests replace these) ---------------------------------------------

    def run_dialog(self, dialog) -> bool:
        return bool(dialog.exec())

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Checklist"), text) == QMessageBox.StandardButton.Yes

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


def add_checklist_tab(dialog, tabs, record_type: ChecklistRecordType, record_id: int | None,
                      checklists: ChecklistService, partners: PartnerService,
                      suggested_template: str = "", start_of=None) -> ChecklistWidget:
    """Adds a Checklist tab to a record dialog's tab widget; the title shows the progress.

    ``start_of``: the start as entered in the dialog now (aware, or None), so that a
    record not saved yet shows its actions' due moments; call ``start_changed`` when it changes.
    """
    widget = ChecklistWidget(checklists, record_type, record_id, partners=partners, parent=dialog,
                             suggested_template=suggested_template)
    widget.start_of = start_of
    tabs.addTab(widget, widget.tab_title())
    widget.checklist_changed.connect(lambda: tabs.setTabText(tabs.indexOf(widget), widget.tab_title()))  # its place now: tabs may be inserted before it
    return widget
