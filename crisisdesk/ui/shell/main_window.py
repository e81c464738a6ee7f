"""The main window: the notification register with its search and filters."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMessageBox

from crisisdesk.domain.enums import District, Risk, Status
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.ui.checklists import actions as checklist_actions
from crisisdesk.ui.common import workers
from crisisdesk.ui.documents import export_dialog, report_actions
from crisisdesk.ui.operations import actions as operation_actions
from crisisdesk.ui.privacy import audit_view, backup_actions, subject_access_dialog
from crisisdesk.ui.register import mail_intake
from crisisdesk.ui.shell import pages
from crisisdesk.ui.shell.auto_refresh import RegisterWatcher
from crisisdesk.ui.forms.ui_main_window import Ui_MainWindow
from crisisdesk.ui.register.model import (
    COL_PURPOSE,
    COL_START,
    SORT_KEYS,
    RegisterModel,
)
from crisisdesk.ui.common.date_typing import typable_dates
from crisisdesk.ui.common.keyboard import tab_moves_between_fields
from crisisdesk.ui.common import palette

if TYPE_CHECKING:  # SQLAlchemy and the services load after the window's first paint
    from crisisdesk.desk import Desk
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.services.register.query import RegisterQuery
    from crisisdesk.services.settings import SettingsService

SEARCH_DEBOUNCE_MS = 200
TIME_LEFT_REFRESH_MS = 60_000

(PERIOD_ALL, PERIOD_UPCOMING, PERIOD_NEXT_7, PERIOD_NEXT_30, PERIOD_PAST_30, PERIOD_THIS_YEAR, PERIOD_CUSTOM) = range(7)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


class MainWindow(QMainWindow):
    """The desk. ``register_loaded`` fires each time the register shows a new result.

    Built without services it is the frame alone (menus, tabs, "Opening…"), painted
    before the database stack is even imported; ``attach`` gives it the services.
    """

    register_loaded = Signal(int)  # rows shown

    def __init__(self, desk: Desk | None = None, demo: bool = False, database_label: str = "") -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        typable_dates(self)  # dates typed as displayed; Tab leaves the field
        self.desk: Desk | None = None  # every service, built once with the desk's user, clock and read-only flag
        self.notifications: NotificationService | None = None
        self.settings: SettingsService | None = None
        self._clock = clock = utc_now  # the desk's clock once it is attached
        self._count_worker: workers.Worker | None = None
        self._count_generation = 0
        self.populating = False  # True while a background job fills the register
        self.demo = demo  # the demo database: its backups are kept apart
        self.start_page = None  # built only when a database turns out to hold nothing yet (start_page.py)
        self.read_only = False

        self.model = RegisterModel(None, self, clock=clock)
        view = self.ui.registerView
        view.setModel(self.model)
        view.horizontalHeader().setStretchLastSection(False)
        view.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((145, 100, 235, 190, 145, 80, 120, 125, 80, 120, 150, 110)):
            view.setColumnWidth(column, width)
        view.horizontalHeader().setSortIndicator(COL_START, Qt.SortOrder.AscendingOrder)  # nearest first

        self._fill_filters()
        self._banner(demo)
        self.setWindowTitle(self.tr("crisisdesk — notification register") + (self.tr(" [DEMO]") if demo else ""))

        self.count_label = QLabel(self.tr("Opening the database…"), self)
        self.ui.statusbar.addPermanentWidget(self.count_label)
        self.database_label = QLabel(database_label, self)
        self.database_label.setObjectName("databaseLabel")
        self.ui.statusbar.addPermanentWidget(self.database_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._tick = QTimer(self, interval=TIME_LEFT_REFRESH_MS)
        self._tick.timeout.connect(self.model.refresh_time_left)
        self._tick.start()

        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.ui.districtCombo, self.ui.statusCombo, self.ui.riskCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.ui.fromDateEdit.dateChanged.connect(self.apply_filters)
        self.ui.toDateEdit.dateChanged.connect(self.apply_filters)
        self.ui.lateOnlyCheck.toggled.connect(self.apply_filters)
        self.ui.resetFiltersButton.clicked.connect(self.reset_filters)
        view.doubleClicked.connect(lambda index: self.open_notification(self.model.row_at(index.row()).id))
        self.ui.newAction.triggered.connect(self.new_record)  # Ctrl+N: the current tab's kind
        self.ui.openAction.triggered.connect(self._open_selected)
        self.ui.refreshAction.triggered.connect(self.refresh)
        self.ui.settingsAction.triggered.connect(self.edit_settings)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self.about)
        # Enter opens the selected notification while the register has the focus; elsewhere
        # each table's own Enter (overview, events, scenarios) opens its own record.
        self.ui.openAction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.registerView.addAction(self.ui.openAction)
        self.report_actions = report_actions.install(self)  # the Reports menu: briefing, evaluation, letters
        self.watcher = RegisterWatcher(self)  # other desks' changes appear by themselves
        self.backups = backup_actions.install(self)  # File → Back up now… / Restore from backup…
        self.audit_action = audit_view.install(self)  # File → Audit trail… of the selected notification
        self.mail_intake_action = mail_intake.install(self)  # File → Notification from e-mail…; e-mails dropped on the register
        self.subject_access_action = subject_access_dialog.install(self)  # File → Subject access (AVG)…
        self.subject_access_dialog: subject_access_dialog.SubjectAccessDialog | None = None
        self.checklists = checklist_actions.install(self)  # Checklists → Partners, Actions per partner, Templates
        self.operation_actions = operation_actions.install(self)  # Exercise & incident: new/open exercise, start/open incident
        self.pages = pages.install(self)  # the tabs: overview, register, events, calendar, scenarios (pages.PAGES)
        self.export_action = export_dialog.install(self, self.pages.selection)  # File → Export…
        self.profile_action: QAction | None = None  # Settings → Municipality profile…, added when the menu first opens
        self.ui.settingsMenu.aboutToShow.connect(self._install_profile_action)
        self._install_keyboard()
        self._set_enabled(False)
        if desk is not None:
            self.attach(desk)

    def _install_profile_action(self) -> None:
        """The profile dialog's module (form, service) loads when the Settings menu first opens."""
        if self.profile_action is None and self.desk is not None:
            from crisisdesk.ui.shell import profile_dialog

            self.profile_action = profile_dialog.install(self)

    def attach(self, desk: Desk) -> None:
        """The front door arrives (after the first paint): the desk becomes usable."""
        self.desk = desk
        self.notifications = desk.notifications
        self.settings = desk.settings
        self._clock = desk.clock
        self.model.set_service(desk.notifications, clock=desk.clock)
        self.database_label.setText(desk.label)
        self._fill_filter_choices()
        self.count_label.setText("")
        self._set_enabled(True)
        self.backups.attach()
        self.set_read_only(self.read_only)
        self.pages.attached()

    def _set_enabled(self, enabled: bool) -> None:
        """Until the database is open nothing can be asked of it."""
        self.ui.registerTab.setEnabled(enabled)
        actions = (self.ui.newAction, self.mail_intake_action, self.ui.openAction, self.ui.refreshAction, self.ui.settingsAction,
                   self.backups.backup_action, self.backups.restore_action, self.audit_action, self.export_action)
        for action in actions:
            action.setEnabled(enabled)
        for menu in (self.report_actions.menu, self.checklists.menu, self.operation_actions.menu):
            menu.setEnabled(enabled)

    # --- keyboard -------------------------------------------------------------------

    def _install_keyboard(self) -> None:
        """Ctrl+N makes a record of the current tab's kind, Ctrl+F goes to its search field,
        and Tab leaves the tables."""
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.ui.mainTabs.currentChanged.connect(self._name_new_action)
        tab_moves_between_fields(self)
        self._name_new_action()
        ui = self.ui  # what a screen reader says for the register's unlabelled fields
        ui.searchEdit.setAccessibleName(self.tr("Search notifications"))
        ui.fromDateEdit.setAccessibleName(self.tr("Period from"))
        ui.toDateEdit.setAccessibleName(self.tr("Period up to and including"))
        ui.registerView.setAccessibleName(self.tr("Notification register"))

    def current_page(self) -> str:
        widget = self.ui.mainTabs.currentWidget()
        return (widget.property("pageName") or "") if widget is not None else ""

    def _name_new_action(self) -> None:
        texts = {"events": self.tr("&New event…"), "scenarios": self.tr("&New crisis scenario…")}
        self.ui.newAction.setText(texts.get(self.current_page(), self.tr("&New notification…")))

    def new_record(self) -> None:
        """A new record of the kind the current tab shows (a notification elsewhere)."""
        page = self.current_page()
        if page == "events":
            self.pages.new_event()
        elif page == "scenarios":
            self.pages.open_scenario(None)
        else:
            self.new_notification()

    def search_field(self) -> QLineEdit | None:
        """The current tab's search field, if it has one."""
        widget = self.ui.mainTabs.currentWidget()
        if widget is self.ui.registerTab:
            return self.ui.searchEdit
        field = getattr(widget, "searchEdit", None)
        return field if isinstance(field, QLineEdit) else None

    def focus_search(self) -> None:
        field = self.search_field()
        if field is None:
            self.ui.statusbar.showMessage(self.tr("This tab has no search field."), 3000)
            return
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    # --- filters --------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        for text in (
            self.tr("All"),
            self.tr("Upcoming"),
            self.tr("Next 7 days"),
            self.tr("Next 30 days"),
            self.tr("Past 30 days"),
            self.tr("This year"),
            self.tr("Custom…"),
        ):
            ui.periodCombo.addItem(text)
        ui.districtCombo.addItem(self.tr("All wijken"), None)
        ui.statusCombo.addItem(self.tr("All statuses"), None)
        ui.riskCombo.addItem(self.tr("All risks"), None)
        ui.periodCombo.setCurrentIndex(PERIOD_UPCOMING)  # what is coming, the nearest first
        today = QDate.currentDate()
        ui.fromDateEdit.setDate(today.addDays(-30))
        ui.toDateEdit.setDate(today.addDays(30))
        self._show_period_dates()

    def _fill_filter_choices(self) -> None:
        """The choices behind "All …" (their words load with the services, after the first paint)."""
        from crisisdesk.labels import label

        ui = self.ui
        if ui.statusCombo.count() > 1:
            return
        for combo in (ui.districtCombo, ui.statusCombo, ui.riskCombo):
            combo.blockSignals(True)
        for district in District:
            ui.districtCombo.addItem(district.value, district)
        for status in Status:
            ui.statusCombo.addItem(label(status), status)
        for risk in Risk:
            ui.riskCombo.addItem(label(risk), risk)
        for combo in (ui.districtCombo, ui.statusCombo, ui.riskCombo):
            combo.blockSignals(False)

    def _show_period_dates(self) -> None:
        custom = self.ui.periodCombo.currentIndex() == PERIOD_CUSTOM
        for widget in (self.ui.fromDateEdit, self.ui.toLabel, self.ui.toDateEdit):
            widget.setVisible(custom)

    def _period_changed(self) -> None:
        self._show_period_dates()
        self.apply_filters()

    def _period(self) -> tuple[datetime | None, datetime | None]:
        now = self._clock()
        today = to_local(now).date()
        index = self.ui.periodCombo.currentIndex()
        if index == PERIOD_UPCOMING:
            return now, None
        if index == PERIOD_NEXT_7:
            return now, _local_midnight(today + timedelta(days=8))
        if index == PERIOD_NEXT_30:
            return now, _local_midnight(today + timedelta(days=31))
        if index == PERIOD_PAST_30:
            return _local_midnight(today - timedelta(days=30)), now
        if index == PERIOD_THIS_YEAR:
            return _local_midnight(date(today.year, 1, 1)), _local_midnight(date(today.year + 1, 1, 1))
        if index == PERIOD_CUSTOM:
            start = self.ui.fromDateEdit.date().toPython()
            end = self.ui.toDateEdit.date().toPython()
            return _local_midnight(start), _local_midnight(end + timedelta(days=1))
        return None, None

    def current_query(self) -> RegisterQuery:
        from crisisdesk.services.register.query import RegisterQuery

        start_from, start_to = self._period()
        header = self.ui.registerView.horizontalHeader()
        column = header.sortIndicatorSection()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return RegisterQuery(
            search=self.ui.searchEdit.text(),
            start_from=start_from,
            start_to=start_to,
            district=self.ui.districtCombo.currentData(),
            status=self.ui.statusCombo.currentData(),
            risk=self.ui.riskCombo.currentData(),
            late_only=self.ui.lateOnlyCheck.isChecked(),
            sort=SORT_KEYS.get(column, "start_at"),
            descending=descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.notifications is None:
            return  # the database is still being opened; attach() loads
        self._load(self.current_query())

    def reset_filters(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.periodCombo, ui.districtCombo, ui.statusCombo, ui.riskCombo, ui.lateOnlyCheck)
        for widget in widgets:
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.districtCombo, ui.statusCombo, ui.riskCombo):
            combo.setCurrentIndex(0)
        ui.periodCombo.setCurrentIndex(PERIOD_UPCOMING)
        ui.lateOnlyCheck.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._period_changed()

    def refresh(self) -> None:
        """Reads the register again, after a change here or elsewhere."""
        if self.notifications is None or self.model.query is None:
            return
        self.watcher.remember()
        self.reload()

    def reload(self) -> None:
        if self.model.query is not None:
            self._load(self.model.query)

    def _load(self, query: RegisterQuery) -> None:
        from crisisdesk.services.errors import ServiceError  # the services load after the first paint

        try:
            self.model.set_query(query)
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            self.show_error(failure_message(exc, "load register"))
            return
        except Exception as exc:  # the database went away under us
            from crisisdesk.labels import storage_message
            from crisisdesk.messages import failure_message

            failure_message(exc, "load register")  # the technical part, for the log
            self.show_error(storage_message("unavailable"))
            return
        self._count(query)
        self._start_page_if_empty()
        self.register_loaded.emit(self.model.rowCount())

    def _start_page_if_empty(self) -> None:
        """A fresh database opens on the start page; asked (one query) only when no row came back."""
        if self.model.rowCount() > 0:
            if self.start_page is not None:
                from crisisdesk.ui.shell import start_page

                start_page.show(self, empty=False)
            return
        import logging

        from sqlalchemy.exc import SQLAlchemyError

        from crisisdesk.services.errors import ServiceError

        assert self.notifications is not None
        try:
            empty = self.notifications.nothing_registered()
        except (ServiceError, SQLAlchemyError) as exc:  # the register itself says what is wrong
            logging.getLogger(__name__).info("empty check skipped: %s", type(exc).__name__)
            return
        from crisisdesk.ui.shell import start_page

        start_page.show(self, empty)

    def _count(self, query: RegisterQuery) -> None:
        """Counting all matches can take a moment at 100,000 rows: do it off the GUI thread."""
        self._count_generation += 1
        generation = self._count_generation
        self.count_label.setText(self.tr("counting…"))
        assert self.notifications is not None  # a query is only run once the desk is attached
        worker = workers.Worker(self.notifications.count, query, progress=False)
        worker.signals.result.connect(lambda total: self._show_count(generation, total))
        worker.signals.error.connect(lambda exc, _tb: self._show_count(generation, None))
        self._count_worker = workers.start(worker)

    def _show_count(self, generation: int, total: int | None) -> None:
        if generation != self._count_generation:
            return
        if total is None:
            self.count_label.setText("")
        else:
            self.count_label.setText(self.tr("%n notification(s)", "", total))

    # --- records --------------------------------------------------------------------

    def selected_register_rows(self) -> list:
        """The selected rows, or the row of the keyboard's current cell when none is selected
        (arrowing into the table moves the cursor without selecting)."""
        view = self.ui.registerView
        rows = view.selectionModel().selectedRows()
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().siblingAtColumn(0)]
        return rows

    def _open_selected(self) -> None:
        indexes = self.selected_register_rows()
        if indexes:
            self.open_notification(self.model.row_at(indexes[0].row()).id)

    def new_notification(self) -> None:
        self._run_dialog(None)

    def open_notification(self, notification_id: int) -> None:
        self._run_dialog(notification_id)

    def make_dialog(self, notification_id: int | None):
        from crisisdesk.ui.register.notification_dialog import NotificationDialog

        assert self.desk is not None, "no dialog before the database is open (the actions are disabled)"
        return NotificationDialog(self.desk, notification_id, parent=self)

    def _run_dialog(self, notification_id: int | None) -> None:
        from crisisdesk.services.errors import ServiceError  # the services load after the first paint

        try:
            dialog = self.make_dialog(notification_id)
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            self.show_error(failure_message(exc, "open notification"))
            return
        dialog.notification_saved.connect(self._saved)
        dialog.open_requested.connect(self.open_notification)
        dialog.event_open_requested.connect(self.pages.open_event)
        dialog.open()

    def _saved(self, notification_id: int) -> None:
        self.refresh()
        self.pages.record_saved("notification", notification_id)
        row = self.model.row_of(notification_id)
        if row is not None:
            view = self.ui.registerView
            view.selectRow(row)
            view.setCurrentIndex(self.model.index(row, COL_PURPOSE))
            view.scrollTo(self.model.index(row, COL_PURPOSE))
            if self.ui.mainTabs.currentWidget() is self.ui.registerTab:
                view.setFocus(Qt.FocusReason.OtherFocusReason)  # back in the register: Enter opens it again
        self.ui.statusbar.showMessage(self.tr("Notification #{id} saved.").format(id=notification_id), 5000)

    def set_read_only(self, read_only: bool) -> None:
        """An observer's desk: nothing to create or change, and the status bar says so."""
        self.read_only = read_only
        for action in (self.ui.newAction, self.ui.settingsAction, self.mail_intake_action):
            action.setEnabled(not read_only and self.notifications is not None)
        if read_only:
            self.backups.restore_action.setEnabled(False)
        label = self.findChild(QLabel, "readOnlyLabel")
        if read_only and label is None:
            label = QLabel(self.tr("Read-only"), self)
            label.setObjectName("readOnlyLabel")
            label.setToolTip(self.tr("Observer mode: you can look, not change."))
            label.setStyleSheet(f"QLabel {{ color: {palette.WARNING}; font-weight: bold; }}")
            self.ui.statusbar.addPermanentWidget(label)
        if label is not None:
            label.setVisible(read_only)
        if self.start_page is not None:
            self.start_page.set_read_only(read_only)

    # --- the rest -------------------------------------------------------------------

    def edit_settings(self) -> None:
        from crisisdesk.ui.shell.settings_dialog import SettingsDialog

        assert self.settings is not None and self.notifications is not None, "disabled until the database is open"
        from crisisdesk.services.errors import StorageUnavailable

        dialog = SettingsDialog(self.settings, self.notifications, self)
        try:
            if dialog.exec():
                self.refresh()
        except StorageUnavailable as exc:
            from crisisdesk.labels import storage_message

            self.show_error(storage_message(exc.reason))

    def about(self) -> None:
        from crisisdesk.ui.shell.help_menu import show_about

        show_about(self)  # licence and the versions of Qt, Python, SQLAlchemy, reportlab

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("crisisdesk"), message)

    def _banner(self, demo: bool) -> None:
        banner = self.ui.bannerLabel
        banner.setVisible(demo)
        if demo:
            banner.setText(self.tr("DEMO — fictional data, not the real register"))
            banner.setStyleSheet(
                f"QLabel {{ background: {palette.BRAND}; color: white; font-weight: bold; padding: 4px; }}"
            )
