"""The main window's tabs, in one list, and how records open from any of them.

To add a tab (checklists, exercises, ...), add a ``Page`` to ``PAGES``: its title and a
factory that gets this ``DeskPages`` (services, ``open_record``) and returns the widget.
A page may have ``refresh()`` (called the first time it is shown, and again after a
save while it is visible; otherwise it is marked stale until shown) and
``selected_refs()`` (the (kind, id) pairs File → Export… offers as a selection).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
from crisisdesk.services.errors import ServiceError


@dataclass(frozen=True)
class Page:
    name: str  # the attribute on DeskPages and the tab's objectName
    title: Callable[[], str]  # the translated tab title
    make: Callable[[DeskPages], QWidget] | None  # None: the register, which comes from the form


def _overview(desk: DeskPages) -> QWidget:
    from crisisdesk.ui.calendar.overview_page import OverviewPage

    return OverviewPage(desk.overview_service, desk.open_record, clock=desk.window._clock)


def _events(desk: DeskPages) -> QWidget:
    from crisisdesk.ui.events.page import EventsPage

    page = EventsPage(desk.events, clock=desk.window._clock)
    page.new_requested.connect(desk.new_event)
    page.open_requested.connect(desk.open_event)
    page.export_requested.connect(lambda: desk.export(page.selected_refs()))
    return page


def _calendar(desk: DeskPages) -> QWidget:
    from crisisdesk.ui.calendar.page import CalendarPage

    return CalendarPage(desk.calendar, desk.open_record, clock=desk.window._clock)


def _scenarios(desk: DeskPages) -> QWidget:
    from crisisdesk.ui.scenarios.page import ScenariosPage

    page = ScenariosPage(desk.scenarios)
    page.new_requested.connect(lambda: desk.open_scenario(None))
    page.open_requested.connect(desk.open_scenario)
    return page


PAGES: list[Page] = [
    Page("overview", lambda: QCoreApplication.translate("MainWindow", "Next 7 days"), _overview),
    Page("register", lambda: QCoreApplication.translate("MainWindow", "Notifications"), None),
    Page("events", lambda: QCoreApplication.translate("MainWindow", "Events"), _events),
    Page("calendar", lambda: QCoreApplication.translate("MainWindow", "Calendar"), _calendar),
    Page("scenarios", lambda: QCoreApplication.translate("MainWindow", "Crisis scenarios"), _scenarios),
]


class DeskPages(QObject):
    """Builds the tabs of ``window`` from ``PAGES`` and opens records for all of them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.events = window.desk.events
        self.scenarios = window.desk.scenarios
        self.calendar = window.desk.calendar
        self.overview_service = window.desk.overview
        self.widgets: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        tabs = window.ui.mainTabs
        for index, page in enumerate(PAGES):
            widget = window.ui.registerTab if page.make is None else page.make(self)
            widget.setProperty("pageName", page.name)
            if page.make is None:
                tabs.removeTab(tabs.indexOf(widget))
            tabs.insertTab(index, widget, page.title())
            self.widgets[page.name] = widget
            if hasattr(widget, "refresh"):
                self._stale.add(page.name)
                widget.installEventFilter(self)
        tabs.setCurrentIndex(0)

    def page(self, name: str) -> QWidget:
        return self.widgets[name]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            name = watched.property("pageName")
            self._update_read_only()
            if name in self._stale:
                self._stale.discard(name)
                watched.refresh()
        return False

    def _update_read_only(self) -> None:
        writable = not self.window.desk.read_only
        for name, button in (("events", "newButton"), ("scenarios", "newButton")):
            widget = self.widgets.get(name)
            if widget is not None and hasattr(widget, button):
                getattr(widget, button).setEnabled(writable)

    def record_saved(self, _kind: str = "", _ident: int = 0) -> None:
        """Something changed: refresh what is visible, the rest when it is shown next."""
        for name, widget in self.widgets.items():
            if not hasattr(widget, "refresh") or name == "register":
                continue
            if widget.isVisible():
                widget.refresh()
            else:
                self._stale.add(name)

    # --- opening records ------------------------------------------------------------

    def open_record(self, kind: str, ident: int) -> None:
        if kind == NOTIFICATION:
            self.window.open_notification(ident)
        elif kind == EVENT:
            self.open_event(ident)
        else:
            raise ValueError(f"unknown record kind {kind!r}")

    def make_event_dialog(self, event_id: int | None):
        from crisisdesk.ui.events.event_dialog import EventDialog

        return EventDialog(self.events, self.window.notifications, event_id, parent=self.window)

    def new_event(self) -> None:
        self.open_event(None)

    def open_event(self, event_id: int | None) -> None:
        try:
            dialog = self.make_event_dialog(event_id)
        except ServiceError as exc:
            self.window.show_error(str(exc))
            return
        dialog.event_saved.connect(self._event_saved)
        dialog.open_requested.connect(self.open_record)
        dialog.open()

    def _event_saved(self, event_id: int) -> None:
        self.record_saved(EVENT, event_id)
        events = self.widgets.get("events")
        if events is not None and hasattr(events, "select_event"):
            events.select_event(event_id)
        self.window.ui.statusbar.showMessage(QCoreApplication.translate("MainWindow", "Event #{id} saved.").format(id=event_id), 5000)

    def open_scenario(self, scenario_id: int | None) -> None:
        from crisisdesk.ui.scenarios.scenario_dialog import ScenarioDialog

        try:
            dialog = ScenarioDialog(self.scenarios, scenario_id, parent=self.window)
        except ServiceError as exc:
            self.window.show_error(str(exc))
            return
        dialog.scenario_saved.connect(lambda ident: self.record_saved("scenario", ident))
        dialog.open()

    # --- export -----------------------------------------------------------------------

    def selection(self) -> list[tuple[str, int]]:
        """The (kind, id) pairs selected on the current tab, for File → Export…."""
        current = self.window.ui.mainTabs.currentWidget()
        if current is self.window.ui.registerTab:
            rows = self.window.ui.registerView.selectionModel().selectedRows()
            return [(NOTIFICATION, self.window.model.row_at(index.row()).id) for index in rows]
        if hasattr(current, "selected_refs"):
            return current.selected_refs()
        return []

    def export(self, selection: list[tuple[str, int]] | None = None) -> None:
        from crisisdesk.ui.documents.export_dialog import open_export

        open_export(self.window, selection if selection is not None else self.selection())


def install(window) -> DeskPages:
    window.pages = DeskPages(window)
    return window.pages
