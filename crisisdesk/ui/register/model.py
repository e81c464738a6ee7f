"""The register's table model: rows are paged in from the database as the view scrolls.

Only ``PAGE_SIZE`` rows are read at start; ``fetchMore`` reads the next page when the
view needs it. Filtering and sorting re-run the query in the database, so the model
never holds all 100,000 notifications.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.ui.common.paged_model import PAGE_SIZE, PagedTableModel  # noqa: F401 - PAGE_SIZE for callers
from crisisdesk.domain.head_counts import head_count_text
from crisisdesk.ui.common import palette

if TYPE_CHECKING:  # the window is painted before SQLAlchemy (and the labels' domain) is imported
    from crisisdesk.domain.register.records import NotificationRow
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.services.register.query import RegisterQuery

SOON = timedelta(hours=48)  # upcoming starts within this get a warm background
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

(
    COL_START,
    COL_KIND,
    COL_PURPOSE,
    COL_PLACE,
    COL_ORGANISATION,
    COL_PARTICIPANTS,
    COL_RECEIVED,
    COL_TERM,
    COL_TIME_LEFT,
    COL_RISK,
    COL_STATUS,
    COL_DECISION,
) = range(12)

# Column -> the service's sort key (None: not sortable in the database).
SORT_KEYS = {
    COL_START: "start_at",
    COL_KIND: "kind",
    COL_PURPOSE: "purpose",
    COL_PLACE: "location",
    COL_ORGANISATION: "organiser_organisation",
    COL_PARTICIPANTS: "expected_participants",
    COL_RECEIVED: "received_at",
    COL_TERM: "on_time",
    COL_TIME_LEFT: "start_at",
    COL_RISK: "risk",
    COL_STATUS: "status",
    COL_DECISION: "decision",
}

LATE_COLOUR = QColor(palette.LATE)
ACCEPTED_COLOUR = QColor(palette.WARNING)
ON_TIME_COLOUR = QColor(palette.ON_TIME)
HIGH_RISK_BACKGROUND = QColor(palette.HIGH_RISK_BACKGROUND)
SOON_BACKGROUND = QColor(palette.WARNING_BACKGROUND)


class RegisterModel(PagedTableModel["RegisterQuery", "NotificationRow"]):
    """Empty, with no query, until it has a service (``set_service``)."""

    def __init__(self, service: NotificationService | None, parent=None, clock=utc_now) -> None:
        super().__init__(_nothing, cast("RegisterQuery", None), 12, parent)  # no query until set_service
        self._clock = clock
        self._bold = QFont()
        self._bold.setBold(True)
        if service is not None:
            self.set_service(service)

    def set_service(self, service: NotificationService, clock=None) -> None:
        from crisisdesk.services.register.query import RegisterQuery

        self._page = service.page
        self._clock = clock or self._clock
        if self._query is None:
            self._query = RegisterQuery()

    def refresh_time_left(self) -> None:
        """The "time left" column ages; repaint just that column."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_TIME_LEFT), self.index(len(self._rows) - 1, COL_TIME_LEFT)
            )

    # --- Qt's model interface ---------------------------------------------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_TIME_LEFT:  # least time left first is "ascending"
            descending = not descending
        self.set_query(replace(self._query, sort=key, descending=descending))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Start"),
            self.tr("Kind"),
            self.tr("Purpose"),
            self.tr("Place / wijk"),
            self.tr("Organiser"),
            self.tr("Participants"),
            self.tr("Received"),
            self.tr("Term"),
            self.tr("Time left"),
            self.tr("Risk"),
            self.tr("Status"),
            self.tr("Decision"),
        )[section] if 0 <= section < 12 else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None  # the view asks ~7 roles per cell while painting; most have nothing here
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TERM:
            if row.on_time:
                return QBrush(ON_TIME_COLOUR)
            return QBrush(ACCEPTED_COLOUR if row.late_accepted else LATE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == COL_TERM and not row.on_time:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_RISK and row.risk == Risk.HIGH:
                return QBrush(HIGH_RISK_BACKGROUND)
            if column == COL_TIME_LEFT and self._upcoming(row) and row.start_at - self._clock() < SOON:
                return QBrush(SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ORGANISATION and not row.organiser_organisation:
            return QBrush(QColor(palette.MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- formatting -----------------------------------------------------------------

    def _upcoming(self, row: NotificationRow) -> bool:
        return row.start_at > self._clock() and row.status != Status.WITHDRAWN

    def _display(self, row: NotificationRow, column: int) -> str | None:
        from crisisdesk.labels import format_duration, format_moment, label, term_label

        if column == COL_START:
            return format_moment(row.start_at)
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_PURPOSE:
            return _one_line(row.purpose)
        if column == COL_PLACE:
            return f"{row.location} ({row.district.value})"
        if column == COL_ORGANISATION:
            return row.organiser_organisation or self.tr("(private person)")
        if column == COL_PARTICIPANTS:
            return head_count_text(row.expected_participants, row.expected_participants_max)
        if column == COL_RECEIVED:
            return format_moment(row.received_at, weekday=False)
        if column == COL_TERM:
            return term_label(row.on_time, row.late_accepted)
        if column == COL_TIME_LEFT:
            return format_duration(row.start_at - self._clock()) if self._upcoming(row) else ""
        if column == COL_RISK:
            return label(row.risk)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_DECISION:
            return label(row.decision)
        return None

    def _tooltip(self, row: NotificationRow, column: int) -> str | None:
        from crisisdesk.labels import format_moment

        if column == COL_PURPOSE:
            return row.purpose
        if column == COL_TERM:
            return self.tr("Deadline {deadline} ({rule})").format(
                deadline=format_moment(row.notice_deadline), rule=row.rule_name
            )
        if column == COL_START:
            return f"{format_moment(row.start_at)} – {format_moment(row.end_at, weekday=False)[-5:]}"
        if column in (COL_KIND, COL_PLACE, COL_ORGANISATION, COL_RISK, COL_STATUS, COL_DECISION):
            return self._display(row, column)  # the whole text where the column cuts it off
        return None


_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole, ROW_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
    )
)


def _nothing(_query, _offset: int, _limit: int) -> list:
    return []


def _one_line(text: str) -> str:
    return " ".join(text.split())

