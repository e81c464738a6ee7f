"""The notification dialog: live term and clashes, field errors, saving and conflicts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crisisdesk.desk import Desk
from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import (
    BanGround,
    Capacity,
    Decision,
    DecisionGround,
    District,
    ManifestationKind,
    PlaceType,
)
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.register.notifications import FieldError, NotificationDraft
from crisisdesk.domain.timeutil import local_to_aware
from crisisdesk.labels import error_message, format_moment, late_notice, storage_message, term_label
from crisisdesk.services.errors import StorageUnavailable
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.ui.register.notification_dialog import NotificationDialog
from crisisdesk.ui.common.widgets import set_wall_clock, wall_clock

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)  # Saturday 10:30 in Utrecht


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{(tmp_path / 't.sqlite').as_posix()}")
    yield database
    database.dispose()


@pytest.fixture
def dialog_desk(db) -> Desk:
    return Desk(db, user="tester", clock=lambda: NOW)


@pytest.fixture
def svc(dialog_desk) -> NotificationService:
    return dialog_desk.notifications


@pytest.fixture
def open_dialog(qtbot, dialog_desk):
    def _open(notification_id: int | None = None) -> NotificationDialog:
        dialog = NotificationDialog(dialog_desk, notification_id, now=NOW)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return _open


def local(*args: int) -> datetime:
    return local_to_aware(datetime(*args))


def a_draft(**changes) -> NotificationDraft:
    values = dict(
        kind=ManifestationKind.DEMONSTRATION,
        place_type=PlaceType.PUBLIC,
        purpose="Klimaatmars",
        start_at=local(2026, 3, 16, 9, 0),
        end_at=local(2026, 3, 16, 12, 0),
        location="Domplein",
        district=District.BINNENSTAD,
        received_at=local(2026, 3, 10, 9, 0),
        organiser_organisation="Klimaatcollectief Utrecht",
    )
    values.update(changes)
    return NotificationDraft(**values)


def choose(combo, member) -> None:
    combo.setCurrentIndex(combo.findData(member.value))


def fill_required(dialog: NotificationDialog, start=(2026, 3, 16, 10, 0), end=(2026, 3, 16, 13, 0)) -> None:
    ui = dialog.ui
    ui.purposeEdit.setPlainText("Boeren blijven")
    ui.organiserNameEdit.setText("P. de Vries")
    ui.locationEdit.setText("Neude")
    choose(ui.districtCombo, District.BINNENSTAD)
    set_wall_clock(ui.startEdit, datetime(*start))
    set_wall_clock(ui.endEdit, datetime(*end))
    set_wall_clock(ui.receivedEdit, datetime(2026, 3, 14, 9, 0))


def test_widgets_carry_the_names_tests_and_translations_rely_on(open_dialog):
    dialog = open_dialog()
    for name in (
        "kindCombo", "placeTypeCombo", "purposeEdit", "counterToSpin", "organiserNameEdit",
        "organiserEmailEdit", "startEdit", "endEdit", "locationEdit", "districtCombo", "participantsEdit",
        "receivedEdit", "channelCombo", "riskCombo", "statusCombo", "decisionCombo", "measuresTable", "motivationEdit",
        "lateAcceptedCheck", "lateReasonEdit", "lateByEdit", "termStatusLabel", "deadlineLabel",
        "derivationLabel", "clashList", "saveButton", "cancelButton",
    ):
        assert dialog.findChild(QWidget, name) is not None, name


def test_new_notification_defaults_and_end_follows_start(open_dialog):
    dialog = open_dialog()
    ui = dialog.ui
    assert wall_clock(ui.receivedEdit) == datetime(2026, 3, 14, 10, 30)
    assert wall_clock(ui.startEdit) == datetime(2026, 3, 17, 14, 0)
    assert wall_clock(ui.endEdit) == datetime(2026, 3, 17, 16, 0)

    set_wall_clock(ui.startEdit, datetime(2026, 3, 18, 11, 0))
    assert wall_clock(ui.endEdit) == datetime(2026, 3, 18, 13, 0)

    set_wall_clock(ui.endEdit, datetime(2026, 3, 18, 17, 0))  # the advisor sets the end
    set_wall_clock(ui.startEdit, datetime(2026, 3, 18, 12, 0))
    assert wall_clock(ui.endEdit) == datetime(2026, 3, 18, 17, 0)


def test_late_notification_shows_late_live_and_is_saved_as_late(qtbot, open_dialog, svc):
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        fill_required(dialog)  # Mon 16-03 10:00, received Sat 14-03 09:00
    ui = dialog.ui
    assert ui.termStatusLabel.text() == term_label(False)
    assert "12-03-2026 12:00" in ui.deadlineLabel.text()
    assert "Utrecht 48 uur" in ui.ruleLabel.text()
    assert ui.lateNoticeLabel.isVisible() and ui.lateNoticeLabel.text() == late_notice()
    assert ui.derivationLabel.text().count("<p") >= 5
    assert ui.lateGroup.isEnabled()

    with qtbot.waitSignal(dialog.notification_saved, timeout=2000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = svc.page(RegisterQuery())
    assert saved.args == [row.id]
    assert row.on_time is False
    assert row.notice_deadline == local(2026, 3, 12, 12, 0)
    assert not dialog.isVisible()


def test_an_on_time_notification_disables_late_acceptance(qtbot, open_dialog):
    dialog = open_dialog()
    fill_required(dialog)
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        set_wall_clock(dialog.ui.receivedEdit, datetime(2026, 3, 11, 9, 0))
    assert dialog.ui.termStatusLabel.text() == term_label(True)
    assert not dialog.ui.lateNoticeLabel.isVisible()
    assert not dialog.ui.lateGroup.isEnabled()


def test_end_before_start_is_shown_next_to_end_and_nothing_is_saved(open_dialog, svc):
    dialog = open_dialog()
    fill_required(dialog, start=(2026, 3, 16, 10, 0), end=(2026, 3, 16, 9, 0))
    assert dialog.save() is False
    message = dialog.errors.labels["end_at"]
    assert message.isVisible()
    assert message.text() == error_message(FieldError("end_at", "end_before_start"))
    assert dialog.ui.endEdit.property("invalid") is True
    assert dialog.ui.tabs.currentWidget() is dialog.ui.timePlaceTab
    assert dialog.ui.errorSummaryLabel.isVisible()
    assert svc.count(RegisterQuery()) == 0
    assert dialog.isVisible()


def test_a_start_in_the_dst_gap_gives_a_message_not_a_crash(qtbot, open_dialog, svc):
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        fill_required(dialog, start=(2026, 3, 29, 2, 30), end=(2026, 3, 29, 5, 0))
    assert dialog.draft().start_at is None
    assert dialog.save() is False
    message = dialog.errors.labels["start_at"]
    assert message.isVisible()
    assert message.text() == error_message(FieldError("start_at", "nonexistent_time"))
    assert not dialog.errors.labels["end_at"].text()
    assert svc.count(RegisterQuery()) == 0


def test_the_clash_list_names_an_overlapping_notification_in_the_same_wijk(qtbot, open_dialog, svc):
    other = svc.create(a_draft())  # Klimaatmars, Domplein, Mon 16-03 09:00-12:00
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        fill_required(dialog)  # Neude, Binnenstad, 10:00-13:00
    assert dialog.ui.clashList.count() == 1
    text = dialog.ui.clashList.item(0).text()
    assert f"#{other.id} Klimaatmars — Domplein, {format_moment(other.start_at)}–12:00" in text
    assert "Binnenstad" in text
    assert dialog.ui.clashList.item(0).data(Qt.ItemDataRole.UserRole) == other.id

    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        choose(dialog.ui.districtCombo, District.OOST)
    assert dialog.ui.clashList.count() == 0
    assert dialog.ui.clashNoneLabel.isVisible()


def test_counter_demonstration_is_named_live(qtbot, open_dialog, svc):
    other = svc.create(a_draft())
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        dialog.ui.counterToSpin.setValue(other.id)
    assert dialog.ui.counterToTitleLabel.text() == f"#{other.id} Klimaatmars"


def test_editing_bumps_the_version(qtbot, open_dialog, svc):
    record = svc.create(a_draft())
    dialog = open_dialog(record.id)
    assert dialog.ui.purposeEdit.toPlainText() == "Klimaatmars"
    dialog.ui.purposeEdit.setPlainText("Klimaatmars Utrecht")
    with qtbot.waitSignal(dialog.notification_saved, timeout=2000):
        assert dialog.save() is True
    saved = svc.get(record.id)
    assert saved.version == record.version + 1
    assert saved.purpose == "Klimaatmars Utrecht"


def test_a_concurrent_edit_is_reported_and_the_dialog_stays_open(open_dialog, svc, monkeypatch):
    record = svc.create(a_draft())
    dialog = open_dialog(record.id)
    svc.update(record.id, draft_from_record(record, purpose="Changed elsewhere"), expected_version=record.version)
    shown = []
    monkeypatch.setattr(dialog, "choose_conflict", lambda draft, theirs: shown.append(theirs) or "cancel")
    dialog.ui.purposeEdit.setPlainText("Mine")
    assert dialog.save() is False
    assert [r.purpose for r in shown] == ["Changed elsewhere"]  # the conflict dialog was offered
    assert dialog.isVisible()
    assert dialog.ui.purposeEdit.toPlainText() == "Mine"
    assert svc.get(record.id).purpose == "Changed elsewhere"


def test_an_unavailable_database_is_reported_and_nothing_lost(open_dialog, svc, monkeypatch):
    dialog = open_dialog()
    fill_required(dialog)
    shown = []
    monkeypatch.setattr(dialog, "show_message", lambda title, text: shown.append(text))

    def locked(draft):
        raise StorageUnavailable("locked", "database is locked")

    monkeypatch.setattr(svc, "create", locked)
    assert dialog.save() is False
    assert shown == [storage_message("locked")]
    assert dialog.isVisible()
    assert dialog.ui.purposeEdit.toPlainText() == "Boeren blijven"


def test_the_decision_offers_what_the_place_allows(open_dialog):
    dialog = open_dialog()
    panel = dialog.decision_panel
    ui = panel.ui
    choose(ui.decisionCombo, Decision.CONDITIONS)
    assert ui.banGroup.isHidden() and not ui.measuresGroup.isHidden()
    choose(dialog.ui.placeTypeCombo, PlaceType.NON_PUBLIC)  # art. 8: nothing in advance
    assert panel.decision() == Decision.NO_MEASURES
    model = ui.decisionCombo.model()
    enabled = {ui.decisionCombo.itemData(i) for i in range(ui.decisionCombo.count()) if model.item(i).isEnabled()}
    assert enabled == {"", Decision.NO_MEASURES.value}
    assert not ui.placeNoteLabel.isHidden() and "art. 8" in ui.placeNoteLabel.text()
    choose(dialog.ui.placeTypeCombo, PlaceType.NEAR_EMBASSY)
    assert "art. 5" in ui.placeNoteLabel.text() and "Art. 9" in ui.placeNoteLabel.text()
    choose(ui.decisionCombo, Decision.BAN)
    assert not ui.banGroup.isHidden() and ui.measuresGroup.isHidden()


def test_an_incomplete_decision_is_refused_field_by_field_and_a_complete_one_saved(qtbot, open_dialog, svc):
    dialog = open_dialog()
    fill_required(dialog)
    panel = dialog.decision_panel
    ui = panel.ui
    choose(ui.decisionCombo, Decision.BAN)
    choose(ui.banGroundCombo, BanGround.INTEREST)
    assert not dialog.save()
    shown = set(dialog.errors.visible_fields())
    assert {"decision_ban_ground", "decision_ban_alternatives", "decision_motivation", "decided_by", "decided_capacity"} <= shown
    assert dialog.ui.tabs.currentWidget() is dialog.ui.decisionTab
    choose(ui.decisionCombo, Decision.CONDITIONS)
    panel.add_measure(Measure("Route via de Biltstraat.", (DecisionGround.TRAFFIC,)))
    ui.motivationEdit.setPlainText("Op zaterdagmiddag rijden er veel trams over de Biltstraat; zo blijft de tramlijn vrij.")
    ui.decidedByEdit.setText("M.J. van Dalen")
    choose(ui.capacityCombo, Capacity.MAYOR)
    assert dialog.save()
    record = svc.get(dialog.record.id)
    assert record.decision_measures == (Measure("Route via de Biltstraat.", (DecisionGround.TRAFFIC,)),)
    assert record.decided_capacity == Capacity.MAYOR and record.decision_date is not None


def test_content_in_a_measure_gives_an_amber_warning_that_does_not_block(qtbot, open_dialog):
    dialog = open_dialog()
    panel = dialog.decision_panel
    choose(panel.ui.decisionCombo, Decision.CONDITIONS)
    with qtbot.waitSignal(dialog.checks_updated, timeout=2000):
        panel.add_measure(Measure("Geen leuzen tegen de regering", (DecisionGround.TRAFFIC,)))
    assert dialog.ui.warningsLabel.isVisible()
    assert "leuzen" in dialog.ui.warningsLabel.text()
    assert dialog.draft().decision_measures[0].interests == (DecisionGround.TRAFFIC,)


def test_a_carried_over_decision_opens_says_what_it_lacks_and_saves_once_complete(open_dialog, svc, db):
    from sqlalchemy import text

    from decision_helpers import decided

    record = svc.create(a_draft(**decided(Decision.CONDITIONS, on=datetime(2026, 3, 12).date())))
    with db.factory.begin() as session:  # as migration 0006 leaves an old decision
        session.execute(text("UPDATE notification SET decision_motivation = '', decision_review = 'decision_motivation'"))
    dialog = open_dialog(record.id)
    ui = dialog.decision_panel.ui
    assert not ui.reviewLabel.isHidden() and "Motivering" in ui.reviewLabel.text()
    assert not dialog.save()
    assert "decision_motivation" in dialog.errors.visible_fields()
    ui.motivationEdit.setPlainText("Op de Domplein is die middag ook de markt; met 50 meter afstand blijven beide groepen gescheiden.")
    assert dialog.save()
    assert svc.get(record.id).decision_review == ()
