"""The checklist tab: applying a template and ticking an item off, saved at once."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import set_language
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.scenarios.service import ScenarioService
from crisisdesk.ui.checklists.checklist_widget import COL_DUE, COL_STATUS, COL_TEXT, ChecklistWidget

N = ChecklistRecordType.NOTIFICATION


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def services(database, fixed_now):
    partners = PartnerService(database.factory, clock=lambda: fixed_now, user="tester")
    partners.seed_defaults()
    return ChecklistService(database.factory, clock=lambda: fixed_now, user="tester"), partners


@pytest.fixture
def notification(service, fixed_now):
    return service.create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars",
        start_at=fixed_now + timedelta(hours=30), end_at=fixed_now + timedelta(hours=32), location="Neude",
        district=District.BINNENSTAD, received_at=fixed_now - timedelta(days=1), organiser_organisation="Klimaatgroep",
        expected_participants=400,
    ))


def test_applying_a_template_through_the_picker_fills_the_table(qtbot, services, notification, monkeypatch):
    checklists, partners = services
    widget = ChecklistWidget(checklists, N, notification.id, partners=partners, suggested_template="demonstration_high")
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 0 and widget.apply_button.isEnabled()
    seen = {}

    def pick(dialog):
        seen["first"] = dialog.template().key  # the suggested one is offered first
        assert not dialog.ui.anchorEdit.isVisible()  # a notification counts from its start
        return True

    monkeypatch.setattr(widget, "run_dialog", pick)
    with qtbot.waitSignal(widget.checklist_changed):
        widget.apply_button.click()
    assert seen["first"] == "demonstration_high"
    expected = len(checklists.templates.get("demonstration_high").items)
    assert widget.table.rowCount() == expected
    assert checklists.get(N, notification.id).progress.total == expected
    assert widget.tab_title().endswith("(0%)")


def test_ticking_off_an_item_saves_who_and_when_and_updates_progress(qtbot, services, notification, fixed_now):
    checklists, partners = services
    checklists.apply_template(N, notification.id, "demonstration_low")
    widget = ChecklistWidget(checklists, N, notification.id, partners=partners)
    qtbot.addWidget(widget)
    overdue_rows = [r for r in range(widget.table.rowCount()) if widget.checklist.items[r].overdue]
    assert overdue_rows  # "48 uur voor" a start 30 hours away has passed
    row = overdue_rows[0]
    assert not widget.table.item(row, COL_DUE).icon().isNull()  # overdue stands out
    item_id = widget.table.item(row, COL_DUE).data(0x0100)
    combo = widget.table.cellWidget(row, COL_STATUS)
    with qtbot.waitSignal(widget.checklist_changed):
        combo.setCurrentIndex(combo.findData(ItemStatus.DONE.value))
    stored = next(i for i in checklists.get(N, notification.id).items if i.id == item_id)
    assert (stored.status, stored.status_by, stored.status_at) == (ItemStatus.DONE, "tester", fixed_now)
    assert widget.total_bar.value() == widget.checklist.progress.percent > 0
    assert widget.table.item(row, COL_DUE).icon().isNull()


def test_a_scenario_asks_for_the_anchor(qtbot, services, database, fixed_now, monkeypatch):
    checklists, partners = services
    scenario = ScenarioService(database.factory, clock=lambda: fixed_now, user="t").create(
        ScenarioDraft(kind=ScenarioKind.FLOODING, title="Hoogwater"))
    widget = ChecklistWidget(checklists, ChecklistRecordType.SCENARIO, scenario.id, partners=partners)
    qtbot.addWidget(widget)

    def pick(dialog):
        assert not dialog.ui.anchorEdit.isHidden()
        dialog.select("scenario_flooding")
        dialog.ui.anchorEdit.setDateTime(dialog.ui.anchorEdit.dateTime().addSecs(3600))
        return True

    monkeypatch.setattr(widget, "run_dialog", pick)
    widget.apply_button.click()
    checklist = checklists.get(ChecklistRecordType.SCENARIO, scenario.id)
    assert checklist.templates == ("scenario_flooding",)
    assert checklist.anchor_at == fixed_now + timedelta(hours=1)


def test_a_bad_offset_shows_a_message_and_saves_nothing(qtbot, services, notification, monkeypatch):
    checklists, partners = services
    widget = ChecklistWidget(checklists, N, notification.id, partners=partners)
    qtbot.addWidget(widget)
    messages = []
    monkeypatch.setattr(widget, "show_message", lambda title, text: messages.append(text))
    set_language("en")
    try:
        assert widget.add("Iets regelen", "binnenkort") is False
    finally:
        set_language("nl")
    assert messages and "14 dagen voor" in messages[0]
    assert checklists.get(N, notification.id) is None


def test_an_unsaved_record_takes_a_template_for_when_it_is_saved(qtbot, services):
    checklists, partners = services
    widget = ChecklistWidget(checklists, N, None, partners=partners)
    qtbot.addWidget(widget)
    assert widget.apply_button.isEnabled() and widget.add_button.isEnabled()  # both before the first save
    assert widget.apply("demonstration_high") is True
    assert widget.pending == [("demonstration_high", None)] and widget.checklist is None  # nothing written yet
    template = checklists.templates.get("demonstration_high")
    assert widget.table.rowCount() == len(template.items)  # shown as they will be made
    assert {widget.table.item(r, COL_TEXT).text() for r in range(widget.table.rowCount())} == {i.text for i in template.items}


def test_the_notification_dialog_has_a_checklist_tab(qtbot, desk, services, notification):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    checklists, _ = services
    checklists.apply_template(N, notification.id, "demonstration_high")
    dialog = NotificationDialog(desk, notification.id)
    qtbot.addWidget(dialog)
    tabs = dialog.ui.tabs
    assert tabs.widget(tabs.count() - 1) is dialog.checklist
    assert dialog.checklist.table.rowCount() == len(checklists.templates.get("demonstration_high").items)
    assert "%" in tabs.tabText(tabs.count() - 1)


# --- issue #15, item 13 ------------------------------------------------------------------


def test_ticking_the_box_marks_an_action_done_and_unticking_opens_it_again(qtbot, database, fixed_now):
    from PySide6.QtCore import Qt

    from crisisdesk.domain.checklists.rules import ItemStatus
    from crisisdesk.ui.checklists.checklist_widget import COL_TEXT
    from crisisdesk.ui.register.notification_dialog import NotificationDialog
    from tests.ui.test_notification_dialog import fill_required
    from crisisdesk.desk import Desk

    dialog = NotificationDialog(Desk(database, user="tester", clock=lambda: fixed_now), None, now=fixed_now)
    qtbot.addWidget(dialog)
    widget = dialog.checklist
    assert widget.apply_button.isEnabled()  # a new notification gets its checklist at once
    assert widget.apply("demonstration_high") is True
    assert widget.pending and widget.message_label.text()
    fill_required(dialog)
    assert dialog.save() is True
    assert widget.record_id is not None and widget.checklist is not None and widget.checklist.items
    assert widget.message_label.text() == ""  # no "No checklist yet" after the template was applied
    first = widget.checklist.items[0]
    cell = widget.table.item(0, COL_TEXT)
    assert cell.flags() & Qt.ItemFlag.ItemIsUserCheckable and cell.checkState() == Qt.CheckState.Unchecked
    widget.tick(first.id)
    stored = widget.service.get(widget.record_type, widget.record_id).items[0]
    assert stored.status == ItemStatus.DONE
    widget.tick(first.id, done=False)
    assert widget.service.get(widget.record_type, widget.record_id).items[0].status == ItemStatus.OPEN


# --- issue #15, item 5: events and scenarios, from the first moment ---------------------------


def _save_new_event(qtbot, dialog) -> int:
    from crisisdesk.domain.enums import District
    from crisisdesk.domain.events.rules import EventKind
    from crisisdesk.ui.common import combos
    from crisisdesk.ui.common.widgets import set_wall_clock

    ui = dialog.ui
    combos.select(ui.kindCombo, EventKind.KINGS_DAY)
    ui.titleEdit.setText("Koningsdag 2026")
    set_wall_clock(ui.startEdit, local(2026, 4, 27, 9, 0))
    set_wall_clock(ui.endEdit, local(2026, 4, 27, 20, 0))
    ui.locationEdit.setText("Binnenstad")
    combos.select(ui.districtCombo, District.BINNENSTAD)
    with qtbot.waitSignal(dialog.event_saved) as saved:
        assert dialog.save() is True
    return saved.args[0]


def test_a_new_event_gets_its_checklist_before_the_first_save(qtbot, database, services, fixed_now, monkeypatch):
    from crisisdesk.services.events.service import EventService
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.ui.events.event_dialog import EventDialog

    checklists, partners = services
    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    dialog = EventDialog(events, NotificationService(database.factory, clock=lambda: fixed_now, user="tester"),
                         None, now=fixed_now, checklists=checklists, partners=partners)
    qtbot.addWidget(dialog)
    widget = dialog.checklist
    tabs = dialog.ui.tabs
    assert tabs.widget(tabs.count() - 1) is widget and widget.record_id is None
    chosen = {}

    def pick(picker):
        chosen["offered first"] = picker.template().key
        picker.select("kings_day")
        return True

    monkeypatch.setattr(widget, "run_dialog", pick)
    from crisisdesk.domain.events.rules import EventKind
    from crisisdesk.ui.common import combos

    combos.select(dialog.ui.kindCombo, EventKind.KINGS_DAY)
    widget.apply_button.click()
    assert chosen["offered first"] == "kings_day"  # the template for this kind of event
    assert widget.add("Draaiboek naar de brandweer", "7 dagen voor") is True
    template = checklists.templates.get("kings_day")
    assert widget.table.rowCount() == len(template.items) + 1
    assert str(len(template.items) + 1) in tabs.tabText(tabs.count() - 1)
    assert checklists.get(ChecklistRecordType.EVENT, 1) is None  # nothing written before saving

    event_id = _save_new_event(qtbot, dialog)
    stored = checklists.get(ChecklistRecordType.EVENT, event_id)
    assert stored is not None and len(stored.items) == len(template.items) + 1
    own = next(i for i in stored.items if i.text == "Draaiboek naar de brandweer")
    assert own.due_at == local(2026, 4, 20, 9, 0)  # counted from the start that was saved
    assert stored.templates == ("kings_day",)


def test_a_new_scenario_gets_its_checklist_before_the_first_save_and_ticks_in_place(qtbot, database, services, fixed_now, monkeypatch):
    from crisisdesk.ui.common import combos
    from crisisdesk.ui.scenarios.scenario_dialog import ScenarioDialog

    checklists, partners = services
    scenarios = ScenarioService(database.factory, clock=lambda: fixed_now, user="tester")
    dialog = ScenarioDialog(scenarios, checklists=checklists, partners=partners)
    qtbot.addWidget(dialog)
    combos.select(dialog.ui.kindCombo, ScenarioKind.FLOODING)
    dialog.ui.titleEdit.setText("Hoogwater Lek")
    widget = dialog.checklist
    assert dialog.tabs.widget(1) is widget
    anchor = local(2026, 3, 20, 8, 0)

    def pick(picker):
        assert picker.template().key == "scenario_flooding" and picker.needs_anchor
        from crisisdesk.ui.common.widgets import set_wall_clock

        set_wall_clock(picker.ui.anchorEdit, anchor)
        return True

    monkeypatch.setattr(widget, "run_dialog", pick)
    widget.apply_button.click()
    assert widget.pending == [("scenario_flooding", anchor)]
    with qtbot.waitSignal(dialog.scenario_saved) as saved:
        assert dialog.save() is True
    stored = checklists.get(ChecklistRecordType.SCENARIO, saved.args[0])
    assert stored is not None and stored.anchor_at == anchor
    assert len(stored.items) == len(checklists.templates.get("scenario_flooding").items)
    first = stored.items[0]
    widget.tick(first.id)
    assert checklists.get(ChecklistRecordType.SCENARIO, saved.args[0]).items[0].status == ItemStatus.DONE


def test_a_bad_offset_for_a_new_record_is_refused_in_dutch(qtbot, services, monkeypatch):
    checklists, partners = services
    widget = ChecklistWidget(checklists, N, None, partners=partners)
    qtbot.addWidget(widget)
    messages = []
    monkeypatch.setattr(widget, "show_message", lambda title, text: messages.append(text))
    assert widget.add("Iets regelen", "binnenkort") is False
    assert messages and "14 dagen voor" in messages[0] and widget.pending_items == []


def test_due_moments_before_the_first_save_follow_the_start_entered(qtbot, database, fixed_now):
    from crisisdesk.desk import Desk
    from crisisdesk.labels import format_moment
    from crisisdesk.ui.common.widgets import set_wall_clock
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = NotificationDialog(Desk(database, user="tester", clock=lambda: fixed_now), None, now=fixed_now)
    qtbot.addWidget(dialog)
    set_wall_clock(dialog.ui.startEdit, datetime(2026, 4, 10, 14, 0))
    widget = dialog.checklist
    assert widget.add("Politie bellen", "2 dagen voor")
    assert widget.table.item(0, COL_DUE).text().startswith(format_moment(local(2026, 4, 8, 14, 0), weekday=True))
    set_wall_clock(dialog.ui.startEdit, datetime(2026, 4, 20, 9, 30))  # the advisor corrects the start
    assert widget.table.item(0, COL_DUE).text().startswith(format_moment(local(2026, 4, 18, 9, 30), weekday=True))
    assert widget.table.item(0, COL_DUE).text().endswith("2 dagen voor")
