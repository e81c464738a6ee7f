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
