"""Choosing the municipality's notice-term rule set, the clash buffer and the window
within which events without a permit decision are flagged."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.settings import (
    CLASH_BUFFER_MINUTES,
    CLASH_DISTANCE_METRES,
    DATE_WINDOW_YEARS_AHEAD,
    DATE_WINDOW_YEARS_BACK,
    PERMIT_WARNING_DAYS,
    RULE_SET,
    SettingsService,
)
from crisisdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, notifications: NotificationService, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._notifications = notifications
        self._fill_rule_sets(notifications.chosen_rule_set())
        self.ui.bufferSpin.setValue(settings.clash_buffer_minutes())
        self.ui.distanceSpin.setValue(settings.clash_distance_metres())
        window = settings.date_window()
        self.ui.yearsBackSpin.setValue(window.years_back)
        self.ui.yearsAheadSpin.setValue(window.years_ahead)
        self.ui.permitWarningSpin.setValue(settings.permit_warning_days())
        self.ui.ruleSetCombo.currentIndexChanged.connect(self._describe)
        self._describe()
        from crisisdesk.ui.register.rule_set_editor import install_editor_button

        install_editor_button(self, self.ui.termForm, notifications, self._rule_sets_changed)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else -1
        if needed > self.height():  # wrapped explanations whole, not clipped (adjustSize does not count them)
            self.resize(self.width(), needed)

    def _fill_rule_sets(self, current: str) -> None:
        self._rules = self._notifications.rule_sets
        self.ui.ruleSetCombo.blockSignals(True)
        self.ui.ruleSetCombo.clear()
        for name in sorted(self._rules.names()):
            self.ui.ruleSetCombo.addItem(name, name)
        self.ui.ruleSetCombo.setCurrentIndex(max(0, self.ui.ruleSetCombo.findData(current)))
        self.ui.ruleSetCombo.blockSignals(False)

    def _rule_sets_changed(self) -> None:
        self._notifications.reload_rule_sets()
        self._fill_rule_sets(self.ui.ruleSetCombo.currentData())
        self._describe()

    def _describe(self) -> None:
        name = self.ui.ruleSetCombo.currentData()
        rule_set = self._rules.rule_set(name) if name in self._rules else None
        if rule_set is None:
            self.ui.ruleSetDescription.clear()
            return
        rule = rule_set.rule
        validity = ""
        if rule.valid_from or rule.valid_to:
            validity = self.tr("Valid {start} – {end}.").format(
                start=rule.valid_from.strftime("%d-%m-%Y") if rule.valid_from else "…",
                end=rule.valid_to.strftime("%d-%m-%Y") if rule.valid_to else "…",
            )
        self.ui.ruleSetDescription.setText("\n".join(p for p in (rule_set.description, rule.source, validity) if p))

    def accept(self) -> None:
        self._settings.set(RULE_SET, self.ui.ruleSetCombo.currentData())
        self._settings.set(CLASH_BUFFER_MINUTES, str(self.ui.bufferSpin.value()))
        self._settings.set(CLASH_DISTANCE_METRES, str(self.ui.distanceSpin.value()))
        self._settings.set(DATE_WINDOW_YEARS_BACK, str(self.ui.yearsBackSpin.value()))
        self._settings.set(DATE_WINDOW_YEARS_AHEAD, str(self.ui.yearsAheadSpin.value()))
        self._settings.set(PERMIT_WARNING_DAYS, str(self.ui.permitWarningSpin.value()))
        super().accept()
