"""The events register's table model, paged in from the database like the notification register.

Rows are ``EventRow`` records: a returning offender is already reduced to its neutral
title with no place or organisation, so nothing sensitive can reach the list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crisisdesk.domain.events.rules import PENDING_PERMIT_STATUSES, EventRiskClass, EventStatus, MatchRiskClass
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.labels import format_moment, label
from crisisdesk.domain.events.records import EventRow
from crisisdesk.services.events.service import EventQuery, EventService
from crisisdesk.ui.common.paged_model import PagedTableModel
from crisisdesk.ui.common import palette

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_NEAR = timedelta(days=14)

(COL_START, COL_KIND, COL_TITLE, COL_PLACE, COL_VISITORS, COL_RISK, COL_PERMIT, COL_DEADLINE, COL_STATUS) = range(9)
COLUMNS = 9

SORT_KEYS = {
    COL_START: "start_at",
    COL_KIND: "kind",
    COL_TITLE: "title",
    COL_PLACE: "district",
    COL_VISITORS: "expected_visitors",
    COL_RISK: "risk_class",
    COL_PERMIT: "permit_status",
    COL_DEADLINE: "permit_decision_deadline",
    COL_STATUS: "status",
}

HIGH_RISK_BACKGROUND = QColor(palette.HIGH_RISK_BACKGROUND)
LATE_COLOUR = QColor(palette.LATE)
WARNING_BACKGROUND = QColor(palette.WARNING_BACKGROUND)
MUTED = QColor(palette.MUTED)


class EventsModel(PagedTableModel[EventQuery, EventRow]):
    def __init__(self, service: EventService, parent=None, clock=utc_now) -> None:
        super().__init__(service.page, EventQuery(), COLUMNS, parent)
        self._clock = clock

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < COLUMNS:
            return None
        return (
            self.tr("Start"), self.tr("Kind"), self.tr("Title"), self.tr("Place / wijk"), self.tr("Visitors"),
            self.tr("Risk class"), self.tr("Permit"), self.tr("Decide by"), self.tr("Status"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_RISK and self._high_risk(row):
                return QBrush(HIGH_RISK_BACKGROUND)
            if column == COL_DEADLINE and self._deadline_state(row) == "near":
                return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DEADLINE and self._deadline_state(row) == "overdue":
                return QBrush(LATE_COLOUR)
            if row.status == EventStatus.CANCELLED or (column == COL_TITLE and row.sensitive):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == COL_TITLE and row.sensitive:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VISITORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- formatting -----------------------------------------------------------------

    @staticmethod
    def _high_risk(row: EventRow) -> bool:
        return row.risk_class == EventRiskClass.C or row.match_risk_class == MatchRiskClass.C

    def _deadline_state(self, row: EventRow) -> str | None:
        if row.permit_decision_deadline is None or row.permit_status not in PENDING_PERMIT_STATUSES:
            return None
        left = row.permit_decision_deadline - self._clock()
        if left < timedelta(0):
            return "overdue"
        return "near" if left < DEADLINE_NEAR else None

    def _display(self, row: EventRow, column: int) -> str | None:
        if column == COL_START:
            return format_moment(row.start_at)
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_TITLE:
            return " ".join(row.title.split())
        if column == COL_PLACE:
            return f"{row.location} ({row.district.value})" if row.location else row.district.value
        if column == COL_VISITORS:
            return "" if row.expected_visitors is None else f"{row.expected_visitors:,}".replace(",", ".")
        if column == COL_RISK:
            text = row.risk_class.value if row.risk_class else "—"
            if row.match_risk_class is not None:
                text += " · " + label(row.match_risk_class)
            return text
        if column == COL_PERMIT:
            return label(row.permit_status)
        if column == COL_DEADLINE:
            if row.permit_decision_deadline is None or row.permit_status not in PENDING_PERMIT_STATUSES:
                return ""
            return format_moment(row.permit_decision_deadline, weekday=False)
        if column == COL_STATUS:
            return label(row.status)
        return None

    def _tooltip(self, row: EventRow, column: int) -> str | None:
        if column == COL_TITLE and row.sensitive:
            return self.tr("Confidential: open the event to see its details.")
        if column == COL_RISK:
            parts = [self.tr("Set: {set}").format(set=label(row.risk_class) or "—"),
                     self.tr("Risk scan: {scan}").format(scan=label(row.risk_scan_advice) or "—")]
            if row.match_risk_class is not None:
                parts.append(label(row.match_risk_class))
            return "\n".join(parts)
        if column == COL_DEADLINE and self._deadline_state(row) == "overdue":
            return self.tr("The decision deadline has passed.")
        return self._display(row, column) or None
