"""The main window's tabs, in one list, and how records open from any of them.

To add a tab (checklists, exercises, ...), add a ``Page`` to ``PAGES``: its title and a
factory that gets this ``DeskPages`` (services, ``open_record``) and returns the widget.
A page may have ``refresh()`` (called the first time it is shown, and again after a
save while it is visible; otherwise it is marked stale until shown) and
``selected_refs()`` (the (kind, id) pairs File → Export… offers as a selection).

The desk opens on the register; every other page (its module, its service and its
widget) is built when it is first opened, so start-up pays only for the first screen.
Until then its tab holds an empty placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


START_PAGE = "register"


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


def _map(desk: DeskPages) -> QWidget:
    from crisisdesk.ui.geo.map_page import MapPage

    return MapPage(desk.window.desk.map_items, desk.window.desk.tiles, desk.open_record, clock=desk.window._clock)


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
    Page("map", lambda: QCoreApplication.translate("MainWindow", "Map"), _map),
    Page("scenarios", lambda: QCoreApplication.translate("MainWindow", "Crisis scenarios"), _scenarios),
]


class DeskPages(QObject):
    """The tabs of ``window`` from ``PAGES``, each built when first opened; opens records for all."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.widgets: dict[str, QWidget] = {}  # the pages built so far
        self._placeholders: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        tabs = window.ui.mainTabs
        for index, page in enumerate(PAGES):
            if page.make is None:
                widget = window.ui.registerTab
                tabs.removeTab(tabs.indexOf(widget))
                self.widgets[page.name] = widget
            else:
                widget = QWidget()
                self._placeholders[page.name] = widget
            widget.setProperty("pageName", page.name)
            tabs.insertTab(index, widget, page.title())
        tabs.setCurrentIndex(tabs.indexOf(self.widgets.get(START_PAGE) or self._placeholders[START_PAGE]))
        tabs.currentChanged.connect(self._current_changed)

    # --- services: the desk's, built on first use, so only when a page needs them ------

    @property
    def events(self):
        return self.window.desk.events

    @property
    def scenarios(self):
        return self.window.desk.scenarios

    @property
    def calendar(self):
        return self.window.desk.calendar

    @property
    def overview_service(self):
        return self.window.desk.overview

    # --- pages ---------------------------------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The page ``name``, built now if it was not yet."""
        widget = self.widgets.get(name)
        return widget if widget is not None else self._build(name)

    def _current_changed(self, index: int) -> None:
        name = self.window.ui.mainTabs.widget(index).property("pageName")
        if name in self._placeholders and self.window.notifications is not None:
            self._build(name)

    def _build(self, name: str) -> QWidget:
        page = next(p for p in PAGES if p.name == name and p.make is not None)
        assert page.make is not None
        widget = page.make(self)
        widget.setProperty("pageName", name)
        if hasattr(widget, "refresh"):
            self._stale.add(name)
            widget.installEventFilter(self)
        placeholder = self._placeholders.pop(name)
        tabs = self.window.ui.mainTabs
        index, current = tabs.indexOf(placeholder), tabs.currentIndex()
        tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, widget, page.title())
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        placeholder.deleteLater()
        self.widgets[name] = widget
        return widget

    def attached(self) -> None:
        """The services are there: a placeholder that is already showing gets its page."""
        current = self.window.ui.mainTabs.currentWidget()
        name = current.property("pageName") if current is not None else None
        if name in self._placeholders:
            self._build(name)

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
        from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION

        if kind == NOTIFICATION:
            self.window.open_notification(ident)
        elif kind == EVENT:
            self.open_event(ident)
        else:
            raise ValueError(f"unknown record kind {kind!r}")

    def make_event_dialog(self, event_id: int | None):
        from crisisdesk.ui.events.event_dialog import EventDialog

        desk = self.window.desk
        return EventDialog(self.events, self.window.notifications, event_id, parent=self.window,
                           checklists=desk.checklists, partners=desk.partners, geocoder=desk.geocoder)

    def new_event(self) -> None:
        self.open_event(None)

    def open_event(self, event_id: int | None) -> None:
        from crisisdesk.services.errors import ServiceError  # the services load after the first paint

        try:
            dialog = self.make_event_dialog(event_id)
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            self.window.show_error(failure_message(exc, "open event"))
            return
        dialog.event_saved.connect(self._event_saved)
        dialog.open_requested.connect(self.open_record)
        dialog.open()

    def _event_saved(self, event_id: int) -> None:
        self.record_saved("event", event_id)
        events = self.widgets.get("events")
        if events is not None and hasattr(events, "select_event"):
            events.select_event(event_id)
        self.window.ui.statusbar.showMessage(QCoreApplication.translate("MainWindow", "Event #{id} saved.").format(id=event_id), 5000)

    def open_scenario(self, scenario_id: int | None) -> None:
        from crisisdesk.services.errors import ServiceError
        from crisisdesk.ui.scenarios.scenario_dialog import ScenarioDialog

        try:
            dialog = ScenarioDialog(self.scenarios, scenario_id, parent=self.window,
                                    checklists=self.window.desk.checklists, partners=self.window.desk.partners)
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            self.window.show_error(failure_message(exc, "open scenario"))
            return
        dialog.scenario_saved.connect(lambda ident: self.record_saved("scenario", ident))
        dialog.open()

    # --- export -----------------------------------------------------------------------

    def selection(self) -> list[tuple[str, int]]:
        """The (kind, id) pairs selected on the current tab, for File → Export…."""
        current = self.window.ui.mainTabs.currentWidget()
        if current is self.window.ui.registerTab:
            rows = self.window.ui.registerView.selectionModel().selectedRows()
            return [("notification", self.window.model.row_at(index.row()).id) for index in rows]
        if hasattr(current, "selected_refs"):
            return current.selected_refs()
        return []

    def export(self, selection: list[tuple[str, int]] | None = None) -> None:
        from crisisdesk.ui.documents.export_dialog import open_export

        open_export(self.window, selection if selection is not None else self.selection())


def install(window) -> DeskPages:
    window.pages = DeskPages(window)
    return window.pages
