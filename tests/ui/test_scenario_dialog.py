"""The crisis scenario dialog: GRIP levels from the data file, checkable lists, editable lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crisisdesk.domain.enums import District
from crisisdesk.domain.register.notifications import FieldError
from crisisdesk.domain.scenarios.rules import Discipline, ScenarioKind, load_grip_levels
from crisisdesk.labels import error_message
from crisisdesk.services.scenarios.service import ScenarioService
from crisisdesk.ui.common import combos
from crisisdesk.ui.scenarios.scenario_dialog import ROLE_CODE, ScenarioDialog


@pytest.fixture
def scenarios(database, fixed_now) -> ScenarioService:
    return ScenarioService(database.factory, clock=lambda: fixed_now, user="tester")


def check(widget, code: str) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(ROLE_CODE) == code:
            widget.item(row).setCheckState(Qt.CheckState.Checked)


def test_a_scenario_is_saved_with_its_lists(qtbot, scenarios, tmp_path):
    dialog = ScenarioDialog(scenarios)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.gripCombo.itemData(i) for i in range(1, ui.gripCombo.count())] == [lvl.code for lvl in load_grip_levels()]
    combos.select(ui.kindCombo, ScenarioKind.FLOODING)
    ui.titleEdit.setText("Hoogwater Lek")
    ui.gripCombo.setCurrentIndex(ui.gripCombo.findData("GRIP 4"))
    assert ui.gripDescriptionLabel.text()  # team and who leads, from the data file
    check(ui.districtsList, District.ZUID.value)
    check(ui.disciplinesList, Discipline.WATER_BOARD.value)
    dialog._add(ui.partnersList, "Rijkswaterstaat", edit=False)
    plan = tmp_path / "evacuatieplan.pdf"
    plan.write_bytes(b"%PDF-1.4")
    dialog.ask_plan_file = lambda: str(plan)
    ui.addPlanFileButton.click()
    ui.exerciseOnlyCheck.setChecked(True)
    with qtbot.waitSignal(dialog.scenario_saved) as saved:
        assert dialog.save()
    record = scenarios.get(saved.args[0])
    assert record.grip_level == "GRIP 4" and record.affected_districts == (District.ZUID,)
    assert record.disciplines == (Discipline.WATER_BOARD,) and record.partners == ("Rijkswaterstaat",)
    assert record.linked_plans == (str(plan),) and record.exercise_only


def test_errors_are_shown_and_a_missing_plan_file_is_reported(qtbot, scenarios):
    dialog = ScenarioDialog(scenarios)
    qtbot.addWidget(dialog)
    dialog._add(dialog.ui.partnersList, "   ", edit=False)
    assert not dialog.save()
    text = dialog.ui.errorSummaryLabel.text()
    assert error_message(FieldError("title", "required")) in text
    assert error_message(FieldError("partners", "empty_entry")) in text
    assert scenarios.list() == []
    shown: list[str] = []
    dialog.show_message = lambda title, message: shown.append(message)
    assert not dialog.open_plan("/nonexistent/plan.pdf")
    assert shown and "/nonexistent/plan.pdf" in shown[0]
