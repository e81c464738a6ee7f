"""The logbook and the BOB view, shared by the exercise window and the incident window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.operations.exercise_clock import format_offset
from crisisdesk.domain.operations.meetings import ReceivedInject
from crisisdesk.domain.operations.records import InjectRecord, LogCategory, LogSource
from crisisdesk.labels import error_message, label
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import ServiceError, ValidationFailed
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.operations.meetings import MeetingService
from crisisdesk.ui.operations.dialogs import ActionDialog, LogEntryDialog
from crisisdesk.ui.operations.meeting_dialog import BobMeetingDialog
from crisisdesk.ui.operations.meeting_view import meeting_html
from crisisdesk.ui.operations.models import RecordModel, action_model, log_model, meeting_model
from crisisdesk.ui.common import palette

# The banner that announces a released (leader) or received (player) inject: it flashes
# FLASHES times, then stays lit until acknowledged.
FLASH_MS = 450
FLASHES = 10
BANNER_ON = f"QFrame#releaseBanner {{ background: {palette.RELEASE_DUE_BACKGROUND}; border: 2px solid {palette.ALARM_EDGE}; }}"
BANNER_OFF = f"QFrame#releaseBanner {{ background: {palette.RELEASE_IDLE_BACKGROUND}; border: 2px solid {palette.ALARM_EDGE}; }}"


def table(model: RecordModel, parent: QWidget, stretch: int, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only row-select table; ``stretch`` takes the room left, ``widths`` set the others."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return view.model().row_at(rows[0].row()) if rows else None


class LogbookPanel(QWidget):
    """A one-line form to write in the log, and the log itself (newest at the bottom)."""

    entry_added = Signal(int)

    def __init__(self, logbook: LogbookService, operation_id: int, roles: list[str],
                 released_injects: Callable[[], Sequence[InjectRecord | ReceivedInject]] | None = None,
                 parent: QWidget | None = None, hidden_sources: frozenset[LogSource] = frozenset()) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.hidden_sources = hidden_sources  # the player's log leaves out the leader's control steps
        self.operation_id = operation_id
        self.roles = roles
        self._released_injects = released_injects
        layout = QVBoxLayout(self)
        form = QHBoxLayout()
        self.category_combo = QComboBox(self)
        for category in LogCategory:
            self.category_combo.addItem(label(category), category)
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        self.role_combo.addItems(roles)
        self.role_combo.setMinimumWidth(170)
        self.inject_combo = QComboBox(self)
        self.inject_combo.setVisible(released_injects is not None)
        self.inject_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.inject_combo.setMinimumContentsLength(22)  # long inject texts leave the entry its room
        self.inject_combo.setToolTip(self.tr("The inject this entry answers (for the response time); "
                                             "it applies to this one entry only"))
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What was seen, judged, decided, done or communicated…"))
        self.text_edit.returnPressed.connect(self.add_entry)
        self.category_combo.setAccessibleName(self.tr("Kind of log entry"))
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.inject_combo.setAccessibleName(self.tr("Inject answered"))
        self.text_edit.setAccessibleName(self.tr("Log entry"))
        self.add_button = QPushButton(self.tr("Add to log"), self)
        self.add_button.clicked.connect(self.add_entry)
        for widget in (self.category_combo, self.role_combo, self.inject_combo):
            form.addWidget(widget)
        form.addWidget(self.text_edit, 1)
        form.addWidget(self.add_button)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {palette.LATE};")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.model = log_model(self)
        self.view = table(self.model, self, 4, (44, 120, 110, 170, 400, 90))
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct selected entry…"), self)
        self.correct_button.setToolTip(self.tr("The log is append-only: a correction is a new entry that refers to the old one."))
        self.correct_button.clicked.connect(self.correct_selected)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.model.set_rows([e for e in self.logbook.entries(self.operation_id) if e.source not in self.hidden_sources])
        self.view.scrollToBottom()
        if self._released_injects is not None:
            current = self.inject_combo.currentData()
            self.inject_combo.clear()
            self.inject_combo.addItem(self.tr("(no inject)"), None)
            for inject in reversed(self._released_injects()):
                self.inject_combo.addItem(f"{format_offset(inject.offset_minutes)} {inject.content[:40]}", inject.id)
            self.inject_combo.setCurrentIndex(max(0, self.inject_combo.findData(current)))

    def add_entry(self) -> None:
        try:
            entry = self.logbook.add(self.operation_id, LogCategory(self.category_combo.currentData()),
                                     self.text_edit.text(), self.role_combo.currentText(),
                                     inject_id=self.inject_combo.currentData() if self._released_injects else None)
        except ValidationFailed as exc:
            self._error("\n".join(error_message(e) for e in exc.errors))
            return
        except ServiceError as exc:
            self._error(failure_message(exc, "add log entry"))
            return
        self.error_label.setVisible(False)
        self.text_edit.clear()
        self.inject_combo.setCurrentIndex(0)  # the link was for this entry: the next one answers no inject
        self.refresh()
        self.entry_added.emit(entry.id)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def correct_selected(self) -> LogEntryDialog | None:
        entry = selected(self.view)
        if entry is None or entry.source != LogSource.TEAM:
            QMessageBox.information(self, self.tr("Logbook"), self.tr("Select an entry written by the team first."))
            return None
        dialog = LogEntryDialog(self.roles, entry, self)

        def save(d: LogEntryDialog) -> None:
            self.logbook.correct(entry.id, d.ui.textEdit.toPlainText(), LogCategory(d.ui.categoryCombo.currentData()),
                                 d.ui.roleCombo.currentText())

        dialog.save = save
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.entry_added.emit(entry.id))
        dialog.open()
        return dialog


class BobPanel(QWidget):
    """BOB meetings (beeld, oordeel, besluit per meeting, with their actions), the logbook's
    picture, judgements and decisions, and the action list (owner, deadline, status); printable.

    ``changed`` fires after a meeting dialog closes or an action is saved from here."""

    changed = Signal()

    def __init__(self, logbook: LogbookService, operation_id: int, roles: list[str], show_pdf: Callable[[bytes, str], None],
                 parent: QWidget | None = None, meetings: MeetingService | None = None) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.meetings = meetings or MeetingService(logbook.factory, clock=logbook.now, user=logbook.user)
        self.operation_id = operation_id
        self.roles = roles
        self._show_pdf = show_pdf
        self.meeting_dialog: BobMeetingDialog | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._meetings_tab(), self.tr("Meetings"))
        self.models: dict[str, RecordModel] = {}
        for key, title in (("picture", self.tr("Picture")), ("judgements", self.tr("Judgement")),
                           ("decisions", self.tr("Decisions"))):
            self.models[key] = log_model(self)
            self.tabs.addTab(table(self.models[key], self, 4, (44, 120, 110, 170, 400, 90)), title)
        actions = QWidget(self)
        actions_layout = QVBoxLayout(actions)
        self.action_model = action_model(logbook.now, self)
        self.action_view = table(self.action_model, actions, 1, (44, 400, 170, 130, 100))
        self.action_view.doubleClicked.connect(lambda _index: self.edit_action())
        actions_layout.addWidget(self.action_view, 1)
        row = QHBoxLayout()
        self.new_action_button = QPushButton(self.tr("New action…"), actions)
        self.new_action_button.clicked.connect(lambda: self.edit_action(new=True))
        self.edit_action_button = QPushButton(self.tr("Change action…"), actions)
        self.edit_action_button.clicked.connect(lambda: self.edit_action())
        row.addWidget(self.new_action_button)
        row.addWidget(self.edit_action_button)
        row.addStretch(1)
        actions_layout.addLayout(row)
        self.tabs.addTab(actions, self.tr("Actions"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_button = QPushButton(self.tr("Meeting report (PDF)…"), self)
        self.print_button.clicked.connect(self.print_report)
        bottom.addWidget(self.print_button)
        layout.addLayout(bottom)

    def _meetings_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.meeting_model = meeting_model(self)
        self.meeting_view = table(self.meeting_model, page, 1, (36, 150, 150, 60))
        self.meeting_view.setAccessibleName(self.tr("BOB meetings"))
        self.meeting_view.setMinimumWidth(300)
        self.meeting_view.doubleClicked.connect(lambda _index: self.open_meeting())
        self.meeting_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected_meeting())
        left.addWidget(self.meeting_view, 1)
        buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.tr("New BOB meeting…"), page)
        self.new_meeting_button.clicked.connect(lambda: self.open_meeting(new=True))
        self.open_meeting_button = QPushButton(self.tr("Open meeting…"), page)
        self.open_meeting_button.clicked.connect(lambda: self.open_meeting())
        buttons.addWidget(self.new_meeting_button)
        buttons.addWidget(self.open_meeting_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        layout.addLayout(left, 2)
        self.meeting_text = QTextBrowser(page)
        self.meeting_text.setAccessibleName(self.tr("The selected meeting"))
        self.meeting_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.meeting_text, 3)
        return page

    def refresh(self) -> None:
        view = self.logbook.bob(self.operation_id)
        chosen = selected(self.meeting_view)
        self.meeting_model.set_rows(view.meetings)
        rows = self.meeting_model.rows()
        if rows:
            index = next((n for n, m in enumerate(rows) if chosen is not None and m.id == chosen.id), len(rows) - 1)
            self.meeting_view.selectRow(index)
        self._show_selected_meeting()
        for key, model in self.models.items():
            model.set_rows(getattr(view, key))
        self.action_model.set_rows(view.actions)
        counts = (len(view.meetings), len(view.picture), len(view.judgements), len(view.decisions), len(view.actions))
        titles = (self.tr("Meetings"), self.tr("Picture"), self.tr("Judgement"), self.tr("Decisions"), self.tr("Actions"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})")

    def _show_selected_meeting(self) -> None:
        meeting = selected(self.meeting_view)
        if meeting is None:
            self.meeting_text.setHtml(
                "<p>" + self.tr("No BOB meeting yet. A meeting has three rounds: picture (beeld), "
                                "judgement (oordeel) and decision (besluit); its decisions lead to actions "
                                "with an owner and a deadline.") + "</p>")
        else:
            self.meeting_text.setHtml(meeting_html(meeting, self.logbook.now()))

    def open_meeting(self, new: bool = False) -> BobMeetingDialog | None:
        meeting = None if new else selected(self.meeting_view)
        if not new and meeting is None:
            return None
        rows = self.meeting_model.rows()
        dialog = BobMeetingDialog(self.meetings, self.operation_id, self.roles, self, meeting,
                                  previous=rows[-1] if rows else None)
        dialog.finished.connect(lambda _result: self._changed())  # actions may be saved even when cancelled
        dialog.open()
        self.meeting_dialog = dialog
        return dialog

    def edit_action(self, new: bool = False) -> ActionDialog | None:
        action = None if new else selected(self.action_view)
        if not new and action is None:
            return None
        dialog = ActionDialog(self.roles, self.logbook.now, self, action)

        def save(d: ActionDialog) -> None:
            text, owner = d.ui.textEdit.toPlainText(), d.ui.ownerCombo.currentText()
            if action is None:
                self.logbook.add_action(self.operation_id, text, owner, d.due_at())
            else:
                self.logbook.update_action(action.id, action.version, status=d.ui.statusCombo.currentData(),
                                           owner=owner, due_at=d.due_at(), text=text)

        dialog.save = save
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def print_report(self) -> None:
        from crisisdesk.reports.operations.bob_report import build_bob_report

        view = self.logbook.bob(self.operation_id)
        self._show_pdf(build_bob_report(view), "bob-verslag.pdf")
