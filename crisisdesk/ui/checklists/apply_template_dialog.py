"""Choosing a checklist template to apply to a record (and, for a scenario, the anchor)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from crisisdesk.domain.checklists.templates import Template
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware
from crisisdesk.ui.forms.ui_apply_template_dialog import Ui_ApplyTemplateDialog
from crisisdesk.ui.common.widgets import LATE_COLOUR, prepare_wall_clock_edit, set_wall_clock, wall_clock

ROLE_KEY = Qt.ItemDataRole.UserRole


class ApplyTemplateDialog(QDialog):
    """Lists the templates for this kind of record; a scenario also asks for the anchor."""

    def __init__(self, templates: list[Template], record_type: ChecklistRecordType, anchor: datetime | None,
                 applied: tuple[str, ...] = (), suggested: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplyTemplateDialog()
        self.ui.setupUi(self)
        self.record_type = record_type
        self.needs_anchor = record_type == ChecklistRecordType.SCENARIO
        self._templates = {t.key: t for t in templates}
        prepare_wall_clock_edit(self.ui.anchorEdit)
        if anchor is not None:
            set_wall_clock(self.ui.anchorEdit, anchor)
        for widget in (self.ui.anchorLabel, self.ui.anchorEdit):
            widget.setVisible(self.needs_anchor)
        if self.needs_anchor:
            self.ui.introLabel.setText(self.tr(
                "Choose a template. A scenario has no start: its due moments count from the moment "
                "you give below, e.g. the scale-up."))
        self.ui.errorLabel.setStyleSheet(f"color: {LATE_COLOUR};")
        self.ui.descriptionLabel.setProperty("role", "note")
        for template in sorted(templates, key=lambda t: (t.key != suggested, t.user, t.name.casefold())):
            text = template.name + (self.tr(" (own template)") if template.user else "")
            item = QListWidgetItem(self.tr("{name} — {n} actions").format(name=text, n=len(template.items)))
            item.setData(ROLE_KEY, template.key)
            if template.key in applied:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Already applied to this record."))
            self.ui.templateList.addItem(item)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Apply"))
        self.ui.templateList.currentItemChanged.connect(self._chosen)
        self.ui.templateList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for row in range(self.ui.templateList.count()):
            if self.ui.templateList.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.ui.templateList.setCurrentRow(row)
                break
        self._chosen()

    def _chosen(self) -> None:
        template = self.template()
        self.ok_button.setEnabled(template is not None)
        self.ui.descriptionLabel.setText(template.description if template else "")

    def template(self) -> Template | None:
        item = self.ui.templateList.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self._templates.get(item.data(ROLE_KEY))

    def select(self, key: str) -> None:
        for row in range(self.ui.templateList.count()):
            if self.ui.templateList.item(row).data(ROLE_KEY) == key:
                self.ui.templateList.setCurrentRow(row)

    def anchor(self) -> datetime | None:
        """The anchor for a scenario (aware), None otherwise or when the time does not exist."""
        if not self.needs_anchor:
            return None
        try:
            return local_to_aware(wall_clock(self.ui.anchorEdit))
        except NonexistentLocalTime:
            return None

    def accept(self) -> None:
        if self.template() is None:
            return
        if self.needs_anchor and self.anchor() is None:
            self.ui.errorLabel.setText(self.tr("This time does not exist: clocks go forward from 02:00 to 03:00 that night."))
            return
        super().accept()
