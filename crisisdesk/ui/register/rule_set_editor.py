"""Instellingen → Termijnregelingen: the municipality maintains its own notice-term rule sets.

Method, hours or days, Friday noon, Good Friday, extra holidays, source and validity,
with a live preview of five example deadlines and the checks of ``check_rule_sets``
(overlapping validity is refused, a gap is a warning). JSON import and export share a
rule set between municipalities; "Herberekenen…" opens the recompute preview.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.register.deadlines import NoticeRule, format_moment
from crisisdesk.domain.register.rule_set_checks import RuleSetProblem, example_deadlines
from crisisdesk.domain.register.rulesets import RuleSet, RuleSetError
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.i18n import translate
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.register.rule_sets import RuleSetRejected, RuleSetService
from crisisdesk.ui.common import palette
from crisisdesk.ui.common.widgets import save_failure
from crisisdesk.ui.register.rule_set_form import RuleSetForm, show_day


class RuleSetEditor(QDialog):
    """The list of rule sets on the left, the chosen one's fields and preview on the right."""

    rule_sets_changed = Signal()

    def __init__(self, service: RuleSetService, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.service = service
        self.read_only = read_only
        self._current: str | None = None  # name of the stored rule set being edited; None = new
        self.setWindowTitle(self.tr("Notice-term rule sets"))
        self.resize(980, 640)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_list())
        layout.addLayout(self._build_form(), 1)
        self._load_list()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_rule_set()

    # --- building ----------------------------------------------------------------------

    def _build_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("ruleSetList")
        self.list.setMinimumWidth(240)
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item.data(Qt.ItemDataRole.UserRole) if item else ""))
        column.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.import_button = QPushButton(self.tr("Import JSON…"), self)
        self.export_button = QPushButton(self.tr("Export JSON…"), self)
        self.recompute_button = QPushButton(self.tr("Recompute terms…"), self)
        self.recompute_button.setToolTip(self.tr(
            "Registered notifications keep their deadline until you recompute a period; "
            "you see every change before it is saved."))
        self.new_button.clicked.connect(self.new_rule_set)
        self.delete_button.clicked.connect(self.delete_rule_set)
        self.import_button.clicked.connect(self.import_json)
        self.export_button.clicked.connect(self.export_json)
        self.recompute_button.clicked.connect(self.open_recompute)
        for button in (self.new_button, self.delete_button, self.import_button, self.export_button, self.recompute_button):
            column.addWidget(button)
            if button is not self.export_button:
                button.setEnabled(not self.read_only)
        return column

    def _build_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.form = RuleSetForm(self)
        self.form.changed.connect(self.refresh)
        column.addWidget(self.form)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        column.addWidget(self.problem_label)
        preview = QGroupBox(self.tr("Five example deadlines (next week)"), self)
        preview_layout = QVBoxLayout(preview)
        self.preview_label = QLabel(preview)
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setWordWrap(True)
        preview_layout.addWidget(self.preview_label)
        column.addWidget(preview)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save rule set"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setEnabled(not self.read_only)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        column.addWidget(buttons)
        return column

    # --- list --------------------------------------------------------------------------

    def _load_list(self, select: str | None = None) -> None:
        self.catalogue = self.service.catalogue()
        self.list.blockSignals(True)
        self.list.clear()
        for name in self.catalogue.names():
            rule = self.catalogue[name]
            text = name
            if rule.valid_from or rule.valid_to:
                text += f"\n   {show_day(rule.valid_from) or '…'} – {show_day(rule.valid_to) or '…'}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if select is not None:
            self.select_name(select)

    def select_name(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
                return

    def _select(self, name: str) -> None:
        if name and name in self.catalogue:
            self._current = name
            self.show_rule_set_in_form(self.catalogue.rule_set(name))

    def show_rule_set_in_form(self, rule_set: RuleSet) -> None:
        self.form.show_rule_set(rule_set)
        self.refresh()

    def new_rule_set(self) -> None:
        municipality = self.form.municipality_edit.text().strip() or next(
            (r.municipality for r in self.catalogue.rules() if r.municipality), "")
        self.list.setCurrentRow(-1)
        self._current = None
        self.show_rule_set_in_form(RuleSet(NoticeRule(method="working_day_noon", hours=48, friday_noon=True,
                                              name=self.tr("New rule set"), municipality=municipality)))

    # --- the form ----------------------------------------------------------------------

    def form_rule_set(self) -> tuple[RuleSet | None, list[str]]:
        """The rule set in the form, or the reasons (in words) why it is not one."""
        return self.form.rule_set()

    def problem_text(self, problem: RuleSetProblem) -> str:
        if problem.code == "overlap":
            until = show_day(problem.day_to) if problem.day_to else self.tr("open end")
            return self.tr("Not allowed: {first} and {second} ({municipality}) both apply from {start} to {end}.").format(
                first=problem.first, second=problem.second, municipality=problem.municipality,
                start=show_day(problem.day_from), end=until)
        return self.tr("Warning: no rule set of {municipality} applies from {start} to {end} (between {first} and "
                       "{second}); notifications received then fall back to the chosen rule set.").format(
            municipality=problem.municipality, start=show_day(problem.day_from), end=show_day(problem.day_to),
            first=problem.first, second=problem.second)

    def refresh(self) -> None:
        """Checks and the five example deadlines, live while typing."""
        rule_set, errors = self.form_rule_set()
        if rule_set is None:
            self.problem_label.setText("<br>".join(f'<span style="color:{palette.LATE}">{e}</span>' for e in errors))
            self.preview_label.setText(self.tr("No preview until the rule set is complete."))
            self.save_button.setEnabled(False)
            return
        problems = [p for p in self.service.problems(rule_set, replacing=self._current)
                    if rule_set.name in (p.first, p.second)]
        lines = [f'<span style="color:{palette.LATE if p.is_error else palette.WARNING}">{self.problem_text(p)}</span>'
                 for p in problems]
        taken = rule_set.name != self._current and rule_set.name in self.catalogue
        if taken:
            lines.insert(0, '<span style="color:{}">{}</span>'.format(palette.LATE,
                self.tr("Another rule set is already called {name}.").format(name=rule_set.name)))
        self.problem_label.setText("<br>".join(lines))
        self.save_button.setEnabled(not self.read_only and not taken and not any(p.is_error for p in problems))
        today = to_local(utc_now()).date()
        rows = [self.tr("start {start} → deadline {deadline}").format(
            start=format_moment(start, translate), deadline=format_moment(deadline, translate))
            for start, deadline in example_deadlines(rule_set.rule, today)]
        self.preview_label.setText("<br>".join(rows))

    # --- actions -----------------------------------------------------------------------

    def save(self) -> bool:
        rule_set, errors = self.form_rule_set()
        if rule_set is None:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(errors))
            return False
        try:
            warnings = self.service.save(rule_set, replacing=self._current)
        except RuleSetRejected as exc:
            text = (self.tr("Another rule set is already called {name}.").format(name=exc.duplicate_name)
                    if exc.duplicate_name else "\n".join(self.problem_text(p) for p in exc.problems))
            QMessageBox.warning(self, self.windowTitle(), text)
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), save_failure(exc, self.tr("The rule set no longer exists.")))
            return False
        self._current = rule_set.name
        self._load_list(select=rule_set.name)
        self.rule_sets_changed.emit()
        if warnings:
            QMessageBox.information(self, self.windowTitle(), "\n".join(self.problem_text(p) for p in warnings))
        return True

    def delete_rule_set(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Delete the rule set {name}? Notifications keep the deadline they were registered with.").format(
            name=self._current))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(self._current)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), save_failure(exc, self.tr("The rule set no longer exists.")))
            return
        self._load_list()
        self.rule_sets_changed.emit()
        if self.list.count():
            self.list.setCurrentRow(0)

    def export_json(self) -> None:
        rule_set, errors = self.form_rule_set()
        if rule_set is None:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(errors))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export rule set"), f"{rule_set.name}.json",
                                              self.tr("Rule set (*.json)"))
        if path:
            self.write_json(path, rule_set)

    def write_json(self, path: str, rule_set: RuleSet) -> None:
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(self.service.export_json(rule_set))
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import rule set"), "", self.tr("Rule set (*.json)"))
        if path:
            self.read_json(path)

    def read_json(self, path: str) -> bool:
        """Puts the file's rule set in the form as a new one (saved only with "Save")."""
        try:
            with open(path, encoding="utf-8") as handle:
                rule_set = self.service.import_json(handle.read())
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Cannot read {path}: {reason}").format(
                path=path, reason=getattr(exc, "strerror", None) or exc))
            return False
        except RuleSetError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("{path} is not a usable rule set: {reason}").format(
                path=path, reason=exc.message))
            return False
        self.list.setCurrentRow(-1)
        self._current = None
        self.show_rule_set_in_form(rule_set)
        return True

    def open_recompute(self) -> None:
        from crisisdesk.ui.register.recompute_dialog import RecomputeDialog

        RecomputeDialog(self.service, self).exec()


def install_editor_button(dialog: QDialog, form: QFormLayout, notifications, changed) -> QPushButton:
    """A "Rule sets…" button under the rule-set choice in Instellingen; ``changed`` runs after edits."""
    button = QPushButton(QCoreApplication.translate("RuleSetEditor", "Maintain rule sets…"), dialog)
    button.setObjectName("ruleSetEditorButton")

    def open_editor() -> None:
        service = notifications.rule_set_service()
        editor = RuleSetEditor(service, dialog, read_only=notifications.read_only)
        editor.rule_sets_changed.connect(changed)
        editor.exec()

    button.clicked.connect(open_editor)
    form.addRow("", button)
    dialog.adjustSize()  # the rule sets' explanations are long: show them whole
    return button
