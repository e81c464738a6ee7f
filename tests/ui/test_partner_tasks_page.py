"""Checklists → Actions per partner: tick an action in place, open its record (issue #15, item 5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.ui.checklists.partner_tasks_page import COL_ACTION, COL_DONE, COL_RECORD
from crisisdesk.ui.shell.main_window import MainWindow

N, E = ChecklistRecordType.NOTIFICATION, ChecklistRecordType.EVENT
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: bringing it forward is a no-op


@pytest.fixture
def world(qtbot, desk, fixed_now):
    """A main window; the GHOR has one action on a notification and one on an event."""
    desk.partners.seed_defaults()
    ghor = next(p for p in desk.partners.list() if p.key == "ghor")
    notification = desk.notifications.create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars",
        start_at=fixed_now + timedelta(days=2), end_at=fixed_now + timedelta(days=2, hours=2), location="Neude",
        district=District.BINNENSTAD, received_at=fixed_now - timedelta(days=5), organiser_organisation="Klimaatgroep",
    ))
    event = desk.events.create(EventDraft(
        kind=EventKind.EVENT, title="Stadsfestival", start_at=fixed_now + timedelta(days=5),
        end_at=fixed_now + timedelta(days=5, hours=8), location="Park Transwijk", district=District.ZUIDWEST,
    ))
    desk.checklists.add_item(N, notification.id, "EHBO-post regelen", partner_id=ghor.id, offset_text="1 dag voor")
    desk.checklists.add_item(E, event.id, "Gewondenspreiding afstemmen", partner_id=ghor.id, offset_text="2 dagen voor")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    page = window.checklists.open_tasks()
    page.select_partner(ghor.id)
    return window, page, notification, event


def test_an_action_is_ticked_off_in_place_in_one_write_with_audit(world, desk):
    from crisisdesk.services.privacy.audit import AuditService

    _window, page, notification, _event = world
    assert page.table.rowCount() == 2
    row = next(r for r in range(2) if page.table.item(r, COL_ACTION).text() == "EHBO-post regelen")
    cell = page.table.item(row, COL_DONE)
    assert cell.flags() & Qt.ItemFlag.ItemIsUserCheckable and cell.checkState() == Qt.CheckState.Unchecked
    cell.setCheckState(Qt.CheckState.Checked)  # as a click on the box does
    stored = desk.checklists.get(N, notification.id).items[0]
    assert stored.status == ItemStatus.DONE and stored.status_by == "tester"
    assert page.table.item(row, COL_DONE).checkState() == Qt.CheckState.Checked  # the row shows what is stored
    assert page.summary_label.text().startswith("1 ")  # one still open
    trail = AuditService(desk.database.factory).entries("checklist_item", str(stored.id))
    assert any(entry.field == "status" for entry in trail)

    page.table.setCurrentCell(row, COL_ACTION)
    from PySide6.QtTest import QTest

    QTest.keyClick(page.table, Qt.Key.Key_Space)  # Space unticks from any column
    assert desk.checklists.get(N, notification.id).items[0].status == ItemStatus.OPEN
    page.reload()  # ticked-off actions leave the list once it is read again
    assert page.table.rowCount() == 2


def test_enter_and_double_click_open_the_record(qtbot, world, monkeypatch):
    window, page, notification, event = world
    opened = []
    monkeypatch.setattr(window, "open_notification", lambda ident: opened.append(("notification", ident)))
    monkeypatch.setattr(window.pages, "open_event", lambda ident: opened.append(("event", ident)))
    by_record = {page.table.item(r, COL_RECORD).text().split(" #")[0]: r for r in range(page.table.rowCount())}
    assert len(by_record) == 2
    page.table.setFocus()
    for row in range(page.table.rowCount()):
        page.table.setCurrentCell(row, COL_ACTION)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert sorted(opened) == [("event", event.id), ("notification", notification.id)]
    opened.clear()
    row = 0
    rect = page.table.visualItemRect(page.table.item(row, COL_ACTION))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1


def test_the_real_dialog_opens_from_the_list(qtbot, world):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    window, page, notification, _event = world
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, COL_ACTION).text() == "EHBO-post regelen")
    assert page.open_row(row)
    dialogs = [d for d in window.findChildren(NotificationDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].record.id == notification.id
    dialogs[0].reject()
