"""The desk with the keyboard only (issue #15, item 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.every_window import every_window


@pytest.fixture
def window(qtbot, database):
    from crisisdesk.ui.shell.app import desk_window

    win = desk_window(database)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    # the tabs read in the background: let them finish before the window goes
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def _show_tab(window, name: str) -> None:
    window.ui.mainTabs.setCurrentWidget(window.pages.page(name))


@pytest.mark.parametrize(("tab", "made"), [
    ("register", "notification"), ("overview", "notification"), ("calendar", "notification"),
    ("events", "event"), ("scenarios", "scenario"),
])
def test_ctrl_n_makes_a_record_of_the_current_tabs_kind(qtbot, window, monkeypatch, tab, made):
    calls = []
    monkeypatch.setattr(window, "new_notification", lambda: calls.append("notification"))
    monkeypatch.setattr(window.pages, "new_event", lambda: calls.append("event"))
    monkeypatch.setattr(window.pages, "open_scenario", lambda ident: calls.append("scenario"))
    _show_tab(window, tab)
    qtbot.keyClick(window.ui.mainTabs.currentWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [made]


def test_the_new_action_says_what_it_makes(window):
    _show_tab(window, "events")
    assert window.ui.newAction.text() == window.tr("&New event…")
    _show_tab(window, "register")
    assert window.ui.newAction.text() == window.tr("&New notification…")


@pytest.mark.parametrize("tab", ["register", "events"])
def test_ctrl_f_goes_to_the_current_tabs_search(qtbot, window, tab):
    _show_tab(window, tab)
    window.ui.mainTabs.setFocus()
    qtbot.keyClick(window.ui.mainTabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field()
    assert window.search_field().isVisible()


def test_tab_leaves_the_register_table(qtbot, window, database):
    view = window.ui.registerView
    _show_tab(window, "register")
    assert not view.tabKeyNavigation()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


@pytest.mark.parametrize("name", ["new notification", "event", "scenario"])
def test_a_dialog_opens_in_its_first_field_and_no_scroll_area_is_a_tab_stop(qtbot, database, name):
    dialog = dict(every_window(database))[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.ui.kindCombo
    for area in dialog.findChildren(QScrollArea):
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus, area.objectName()
    # walking the whole dialog with Tab never lands on a scroll area or a table's cells twice
    seen = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert not any(isinstance(widget, QScrollArea) for widget in seen)


def test_enter_opens_the_record_under_the_cursor_on_every_tab(qtbot, window, monkeypatch):
    """Enter was taken by the window's Open action everywhere, so it did nothing on the
    overview's tables; now the register keeps it and every other table opens its own."""
    from crisisdesk.domain.enums import District
    from desk_helpers import event, local, notification

    record = window.notifications.create(notification("Klimaatmars", local(2027, 3, 16, 10, 0), local(2027, 3, 16, 12, 0)))
    happening = window.pages.events.create(event("Stadsfestival", local(2027, 3, 18, 14, 0), local(2027, 3, 18, 22, 0),
                                                 district=District.WEST))
    opened = []
    monkeypatch.setattr(window, "open_notification", lambda ident: opened.append(("notification", ident)))

    _show_tab(window, "register")
    window.refresh()
    view = window.ui.registerView
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [("notification", record.id)]

    _show_tab(window, "events")
    events = window.pages.page("events")
    events.apply_filters()
    events.view.setFocus()
    events.view.setCurrentIndex(events.model.index(0, 0))
    events.open_requested.disconnect()  # the dialog itself is not the point here
    with qtbot.waitSignal(events.open_requested, timeout=2000) as asked:
        qtbot.keyClick(events.view, Qt.Key.Key_Return)
    assert asked.args == [happening.id]
    assert opened == [("notification", record.id)]  # the window's Open did not fire as well


def test_the_row_under_the_keyboard_cursor_counts_as_selected(qtbot, window):
    from desk_helpers import local, notification

    record = window.notifications.create(notification("Klimaatmars", local(2027, 3, 16, 10, 0), local(2027, 3, 16, 12, 0)))
    _show_tab(window, "register")
    window.refresh()
    view = window.ui.registerView
    view.setFocus()
    view.clearSelection()
    view.selectionModel().setCurrentIndex(window.model.index(0, 2), view.selectionModel().SelectionFlag.NoUpdate)
    assert not view.selectionModel().selectedRows()
    assert [window.model.row_at(i.row()).id for i in window.selected_register_rows()] == [record.id]


def _walk(qtbot, start, stop, limit: int = 60) -> list:
    """The widgets Tab visits from ``start`` until it reaches ``stop``."""
    seen = [start]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is stop:
            return seen
    raise AssertionError(f"Tab never reached {stop.objectName()}: {[w.objectName() for w in seen]}")


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_tab_goes_through_the_decision_panel_in_order_before_the_buttons(qtbot, desk):
    """Issue #15: the panel was added after the form was built, so Tab went from the tab
    bar to Opslaan and Annuleren and only then to the decision."""
    from crisisdesk.domain.enums import Decision
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = _open(qtbot, NotificationDialog(desk, None))
    panel = dialog.decision_panel.ui
    panel.decisionCombo.setCurrentIndex(panel.decisionCombo.findData(Decision.CONDITIONS))
    dialog.ui.tabs.setCurrentWidget(dialog.ui.decisionTab)
    seen = _walk(qtbot, dialog.ui.tabs.tabBar(), dialog.save_button)
    names = [w.objectName() for w in seen[1:-1]]
    assert names[:6] == ["decisionCombo", "decisionDateEdit", "signatoryCombo", "decidedByEdit", "capacityCombo",
                         "madeKnownNotYetCheck"]  # the order on screen; a date is one Tab stop
    assert names[-1] == "motivationEdit" and "measuresTable" in names
    assert all(dialog.decision_panel.isAncestorOf(w) for w in seen[1:-1])  # nothing else in between
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", ["new notification", "event", "scenario"])
def test_tab_reaches_the_checklist_before_the_buttons(qtbot, database, name):
    dialog = _open(qtbot, dict(every_window(database))[name]())
    tabs = dialog.tabs if name == "scenario" else dialog.ui.tabs
    tabs.setCurrentWidget(dialog.checklist)
    seen = _walk(qtbot, tabs.tabBar(), dialog.save_button)
    assert [w.objectName() for w in seen[1:-1]] == ["itemsTable", "applyTemplateButton", "addItemButton"]


def test_after_saving_a_new_notification_the_register_has_the_focus_on_it(qtbot, window):
    """Found walking the desk with the keyboard: after Ctrl+N and Ctrl+S the new row was
    selected but the focus was nowhere, so Enter did not open it again."""
    from crisisdesk.ui.register.notification_dialog import NotificationDialog
    from tests.ui.test_notification_dialog import fill_required

    window.ui.mainTabs.setCurrentWidget(window.ui.registerTab)
    window.new_notification()
    dialog = next(d for d in window.findChildren(NotificationDialog) if d.isVisible())
    fill_required(dialog, start=(2027, 1, 20, 10, 0), end=(2027, 1, 20, 12, 0))
    assert dialog.save()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ui.registerView)
    saved = window.model.row_at(window.ui.registerView.currentIndex().row())
    assert saved.purpose == "Boeren blijven"
    opened = []
    window.open_notification = opened.append
    qtbot.keyClick(window.ui.registerView, Qt.Key.Key_Return)
    assert opened == [saved.id]
