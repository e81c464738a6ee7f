"""The crisis scenario dialog: kind, GRIP level, who is involved, partners and linked plans.

The layout lives in ``forms/scenario_dialog.ui``. The GRIP levels come from the data
file (``ScenarioService.grip_levels()``), never from code. Wijken, disciplines and
population-care processes are checkable lists; partners and linked plans are editable
lists, and a linked plan (a file or a link) opens with the desktop's own program.
"""

from __future__ import annotations

from typing import Any

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)

from crisisdesk.domain.checklists.rules import ChecklistRecordType

from crisisdesk.domain.enums import District
from crisisdesk.domain.scenarios.rules import (
    Discipline,
    PopulationCareProcess,
    ScenarioDraft,
    ScenarioKind,
)
from crisisdesk.labels import error_message, format_moment, label, storage_message
from crisisdesk.domain.events.records import ScenarioRecord
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.scenarios.service import ScenarioService, draft_from_scenario
from crisisdesk.ui.checklists.checklist_widget import add_checklist_tab
from crisisdesk.ui.common import combos
from crisisdesk.ui.common.fit import fit_to_screen, scroll_body
from crisisdesk.ui.forms.ui_scenario_dialog import Ui_ScenarioDialog
from crisisdesk.ui.common.record_dialog import RecordSaveProtocol
from crisisdesk.ui.common.widgets import INVALID_FIELD_STYLE, set_invalid
from crisisdesk.ui.common.unsaved import UnsavedChanges
from crisisdesk.ui.common.keyboard import first_field_on_show, tab_moves_between_fields, tab_through_pages

ROLE_CODE = Qt.ItemDataRole.UserRole
EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _fill_checkable(widget: QListWidget, members, checked) -> None:
    widget.clear()
    for member in members:
        item = QListWidgetItem(label(member), widget)
        item.setData(ROLE_CODE, member.value)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if member in checked else Qt.CheckState.Unchecked)


