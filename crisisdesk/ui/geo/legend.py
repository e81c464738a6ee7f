"""The map's words and legend: what a marker's shape, colour, letter and rings mean."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from crisisdesk.domain.geo.markers import CLASH, ROUTE, MarkerStyle, marker_style, shape_points
from crisisdesk.domain.geo.records import MapItem
from crisisdesk.ui.calendar.style import kind_label, risk_label
from crisisdesk.ui.common.flow_layout import FlowLayout


def kind_text(item: MapItem) -> str:
    return kind_label(item)  # type: ignore[arg-type]  # kind, category: what a CalendarItem has


def risk_text(item: MapItem) -> str:
    return QCoreApplication.translate("MapView", "Risk: {risk}").format(risk=risk_label(item))  # type: ignore[arg-type]


def marker_icon(style: MarkerStyle, size: int = 22) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    centre, radius = size / 2, size / 2 - 4
    if style.clash:
        painter.setPen(QPen(QColor(CLASH), 2))
        painter.drawEllipse(QPointF(centre, centre), radius + 2.5, radius + 2.5)
    painter.setPen(QPen(QColor(style.ring), 2.5))
    painter.setBrush(QColor(style.fill))
    corners = shape_points(style.shape, centre, centre, radius)
    if corners:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
    else:
        painter.drawEllipse(QPointF(centre, centre), radius, radius)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, size // 2 - 2))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, style.letter)
    painter.end()
    return pixmap


def _route_icon(size: int = 22) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(ROUTE), 3))
    painter.drawLine(3, size - 5, size - 3, 5)
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """Shapes for kinds, letters for risk, rings for clashes, a line for a route."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        entries = [
            (marker_style("notification", "demonstration", -1), QCoreApplication.translate("MapView", "Wom notification (circle)")),
            (marker_style("event", "event", -1), QCoreApplication.translate("MapView", "Event (square)")),
            (marker_style("event", "football_match", -1), QCoreApplication.translate("MapView", "Match or sports (diamond)")),
            (marker_style("event", "dignitary_visit", -1), QCoreApplication.translate("MapView", "Visit or commemoration (triangle)")),
            (marker_style("event", "kings_day", -1), QCoreApplication.translate("MapView", "City-wide day (hexagon)")),
            (marker_style("notification", "demonstration", 2), QCoreApplication.translate("MapView", "H: high risk")),
            (marker_style("notification", "demonstration", 1), QCoreApplication.translate("MapView", "E: some risk")),
            (marker_style("notification", "demonstration", 0), QCoreApplication.translate("MapView", "L: low risk")),
            (marker_style("notification", "demonstration", 0, clash=True), QCoreApplication.translate("MapView", "Double red ring and “!”: clash")),
        ]
        for style, text in entries:
            layout.addWidget(self._entry(marker_icon(style), text))
        layout.addWidget(self._entry(_route_icon(), QCoreApplication.translate("MapView", "Route")))
        self.setAccessibleName(QCoreApplication.translate("MapView", "Map legend"))

    def _entry(self, pixmap: QPixmap, text: str) -> QWidget:
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(4)
        icon = QLabel(entry)
        icon.setPixmap(pixmap)
        row.addWidget(icon)
        row.addWidget(QLabel(text, entry))
        return entry
