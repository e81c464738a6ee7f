"""The "Calendar" tab: notifications and events together in a week or month view.

Reading a month can take most of a second at 100,000 rows, so the period's items are
read off the GUI thread (``workers.Worker``) while a busy bar shows; only the answer
to the latest request is drawn. Clicking an item asks the window to open its record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.services.calendar.service import CalendarService, week_bounds
from crisisdesk.domain.calendar.records import CalendarItem
from crisisdesk.ui.common import workers
from crisisdesk.ui.calendar.style import Legend
from crisisdesk.ui.calendar.views import HOUR_HEIGHT, DayHeader, MonthCanvas, WeekCanvas
from crisisdesk.ui.common.keyboard import tab_moves_between_fields
from crisisdesk.ui.common.widgets import busy_bar, page_heading
from crisisdesk.ui.common import palette

WEEK, MONTH = "week", "month"
FIRST_HOUR_SHOWN = 7


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


def month_grid_start(day: date) -> date:
    """The Monday on or before the first of ``day``'s month (the month view's first cell)."""
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


class CalendarPage(QWidget):
    loaded = Signal()  # the items of the shown period are drawn
    load_failed = Signal(str)

    def __init__(
        self,
        service: CalendarService,
        open_record: Callable[[str, int], None],
        parent: QWidget | None = None,
        clock=utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.service = service
        self._open_record = open_record
        self._clock = clock
        self.mode = WEEK
        self.anchor: date = to_local(clock()).date()
        self.items: list[CalendarItem] = []
        self._generation = 0
        self._workers: set[workers.Worker] = set()
        self._build()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        style = self.style()
        self.prevButton = QToolButton(self, objectName="calendarPrevButton")
        self.prevButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prevButton.setToolTip(self.tr("Previous"))
        self.prevButton.setAccessibleName(self.tr("Previous week or month"))
        self.nextButton = QToolButton(self, objectName="calendarNextButton")
        self.nextButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.nextButton.setToolTip(self.tr("Next"))
        self.nextButton.setAccessibleName(self.tr("Next week or month"))
        self.todayButton = QPushButton(self.tr("Today"), self, objectName="calendarTodayButton")
        self.periodLabel = page_heading(self, "calendarPeriodLabel")
        self.busy = busy_bar(self, "calendarBusy")
        self.statusLabel = QLabel(self, objectName="calendarStatusLabel")
        self.statusLabel.setStyleSheet(f"color: {palette.MUTED};")
        self.weekButton = QPushButton(self.tr("Week"), self, objectName="calendarWeekButton", checkable=True)
        self.monthButton = QPushButton(self.tr("Month"), self, objectName="calendarMonthButton", checkable=True)
        self.weekButton.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.weekButton)
        group.addButton(self.monthButton)
        for widget in (self.prevButton, self.todayButton, self.nextButton):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.periodLabel)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.statusLabel)
        bar.addStretch(1)
        bar.addWidget(self.weekButton)
        bar.addWidget(self.monthButton)
        layout.addLayout(bar)
        layout.addWidget(Legend(self))

        self.week_header = DayHeader(self)
        self.week_canvas = WeekCanvas()
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.week_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.week_scroll.setWidget(self.week_canvas)
        self.week_header.right_margin = self.week_scroll.verticalScrollBar().sizeHint().width()
        week = QWidget(self)
        week_layout = QVBoxLayout(week)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.week_header)
        week_layout.addWidget(self.week_scroll, 1)
        self.month_canvas = MonthCanvas(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(week)
        self.stack.addWidget(self.month_canvas)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self.stack)
        layout.addWidget(frame, 1)

        self.prevButton.clicked.connect(lambda: self.step(-1))
        self.nextButton.clicked.connect(lambda: self.step(1))
        self.todayButton.clicked.connect(self.go_today)
        self.weekButton.clicked.connect(lambda: self.set_mode(WEEK))
        self.monthButton.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_canvas.item_clicked.connect(lambda kind, ident: self.open_item(kind, ident))
        self.month_canvas.item_clicked.connect(lambda kind, ident: self.open_item(kind, ident))
        self.month_canvas.day_clicked.connect(self.show_week_of)
        self.week_scroll.verticalScrollBar().setValue(FIRST_HOUR_SHOWN * HOUR_HEIGHT)
        tab_moves_between_fields(self)  # Tab reaches the grid itself, not its scroll area
        self.week_canvas.setAccessibleDescription(self.tr("Calendar week"))
        self.month_canvas.setAccessibleDescription(self.tr("Calendar month"))

    # --- navigation -----------------------------------------------------------------

    def period(self) -> tuple[datetime, datetime]:
        """The visible range: a week, or the six weeks of the month grid (Amsterdam midnights)."""
        if self.mode == WEEK:
            return week_bounds(self.anchor)
        first = month_grid_start(self.anchor)
        return _midnight(first), _midnight(first + timedelta(days=42))

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = to_local(self._clock()).date()
        self.reload()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.weekButton.setChecked(mode == WEEK)
        self.monthButton.setChecked(mode == MONTH)
        self.stack.setCurrentIndex(0 if mode == WEEK else 1)
        self.reload()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    def monday(self) -> date:
        return self.anchor - timedelta(days=self.anchor.weekday())

    def period_text(self) -> str:
        locale = QLocale()
        if self.mode == MONTH:
            return locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy").capitalize()
        monday = self.monday()
        sunday = monday + timedelta(days=6)
        first_format = "d" if monday.month == sunday.month else ("d MMMM" if monday.year == sunday.year else "d MMMM yyyy")
        first = locale.toString(QDate(monday.year, monday.month, monday.day), first_format)
        last = locale.toString(QDate(sunday.year, sunday.month, sunday.day), "d MMMM yyyy")
        week = monday.isocalendar().week
        return self.tr("Week {week} · {first} – {last}").format(week=week, first=first, last=last)

    # --- loading --------------------------------------------------------------------

    def reload(self) -> None:
        """Shows the period at once and reads its items in the background."""
        self.periodLabel.setText(self.period_text())
        today = to_local(self._clock()).date()
        days = [self.monday() + timedelta(days=i) for i in range(7)]
        self.week_header.set_days(days, today)
        self._generation += 1
        start, end = self.period()
        worker = workers.Worker(self._fetch, self._generation, start, end, progress=False)
        worker.signals.result.connect(self._show)
        worker.signals.error.connect(self._failed)
        worker.signals.finished.connect(lambda: self._finished(worker))
        self._workers.add(worker)
        self.busy.show()
        self.statusLabel.setText(self.tr("Loading…"))
        workers.start(worker)

    def _fetch(self, generation: int, start: datetime, end: datetime) -> tuple[int, list[CalendarItem]]:
        return generation, self.service.items(start, end)

    def _finished(self, worker: workers.Worker) -> None:
        self._workers.discard(worker)
        if not self._workers:
            self.busy.hide()

    def is_loading(self) -> bool:
        return bool(self._workers)

    def _failed(self, exc: Exception, _trace: str) -> None:
        from crisisdesk.messages import failure_message

        message = failure_message(exc, "read calendar")
        self.statusLabel.setText(self.tr("Could not read the calendar: {error}").format(error=message))
        self.load_failed.emit(message)

    def _show(self, answer: tuple[int, list[CalendarItem]]) -> None:
        generation, items = answer
        if generation != self._generation:
            return  # the advisor has moved on; a newer answer is coming
        self.items = items
        now = self._clock()
        today = to_local(now).date()
        if self.mode == WEEK:
            self.week_canvas.set_items(self.monday(), items, today, now)
        else:
            self.month_canvas.set_items(month_grid_start(self.anchor), self.anchor.month, items, today)
        clashes = sum(1 for item in items if item.clash)
        text = self.tr("%n item(s)", "", len(items))
        if clashes:
            text += " · " + self.tr("%n with a clash", "", clashes)
        self.statusLabel.setText(text)
        self.loaded.emit()

    # --- records --------------------------------------------------------------------

    def open_item(self, kind: str, ident: int) -> None:
        """Opens the notification or event behind a clicked item (tests replace this)."""
        self._open_record(kind, ident)

    def refresh(self) -> None:
        self.reload()
