"""The "Events" tab: the events register with its filters, New / Open and export of a selection."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventKind, EventRiskClass, PermitStatus
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.labels import label, storage_message
from crisisdesk.messages import failure_message
from crisisdesk.domain.calendar.records import EVENT
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.events.service import EventQuery, EventService
from crisisdesk.ui.common.flow_layout import FlowLayout
from crisisdesk.ui.common.keyboard import tab_moves_between_fields
from crisisdesk.ui.events.model import COL_START, SORT_KEYS, EventsModel

SEARCH_DEBOUNCE_MS = 200
(PERIOD_UPCOMING, PERIOD_ALL, PERIOD_NEXT_7, PERIOD_NEXT_30, PERIOD_PAST_30, PERIOD_THIS_YEAR) = range(6)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


class EventsPage(QWidget):
    """``open_requested(id)`` / ``new_requested()`` go to the window, which runs the dialog."""

    loaded = Signal(int)  # rows shown
    open_requested = Signal(int)
    new_requested = Signal()
    export_requested = Signal()

    def __init__(self, service: EventService, parent: QWidget | None = None, clock=utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        self.service = service
        self._clock = clock
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.periodCombo, self.kindCombo, self.districtCombo, self.riskCombo, self.permitCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.resetButton.clicked.connect(self.reset_filters)
        self.newButton.clicked.connect(self.new_requested)
        self.openButton.clicked.connect(self._open_selected)
        self.exportButton.clicked.connect(self.export_requested)
        # a double click or Enter (activated covers both, once)
        self.view.activated.connect(lambda index: self.open_requested.emit(self.model.row_at(index.row()).id))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        tab_moves_between_fields(self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = FlowLayout()  # wraps onto a second line on a narrow screen
        self.searchEdit = QLineEdit(self, objectName="eventSearchEdit", clearButtonEnabled=True)
        self.searchEdit.setPlaceholderText(self.tr("Search title, place, wijk, organisation, opponent…"))
        self.searchEdit.setMinimumWidth(240)
        self.searchEdit.setAccessibleName(self.tr("Search events"))
        filters.addWidget(self.searchEdit)
        self.periodCombo = self._combo(filters, "eventPeriodCombo", self.tr("Period"), [
            self.tr("Upcoming"), self.tr("All"), self.tr("Next 7 days"), self.tr("Next 30 days"),
            self.tr("Past 30 days"), self.tr("This year"),
        ])
        self.kindCombo = self._combo(filters, "eventKindCombo", self.tr("Kind"), [], EventKind, self.tr("All kinds"))
        self.districtCombo = self._combo(filters, "eventDistrictCombo", self.tr("Wijk"), [], District, self.tr("All wijken"))
        self.riskCombo = self._combo(filters, "eventRiskCombo", self.tr("Risk class"), [], EventRiskClass, self.tr("All classes"))
        self.permitCombo = self._combo(filters, "eventPermitCombo", self.tr("Permit"), [], PermitStatus, self.tr("All"))
        self.resetButton = QPushButton(self.tr("Reset filters"), self, objectName="eventResetButton")
        filters.addWidget(self.resetButton)
        layout.addLayout(filters)

        self.model = EventsModel(self.service, self, clock=self._clock)
        view = QTableView(self, objectName="eventsView")
        view.setAccessibleName(self.tr("Events register"))
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setSortIndicator(COL_START, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((145, 150, 330, 230, 80, 150, 170, 130, 150)):
            view.setColumnWidth(column, width)
        view.horizontalHeader().setStretchLastSection(True)
        self.view = view
        layout.addWidget(view, 1)

        buttons = QHBoxLayout()
        self.newButton = QPushButton(self.tr("New event…"), self, objectName="newEventButton")
        self.openButton = QPushButton(self.tr("Open"), self, objectName="openEventButton")
        self.exportButton = QPushButton(self.tr("Export selection…"), self, objectName="exportEventsButton")
        self.countLabel = QLabel(self, objectName="eventCountLabel")
        for widget in (self.newButton, self.openButton, self.exportButton):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.countLabel)
        layout.addLayout(buttons)

    def _combo(self, layout: FlowLayout, name: str, caption: str, texts: list[str], enum=None, everything=None) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        for text in texts:
            combo.addItem(text)
        if enum is not None:
            combo.addItem(everything, None)
            for member in enum:
                combo.addItem(label(member), member)
        pair = QWidget(self)  # the caption stays with its combo when the row wraps
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        caption_label = QLabel(caption, pair)
        caption_label.setBuddy(combo)
        pair_layout.addWidget(caption_label)
        pair_layout.addWidget(combo)
        layout.addWidget(pair)
        return combo

    # --- filters --------------------------------------------------------------------

    def _period(self) -> tuple[datetime | None, datetime | None]:
        now = self._clock()
        today = to_local(now).date()
        index = self.periodCombo.currentIndex()
        if index == PERIOD_UPCOMING:
            return now, None
        if index == PERIOD_NEXT_7:
            return now, _midnight(today + timedelta(days=8))
        if index == PERIOD_NEXT_30:
            return now, _midnight(today + timedelta(days=31))
        if index == PERIOD_PAST_30:
            return _midnight(today - timedelta(days=30)), now
        if index == PERIOD_THIS_YEAR:
            return _midnight(date(today.year, 1, 1)), _midnight(date(today.year + 1, 1, 1))
        return None, None

    def current_query(self) -> EventQuery:
        start_from, start_to = self._period()
        header = self.view.horizontalHeader()
        return EventQuery(
            search=self.searchEdit.text(), start_from=start_from, start_to=start_to,
            kind=self.kindCombo.currentData(), district=self.districtCombo.currentData(),
            risk_class=self.riskCombo.currentData(), permit_status=self.permitCombo.currentData(),
            sort=SORT_KEYS.get(header.sortIndicatorSection(), "start_at"),
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._load(self.current_query())

    def reset_filters(self) -> None:
        combos = (self.periodCombo, self.kindCombo, self.districtCombo, self.riskCombo, self.permitCombo)
        for widget in (self.searchEdit, *combos):
            widget.blockSignals(True)
        self.searchEdit.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        for widget in (self.searchEdit, *combos):
            widget.blockSignals(False)
        self.apply_filters()

    def refresh(self) -> None:
        """Re-runs the current filters (keeps what the advisor chose)."""
        self._load(self.current_query())

    def _load(self, query: EventQuery) -> None:
        try:
            self.model.set_query(query)
            total = self.service.count(query)
        except ServiceError as exc:
            self.countLabel.setText(failure_message(exc, "list events"))
            return
        except Exception as exc:  # the database went away under us
            failure_message(exc, "list events")  # the technical part, for the log
            self.countLabel.setText(storage_message("unavailable"))
            return
        self.countLabel.setText(self.tr("%n event(s)", "", total))
        self.loaded.emit(self.model.rowCount())

    # --- selection ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(index.row()).id for index in self.view.selectionModel().selectedRows()]

    def selected_refs(self) -> list[tuple[str, int]]:
        return [(EVENT, ident) for ident in self.selected_ids()]

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, COL_START))

    def _selection_changed(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.openButton.setEnabled(count == 1)
        self.exportButton.setEnabled(count > 0)

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])
