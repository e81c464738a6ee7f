"""The "Kaart" tab: a day's notifications and events on the map, with a list beside it.

The list is the map for the keyboard and the screen reader: every item of the day, by
start, with its time, kind, place, risk and clash written out (also those without a
geocoded place, marked "not on the map"). Selecting a row shows its marker; Enter or a
double-click opens the record, as a click or Enter on the marker does. The day's items
are read off the GUI thread; tiles load in the map itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.geo.markers import marker_style
from crisisdesk.domain.geo.records import DayMap, MapItem
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.ui.common import palette, workers
from crisisdesk.ui.common.widgets import busy_bar, page_heading
from crisisdesk.ui.geo.legend import MapLegend, kind_text, marker_icon, risk_text
from crisisdesk.ui.geo.map_view import MapView

ROLE_REF = Qt.ItemDataRole.UserRole


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _RecordList(QListWidget):
    """Enter opens the selected record (a QListWidget only activates on it on some styles)."""

    open_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.open_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MapPage(QWidget):
    loaded = Signal()  # the day's items are in the list and on the map
    load_failed = Signal(str)

    def __init__(self, service, tiles, open_record: Callable[[str, int], None], parent: QWidget | None = None,
                 clock=utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("mapPage")
        self.service = service
        self._open_record = open_record
        self._clock = clock
        self.day: date = to_local(clock()).date()
        self.day_map: DayMap = DayMap((), 0)
        self._generation = 0
        self._workers: set[workers.Worker] = set()
        self._build(tiles)

    def _build(self, tiles) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        style = self.style()
        self.prevButton = QToolButton(self)
        self.prevButton.setObjectName("mapPrevButton")
        self.prevButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.prevButton.setToolTip(self.tr("Previous day"))
        self.prevButton.setAccessibleName(self.tr("Previous day"))
        self.dateEdit = QDateEdit(self)
        self.dateEdit.setObjectName("mapDateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("ddd d MMMM yyyy")
        self.dateEdit.setAccessibleName(self.tr("Day shown on the map"))
        self.nextButton = QToolButton(self)
        self.nextButton.setObjectName("mapNextButton")
        self.nextButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.nextButton.setToolTip(self.tr("Next day"))
        self.nextButton.setAccessibleName(self.tr("Next day"))
        self.todayButton = QPushButton(self.tr("Today"), self)
        self.todayButton.setObjectName("mapTodayButton")
        self.heading = page_heading(self, "mapHeadingLabel")
        self.busy = busy_bar(self, "mapBusy")
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("mapStatusLabel")
        self.statusLabel.setStyleSheet(f"color: {palette.MUTED};")
        for widget in (self.prevButton, self.dateEdit, self.nextButton, self.todayButton):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.heading)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.statusLabel)
        bar.addStretch(1)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Items of the day"), side)
        self.list = _RecordList(side)
        self.list.setObjectName("mapItemList")
        self.list.setAccessibleName(self.tr("Items of the day on the map"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        list_label.setBuddy(self.list)
        side_layout.addWidget(list_label)
        side_layout.addWidget(self.list, 1)
        self.map = MapView(tiles, splitter)
        splitter.addWidget(side)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        layout.addWidget(splitter, 1)
        self.legend = MapLegend(self)
        layout.addWidget(self.legend)

        self.dateEdit.setDate(_qdate(self.day))
        self.dateEdit.dateChanged.connect(self._date_changed)
        self.prevButton.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.nextButton.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.todayButton.clicked.connect(lambda: self.show_day(to_local(self._clock()).date()))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda item: self._open_row(item))
        self.list.open_current.connect(lambda: self._open_row(self.list.currentItem()))
        self.map.marker_activated.connect(self.open_item)

    # --- the day ----------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        if day != self.day or _qdate(day) != self.dateEdit.date():
            self.day = day
            self.dateEdit.blockSignals(True)
            self.dateEdit.setDate(_qdate(day))
            self.dateEdit.blockSignals(False)
        self.reload()

    def _date_changed(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        worker = workers.Worker(self._fetch, self._generation, self.day, progress=False)
        worker.signals.result.connect(self._show)
        worker.signals.error.connect(self._failed)
        worker.signals.finished.connect(lambda: self._finished(worker))
        self._workers.add(worker)
        self.busy.show()
        self.statusLabel.setText(self.tr("Loading…"))
        workers.start(worker)

    def _fetch(self, generation: int, day: date) -> tuple[int, DayMap]:
        return generation, self.service.day(day)

    def _finished(self, worker: workers.Worker) -> None:
        self._workers.discard(worker)
        if not self._workers:
            self.busy.hide()

    def is_loading(self) -> bool:
        return bool(self._workers)

    def _failed(self, exc: Exception, _trace: str) -> None:
        from crisisdesk.messages import failure_message

        message = failure_message(exc, "read map day")  # Dutch on screen, the technical part in the log
        self.statusLabel.setText(self.tr("Could not read the day: {error}").format(error=message))
        self.load_failed.emit(message)

    def _show(self, answer: tuple[int, DayMap]) -> None:
        generation, day_map = answer
        if generation != self._generation:
            return
        self.day_map = day_map
        self.heading.setText(self.tr("Map of {day}").format(day=QLocale().toString(self.dateEdit.date(), "dddd d MMMM yyyy")))
        self.list.clear()
        for item in day_map.items:
            row = QListWidgetItem(marker_icon(marker_style(item.kind, item.category, item.risk_rank, item.clash)),
                                  self.row_text(item))
            row.setData(ROLE_REF, item.ref)
            row.setToolTip(self.row_text(item))
            if item.clash:
                row.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(row)
        self.map.set_items(day_map.items, day_map.clash_pairs)
        self.statusLabel.setText(self.status_text(day_map))
        self.loaded.emit()

    def row_text(self, item: MapItem) -> str:
        start, end = to_local(item.start_at), to_local(item.end_at)
        when = f"{start:%H:%M}–{end:%H:%M}" if start.date() == end.date() else f"{start:%H:%M}–{end:%d-%m %H:%M}"
        lines = [f"{when}  {item.title}", kind_text(item)]
        point = item.point
        if item.sensitive:
            lines.append(self.tr("Place not shown (confidential)"))
        elif point is not None:
            lines.append(point.address)
        else:
            lines.append((item.location + " — " if item.location else "") + self.tr("not on the map (no address found)"))
        lines.append(risk_text(item) + ("  ⚠ " + self.tr("Clash") if item.clash else ""))
        return "\n".join(lines)

    def status_text(self, day_map: DayMap) -> str:
        shown = sum(1 for item in day_map.items if item.on_map)
        text = self.tr("%n item(s)", "", len(day_map.items)) + " · " + self.tr("%n on the map", "", shown)
        clashes = sum(1 for item in day_map.items if item.clash)
        if clashes:
            text += " · " + self.tr("%n with a clash", "", clashes)
        if day_map.truncated:
            text += " · " + self.tr("the {count} with the highest risk of {total}").format(count=len(day_map.items), total=day_map.total)
        return text

    # --- records ----------------------------------------------------------------------

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.map.highlight(tuple(current.data(ROLE_REF)) if current is not None else None)

    def _open_row(self, row: QListWidgetItem | None) -> None:
        if row is not None:
            self.open_item(*row.data(ROLE_REF))

    def open_item(self, kind: str, ident: int) -> None:
        self.select((kind, ident))
        self._open_record(kind, ident)

    def select(self, ref: tuple[str, int]) -> None:
        for index in range(self.list.count()):
            if tuple(self.list.item(index).data(ROLE_REF)) == ref:
                self.list.setCurrentRow(index)
                return
