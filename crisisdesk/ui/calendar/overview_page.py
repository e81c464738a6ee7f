"""The "Next 7 days" tab, shown when the desk opens.

Four sections from ``OverviewService.week_overview``: what starts, which decisions must
still be made known, which permits reach their decision deadline (overdue first,
highlighted) and the clashes. Read off the GUI thread; every line opens its record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.enums import Decision, Status
from crisisdesk.domain.events.rules import PermitStatus, PermitWarning
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.labels import format_duration, format_moment, label
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION, Overview
from crisisdesk.services.calendar.overview import OverviewService
from crisisdesk.ui.common import workers
from crisisdesk.ui.calendar.style import (
    CLASH_COLOUR,
    kind_colour,
    kind_label,
    risk_label,
)
from crisisdesk.ui.common.keyboard import tab_moves_between_fields
from crisisdesk.ui.common.widgets import (
    LATE_BACKGROUND,
    LATE_COLOUR,
    WARNING_BACKGROUND,
    busy_bar,
    page_heading,
    with_distance,
)
from crisisdesk.ui.common import palette

ROLE_REF = Qt.ItemDataRole.UserRole
MAX_COLUMN_WIDTH = 150


class Section(QGroupBox):
    """A titled table whose rows each carry the (kind, id) of a record."""

    activated = Signal(str, int)

    def __init__(self, name: str, title: str, headers: list[str], stretch: int, caps: dict[int, int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.base_title = title
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(headers), self, objectName=f"{name}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the title gives way, elided
        self.stretch = stretch
        self.caps = caps or {}
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(56)  # header and a row or two: the page fits a laptop screen
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.setToolTip(self.tr("Click a line to open it."))
        self.empty = QLabel(self)
        self.empty.setStyleSheet(f"color: {palette.MUTED}; padding: 6px;")
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.table.cellClicked.connect(self._clicked)
        self.table.itemActivated.connect(lambda item: self._clicked(item.row(), 0))

    def _clicked(self, row: int, column: int) -> None:
        kind, ident = self.table.item(row, column).data(ROLE_REF)
        self.activated.emit(kind, ident)

    def set_rows(self, rows: list[tuple[tuple[str, int], list[str], dict]], empty_text: str) -> None:
        """``rows``: ((kind, id), cell texts, look). ``look`` may hold "background", "colour" (for
        "colour_columns"), "bold", "marker" (colour of "marker_column") and "refs" ({column: (kind, id)}
        for a cell that opens another record than its row)."""
        table = self.table
        table.setRowCount(len(rows))
        for number, (ref, cells, look) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ROLE_REF, look.get("refs", {}).get(column, ref))
                if look.get("background"):
                    item.setBackground(QBrush(QColor(look["background"])))
                if look.get("colour") and column in look.get("colour_columns", range(len(cells))):
                    item.setForeground(QBrush(QColor(look["colour"])))
                if look.get("bold"):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if column == look.get("marker_column"):
                    item.setForeground(QBrush(QColor(look["marker"])))
                table.setItem(number, column, item)
        for column in range(table.columnCount()):  # fit the short columns, but never let one crowd out the title
            if column != self.stretch and table.horizontalHeader().sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column), self.caps.get(column, MAX_COLUMN_WIDTH)))
        self.setTitle(f"{self.base_title} ({len(rows)})")
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        table.setVisible(bool(rows))

    def row_count(self) -> int:
        return self.table.rowCount()


class OverviewPage(QWidget):
    loaded = Signal()

    def __init__(
        self,
        service: OverviewService,
        open_record: Callable[[str, int], None],
        parent: QWidget | None = None,
        clock=utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.service = service
        self._open_record = open_record
        self._clock = clock
        self.overview: Overview | None = None
        self._generation = 0
        self._workers: set[workers.Worker] = set()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.titleLabel = page_heading(self, "overviewTitleLabel")
        self.busy = busy_bar(self, "overviewBusy")
        self.statusLabel = QLabel(self, objectName="overviewStatusLabel")
        self.statusLabel.setStyleSheet(f"color: {palette.MUTED};")
        self.refreshButton = QPushButton(self.tr("Refresh"), self, objectName="overviewRefreshButton")
        top.addWidget(self.titleLabel)
        top.addSpacing(12)
        top.addWidget(self.busy)
        top.addWidget(self.statusLabel)
        top.addStretch(1)
        top.addWidget(self.refreshButton)
        layout.addLayout(top)

        self.starting = Section("startingSection", self.tr("Starting in the next 7 days"),
                                [self.tr("Start"), self.tr("Kind"), self.tr("Title"), self.tr("Place / wijk"), self.tr("Risk"), ""], 2, {0: 200})
        self.decisions = Section("decisionsSection", self.tr("Decisions still to be made known"),
                                 [self.tr("Start"), self.tr("Purpose"), self.tr("Wijk"), self.tr("Status"), self.tr("Decision")], 1, {0: 200})
        self.permits = Section("permitsSection", self.tr("Permits: decision deadlines and events without a decision"),
                               [self.tr("Decide by"), self.tr("Event"), self.tr("Starts"), self.tr("Permit")], 1, {0: 300, 2: 200})
        self.clashes = Section("clashesSection", self.tr("Clashes"), [self.tr("First"), self.tr("Second"), self.tr("Why")], 1)
        self.clashes.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        grid = QGridLayout()
        grid.addWidget(self.starting, 0, 0, 3, 1)
        grid.addWidget(self.decisions, 0, 1)
        grid.addWidget(self.permits, 1, 1)
        grid.addWidget(self.clashes, 2, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        layout.addLayout(grid, 1)
        for section in (self.starting, self.decisions, self.permits, self.clashes):
            section.activated.connect(lambda kind, ident: self.open_item(kind, ident))
        self.refreshButton.clicked.connect(self.refresh)
        tab_moves_between_fields(self)

    # --- loading --------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        worker = workers.Worker(self._fetch, self._generation, progress=False)
        worker.signals.result.connect(self._show)
        worker.signals.error.connect(self._failed)
        worker.signals.finished.connect(lambda: self._finished(worker))
        self._workers.add(worker)
        self.busy.show()
        self.statusLabel.setText(self.tr("Loading…"))
        workers.start(worker)

    def _fetch(self, generation: int) -> tuple[int, Overview]:
        return generation, self.service.week_overview(self._clock())

    def _finished(self, worker: workers.Worker) -> None:
        self._workers.discard(worker)
        if not self._workers:
            self.busy.hide()

    def is_loading(self) -> bool:
        return bool(self._workers)

    def _failed(self, exc: Exception, _trace: str) -> None:
        from crisisdesk.messages import failure_message

        self.statusLabel.setText(self.tr("Could not read the overview: {error}").format(error=failure_message(exc, "read overview")))

    def _show(self, answer: tuple[int, Overview]) -> None:
        generation, overview = answer
        if generation != self._generation:
            return
        self.overview = overview
        self.titleLabel.setText(self.tr("Next 7 days: {start} – {end}").format(
            start=format_moment(overview.start), end=format_moment(overview.end)))
        self.statusLabel.setText(self.tr("Updated {moment}").format(moment=format_moment(self._clock(), weekday=False)[-5:]))
        self._fill(overview)
        self.loaded.emit()

    def _fill(self, o: Overview) -> None:
        rows = []
        unpermitted = {w.id for w in o.permit_warnings}
        for item in o.starting:
            place = f"{item.location} ({item.district.value})" if item.location else item.district.value
            look = {"marker_column": 1, "marker": kind_colour(item).name()}
            if item.clash:
                look.update(colour=CLASH_COLOUR.name(), colour_columns=(5,))
            flags = [self.tr("clash")] if item.clash else []
            if item.kind == EVENT and item.id in unpermitted:
                flags.append(self.tr("no permit decision"))
                look.update(colour=LATE_COLOUR, colour_columns=(5,))
            cells = [format_moment(item.start_at), kind_label(item), item.title, place, risk_label(item),
                     "⚠ " + ", ".join(flags) if flags else ""]
            if item.risk_rank == 2:
                look["background"] = LATE_BACKGROUND
            rows.append(((item.kind, item.id), cells, look))
        self.starting.set_rows(rows, self.tr("Nothing starts in the next 7 days."))

        rows = []
        for pending in o.decisions_pending:
            decision = label(Decision(pending.decision)) if pending.decision else self.tr("still to take")
            cells = [format_moment(pending.start_at), pending.title, pending.district.value,
                     label(Status(pending.status)), decision]
            rows.append(((NOTIFICATION, pending.id), cells, {}))
        self.decisions.set_rows(rows, self.tr("Every decision for the coming week has been made known."))

        rows = []
        for warning in o.permit_warnings:  # starting before (or soon without) the decision: first
            cells = ["⚠ " + label(PermitWarning(warning.warning)), warning.title, format_moment(warning.start_at),
                     label(PermitStatus(warning.permit_status))]
            rows.append(((EVENT, warning.id), cells, {"background": LATE_BACKGROUND, "colour": LATE_COLOUR, "bold": True}))
        now = self._clock()
        for permit in o.permit_deadlines:
            if permit.id in unpermitted:
                continue  # already listed above  # overdue ones sort first: their deadline is earliest
            left = permit.permit_decision_deadline - now
            when = format_moment(permit.permit_decision_deadline)
            when += " — " + (self.tr("overdue by {time}").format(time=format_duration(-left)) if permit.overdue
                             else self.tr("{time} left").format(time=format_duration(left)))
            look = {"background": LATE_BACKGROUND, "colour": LATE_COLOUR, "bold": True} if permit.overdue else {"background": WARNING_BACKGROUND}
            cells = [when, permit.title, format_moment(permit.start_at), label(PermitStatus(permit.permit_status))]
            rows.append(((EVENT, permit.id), cells, look))
        self.permits.set_rows(rows, self.tr("No permit reaches its decision deadline this week, and no event starts without one."))

        rows = []
        reasons = {"same_place": self.tr("Same place"), "same_district": self.tr("Same wijk"),
                   "nearby": self.tr("Nearby"), "counter_demonstration": self.tr("Counter-demonstration")}
        for pair in o.clashes:
            first = f"{format_moment(pair.first.start_at)} {pair.first.title}"
            second = f"{format_moment(pair.second.start_at)} {pair.second.title}"
            reason = reasons.get(pair.reason, pair.reason)
            if pair.reason == "same_district":
                reason = f"{reason} ({pair.first.district.value})"
            reason = with_distance(reason, pair.distance_m)
            look = {"colour": CLASH_COLOUR.name(), "colour_columns": (2,), "refs": {1: pair.second.ref}}
            rows.append((pair.first.ref, [first, second, reason], look))
        self.clashes.set_rows(rows, self.tr("No clashes in the coming week."))

    # --- records --------------------------------------------------------------------

    def open_item(self, kind: str, ident: int) -> None:
        """Opens the record behind a clicked line (tests replace this)."""
        self._open_record(kind, ident)