def _checked(widget: QListWidget, enum) -> tuple:
    return tuple(
        enum(widget.item(row).data(ROLE_CODE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


def _texts(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(row).text().strip() for row in range(widget.count()))


class ScenarioDialog(RecordSaveProtocol, QDialog):
    scenario_saved = Signal(int)

    def __init__(self, service: ScenarioService, scenario_id: int | None = None, parent: QWidget | None = None,
                 checklists: ChecklistService | None = None, partners: PartnerService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScenarioDialog()
        self.ui.setupUi(self)
        scroll = scroll_body(self)  # taller than a laptop screen: the form scrolls, the buttons stay
        self.tabs = QTabWidget(self)  # the scenario itself, and its checklist
        self.tabs.setObjectName("tabs")
        outer = self.layout()
        assert outer is not None  # scroll_body has checked it is a box layout
        outer.replaceWidget(scroll, self.tabs)
        self.tabs.addTab(scroll, self.tr("Scenario"))
        fit_to_screen(self)
        self.service = service
        self.record: ScenarioRecord | None = service.get(scenario_id) if scenario_id is not None else None
        ui = self.ui
        font = QFont(ui.headerLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        ui.headerLabel.setFont(font)
        ui.gripDescriptionLabel.setProperty("role", "note")
        ui.gripDescriptionLabel.setMinimumWidth(560)
        ui.errorSummaryLabel.setProperty("role", "fieldError")
        ui.errorSummaryLabel.hide()
        self.setStyleSheet(INVALID_FIELD_STYLE)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("Save"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        combos.fill(ui.kindCombo, ScenarioKind)
        ui.gripCombo.addItem(self.tr("Not set"), "")
        for level in service.grip_levels():
            ui.gripCombo.addItem(f"{level.code} — {level.name}", level.code)
        self._load(self.record)
        ui.gripCombo.currentIndexChanged.connect(self._show_grip)
        ui.addPartnerButton.clicked.connect(lambda: self._add(ui.partnersList, ""))
        ui.removePartnerButton.clicked.connect(lambda: self._remove(ui.partnersList))
        ui.addPlanFileButton.clicked.connect(self._add_plan_file)
        ui.addPlanLinkButton.clicked.connect(self._add_plan_link)
        ui.removePlanButton.clicked.connect(lambda: self._remove(ui.plansList))
        ui.openPlanButton.clicked.connect(self._open_selected_plan)
        ui.plansList.itemDoubleClicked.connect(lambda item: self.open_plan(item.text()))
        self._show_grip()
        if service.read_only:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(storage_message("read_only_mode"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.checklist = add_checklist_tab(  # usable before the first save: templates apply on saving
            self, self.tabs, ChecklistRecordType.SCENARIO, scenario_id,
            checklists or ChecklistService(service.factory, user=service.user),
            partners or PartnerService(service.factory, user=service.user), self._suggested_template(),
        )
        ui.kindCombo.currentIndexChanged.connect(
            lambda: setattr(self.checklist, "suggested_template", self._suggested_template()))
        self.unsaved = UnsavedChanges(  # Escape / close / Cancel ask first, also for checklist choices not saved yet
            self, lambda: (self.draft(), self.checklist.unsaved_choices()))
        tab_moves_between_fields(self)
        tab_through_pages(self.tabs, self.ui.buttonBox)  # the decision panel and the checklist before the buttons
        first_field_on_show(self, self.ui.kindCombo)

    def _suggested_template(self) -> str:
        """The shipped template for this kind of crisis ("scenario_flooding", ...)."""
        kind = combos.chosen(self.ui.kindCombo, ScenarioKind)
        return f"scenario_{kind.value}" if kind is not None else ""

    def reject(self) -> None:
        """Escape, the close button and Cancel: ask first when something was changed."""
        if self.unsaved.may_close():
            super().reject()

    def _load(self, r: ScenarioRecord | None) -> None:
        ui = self.ui
        _fill_checkable(ui.districtsList, District, r.affected_districts if r else ())
        _fill_checkable(ui.disciplinesList, Discipline, r.disciplines if r else ())
        _fill_checkable(ui.populationCareList, PopulationCareProcess, r.population_care if r else ())
        ui.partnersList.clear()
        ui.plansList.clear()
        if r is None:
            ui.headerLabel.setText(self.tr("New crisis scenario"))
            self.setWindowTitle(self.tr("New crisis scenario"))
            return
        combos.select(ui.kindCombo, r.kind)
        ui.titleEdit.setText(r.title)
        ui.descriptionEdit.setPlainText(r.description)
        ui.gripCombo.setCurrentIndex(max(0, ui.gripCombo.findData(r.grip_level or "")))
        ui.exerciseOnlyCheck.setChecked(r.exercise_only)
        for partner in r.partners:
            self._add(ui.partnersList, partner, edit=False)
        for plan in r.linked_plans:
            self._add(ui.plansList, plan, edit=False)
        ui.headerLabel.setText(self.tr("Crisis scenario #{id}").format(id=r.id))
        ui.headerLabel.setToolTip(self.tr("Version {version}, last changed {moment} by {user}").format(
            version=r.version, moment=format_moment(r.updated_at), user=r.updated_by))
        self.setWindowTitle(self.tr("Crisis scenario #{id} — {title}").format(id=r.id, title=r.title))

    def _show_grip(self) -> None:
        code = self.ui.gripCombo.currentData()
        level = next((lvl for lvl in self.service.grip_levels() if lvl.code == code), None)
        text = ""
        if level is not None:
            text = " · ".join(part for part in (level.team, level.led_by, level.description) if part)
        self.ui.gripDescriptionLabel.setText(text)
        self.ui.scenarioForm.setRowVisible(self.ui.gripDescriptionLabel, bool(text))

    # --- editable lists -----------------------------------------------------------------

    def _add(self, widget: QListWidget, text: str, edit: bool = True) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setFlags(EDITABLE)
        if edit:
            widget.setCurrentItem(item)
            widget.editItem(item)
        return item

    def _remove(self, widget: QListWidget) -> None:
        for item in widget.selectedItems():
            widget.takeItem(widget.row(item))

    def _add_plan_file(self) -> None:
        path = self.ask_plan_file()
        if path:
            self._add(self.ui.plansList, path, edit=False)

    def ask_plan_file(self) -> str:
        """The file chooser; tests replace this method."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Link a plan or draaiboek"))
        return path

    def _add_plan_link(self) -> None:
        link, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address of the plan (https://…)"))
        if ok and link.strip():
            self._add(self.ui.plansList, link.strip(), edit=False)

    def _open_selected_plan(self) -> None:
        item = self.ui.plansList.currentItem()
        if item is not None:
            self.open_plan(item.text())

    def open_plan(self, target: str) -> bool:
        """Opens a linked plan: a link in the browser, a file with its own program."""
        url = QUrl(target) if "://" in target else QUrl.fromLocalFile(str(Path(target).expanduser()))
        if url.isLocalFile() and not Path(url.toLocalFile()).exists():
            self.show_message(self.tr("Plan not found"), self.tr("There is no file {path}.").format(path=url.toLocalFile()))
            return False
        return QDesktopServices.openUrl(url)

    # --- saving ---------------------------------------------------------------------------

    def draft(self) -> ScenarioDraft:
        ui = self.ui
        return ScenarioDraft(
            kind=combos.chosen(ui.kindCombo, ScenarioKind),
            title=ui.titleEdit.text().strip(),
            description=ui.descriptionEdit.toPlainText().strip(),
            grip_level=ui.gripCombo.currentData() or None,
            affected_districts=_checked(ui.districtsList, District),
            disciplines=_checked(ui.disciplinesList, Discipline),
            partners=_texts(ui.partnersList),
            population_care=_checked(ui.populationCareList, PopulationCareProcess),
            linked_plans=_texts(ui.plansList),
            exercise_only=ui.exerciseOnlyCheck.isChecked(),
        )

    def show_errors(self, errors) -> None:
        ui = self.ui
        widgets = {"title": ui.titleEdit, "grip_level": ui.gripCombo, "partners": ui.partnersList, "linked_plans": ui.plansList}
        fields = {e.field for e in errors}
        for name, widget in widgets.items():
            set_invalid(widget, name in fields)
        names = {"title": ui.titleLabel.text(), "grip_level": ui.gripLabel.text(),
                 "partners": ui.partnersGroup.title(), "linked_plans": ui.plansGroup.title()}
        lines = [f"{names.get(e.field, e.field).replace('&', '')}: {error_message(e)}" for e in errors]
        ui.errorSummaryLabel.setText("\n".join([self.tr("Not saved: correct the marked fields."), *lines]))
        ui.errorSummaryLabel.setVisible(bool(errors))
        if errors and errors[0].field in widgets:
            widgets[errors[0].field].setFocus()

    # --- saving (the record-dialog protocol: ui/common/record_dialog.py) ---------------------

    def validate_form(self) -> list:
        return self.service.validate(self.draft())

    def store(self, draft: Any) -> ScenarioRecord:
        created = self.record is None
        record = super().store(draft)
        if created:
            self.checklist.attach(record.id)  # templates and actions chosen before the first save
        return record

    def load_record(self, record: ScenarioRecord) -> None:
        """Their version, after "Keep theirs": the form shows it as saved now."""
        self._load(record)

    def record_saved(self, record: ScenarioRecord) -> None:
        self.scenario_saved.emit(record.id)
        self.accept()

    def draft_of(self, record: ScenarioRecord) -> ScenarioDraft:
        return draft_from_scenario(record)

    def field_title(self, name: str) -> str:
        ui = self.ui
        titles = {
            "kind": ui.kindLabel.text(), "title": ui.titleLabel.text(), "grip_level": ui.gripLabel.text(),
            "description": ui.descriptionLabel.text(), "affected_districts": ui.districtsLabel.text(),
            "disciplines": ui.disciplinesLabel.text(), "partners": ui.partnersGroup.title(),
            "population_care": ui.populationCareLabel.text(), "linked_plans": ui.plansGroup.title(),
            "exercise_only": ui.exerciseOnlyCheck.text(),
        }
        return titles.get(name, name).replace("&", "").rstrip(": ").strip()

    def conflict_header(self, theirs: Any) -> str:
        return self.tr("{user} saved this scenario at {moment} (version {version}) after you opened it.").format(
            user=theirs.updated_by, moment=format_moment(theirs.updated_at), version=theirs.version)

    def deleted_text(self) -> str:
        return self.tr("This scenario was deleted by someone else; nothing was saved.")
