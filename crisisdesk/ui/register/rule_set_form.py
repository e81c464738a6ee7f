"""The fields of one notice-term rule set, and reading them back as a ``RuleSet``.

Used by the rule-set editor in Instellingen; says in words what is wrong instead of
refusing silently (a term that is not whole working days, a date that is not one).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from crisisdesk.domain.register.deadlines import METHODS, NoticeRule
from crisisdesk.domain.register.rulesets import RuleSet


def parse_day(text: str) -> date:
    """"16-03-2026" (or ISO "2026-03-16"); ValueError otherwise."""
    text = text.strip()
    try:
        return datetime.strptime(text, "%d-%m-%Y").date()
    except ValueError:
        return date.fromisoformat(text)


def show_day(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class RuleSetForm(QWidget):
    """``changed`` fires on every edit; ``rule_set()`` reads the fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self)
        self.municipality_edit = QLineEdit(self)
        self.method_combo = QComboBox(self)
        for method in METHODS:
            self.method_combo.addItem(self.method_label(method), method)
        self.hours_spin = QSpinBox(self)
        self.hours_spin.setRange(0, 10_000)
        self.hours_spin.setSuffix(self.tr(" hours"))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 1_000)
        self.days_spin.setSuffix(self.tr(" working days"))
        self.friday_check = QCheckBox(self.tr("A Friday after 12:00 moves the deadline too"), self)
        self.good_friday_check = QCheckBox(self.tr("Good Friday counts as a holiday (Algemene termijnenwet, art. 3)"), self)
        self.extra_edit = QLineEdit(self)
        self.extra_edit.setPlaceholderText(self.tr("e.g. 15-05-2026, 07-05-2027"))
        self.source_edit = QLineEdit(self)
        self.valid_from_edit = QLineEdit(self)
        self.valid_to_edit = QLineEdit(self)
        for edit in (self.valid_from_edit, self.valid_to_edit):
            edit.setPlaceholderText(self.tr("dd-mm-yyyy, empty: open"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setMaximumHeight(90)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Municipality"), self.municipality_edit)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Term"), self.hours_spin)
        form.addRow(self.tr("Working days"), self.days_spin)
        form.addRow("", self.friday_check)
        form.addRow("", self.good_friday_check)
        form.addRow(self.tr("Extra holidays"), self.extra_edit)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Valid from"), self.valid_from_edit)
        form.addRow(self.tr("Valid to"), self.valid_to_edit)
        form.addRow(self.tr("Explanation"), self.description_edit)
        for edit in (self.name_edit, self.municipality_edit, self.extra_edit, self.source_edit,
                     self.valid_from_edit, self.valid_to_edit):
            edit.textChanged.connect(self._edited)
        for spin in (self.hours_spin, self.days_spin):
            spin.valueChanged.connect(self._edited)
        for check in (self.friday_check, self.good_friday_check):
            check.toggled.connect(self._edited)
        self.method_combo.currentIndexChanged.connect(self._method_changed)

    def _edited(self, *_value: object) -> None:
        self.changed.emit()

    def method_label(self, method: str) -> str:
        labels = {
            "plain": self.tr("Plain hours (start minus N hours)"),
            "deadline_day": self.tr("Model APV (a deadline on a weekend or holiday moves to 12:00)"),
            "working_hours": self.tr("Working hours (weekends and holidays do not count)"),
            "working_days": self.tr("Working days before the day"),
            "working_day_noon": self.tr("Working days, 12:00 before a weekend, holiday or Monday (Utrecht)"),
        }
        return labels.get(method, method)

    def show_rule_set(self, rule_set: RuleSet) -> None:
        """Fills the fields; ``changed`` does not fire for it (the caller refreshes once)."""
        self.blockSignals(True)
        rule = rule_set.rule
        self.name_edit.setText(rule.name)
        self.municipality_edit.setText(rule.municipality)
        self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(rule.method)))
        self.hours_spin.setValue(rule.hours)
        self.days_spin.setValue(rule.days)
        self.friday_check.setChecked(rule.friday_noon)
        self.good_friday_check.setChecked(rule.good_friday)
        self.extra_edit.setText(", ".join(show_day(day) for day in rule.extra_holidays))
        self.source_edit.setText(rule.source)
        self.source_edit.setCursorPosition(0)
        self.valid_from_edit.setText(show_day(rule.valid_from))
        self.valid_to_edit.setText(show_day(rule.valid_to))
        self.description_edit.setPlainText(rule_set.description)
        self._method_changed()
        self.blockSignals(False)

    def _method_changed(self) -> None:
        method = self.method_combo.currentData()
        self.hours_spin.setEnabled(method != "working_days")
        self.hours_spin.setSingleStep(24 if method == "working_day_noon" else 1)
        self.days_spin.setEnabled(method == "working_days")
        self.friday_check.setEnabled(method in ("deadline_day", "working_day_noon"))
        self.changed.emit()

    def rule_set(self) -> tuple[RuleSet | None, list[str]]:
        """The rule set in the form, or the reasons (in words) why it is not one."""
        errors: list[str] = []
        method = self.method_combo.currentData()
        name = self.name_edit.text().strip()
        if not name:
            errors.append(self.tr("Give the rule set a name."))
        hours, days = self.hours_spin.value(), self.days_spin.value()
        if method == "working_day_noon" and (hours < 24 or hours % 24):
            errors.append(self.tr("This method counts whole working days: the term must be 24, 48, 72, … hours."))
        if not self.source_edit.text().strip():
            errors.append(self.tr("Name the source: the APV article, or the public description the rule follows."))
        if method == "working_days" and days < 1:
            errors.append(self.tr("Give at least one working day."))
        valid: list[date | None] = []
        for edit, what in ((self.valid_from_edit, self.tr("Valid from")), (self.valid_to_edit, self.tr("Valid to"))):
            text = edit.text().strip()
            try:
                valid.append(parse_day(text) if text else None)
            except ValueError:
                errors.append(self.tr("{field}: {text} is not a date (dd-mm-yyyy).").format(field=what, text=text))
                valid.append(None)
        if valid[0] and valid[1] and valid[0] > valid[1]:
            errors.append(self.tr("Valid to lies before valid from."))
        extra: list[date] = []
        for part in (p.strip() for p in self.extra_edit.text().replace(";", ",").split(",")):
            if not part:
                continue
            try:
                extra.append(parse_day(part))
            except ValueError:
                errors.append(self.tr("Extra holidays: {text} is not a date (dd-mm-yyyy).").format(text=part))
        if errors:
            return None, errors
        friday = self.friday_check.isChecked() and method in ("deadline_day", "working_day_noon")
        try:
            rule = NoticeRule(method=method, hours=hours if method != "working_days" else 0, friday_noon=friday,
                              good_friday=self.good_friday_check.isChecked(), days=days if method == "working_days" else 0,
                              name=name, source=self.source_edit.text().strip(), valid_from=valid[0],
                              valid_to=valid[1], extra_holidays=tuple(extra),
                              municipality=self.municipality_edit.text().strip())
        except (ValueError, TypeError) as exc:  # a limit the form does not know about
            import logging

            logging.getLogger(__name__).warning("rule set refused by NoticeRule: %s", exc)
            return None, [self.tr("These settings do not go together (method, hours, days, Friday 12:00): check them.")]
        return RuleSet(rule, self.description_edit.toPlainText().strip()), []
