"""The "Next 7 days" overview: its sections from seeded data, clicks, and its place at start-up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import Decision, DecisionGround, District, MadeKnownChannel, Status
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.events.rules import PermitStatus
from crisisdesk.services.events.service import EventService
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.calendar.overview import OverviewService
from crisisdesk.ui.shell.main_window import MainWindow
from crisisdesk.ui.calendar.overview_page import OverviewPage
from decision_helpers import decided as decision_fields
from desk_helpers import event, local, notification

pytestmark = pytest.mark.usefixtures("no_threads_left")


@pytest.fixture
def seeded(service, database):
    """Now is Saturday 14 March 2026 10:30 in Utrecht."""
    events = EventService(database.factory, clock=service._clock, user="tester")
    demo = service.create(notification("Klimaatmars", local(2026, 3, 16, 14, 0), local(2026, 3, 16, 16, 0)))
    counter = service.create(notification("Tegenprotest", local(2026, 3, 16, 15, 0), local(2026, 3, 16, 17, 0)))
    decided = service.create(notification("Besloten en bekend", local(2026, 3, 17, 10, 0), local(2026, 3, 17, 11, 0),
                                          location="Griftpark", district=District.NOORDOOST))
    service.update(decided.id, draft_from_record(
        decided, status=Status.DECIDED, **decision_fields(
            Decision.CONDITIONS, on=date(2026, 3, 13), decision_measures=(Measure("Route via de Biltstraat.", (DecisionGround.TRAFFIC,)),),
            decision_made_known_at=local(2026, 3, 13, 12, 0), decision_made_known_how=MadeKnownChannel.EMAIL)), decided.version)
    service.create(notification("Volgende maand", local(2026, 4, 20, 14, 0), local(2026, 4, 20, 16, 0)))
    overdue = events.create(event("Te laat beslist", local(2026, 4, 25, 12, 0), local(2026, 4, 25, 18, 0),
                                  permit_status=PermitStatus.APPLIED, permit_applied_at=local(2025, 12, 1, 10, 0)))
    soon = events.create(event("Bijna", local(2026, 5, 30, 12, 0), local(2026, 5, 30, 18, 0), location="Vredenburg",
                               district=District.BINNENSTAD, permit_status=PermitStatus.APPLIED,
                               permit_applied_at=local(2025, 12, 22, 10, 0)))
    events.create(event("Ruim op tijd", local(2026, 6, 1, 12, 0), local(2026, 6, 1, 18, 0),
                        permit_status=PermitStatus.APPLIED, permit_applied_at=local(2026, 3, 2, 10, 0)))
    festival = events.create(event("Festival", local(2026, 3, 15, 12, 0), local(2026, 3, 15, 20, 0)))
    return {"demo": demo, "counter": counter, "decided": decided, "overdue": overdue, "soon": soon, "festival": festival}


@pytest.fixture
def page(qtbot, database, fixed_now):
    calls: list[tuple[str, int]] = []
    widget = OverviewPage(OverviewService(database.factory, clock=lambda: fixed_now),
                          lambda kind, ident: calls.append((kind, ident)), clock=lambda: fixed_now)
    widget.opened = calls
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    return widget


def rows(section) -> list[list[str]]:
    table = section.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def refreshed(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()


def test_sections_are_filled_from_the_database(qtbot, page, seeded):
    refreshed(qtbot, page)
    starting = [row[2] for row in rows(page.starting)]
    assert starting == ["Festival", "Klimaatmars", "Tegenprotest", "Besloten en bekend"]  # by start, next 7 days only
    assert [row[1] for row in rows(page.decisions)] == ["Klimaatmars", "Tegenprotest"]  # the decided one is known
    permits = rows(page.permits)
    assert [row[1] for row in permits] == ["Te laat beslist", "Bijna"]  # overdue first; "Ruim op tijd" is weeks away
    overdue_item = page.permits.table.item(0, 0)
    assert overdue_item.font().bold() and not page.permits.table.item(1, 0).font().bold()
    assert overdue_item.background().color().name() != page.permits.table.item(1, 0).background().color().name()
    clashes = rows(page.clashes)
    assert len(clashes) == 1 and "Klimaatmars" in clashes[0][0] and "Tegenprotest" in clashes[0][1]
    clash_flags = [row[5] for row in rows(page.starting)]
    assert clash_flags[1] and clash_flags[2] and not clash_flags[0] and not clash_flags[3]
    assert page.starting.title().endswith("(4)")


def test_an_empty_week_says_so(qtbot, page):
    refreshed(qtbot, page)
    for section in (page.starting, page.decisions, page.permits, page.clashes):
        assert section.row_count() == 0
        assert section.empty.isVisibleTo(page) and section.empty.text()


def test_clicking_a_line_opens_its_record(qtbot, page, seeded, monkeypatch):
    refreshed(qtbot, page)
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(page, "open_item", lambda kind, ident: opened.append((kind, ident)))

    def click(section, row: int, column: int = 0) -> None:
        table = section.table
        rect = table.visualItemRect(table.item(row, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(page.starting, 0)
    click(page.decisions, 1)
    click(page.permits, 0)
    click(page.clashes, 0, 1)  # the second item of the pair
    assert opened == [
        ("event", seeded["festival"].id),
        ("notification", seeded["counter"].id),
        ("event", seeded["overdue"].id),
        ("notification", seeded["counter"].id),
    ]


def test_the_desk_opens_on_the_register_and_builds_the_overview_when_first_opened(qtbot, service, database, fixed_now, seeded):
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(window)
    tabs = window.ui.mainTabs
    assert tabs.currentWidget() is window.ui.registerTab
    assert tabs.indexOf(window.ui.registerTab) == 1
    assert "overview" not in window.pages.widgets  # nothing of it is built before it is opened
    assert type(tabs.widget(0)).__name__ == "QWidget" and tabs.tabText(0) == "Next 7 days"
    window.show()
    with qtbot.waitSignal(tabs.currentChanged, timeout=10_000):
        tabs.setCurrentIndex(0)
    overview = window.pages.widgets["overview"]
    assert tabs.currentWidget() is overview and tabs.tabText(0) == "Next 7 days"
    qtbot.waitUntil(lambda: overview.starting.row_count() == 4, timeout=10_000)
    service.create(notification("Nieuw", local(2026, 3, 18, 14, 0), local(2026, 3, 18, 15, 0),
                                location="Park Transwijk", district=District.ZUIDWEST))
    with qtbot.waitSignal(overview.loaded, timeout=10_000):
        window._saved(seeded["demo"].id)  # what the notification dialog's save triggers
    assert overview.starting.row_count() == 5
    window.close()


def test_opening_from_the_overview_runs_the_right_dialog(qtbot, service, database, fixed_now, seeded, monkeypatch):
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(window)
    notifications: list[int] = []
    events: list[int] = []
    monkeypatch.setattr(window, "open_notification", notifications.append)
    monkeypatch.setattr(window.pages, "open_event", events.append)
    window.pages.open_record("notification", seeded["demo"].id)
    window.pages.open_record("event", seeded["festival"].id)
    assert notifications == [seeded["demo"].id] and events == [seeded["festival"].id]
    dialog = window.pages.make_event_dialog(seeded["festival"].id)
    qtbot.addWidget(dialog)
    assert dialog.ui.titleEdit.text() == "Festival"
