"""The settings dialog keeps the permit warning window in the database settings."""

from __future__ import annotations

from crisisdesk.domain.events.rules import DEFAULT_PERMIT_WARNING_DAYS
from crisisdesk.services.settings import PERMIT_WARNING_DAYS, SettingsService
from crisisdesk.ui.shell.settings_dialog import SettingsDialog


def test_the_permit_warning_window_is_a_database_setting(qtbot, database, service):
    settings = SettingsService(database.factory)
    assert settings.permit_warning_days() == DEFAULT_PERMIT_WARNING_DAYS
    dialog = SettingsDialog(settings, service)
    qtbot.addWidget(dialog)
    assert dialog.ui.permitWarningSpin.value() == DEFAULT_PERMIT_WARNING_DAYS
    dialog.ui.permitWarningSpin.setValue(21)
    dialog.accept()
    assert settings.get(PERMIT_WARNING_DAYS) == "21" and settings.permit_warning_days() == 21
    settings.set(PERMIT_WARNING_DAYS, "veertien")  # a bad value falls back to the default
    assert settings.permit_warning_days() == DEFAULT_PERMIT_WARNING_DAYS


def test_the_clash_distance_is_a_database_setting(qtbot, database, service):
    from crisisdesk.services.settings import CLASH_DISTANCE_METRES, DEFAULT_CLASH_DISTANCE_METRES

    settings = SettingsService(database.factory)
    assert settings.clash_distance_metres() == DEFAULT_CLASH_DISTANCE_METRES == 250
    dialog = SettingsDialog(settings, service)
    qtbot.addWidget(dialog)
    assert dialog.ui.distanceSpin.value() == 250 and dialog.ui.distanceLabel.buddy() is dialog.ui.distanceSpin
    dialog.ui.distanceSpin.setValue(400)
    dialog.accept()
    assert settings.get(CLASH_DISTANCE_METRES) == "400" and settings.clash_distance_metres() == 400
    for bad in ("dichtbij", "-5", "99999"):  # unusable values fall back to the default
        settings.set(CLASH_DISTANCE_METRES, bad)
        assert settings.clash_distance_metres() == DEFAULT_CLASH_DISTANCE_METRES
