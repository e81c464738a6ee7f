"""Editing a checklist template's actions in a table and saving it as a new template.

Shipped templates are never overwritten: the result is a new file in the data folder
(``<home>/templates``) under a name of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.checklists.templates import Template, TemplateItem
from crisisdesk.domain.checklists.rules import OffsetError, parse_offset
from crisisdesk.labels import error_message
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.checklists.templates import load_templates, save_user_template
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common import palette

(COL_TEXT, COL_RESPONSIBLE, COL_DUE, COL_REQUIRED) = range(4)


class TemplateEditor(QWidget):
    def __init__(self, partners, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = load_templates()
        self.partner_keys = [(p.key, p.name) for p in partners.list()]
        self.saved: Template | None = None
        self.setWindowTitle(self.tr("Checklist templates"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateCombo")
        for template in self.catalogue.templates:
            self.template_combo.addItem(template.name, template.key)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        form.addRow(self.tr("Start from:"), self.template_combo)
        form.addRow(self.tr("Name of the new template:"), self.name_edit)
        layout.addLayout(form)
        if self.catalogue.errors:
            skipped = QLabel(self.tr("Skipped (cannot be read):") + "\n" + "\n".join(str(e) for e in self.catalogue.errors), self)
            skipped.setStyleSheet(f"color: {palette.WARNING};")
            skipped.setWordWrap(True)
            layout.addWidget(skipped)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("itemsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Responsible"), self.tr("Due"), self.tr("Required")])
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_RESPONSIBLE, 260)
        self.table.setColumnWidth(COL_DUE, 130)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {palette.LATE};")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add action"), self)
        self.remove_button = QPushButton(self.tr("Remove action"), self)
        self.save_button = QPushButton(self.tr("Save as new template"), self)
        self.save_button.setObjectName("saveTemplateButton")
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.template_combo.currentIndexChanged.connect(self.load_template)
        self.add_button.clicked.connect(lambda: self._add_row(TemplateItem("", "", "1 dag voor")))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button.clicked.connect(self.save)
        self.resize(1000, 600)
        fit_to_screen(self)  # a laptop at 125 % has less room
        self.load_template()

    def base(self) -> Template | None:
        key = self.template_combo.currentData()
        return self.catalogue.get(key) if key else None

    def load_template(self) -> None:
        template = self.base()
        self.table.setRowCount(0)
        if template is None:
            return
        self.name_edit.setText(self.tr("{name} (own version)").format(name=template.name))
        for item in template.items:
            self._add_row(item)

    def _add_row(self, item: TemplateItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, COL_TEXT, QTableWidgetItem(item.text))
        combo = QComboBox(self.table)
        combo.addItem(self.tr("— nobody yet —"), "")
        for key, name in self.partner_keys:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(item.responsible)))
        self.table.setCellWidget(row, COL_RESPONSIBLE, combo)
        self.table.setItem(row, COL_DUE, QTableWidgetItem(item.due))
        required = QTableWidgetItem()
        required.setFlags(required.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        required.setCheckState(Qt.CheckState.Checked if item.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, COL_REQUIRED, required)

    def items(self) -> tuple[list[TemplateItem], list[str]]:
        items, problems = [], []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, COL_TEXT).text().strip() if self.table.item(row, COL_TEXT) else ""
            due = self.table.item(row, COL_DUE).text().strip() if self.table.item(row, COL_DUE) else ""
            if not text:
                problems.append(self.tr("Row {row}: the action is empty.").format(row=row + 1))
                continue
            try:
                parse_offset(due)
            except OffsetError as exc:
                problems.append(self.tr("Row {row}: {problem}").format(row=row + 1, problem=exc))
                continue
            responsible = self.table.cellWidget(row, COL_RESPONSIBLE).currentData()
            required = self.table.item(row, COL_REQUIRED).checkState() == Qt.CheckState.Checked
            items.append(TemplateItem(text, responsible, due, required))
        return items, problems

    def save(self) -> bool:
        base = self.base()
        items, problems = self.items()
        if problems:
            self.error_label.setText("\n".join(problems))
            return False
        template = Template(key="", name=self.name_edit.text(), applies_to=base.applies_to, items=tuple(items),
                            description=base.description, scenario_kind=base.scenario_kind)
        try:
            self.saved = save_user_template(template, self.catalogue)
        except ValidationFailed as exc:
            self.error_label.setText("\n".join(error_message(e) for e in exc.errors))
            return False
        except OSError as exc:
            from crisisdesk.messages import failure_message

            self.error_label.setText(failure_message(exc, "save checklist template"))
            return False
        self.catalogue = load_templates()
        self.error_label.setText(self.tr("Saved as '{name}'.").format(name=self.saved.name))
        self.error_label.setStyleSheet(f"color: {palette.ON_TIME};")
        return True
