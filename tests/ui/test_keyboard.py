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
