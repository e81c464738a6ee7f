"""The "Crisis scenarios" tab: the prepared scenarios, by kind; exercise-only ones marked.

The register holds tens of scenarios, so it is read whole (``ScenarioService.list``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.scenarios.rules import ScenarioKind
from crisisdesk.labels import label, storage_message
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import ServiceError
from crisisdesk.domain.events.records import ScenarioRecord
from crisisdesk.services.scenarios.service import ScenarioService
from crisisdesk.ui.common import palette

ROLE_ID = Qt.ItemDataRole.UserRole
EXERCISE_COLOUR = QColor(palette.BRAND)


class ScenariosPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    loaded = Signal(int)

    def __init__(self, service: ScenarioService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenariosPage")
        self.service = service
        self.records: list[ScenarioRecord] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        caption = QLabel(self.tr("Kind"), self)
        self.kindCombo = QComboBox(self, objectName="scenarioKindCombo")
        caption.setBuddy(self.kindCombo)
        self.kindCombo.addItem(self.tr("All kinds"), None)
        for kind in ScenarioKind:
            self.kindCombo.addItem(label(kind), kind)
        self.exerciseCheck = QCheckBox(self.tr("Show exercise-only scenarios"), self, objectName="showExerciseCheck")
        self.exerciseCheck.setChecked(True)
        filters.addWidget(caption)
        filters.addWidget(self.kindCombo)
        filters.addWidget(self.exerciseCheck)
        filters.addStretch(1)
        layout.addLayout(filters)

        table = QTableWidget(0, 6, self, objectName="scenariosTable")
        table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Title"), self.tr("GRIP"), self.tr("Wijken"), self.tr("Disciplines"), self.tr("Plans"),
        ])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        table.setAccessibleName(self.tr("Crisis scenarios"))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate((190, 380, 90, 260, 330)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table = table
        layout.addWidget(table, 1)

        buttons = QHBoxLayout()
        self.newButton = QPushButton(self.tr("New scenario…"), self, objectName="newScenarioButton")
        self.openButton = QPushButton(self.tr("Open"), self, objectName="openScenarioButton")
        self.countLabel = QLabel(self)
        buttons.addWidget(self.newButton)
        buttons.addWidget(self.openButton)
        buttons.addStretch(1)
        buttons.addWidget(self.countLabel)
        layout.addLayout(buttons)

        self.kindCombo.currentIndexChanged.connect(self.refresh)
        self.exerciseCheck.toggled.connect(self.refresh)
        self.newButton.clicked.connect(self.new_requested)
        self.openButton.clicked.connect(self._open_selected)
        # a double click or Enter (itemActivated covers both, once)
        table.itemActivated.connect(lambda item: self.open_requested.emit(table.item(item.row(), 0).data(ROLE_ID)))

    def refresh(self) -> None:
        try:
            records = self.service.list(kind=self.kindCombo.currentData())
        except ServiceError as exc:
            self.countLabel.setText(failure_message(exc, "list scenarios"))
            return
        except Exception as exc:  # the database went away under us
            failure_message(exc, "list scenarios")  # the technical part, for the log
            self.countLabel.setText(storage_message("unavailable"))
            return
        if not self.exerciseCheck.isChecked():
            records = [r for r in records if not r.exercise_only]
        self.records = records
        table = self.table
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            title = record.title + (" " + self.tr("[exercise only]") if record.exercise_only else "")
            values = (
                label(record.kind), title, record.grip_level or "—",
                ", ".join(d.value for d in record.affected_districts) or "—",
                ", ".join(label(d) for d in record.disciplines) or "—",
                "; ".join(record.linked_plans) or "—",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setData(ROLE_ID, record.id)
                if record.exercise_only:
                    item.setForeground(QBrush(EXERCISE_COLOUR))
                table.setItem(row, column, item)
        self.countLabel.setText(self.tr("%n scenario(s)", "", len(records)))
        self.loaded.emit(len(records))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_requested.emit(self.table.item(rows[0].row(), 0).data(ROLE_ID))
