"""Screen readers: every field has a name, and the calendar can be read and walked with
the keyboard (issue #15, item 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication

from crisisdesk.domain.enums import District
from crisisdesk.services.calendar.service import CalendarService
from crisisdesk.services.events.service import EventService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.ui.calendar.page import CalendarPage
from crisisdesk.ui.calendar.style import spoken
from crisisdesk.ui.common.accessibility import accessible_name, nameless
from desk_helpers import event, local, notification
from tests.ui.every_window import every_window


def _describe(widgets) -> list[str]:
    return [f"{w.metaObject().className()} {w.objectName()!r}" for w in widgets]


def test_every_focusable_widget_in_every_window_and_tab_has_a_name(qtbot, database):
    missing: dict[str, list[str]] = {}
    for name, make in every_window(database):
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        tabs = getattr(getattr(widget, "ui", None), "mainTabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)  # a tab builds or fills its widgets when first shown
                QApplication.processEvents()
            found = _describe(nameless(widget))
            if found:
                missing[f"{name} / tab {index}"] = found
        assert QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()
        widget.close()
    assert not missing, missing


@pytest.fixture
def calendar(qtbot, database, fixed_now, no_threads_left):
    notifications = NotificationService(database.factory, clock=lambda: fixed_now, user="tester")
    notifications.create(notification("Klimaatmars", local(2026, 3, 10, 10, 0), local(2026, 3, 10, 12, 0)))
    notifications.create(notification("Boerenprotest", local(2026, 3, 10, 11, 0), local(2026, 3, 10, 13, 0)))
    EventService(database.factory, clock=lambda: fixed_now, user="tester").create(
        event("Stadsfestival", local(2026, 3, 12, 14, 0), local(2026, 3, 12, 22, 0), district=District.WEST))
    opened: list[tuple[str, int]] = []
    page = CalendarPage(CalendarService(database.factory), lambda kind, ident: opened.append((kind, ident)),
                        clock=lambda: fixed_now)
    page.opened = opened
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    return page


def test_the_calendar_is_walked_with_the_arrow_keys_and_read_aloud(qtbot, calendar):
    canvas = calendar.week_canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "3" in accessible_name(canvas)  # "3 items; arrow keys go from item to item …"
    canvas.setFocus()
    first = canvas.current_item()
    assert first is not None and first.title == "Klimaatmars"  # the first in time comes first
    assert accessible_name(canvas) == spoken(first)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_item().title == "Boerenprotest"
    assert "Boerenprotest" in accessible_name(canvas) and "10-03-2026 11:00" in accessible_name(canvas)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_item().title == "Stadsfestival"
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert calendar.opened == [(canvas.current_item().kind, canvas.current_item().id)]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.current_item().title == "Klimaatmars"


def test_a_clash_is_said_in_words_not_only_in_red(calendar):
    clashing = [item for _rect, item in calendar.week_canvas.blocks if item.clash]
    assert clashing, "the two demonstrations overlap at the same place"
    assert all(spoken(item).endswith("Clashes with another item") for item in clashing)
    quiet = [item for _rect, item in calendar.week_canvas.blocks if not item.clash]
    assert quiet and not any("Clashes" in spoken(item) for item in quiet)


def test_the_month_view_is_walked_too(qtbot, calendar):
    from crisisdesk.ui.calendar.page import MONTH

    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_mode(MONTH)
    canvas = calendar.month_canvas
    canvas.setFocus()
    assert canvas.current_item() is not None
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert calendar.opened[-1][1] == canvas.current_item().id
