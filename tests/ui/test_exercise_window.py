"""Running a short exercise in its window with a fake clock (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisisdesk.desk import Desk
from crisisdesk.domain.operations.exercise_clock import ClockStatus
from crisisdesk.domain.operations.records import GBT_ROLES, InjectChannel, InjectDraft, LogCategory, LogSource, Team
from crisisdesk.reports.base import exercise_text
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.ui.operations.exercise_window import ExerciseWindow
from crisisdesk.ui.operations.incident_window import IncidentWindow

START = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def set(self, minutes: float) -> None:
        self.now = START + timedelta(minutes=minutes)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def exercise_id(database, clock):
    service = ExerciseService(database.factory, clock=clock, user="oefenleider")
    exercise = service.create("Oefening brand Hoog Catharijne", teams=(Team("GBT", GBT_ROLES),))
    service.import_injects(exercise.id, [
        InjectDraft(0, "Meldkamer", "GBT/Burgemeester", InjectChannel.PHONE, "Grote brand in Hoog Catharijne", "Opschalen"),
        InjectDraft(10, "RTV Utrecht", "Communicatie", InjectChannel.MEDIA, "Vraag over rookwolk", "Woordvoering"),
        InjectDraft(20, "Politie", "GBT/Politie", InjectChannel.RADIO, "Afzetting Catharijnesingel", "Beeld bijwerken"),
    ])
    return exercise.id


@pytest.fixture
def window(qtbot, database, clock, exercise_id):
    # A long tick: the test drives the clock and calls tick() itself, so nothing depends on timing.
    win = ExerciseWindow(Desk(database, user="oefenleider", clock=clock), exercise_id, tick_ms=3_600_000)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_band_is_always_there(window):
    assert window.band.isVisible() and window.band.text() == exercise_text()
    assert window.band.text().startswith("OEFENING")
    assert window.windowTitle().startswith("OEFENING")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.band.isVisible()


def test_running_a_short_exercise(qtbot, window, clock):
    assert window.record.status is ClockStatus.NOT_STARTED
    assert window.start_button.isEnabled() and not window.pause_button.isEnabled()
    with qtbot.waitSignal(window.injects_released) as released:
        window.start()
    assert [i.offset_minutes for i in released.args[0]] == [0]
    assert window.banner.isVisible() and "Grote brand" in window.banner_label.text()
    assert window.clock_label.text() == "T+00:00"

    clock.set(9)
    window.tick()
    assert window.clock_label.text() == "T+00:09"
    assert [i.released for i in window.injects] == [True, False, False]

    window.pause()
    assert window.resume_button.isEnabled() and not window.pause_button.isEnabled()
    clock.set(30)
    window.tick()  # paused: T+10 does not come
    assert window.clock_label.text() == "T+00:09"
    assert [i.released for i in window.injects] == [True, False, False]
    window.resume()
    clock.set(30 + 0.99)
    window.tick()
    assert [i.released for i in window.injects] == [True, False, False]
    with qtbot.waitSignal(window.injects_released) as released:
        clock.set(31)
        window.tick()
    assert [i.offset_minutes for i in released.args[0]] == [10]
    assert window.editor.model.highlighted == {released.args[0][0].id}

    window.acknowledge()
    assert not window.banner.isVisible()
    window.shift_by(5)  # T+20 now at exercise time 25
    clock.set(21 + 25)
    window.tick()
    assert window.injects[2].released and window.clock_label.text() == "T+00:25"
    log = LogbookService(window.logbook.factory).entries(window.exercise_id)
    assert [e.source for e in log].count(LogSource.INJECT) == 3


def test_release_now_and_the_log_form(qtbot, window, clock):
    window.start()
    window.editor.view.selectRow(2)
    window.editor.release_selected()
    assert window.injects[2].released and window.injects[2].released_early
    window.tabs.setCurrentWidget(window.log_panel)
    panel = window.log_panel
    panel.category_combo.setCurrentIndex(panel.category_combo.findData(LogCategory.DECISION))
    panel.role_combo.setCurrentText("Burgemeester")
    panel.text_edit.setText("Opschalen naar GRIP 3")
    qtbot.keyClick(panel.text_edit, "\r")
    assert panel.text_edit.text() == ""
    decisions = window.bob_panel.models["decisions"].rows()
    assert [d.text for d in decisions] == ["Opschalen naar GRIP 3"]
    panel.text_edit.setText("   ")
    panel.add_entry()
    assert panel.error_label.isVisible()  # nothing saved without text


def test_reopening_continues_the_same_exercise_time(qtbot, database, clock, exercise_id, window):
    window.start()
    clock.set(12)
    window.tick()
    window.close()
    clock.set(15)
    again = ExerciseWindow(Desk(database, clock=clock), exercise_id, tick_ms=3_600_000)
    qtbot.addWidget(again)
    assert again.clock_label.text() == "T+00:15"
    assert [i.released for i in again.injects] == [True, True, False]


def test_models_pass_the_model_tester(qtmodeltester, window, clock):
    window.start()
    clock.set(10)
    window.tick()
    qtmodeltester.check(window.editor.model)
    qtmodeltester.check(window.log_panel.model)


def test_the_incident_window_has_no_exercise_marks(qtbot, database, clock):
    incidents = IncidentService(database.factory, clock=clock, user="ic")
    incident = incidents.start("Brand Hoog Catharijne", "GRIP 1", "Leider CoPI")
    win = IncidentWindow(Desk(database, user="ic", clock=clock), incident.id)
    qtbot.addWidget(win)
    win.show()
    assert win.grip_label.text() == "GRIP 1"
    assert "OEFENING" not in win.windowTitle()
    assert not [label for label in win.findChildren(type(win.grip_label)) if "OEFENING" in label.text()]
    clock.set(30)
    dialog = win.change_grip()
    dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("GRIP 3"))
    dialog.ui.decidedByEdit.setText("Burgemeester")
    dialog.ui.buttonBox.accepted.emit()
    assert win.grip_label.text() == "GRIP 3"
    assert "Burgemeester" in win.history_label.text()


def test_import_shows_the_problem_rows_and_adds_the_good_ones(qtbot, window, tmp_path):
    path = tmp_path / "draaiboek.csv"
    path.write_text("tijd;afzender;inhoud\nT+30;Waterschap;Kade onder druk\nlater;X;Kapot\n", encoding="utf-8")
    dialog = window.editor.import_file(str(path))
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 0).text() == "3"
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(window.editor.changed):
        dialog.accept()
    assert [i.offset_minutes for i in window.injects] == [0, 10, 20, 30]


def test_a_file_that_is_not_a_script_adds_nothing(window, tmp_path):
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\x89PNG not a workbook")
    dialog = window.editor.import_file(str(path))
    assert not dialog.add_button.isEnabled() and dialog.problems.rowCount() == 1
    dialog.reject()
    assert len(window.injects) == 3


def test_the_main_window_has_the_exercise_and_incident_menu(qtbot, service, database, fixed_now, exercise_id):
    from crisisdesk.ui.shell.main_window import MainWindow

    win = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(win)
    actions = win.operation_actions
    assert [a.objectName() for a in actions.menu.actions() if a.objectName()] == [
        "newExerciseAction", "openExerciseAction", "openExercisePlayerAction", "startIncidentAction", "openIncidentAction"]
    opened = actions.show_exercise(exercise_id)
    qtbot.addWidget(opened)
    assert opened.band.isVisible()
    player = actions.show_player_view(exercise_id)
    qtbot.addWidget(player)
    assert player.band.isVisible() and not hasattr(player, "editor")


def test_dialogs_of_an_exercise_carry_the_band(qtbot, window):
    from crisisdesk.ui.common.exercise_band import ExerciseBand

    dialog = window.editor.add()
    qtbot.addWidget(dialog)
    assert dialog.findChild(ExerciseBand) is not None and dialog.windowTitle().startswith("OEFENING")
    dialog.reject()
