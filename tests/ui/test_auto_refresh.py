"""Another desk's changes appear in the register without a restart, selection kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from crisisdesk.desk import Desk
from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.ui.shell.main_window import MainWindow
from crisisdesk.ui.register.model import COL_PURPOSE, PAGE_SIZE

BASE = NotificationDraft(
    kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Demo",
    start_at=datetime(2026, 4, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 4, 1, 16, tzinfo=AMSTERDAM),
    location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 1, 10, tzinfo=AMSTERDAM),
    organiser_organisation="Stichting X",
)


def make(service, number: int):
    shift = timedelta(days=number)
    return service.create(replace(BASE, purpose=f"Demo {number}", start_at=BASE.start_at + shift, end_at=BASE.end_at + shift))


@pytest.fixture
def other_desk(database, fixed_now):
    other = open_database(database.url)  # its own engine, as on another machine
    yield NotificationService(other.factory, clock=lambda: fixed_now, user="collega")
    other.dispose()


@pytest.fixture
def window(qtbot, service, database, fixed_now):
    win = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(win)
    win.apply_filters()
    return win


def purposes(window) -> list[str]:
    return [window.model.index(r, COL_PURPOSE).data() for r in range(window.model.rowCount())]


def test_reloads_only_when_another_desk_changed_something(window, service, other_desk):
    first = make(service, 1)
    window.refresh()
    window.ui.registerView.selectRow(0)
    assert window.watcher.check() is False  # nothing changed elsewhere: no reload

    make(other_desk, 2)
    assert window.watcher.check() is True
    assert purposes(window) == ["Demo 1", "Demo 2"]  # the nearest first
    selected = window.ui.registerView.selectionModel().selectedRows()
    assert [window.model.row_at(i.row()).id for i in selected] == [first.id]  # selection kept

    other_desk.update(first.id, draft_from_record(other_desk.get(first.id), purpose="Demo 1 (gewijzigd)"), 1)
    assert window.watcher.check() is True
    assert "Demo 1 (gewijzigd)" in purposes(window)

    other_desk.delete(first.id)
    assert window.watcher.check() is True
    assert purposes(window) == ["Demo 2"]
    assert window.watcher.check() is False


def test_rows_fetched_beyond_the_first_page_stay_loaded(window, service, other_desk):
    for number in range(PAGE_SIZE + 10):
        make(service, number)
    window.refresh()
    window.model.fetchMore()
    assert window.model.rowCount() == PAGE_SIZE + 10
    make(other_desk, 3)
    assert window.watcher.check() is True
    assert window.model.rowCount() == PAGE_SIZE + 11


def test_the_timer_runs(window):
    assert window.watcher.timer.isActive()
    assert window.watcher.timer.interval() == 30_000
