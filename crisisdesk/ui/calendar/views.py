"""The painted week and month grids of the calendar.

Both lay items out on the Amsterdam wall clock: an item from 23:00 to 01:00 shows as
two pieces, and on the night the clocks change an hour simply has no items or two
hours' worth of them, as an advisor's paper diary would. ``blocks`` holds the painted
rectangles and their items, so clicks (and tests) find what is where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from crisisdesk.domain.timeutil import to_local
from crisisdesk.domain.calendar.records import CalendarItem
from crisisdesk.ui.calendar.style import GRID_COLOUR, MUTED_COLOUR, TEXT_COLOUR, TODAY_BACKGROUND, CLASH_COLOUR, paint_chip, spoken, tooltip
from crisisdesk.ui.common import palette

GUTTER = 52  # the hours column of the week view
HOUR_HEIGHT = 42
MONTH_HEADER = 24
CHIP_HEIGHT = 19
OTHER_MONTH_BACKGROUND = QColor(palette.OTHER_MONTH_BACKGROUND)


def wall(moment: datetime) -> datetime:
    """The naive Amsterdam wall-clock time of an aware moment."""
    return to_local(moment).replace(tzinfo=None)


def day_label(day: date, fmt: str = "ddd dd-MM") -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


@dataclass(frozen=True)
class MoreStop:
    """The "+n more" of a month day: a keyboard stop of its own; Enter shows that week."""

    day: date
    hidden: int


class _Canvas(QWidget):
    """The painted grid. With the keyboard, the arrow keys go from stop to stop in time
    order — the items, and in the month view each day's "+n more" — and Enter opens one;
    a screen reader hears the current stop in words (its accessible name changes, and
    Qt is told)."""

    item_clicked = Signal(str, int)  # (kind, id)
    current_changed = Signal(int)  # index into ``stops()``; -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[tuple[QRectF, CalendarItem]] = []
        self.today: date | None = None
        self.current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._announce()

    # --- keyboard and screen readers ----------------------------------------------------

    def stops(self) -> list[tuple[QRectF, CalendarItem | MoreStop]]:
        """What the arrow keys go through, in order (the items; the month adds "+n more")."""
        return list(self.blocks)

    def current_stop(self) -> CalendarItem | MoreStop | None:
        stops = self.stops()
        return stops[self.current][1] if 0 <= self.current < len(stops) else None

    def current_item(self) -> CalendarItem | None:
        stop = self.current_stop()
        return stop if isinstance(stop, CalendarItem) else None

    def set_current(self, index: int) -> None:
        stops = self.stops()
        self.current = max(-1, min(index, len(stops) - 1))
        if self.current >= 0:
            rect = stops[self.current][0]
            viewport = self.parentWidget()
            scroll = viewport.parentWidget() if viewport is not None else None
            if isinstance(scroll, QScrollArea):
                scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0, int(rect.height() / 2) + 20)
        self._announce()
        self.update()
        self.current_changed.emit(self.current)

    def _announce(self) -> None:
        stop = self.current_stop()
        if isinstance(stop, MoreStop):
            text = self.more_spoken(stop)
        elif stop is not None:
            text = spoken(stop)
        elif self.blocks:
            count = len(self.blocks)
            text = QCoreApplication.translate("Calendar", "%n item(s); arrow keys go from item to item, Enter opens one", "", count)
        else:
            text = QCoreApplication.translate("Calendar", "No items in this period")
        if text != self.accessibleName():
            self.setAccessibleName(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def more_spoken(self, stop: MoreStop) -> str:
        hidden = stop.hidden
        text = QCoreApplication.translate("Calendar", "%n more item(s) on {day}; Enter shows that week", "", hidden)
        return text.format(day=day_label(stop.day, "dddd d MMMM"))

    def _layout(self) -> None:
        """Places the blocks and stops; each view (week, month) lays them out its own way."""
        raise NotImplementedError  # abstract: QWidget's metaclass does not mix with abc

    def relayout(self) -> None:
        """A new layout (new items or size) that keeps the same stop current if it is still there."""
        before = self.current_stop()
        self._layout()
        stops = self.stops()
        self.current = -1
        if before is not None:
            self.current = next((i for i, (_r, other) in enumerate(stops) if other == before), -1)
        self._announce()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self.stops())
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.set_current(self.current + 1 if self.current + 1 < count else self.current)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.set_current(max(0, self.current - 1) if count else -1)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and (stop := self.current_stop()) is not None:
            if isinstance(stop, MoreStop):
                self._open_more(stop)
            else:
                self.item_clicked.emit(stop.kind, stop.id)
        else:
            super().keyPressEvent(event)

    def _open_more(self, stop: MoreStop) -> None:
        pass

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.stops():
            self.set_current(0)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def _paint_focus(self, painter: QPainter) -> None:
        """A dark dashed ring round the current item while the grid has the focus."""
        stops = self.stops()
        if self.hasFocus() and 0 <= self.current < len(stops):
            pen = QPen(TEXT_COLOUR, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(stops[self.current][0].adjusted(-2, -2, 2, 2))

    def block_at(self, point: QPointF) -> CalendarItem | None:
        for rect, item in reversed(self.blocks):
            if rect.contains(point):
                return item
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.block_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit or self._extra_at(event.position()) else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self.block_at(event.position())
        if item is not None:
            self.item_clicked.emit(item.kind, item.id)
        else:
            self._clicked_elsewhere(event.position())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.block_at(QPointF(event.pos()))
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip(item), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _extra_at(self, point: QPointF) -> bool:
        return False

    def _clicked_elsewhere(self, point: QPointF) -> None:
        pass


class WeekCanvas(_Canvas):
    """Seven day columns by 24 hours; overlapping items share their column side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.items: list[CalendarItem] = []
        self.now: datetime | None = None
        self.setMinimumHeight(24 * HOUR_HEIGHT + 1)

    def set_items(self, monday: date, items: list[CalendarItem], today: date, now: datetime | None = None) -> None:
        self.days = [monday + timedelta(days=i) for i in range(7)]
        self.items = items
        self.today = today
        self.now = now
        self.relayout()
        self.update()

    def column_width(self) -> float:
        return max(40.0, (self.width() - GUTTER) / 7)

    def column_of(self, x: float) -> int:
        return int((x - GUTTER) // self.column_width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _layout(self) -> None:
        """Pieces per day, then lanes within each group of overlapping pieces."""
        self.blocks = []
        width = self.column_width()
        for column, day in enumerate(self.days):
            day_start = datetime.combine(day, time(0, 0))
            day_end = day_start + timedelta(days=1)
            pieces = []
            for item in self.items:
                start, end = max(wall(item.start_at), day_start), min(wall(item.end_at), day_end)
                if end > start or (start == end == wall(item.start_at) and day_start <= start < day_end):
                    pieces.append((start, max(end, start + timedelta(minutes=20)), item))
            pieces.sort(key=lambda p: (p[0], -(p[1] - p[0]).total_seconds()))
            for group in _overlapping_groups(pieces):
                lanes: list[datetime] = []
                placed = []
                for start, end, item in group:
                    lane = next((i for i, busy_until in enumerate(lanes) if busy_until <= start), len(lanes))
                    if lane == len(lanes):
                        lanes.append(end)
                    else:
                        lanes[lane] = end
                    placed.append((lane, start, end, item))
                lane_width = (width - 6) / len(lanes)
                for lane, start, end, item in placed:
                    top = (start - day_start).total_seconds() / 3600 * HOUR_HEIGHT
                    height = max(18.0, (end - start).total_seconds() / 3600 * HOUR_HEIGHT - 1)
                    x = GUTTER + column * width + 2 + lane * lane_width
                    self.blocks.append((QRectF(x, top + 1, lane_width - 2, height), item))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        width = self.column_width()
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        for column, day in enumerate(self.days):
            if day == self.today:
                painter.fillRect(QRectF(GUTTER + column * width, 0, width, 24 * HOUR_HEIGHT), TODAY_BACKGROUND)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(GRID_COLOUR)
            painter.drawLine(GUTTER - 4, y, self.width(), y)
            painter.setPen(MUTED_COLOUR)
            painter.setFont(small)
            painter.drawText(QRectF(0, y + 2, GUTTER - 8, 16), int(Qt.AlignmentFlag.AlignRight), f"{hour:02d}:00")
        painter.setPen(GRID_COLOUR)
        for column in range(8):
            x = GUTTER + column * width
            painter.drawLine(int(x), 0, int(x), 24 * HOUR_HEIGHT)
        painter.setFont(small)
        for rect, item in self.blocks:
            start = wall(item.start_at)
            text = f"{start:%H:%M} {item.title}"
            if item.location and rect.height() > 34:
                text += f"\n{item.location}"
            paint_chip(painter, rect, item, text)
        if self.now is not None and self.today in self.days:
            local = wall(self.now)
            column = self.days.index(self.today)
            y = (local.hour + local.minute / 60) * HOUR_HEIGHT
            painter.setPen(CLASH_COLOUR)
            painter.drawLine(int(GUTTER + column * width), int(y), int(GUTTER + (column + 1) * width), int(y))
        self._paint_focus(painter)
        painter.end()


def _overlapping_groups(pieces):
    group, group_end = [], None
    for piece in pieces:
        if group and piece[0] >= group_end:
            yield group
            group, group_end = [], None
        group.append(piece)
        group_end = piece[1] if group_end is None else max(group_end, piece[1])
    if group:
        yield group


class DayHeader(QWidget):
    """The day names above the week columns; lined up with the canvas below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.today: date | None = None
        self.right_margin = 0
        self.setFixedHeight(30)

    def set_days(self, days: list[date], today: date) -> None:
        self.days, self.today = days, today
        self.update()

    def texts(self) -> list[str]:
        return [day_label(day) for day in self.days]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        width = max(40.0, (self.width() - GUTTER - self.right_margin) / 7)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, (day, text) in enumerate(zip(self.days, self.texts(), strict=True)):
            rect = QRectF(GUTTER + column * width, 0, width, self.height())
            if day == self.today:
                painter.fillRect(rect, TODAY_BACKGROUND)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(TEXT_COLOUR if day.weekday() < 5 else MUTED_COLOUR)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setPen(GRID_COLOUR)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class MonthCanvas(_Canvas):
    """Six weeks of day cells; each shows what fits and "+n more" for the rest."""

    day_clicked = Signal(object)  # a date whose "+n more" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first: date | None = None
        self.month = 0
        self.items: list[CalendarItem] = []
        self.more: list[tuple[QRectF, date, int]] = []
        self.setMinimumHeight(6 * 56 + MONTH_HEADER)  # one chip and "+n more" per day: fits a laptop screen

    def set_items(self, first: date, month: int, items: list[CalendarItem], today: date) -> None:
        self.first, self.month, self.items, self.today = first, month, items, today
        self.relayout()
        self.update()

    def cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - MONTH_HEADER) / 6
        return QRectF((index % 7) * width, MONTH_HEADER + (index // 7) * height, width, height)

    def capacity(self) -> int:
        return max(1, int((self.cell(0).height() - 22) // (CHIP_HEIGHT + 2)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _layout(self) -> None:
        self.blocks, self.more = [], []
        if self.first is None:
            return
        capacity = self.capacity()
        for index in range(42):
            day = self.first + timedelta(days=index)
            start, end = datetime.combine(day, time(0, 0)), datetime.combine(day + timedelta(days=1), time(0, 0))
            todays = [i for i in self.items if wall(i.start_at) < end and (wall(i.end_at) > start or wall(i.start_at) >= start)]
            cell = self.cell(index)
            shown = todays if len(todays) <= capacity else todays[: capacity - 1]
            for row, item in enumerate(shown):
                rect = QRectF(cell.left() + 3, cell.top() + 22 + row * (CHIP_HEIGHT + 2), cell.width() - 6, CHIP_HEIGHT)
                self.blocks.append((rect, item))
            hidden = len(todays) - len(shown)
            if hidden:
                top = cell.top() + 22 + len(shown) * (CHIP_HEIGHT + 2)
                self.more.append((QRectF(cell.left() + 6, top, cell.width() - 12, CHIP_HEIGHT), day, hidden))

    def more_text(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def stops(self) -> list[tuple[QRectF, CalendarItem | MoreStop]]:
        """Day by day: the items shown, then that day's "+n more"."""
        found: list[tuple[QRectF, CalendarItem | MoreStop]] = list(self.blocks)
        found += [(rect, MoreStop(day, hidden)) for rect, day, hidden in getattr(self, "more", ())]  # none while built
        return sorted(found, key=lambda stop: (self._day_of_rect(stop[0]), isinstance(stop[1], MoreStop), stop[0].top()))

    def _day_of_rect(self, rect: QRectF) -> date:
        assert self.first is not None
        width = self.width() / 7
        row = int((rect.top() - MONTH_HEADER) // max(1.0, self.cell(0).height()))
        return self.first + timedelta(days=int(rect.center().x() // max(1.0, width)) + 7 * row)

    def _open_more(self, stop: MoreStop) -> None:
        self.day_clicked.emit(stop.day)

    def _extra_at(self, point: QPointF) -> bool:
        return any(rect.contains(point) for rect, _day, _n in self.more)

    def _clicked_elsewhere(self, point: QPointF) -> None:
        for rect, day, _hidden in self.more:
            if rect.contains(point):
                self.day_clicked.emit(day)
                return

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.first is None:
            painter.end()
            return
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        width = self.width() / 7
        painter.setPen(MUTED_COLOUR)
        for column in range(7):
            painter.drawText(QRectF(column * width, 0, width, MONTH_HEADER), int(Qt.AlignmentFlag.AlignCenter),
                             day_label(self.first + timedelta(days=column), "dddd"))
        for index in range(42):
            day = self.first + timedelta(days=index)
            cell = self.cell(index)
            if day == self.today:
                painter.fillRect(cell, TODAY_BACKGROUND)
            elif day.month != self.month:
                painter.fillRect(cell, OTHER_MONTH_BACKGROUND)
            painter.setPen(GRID_COLOUR)
            painter.drawRect(cell)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(TEXT_COLOUR if day.month == self.month else MUTED_COLOUR)
            text = day_label(day, "d MMM") if day.day == 1 else str(day.day)
            painter.drawText(cell.adjusted(6, 3, -6, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        painter.setFont(small)
        for rect, item in self.blocks:
            start = wall(item.start_at)
            index = int(rect.center().x() // width) + 7 * int((rect.top() - MONTH_HEADER) // self.cell(0).height())
            continued = start.date() < self.first + timedelta(days=index)
            paint_chip(painter, rect, item, f"{'→' if continued else f'{start:%H:%M}'} {item.title}")
        painter.setPen(MUTED_COLOUR)
        for rect, _day, hidden in self.more:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.more_text(hidden))
        self._paint_focus(painter)
        painter.end()
