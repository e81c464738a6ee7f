"""The events register and the event dialog: football, the offender's neutral title, the
live permit deadline, field errors, and the model's contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    EventKind,
    FieldError,
    MatchRiskClass,
    PermitStatus,
    neutral_title,
    permit_decision_deadline,
)
from crisisdesk.labels import error_message, format_moment
from crisisdesk.services.events.service import EventQuery, EventService
from crisisdesk.ui.common import combos
from crisisdesk.ui.events.event_dialog import EventDialog
from crisisdesk.ui.events.model import COL_PLACE, COL_TITLE, EventsModel
from crisisdesk.ui.events.page import PERIOD_ALL, EventsPage
from crisisdesk.ui.common.widgets import set_wall_clock
from desk_helpers import event, local, notification

pytestmark = pytest.mark.usefixtures("no_threads_left")


@pytest.fixture
def events(database, fixed_now) -> EventService:
    return EventService(database.factory, clock=lambda: fixed_now, user="tester")


@pytest.fixture
def open_dialog(qtbot, events, service, fixed_now):
    def _open(event_id: int | None = None) -> EventDialog:
        dialog = EventDialog(events, service, event_id, now=fixed_now)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return _open


def fill_basics(dialog: EventDialog, kind: EventKind, title: str) -> None:
    ui = dialog.ui
    combos.select(ui.kindCombo, kind)
    ui.titleEdit.setText(title)
    set_wall_clock(ui.startEdit, local(2026, 3, 22, 14, 30))
    set_wall_clock(ui.endEdit, local(2026, 3, 22, 16, 30))
    ui.locationEdit.setText("Stadion Galgenwaard")
    combos.select(ui.districtCombo, District.OOST)


def test_a_football_match_with_measures_is_saved(qtbot, open_dialog, events):
    dialog = open_dialog()
    ui = dialog.ui
    football = ui.tabs.indexOf(ui.footballTab)
    assert not ui.tabs.isTabVisible(football)
    fill_basics(dialog, EventKind.FOOTBALL_MATCH, "FC Utrecht – Feyenoord")
    assert ui.tabs.isTabVisible(football) and not ui.tabs.isTabVisible(ui.tabs.indexOf(ui.fireworksTab))
    ui.visitorsSpin.setValue(23_000)
    ui.opponentEdit.setText("Feyenoord")
    combos.select(ui.matchRiskCombo, MatchRiskClass.C)
    ui.combiCheck.setChecked(True)
    ui.maxAwayCheck.setChecked(True)
    ui.maxAwaySpin.setValue(1_500)
    ui.securityRiskAreaCheck.setChecked(True)
    ui.cameraCheck.setChecked(True)
    with qtbot.waitSignal(dialog.event_saved, timeout=2000) as saved:
        assert dialog.save()
    record = events.get(saved.args[0])
    assert record.kind == EventKind.FOOTBALL_MATCH and record.opponent == "Feyenoord"
    assert record.match_risk_class == MatchRiskClass.C
    assert record.football.combi_regulation and record.football.max_away_supporters == 1_500
    assert record.football.security_risk_area and record.football.camera_surveillance
    assert not record.football.without_public
    assert record.start_at == local(2026, 3, 22, 14, 30) and record.expected_visitors == 23_000


def test_a_match_without_public_admits_no_away_supporters(open_dialog, events):
    dialog = open_dialog()
    ui = dialog.ui
    fill_basics(dialog, EventKind.FOOTBALL_MATCH, "FC Utrecht – Ajax")
    ui.opponentEdit.setText("Ajax")
    combos.select(ui.matchRiskCombo, MatchRiskClass.C)
    ui.withoutPublicCheck.setChecked(True)
    ui.maxAwayCheck.setChecked(True)
    ui.maxAwaySpin.setValue(500)
    assert not dialog.save()
    expected = error_message(FieldError("max_away_supporters", "without_public_has_supporters"))
    assert dialog.errors.labels["max_away_supporters"].text() == expected
    assert ui.tabs.currentWidget() is ui.footballTab  # taken to the problem
    assert events.count(EventQuery()) == 0


def test_missing_fields_are_marked_and_nothing_is_saved(open_dialog, events):
    dialog = open_dialog()
    assert not dialog.save()
    assert {"title", "location", "district"} <= set(dialog.errors.visible_fields())
    assert dialog.errors.labels["title"].text() == error_message(FieldError("title", "required"))
    assert dialog.ui.errorSummaryLabel.isVisible()
    assert events.count(EventQuery()) == 0
    dialog.ui.titleEdit.setText("Buurtfeest")
    dialog.refresh_checks()
    assert "title" not in dialog.errors.visible_fields()  # cleared while typing after a failed save


def test_permit_deadline_follows_the_application_and_the_extension(open_dialog, fixed_now):
    dialog = open_dialog()
    ui = dialog.ui
    assert not ui.permitAppliedEdit.isEnabled() and not ui.permitExtendedCheck.isEnabled()
    combos.select(ui.permitStatusCombo, PermitStatus.APPLIED)
    applied = local(2026, 3, 2, 10, 0)  # CET; twelve weeks later it is summer time
    set_wall_clock(ui.permitAppliedEdit, applied)
    dialog.refresh_checks()
    deadline = permit_decision_deadline(applied, extended=False)
    assert deadline == local(2026, 5, 25, 10, 0)
    assert format_moment(deadline) in ui.permitDeadlineLabel.text()
    ui.permitExtendedCheck.setChecked(True)
    dialog.refresh_checks()
    assert combos.chosen(ui.permitStatusCombo, PermitStatus) == PermitStatus.EXTENDED
    assert format_moment(local(2026, 8, 17, 10, 0)) in ui.permitDeadlineLabel.text()
    combos.select(ui.permitStatusCombo, PermitStatus.APPLIED)
    assert not ui.permitExtendedCheck.isChecked()
    set_wall_clock(ui.permitAppliedEdit, local(2025, 11, 3, 10, 0))  # twelve weeks ago and more: overdue
    dialog.refresh_checks()
    assert format_moment(local(2026, 1, 26, 10, 0)) in ui.permitDeadlineLabel.text()
    assert "#b3261e" in ui.permitDeadlineLabel.styleSheet()  # the late colour


def test_live_clashes_include_notifications_and_open_them(qtbot, open_dialog, service, events):
    demo = service.create(notification("Protest bij het stadion", local(2026, 3, 22, 15, 0), local(2026, 3, 22, 17, 0),
                                       location="Stadion Galgenwaard", district=District.OOST))
    other = events.create(event("Fanmars", local(2026, 3, 22, 12, 0), local(2026, 3, 22, 15, 0), district=District.OOST))
    dialog = open_dialog()
    fill_basics(dialog, EventKind.FOOTBALL_MATCH, "FC Utrecht – PSV")
    dialog.refresh_checks()
    refs = [dialog.ui.clashList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.ui.clashList.count())]
    assert sorted(refs) == sorted([("notification", demo.id), ("event", other.id)])
    with qtbot.waitSignal(dialog.open_requested) as opened:
        item = dialog.ui.clashList.item(refs.index(("event", other.id)))
        dialog.ui.clashList.itemDoubleClicked.emit(item)
    assert opened.args == ["event", other.id]
    saved = events.create(event("Zelf", local(2026, 3, 22, 12, 0), local(2026, 3, 22, 15, 0), district=District.OOST))
    own = open_dialog(saved.id)
    own_refs = [own.ui.clashList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(own.ui.clashList.count())]
    assert ("event", saved.id) not in own_refs and ("event", other.id) in own_refs


def test_a_returning_offender_shows_only_a_neutral_title_in_the_list(qtbot, events, fixed_now):
    secret = events.create(event("Terugkeer J. Jansen naar de Zamenhofdreef", local(2026, 3, 20, 9, 0),
                                 local(2026, 3, 20, 12, 0), location="Zamenhofdreef 1", district=District.OVERVECHT,
                                 kind=EventKind.OFFENDER_RETURN, organiser_organisation="Reclassering"))
    events.create(event("Braderie", local(2026, 3, 21, 10, 0), local(2026, 3, 21, 17, 0)))
    page = EventsPage(events, clock=lambda: fixed_now)
    qtbot.addWidget(page)
    page.periodCombo.setCurrentIndex(PERIOD_ALL)
    row = page.model.row_of(secret.id)
    texts = [page.model.data(page.model.index(row, column)) or "" for column in range(page.model.columnCount())]
    assert texts[COL_TITLE] == neutral_title(EventKind.OFFENDER_RETURN)
    assert not any("Jansen" in text or "Zamenhofdreef" in text or "Reclassering" in text for text in texts)
    assert texts[COL_PLACE] == District.OVERVECHT.value
    with qtbot.waitSignal(page.loaded, timeout=2000):
        qtbot.keyClicks(page.searchEdit, "Jansen")
    assert page.model.rowCount() == 0  # the search does not know the real name either


def test_filters_and_selection(qtbot, events, fixed_now):
    events.create(event("Koningsdag", local(2026, 4, 27, 9, 0), local(2026, 4, 27, 23, 0), kind=EventKind.KINGS_DAY,
                        district=District.BINNENSTAD))
    applied = events.create(event("Festival", local(2026, 6, 6, 12, 0), local(2026, 6, 6, 23, 0),
                                  permit_status=PermitStatus.APPLIED, permit_applied_at=local(2026, 3, 2, 10, 0)))
    events.create(event("Verleden", local(2026, 2, 1, 12, 0), local(2026, 2, 1, 14, 0)))
    page = EventsPage(events, clock=lambda: fixed_now)
    qtbot.addWidget(page)
    page.apply_filters()
    assert page.model.rowCount() == 2  # upcoming by default
    page.permitCombo.setCurrentIndex(page.permitCombo.findData(PermitStatus.APPLIED))
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [applied.id]
    page.reset_filters()
    page.kindCombo.setCurrentIndex(page.kindCombo.findData(EventKind.KINGS_DAY))
    assert page.model.rowCount() == 1
    page.reset_filters()
    page.view.selectAll()
    assert page.selected_refs() == [("event", page.model.row_at(0).id), ("event", page.model.row_at(1).id)]
    assert page.exportButton.isEnabled() and not page.openButton.isEnabled()


def test_events_model_passes_qt_model_tester(qtmodeltester, events):
    for day in range(1, 6):
        events.create(event(f"Markt {day}", local(2026, 4, day, 9, 0), local(2026, 4, day, 17, 0)))
    model = EventsModel(events)
    model.set_query(EventQuery())
    qtmodeltester.check(model)
    assert model.rowCount() == 5
