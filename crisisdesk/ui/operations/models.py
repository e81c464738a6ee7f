"""Table models of the exercise and incident windows, fed frozen records (never ORM rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crisisdesk.domain.operations.exercise_clock import format_exercise_time, format_offset
from crisisdesk.domain.operations.meetings import ReceivedInject
from crisisdesk.domain.operations.records import (
    ActionRecord,
    ActionStatus,
    BobMeetingRecord,
    InjectRecord,
    LogEntryRecord,
    LogSource,
)
from crisisdesk.domain.timeutil import to_local
from crisisdesk.labels import format_moment, label
from crisisdesk.ui.common import palette

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

Column = tuple[str, Callable[[object], str]]


class RecordModel(QAbstractTableModel):
    """Columns are (header, text-of-record); ``background`` may colour a whole row."""

    def __init__(self, columns: Sequence[Column], parent=None, background=None, tooltip_column: int | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list = []
        self._background = background
        self._tooltip_column = tooltip_column
        self.highlighted: set[int] = set()  # ids shown bold (e.g. a just-released inject)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()][1](record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            colour = self._background(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and getattr(record, "id", None) in self.highlighted:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _short(value: datetime | None) -> str:
    return to_local(value).strftime("%H:%M") if value is not None else ""


def entry_time(entry: LogEntryRecord) -> str:
    text = _short(entry.at)
    if entry.exercise_seconds is not None:
        text += f"  {format_exercise_time(timedelta(seconds=entry.exercise_seconds))}"
    return text


def log_model(parent=None) -> RecordModel:
    def kind(entry: LogEntryRecord) -> str:
        return label(entry.category) if entry.source == LogSource.TEAM and entry.category else label(entry.source)

    def text(entry: LogEntryRecord) -> str:
        prefix = QCoreApplication.translate("OperationModels", "[correction of #{id}] ").format(id=entry.corrects_id) if entry.corrects_id else ""
        suffix = QCoreApplication.translate("OperationModels", "  (corrected by #{ids})").format(ids=", #".join(map(str, entry.corrected_by))) if entry.corrected_by else ""
        return prefix + entry.text + suffix

    def colour(entry: LogEntryRecord) -> str | None:
        if entry.corrected_by:
            return palette.INACTIVE_BACKGROUND
        return {LogSource.INJECT: palette.LOG_INJECT_BACKGROUND, LogSource.CLOCK: palette.LOG_CLOCK_BACKGROUND, LogSource.CONTROL: palette.LOG_CLOCK_BACKGROUND, LogSource.GRIP: palette.LOG_GRIP_BACKGROUND}.get(entry.source)

    columns = [("#", lambda e: str(e.id)), (QCoreApplication.translate("OperationModels", "Time"), entry_time), (QCoreApplication.translate("OperationModels", "Kind"), kind),
               (QCoreApplication.translate("OperationModels", "Role"), lambda e: e.author_role), (QCoreApplication.translate("OperationModels", "Text"), text), (QCoreApplication.translate("OperationModels", "By"), lambda e: e.author)]
    return RecordModel(columns, parent, background=colour)


def action_model(now: Callable[[], datetime], parent=None) -> RecordModel:
    def colour(action: ActionRecord) -> str | None:
        if action.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            return palette.INACTIVE_BACKGROUND
        if action.due_at is not None and action.due_at < now():
            return palette.LATE_BACKGROUND
        return None

    columns = [("#", lambda a: str(a.id)), (QCoreApplication.translate("OperationModels", "Action"), lambda a: a.text), (QCoreApplication.translate("OperationModels", "Owner"), lambda a: a.owner),
               (QCoreApplication.translate("OperationModels", "Deadline"), lambda a: format_moment(a.due_at, weekday=False)), (QCoreApplication.translate("OperationModels", "Status"), lambda a: label(a.status))]
    return RecordModel(columns, parent, background=colour)


def inject_model(parent=None) -> RecordModel:
    def status(inject: InjectRecord) -> str:
        if inject.released_at is None:
            return QCoreApplication.translate("OperationModels", "pending")
        when = _short(inject.released_at)
        return QCoreApplication.translate("OperationModels", "released {time} (early)").format(time=when) if inject.released_early else QCoreApplication.translate("OperationModels", "released {time}").format(time=when)

    def colour(inject: InjectRecord) -> str | None:
        return palette.RELEASED_BACKGROUND if inject.released_at is not None else None

    columns = [(QCoreApplication.translate("OperationModels", "T+"), lambda i: format_offset(i.offset_minutes)), (QCoreApplication.translate("OperationModels", "Status"), status),
               (QCoreApplication.translate("OperationModels", "From"), lambda i: i.sender), (QCoreApplication.translate("OperationModels", "To"), lambda i: i.receiver),
               (QCoreApplication.translate("OperationModels", "Channel"), lambda i: label(i.channel)), (QCoreApplication.translate("OperationModels", "Content"), lambda i: i.content),
               (QCoreApplication.translate("OperationModels", "Expected action"), lambda i: i.expected_action)]
    return RecordModel(columns, parent, background=colour)


def meeting_model(parent=None) -> RecordModel:
    def when(meeting: BobMeetingRecord) -> str:
        text = format_moment(meeting.held_at, weekday=False)
        if meeting.exercise_seconds is not None:
            text += f"  {format_exercise_time(timedelta(seconds=meeting.exercise_seconds))}"
        return text

    columns = [("#", lambda m: str(m.number)), (QCoreApplication.translate("OperationModels", "Time"), when),
               (QCoreApplication.translate("OperationModels", "Chair"), lambda m: m.chair),
               (QCoreApplication.translate("OperationModels", "Actions"), lambda m: str(len(m.actions)))]
    return RecordModel(columns, parent)


def received_model(parent=None) -> RecordModel:
    """The injects a player has received: when, from, to, channel and content (never the expected action)."""

    def when(inject: ReceivedInject) -> str:
        text = _short(inject.received_at)
        if inject.received_offset_seconds is not None:
            text += f"  {format_exercise_time(timedelta(seconds=inject.received_offset_seconds))}"
        return text

    columns = [(QCoreApplication.translate("OperationModels", "Received"), when),
               (QCoreApplication.translate("OperationModels", "From"), lambda i: i.sender),
               (QCoreApplication.translate("OperationModels", "To"), lambda i: i.receiver),
               (QCoreApplication.translate("OperationModels", "Channel"), lambda i: label(i.channel)),
               (QCoreApplication.translate("OperationModels", "Content"), lambda i: i.content)]
    return RecordModel(columns, parent)
