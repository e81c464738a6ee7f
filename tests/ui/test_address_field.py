"""The address field: suggestions in a popup, the chosen point saved with the record, offline free text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.services.geo.geocoder import Geocoder
from crisisdesk.ui.common.accessibility import accessible_name
from crisisdesk.ui.register.notification_dialog import NotificationDialog
from tests.ui.test_notification_dialog import fill_required
from tests.fake_locatieserver import FakeLocatieserver, closed_port_url


@pytest.fixture
def pdok():
    with FakeLocatieserver() as server:
        yield server


def _dialog(qtbot, desk, url, fixed_now, notification_id=None):
    desk.geocoder = Geocoder(url, timeout=2)
    dialog = NotificationDialog(desk, notification_id, now=fixed_now)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _type(qtbot, field, text):
    dialog = field.edit.window()
    dialog.ui.tabs.setCurrentWidget(dialog._tab_of(field.edit))
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)  # the advisor types there: the popup opens only for the field in focus
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    with qtbot.waitSignal(field.model.modelReset, timeout=5000):
        field.ask_suggestions()


def test_typing_shows_suggestions_and_choosing_one_stores_the_point(qtbot, desk, pdok, fixed_now):
    dialog = _dialog(qtbot, desk, pdok.url, fixed_now)
    field = dialog.location_field
    _type(qtbot, field, "Neude")
    assert field.model.stringList() == ["Neude, Utrecht", "Neude 11, 3512AE Utrecht"]
    popup = field.completer.popup()
    assert popup.isVisible()
    assert accessible_name(popup) == popup.accessibleName() != ""
    with qtbot.waitSignal(field.placeChosen, timeout=5000) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    point = chosen.args[0]
    assert point.address == "Neude 11, 3512AE Utrecht" and point.rd_x == 136592.468
    assert dialog.ui.locationEdit.text() == "Neude 11, 3512AE Utrecht"
    assert dialog.ui.districtCombo.currentData() == District.BINNENSTAD  # filled from the wijk
    assert field.notice.isVisibleTo(dialog) and "Binnenstad" in field.notice.text()

    fill_required(dialog)
    dialog.ui.locationEdit.setText("Neude 11, 3512AE Utrecht")  # as chosen (fill_required types its own)
    dialog.location_field.set_point(point, emit=False)
    saved = []
    dialog.notification_saved.connect(saved.append)
    dialog.save()
    assert saved
    record = desk.notifications.get(saved[0])
    assert [(p.role, p.point.address, p.point.wijk) for p in record.places] == [
        (PlaceRole.LOCATION, "Neude 11, 3512AE Utrecht", "Wijk 06 Binnenstad")]

    again = NotificationDialog(desk, record.id, now=fixed_now)
    qtbot.addWidget(again)
    assert again.location_field.point == point  # opened with its point
    assert not again.unsaved.changed()


def test_typing_after_a_choice_makes_the_text_free_again(qtbot, desk, pdok, fixed_now):
    dialog = _dialog(qtbot, desk, pdok.url, fixed_now)
    field = dialog.address_fields[PlaceRole.ROUTE_START]
    _type(qtbot, field, "Domplein")
    with qtbot.waitSignal(field.placeChosen, timeout=5000):
        field.choose("Domplein, Utrecht")
    assert field.point is not None and field.point.wijk == ""  # a square: no wijk to fill in
    with qtbot.waitSignal(field.placeChosen) as dropped:
        qtbot.keyClicks(field.edit, " bij de Dom")
    assert dropped.args == [None] and field.point is None
    assert dialog.places() == ()


def test_offline_the_field_stays_free_text_with_a_quiet_notice(qtbot, desk, fixed_now):
    dialog = _dialog(qtbot, desk, closed_port_url(), fixed_now)
    field = dialog.location_field
    dialog.ui.tabs.setCurrentWidget(dialog._tab_of(field.edit))
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "Stadhuisbrug")
    field.ask_suggestions()
    qtbot.waitUntil(lambda: field.notice.text() != "", timeout=5000)
    assert field.notice.isVisibleTo(dialog)
    assert field.edit.text() == "Stadhuisbrug" and field.point is None
    assert not field.completer.popup().isVisible()
    assert dialog.draft().location == "Stadhuisbrug" and dialog.draft().places == ()


def test_a_broken_answer_is_also_only_a_notice(qtbot, desk, fixed_now):
    with FakeLocatieserver(mode="bad_json") as server:
        dialog = _dialog(qtbot, desk, server.url, fixed_now)
        field = dialog.location_field
        dialog.ui.tabs.setCurrentWidget(dialog._tab_of(field.edit))
        field.edit.setFocus()
        qtbot.keyClicks(field.edit, "Griftpark")
        field.ask_suggestions()
        qtbot.waitUntil(lambda: field.notice.text() != "", timeout=5000)
    assert field.point is None and field.edit.text() == "Griftpark"
