"""Instellingen → rule sets: validation while typing, the live preview, saving, JSON, recompute."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.deadlines import NoticeRule
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.register.rulesets import RuleSetCatalogue
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.register.rule_sets import RuleSetService
from crisisdesk.ui.register.recompute_dialog import RecomputeDialog
from crisisdesk.ui.register.rule_set_editor import RuleSetEditor


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def editor(qtbot, database, fixed_now):
    widget = RuleSetEditor(RuleSetService(database.factory, user="adviseur", clock=lambda: fixed_now))
    qtbot.addWidget(widget)
    widget.select_name("Utrecht 48 uur")
    return widget


def test_shows_the_rule_set_and_five_example_deadlines(editor):
    assert editor.form.name_edit.text() == "Utrecht 48 uur"
    assert editor.form.method_combo.currentData() == "working_day_noon" and editor.form.friday_check.isChecked()
    assert editor.form.valid_from_edit.text() == "01-07-2021" and editor.form.valid_to_edit.text() == ""
    lines = editor.preview_label.text().split("<br>")
    assert len(lines) == 5
    monday, _tuesday, _friday_morning, friday_afternoon, _saturday = lines
    assert "10:00" in monday and monday.count("12:00") == 1  # Monday 10:00 -> 12:00 two working days before
    editor.form.friday_check.setChecked(False)  # live: a Friday afternoon is then counted in working hours
    assert editor.preview_label.text().split("<br>")[3] != friday_afternoon


def test_overlap_blocks_saving_and_bad_input_is_named(editor, messages):
    assert editor.save_button.isEnabled() and editor.problem_label.text() == ""
    editor.form.valid_from_edit.setText("01-01-2021")
    assert "Utrecht 24 uur" in editor.problem_label.text() and "01-01-2021" in editor.problem_label.text()
    assert not editor.save_button.isEnabled()
    editor.form.valid_from_edit.setText("01-07-2021")
    editor.form.hours_spin.setValue(36)
    assert not editor.save_button.isEnabled() and "24, 48, 72" in editor.problem_label.text()
    assert editor.preview_label.text() != "" and "<br>" not in editor.preview_label.text()
    editor.form.hours_spin.setValue(48)
    editor.form.source_edit.setText("")
    assert "Name the source" in editor.problem_label.text() and not editor.save_button.isEnabled()
    editor.form.source_edit.setText("art. 2:6 APV Utrecht")
    editor.form.valid_to_edit.setText("31-02-2022")
    assert "31-02-2022" in editor.problem_label.text() and not editor.save_button.isEnabled()


def test_save_a_new_rule_set_with_a_gap_warns_and_audits(editor, database, messages):
    editor.form.valid_to_edit.setText("15-10-2022")
    assert editor.save()
    editor.new_rule_set()
    editor.form.name_edit.setText("Utrecht 24 uur (2022)")
    editor.form.method_combo.setCurrentIndex(editor.form.method_combo.findData("working_day_noon"))
    editor.form.hours_spin.setValue(24)
    editor.form.friday_check.setChecked(False)
    editor.form.valid_from_edit.setText("01-11-2022")
    editor.form.source_edit.setText("art. 2:6 APV Utrecht 2010 (24 uur)")
    assert "16-10-2022" in editor.problem_label.text() and editor.save_button.isEnabled()  # a warning only
    assert editor.save()
    assert any("16-10-2022" in text for text in messages)
    stored = editor.service.catalogue()["Utrecht 24 uur (2022)"]
    assert (stored.method, stored.hours, stored.valid_from, stored.municipality) == (
        "working_day_noon", 24, date(2022, 11, 1), "Utrecht")
    assert {e.record_type for e in AuditService(database.factory).entries(action="create")} >= {"rule_set"}


def test_json_export_then_import_as_a_new_rule_set(editor, tmp_path, messages):
    path = tmp_path / "utrecht.json"
    rule_set, _errors = editor.form_rule_set()
    editor.write_json(str(path), rule_set)
    editor.new_rule_set()
    assert editor.read_json(str(path))
    assert editor.form.name_edit.text() == "Utrecht 48 uur" and editor.form.source_edit.text() == rule_set.rule.source
    assert "already called Utrecht 48 uur" in editor.problem_label.text() and not editor.save_button.isEnabled()
    editor.form.name_edit.setText("Utrecht 48 uur (kopie)")  # now the same validity as the stored one: an overlap
    assert "Utrecht 48 uur and Utrecht 48 uur (kopie)" in editor.problem_label.text()
    (tmp_path / "bad.json").write_text('{"name": "X", "method": "nonsense"}', encoding="utf-8")
    assert not editor.read_json(str(tmp_path / "bad.json"))
    assert "nonsense" in messages[-1]


def test_recompute_dialog_previews_then_applies(qtbot, database, fixed_now, messages):
    old = RuleSetCatalogue([NoticeRule(method="working_hours", hours=48, name="Utrecht 48 uur", municipality="Utrecht")])
    register = NotificationService(database.factory, rule_sets=old, clock=lambda: fixed_now, user="tester")
    start = datetime(2026, 3, 16, 10, tzinfo=AMSTERDAM)
    record = register.create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Woningnood", start_at=start,
        end_at=start.replace(hour=12), location="Domplein", district=District.BINNENSTAD,
        received_at=datetime(2026, 3, 12, 11, tzinfo=AMSTERDAM), organiser_organisation="Comité"))
    dialog = RecomputeDialog(RuleSetService(database.factory, user="adviseur", clock=lambda: fixed_now))
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 3, 1))
    dialog.to_edit.setDate(QDate(2026, 3, 31))
    assert not dialog.apply_button.isEnabled()
    dialog.preview()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "late → on time"
    assert dialog.table.item(0, 2).text().endswith("12-03-2026 10:00")
    assert dialog.table.item(0, 3).text().endswith("12-03-2026 12:00")
    assert register.get(record.id).on_time is False  # nothing changed by the preview
    dialog.apply()
    assert register.get(record.id).on_time is True
    assert AuditService(database.factory).entries(action="recompute")
