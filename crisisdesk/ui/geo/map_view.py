"""A map in a QGraphicsView (no web engine): tiles, markers, routes and clash lines.

The scene is the world at the current zoom in Web-Mercator pixels
(``domain.geo.tiles``); a zoom step rebuilds it around the same point. Tiles are asked
from the ``TileSource`` off the GUI thread (``workers.Worker``, the source's own disk
cache first) and only the visible ones, after the view settles. When the tile service
cannot be reached the map says "Kaart niet beschikbaar (offline)" over a grey
background and still draws the markers; nothing else in the desk waits for it.

Markers: the shape says the kind, the fill its colour, the ring and letter the risk, a
double red ring a clash (``domain.geo.markers``). A click (not a drag) or Enter on a
marker emits ``marker_activated(kind, id)``. Keyboard: arrows pan, + and − zoom, 0 shows
everything, Ctrl+Tab moves between markers (Tab leaves the map, to the list beside it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QLabel, QPushButton, QWidget

from crisisdesk.domain.geo.markers import CLASH, ROUTE, MarkerStyle, shape_points, spread
from crisisdesk.domain.geo.records import MapItem
from crisisdesk.domain.geo.tiles import MAX_ZOOM, MIN_ZOOM, TILE_SIZE, TileKey, fit_zoom, lat_lon, tiles_covering, world_pixel
from crisisdesk.ui.common import palette, workers

RADIUS = 9
PAN_STEP = 96
SETTLE_MS = 60


@dataclass(frozen=True)
class Marker:
    """One marker: where, how it looks, what it says, and the record it opens (if any)."""

    lat: float
    lon: float
    style: MarkerStyle
    text: str  # tooltip and accessible text
    ref: tuple[str, int] | None = None
    label: str = ""


class MarkerItem(QGraphicsItem):
    def __init__(self, marker: Marker) -> None:
        super().__init__()
        self.marker = marker
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, marker.ref is not None)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, marker.ref is not None)
        self.setToolTip(marker.text)
        self.setZValue(10 + (1 if marker.style.clash else 0))
        self.setCursor(Qt.CursorShape.PointingHandCursor if marker.ref else Qt.CursorShape.ArrowCursor)

    def boundingRect(self) -> QRectF:
        extent = RADIUS + 9
        width = extent + (8 * len(self.marker.label) + 8 if self.marker.label else 0)
        return QRectF(-extent, -extent, extent + width, 2 * extent)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        style = self.marker.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.highlighted or self.hasFocus() or self.isSelected():
            painter.setPen(QPen(QColor(palette.TEXT), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 8, RADIUS + 8)
        if style.clash:
            painter.setPen(QPen(QColor(CLASH), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS + 5, RADIUS + 5)
        painter.setPen(QPen(QColor(style.ring), 3))
        painter.setBrush(QBrush(QColor(style.fill)))
        corners = shape_points(style.shape, 0, 0, RADIUS)
        if corners:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        else:
            painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor(palette.WHITE))
        painter.drawText(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS), Qt.AlignmentFlag.AlignCenter,
                         style.letter + ("!" if style.clash else ""))
        if self.marker.label:
            font.setPixelSize(11)
            painter.setFont(font)
            rect = QRectF(RADIUS + 4, -8, 8 * len(self.marker.label) + 6, 16)
            painter.setPen(QColor(palette.MUTED))
            painter.setBrush(QColor(palette.WHITE))
            painter.drawRect(rect)
            painter.setPen(QColor(palette.TEXT))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.marker.label)


def item_text(item: MapItem) -> str:
    """The marker's tooltip and spoken text: title, time, place, risk, clash."""
    from crisisdesk.labels import format_moment

    from crisisdesk.ui.geo.legend import kind_text, risk_text

    parts = [item.title, f"{format_moment(item.start_at)} – {format_moment(item.end_at)}", kind_text(item)]
    point = item.point
    if point is not None:
        parts.append(point.address)
    parts.append(risk_text(item))
    if item.clash:
        parts.append(MapView.tr_clash())
    return " · ".join(parts)


def markers_for(items: Iterable[MapItem]) -> list[Marker]:
    from crisisdesk.domain.geo.markers import marker_style

    found = []
    for item in items:
        point = item.point
        if point is None:
            continue
        style = marker_style(item.kind, item.category, item.risk_rank, item.clash)
        found.append(Marker(point.lat, point.lon, style, item_text(item), item.ref))
    return found


class MapView(QGraphicsView):
    """The map. ``tiles``: a ``services.geo.tiles.TileSource`` (None: no background at all)."""

    marker_activated = Signal(str, int)  # (kind, id) of a clicked marker or one Enter was pressed on
    tiles_shown = Signal()  # every visible tile is drawn (or the map said why not)
    view_changed = Signal()

    def __init__(self, tiles=None, parent: QWidget | None = None, max_fit_zoom: int = 17) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.tiles = tiles
        self.max_fit_zoom = max_fit_zoom
        self.zoom = 13
        self.markers: list[Marker] = []
        self.routes: list[tuple[tuple[float, float], ...]] = []
        self.clash_lines: list[tuple[tuple[float, float], tuple[float, float]]] = []
        self.unavailable = ""  # "", "offline" or "error"
        self._tile_items: dict[TileKey, QGraphicsPixmapItem] = {}
        self._pending: set[TileKey] = set()
        self._workers: set[workers.Worker] = set()
        self._marker_items: list[MarkerItem] = []
        self._press: QPointF | None = None
        self._centre = (52.0907, 5.1214)
        self._auto_fit = True  # until the advisor zooms or pans, a resize fits everything again
        self._dirty = True  # the scene must be built again (new markers, or never built)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor(palette.NEUTRAL_BACKGROUND))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 180)
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(self.tr("Map of places and routes. Arrow keys pan, plus and minus zoom, "
                                              "0 shows everything, Ctrl+Tab moves between markers, Enter opens one."))
        self.attribution = QLabel(self.viewport())
        self.attribution.setObjectName("mapAttribution")
        self.attribution.setText(tiles.attribution if tiles is not None else "")
        self.attribution.setStyleSheet(f"QLabel {{ background: rgba(255,255,255,220); color: {palette.TEXT}; padding: 1px 4px; font-size: 9pt; }}")
        self.notice = QLabel(self.viewport())
        self.notice.setObjectName("mapNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setStyleSheet(f"QLabel {{ background: {palette.WARNING_BACKGROUND}; color: {palette.WARNING};"
                                  f" border: 1px solid {palette.WARNING}; border-radius: 3px; padding: 4px 8px; }}")
        self.notice.hide()
        self.retryButton = QPushButton(self.tr("Try again"), self.viewport())
        self.retryButton.setObjectName("mapRetryButton")
        self.retryButton.setAccessibleName(self.tr("Try loading the map again"))
        self.retryButton.clicked.connect(self.retry)
        self.retryButton.hide()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._load_visible_tiles)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._changed())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._changed())
        self._rebuild()

    @staticmethod
    def tr_clash() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("MapView", "Clashes with another item")

    # --- what is shown ------------------------------------------------------------------

    def set_items(self, items: Sequence[MapItem], clash_pairs: Iterable[tuple[tuple[str, int], tuple[str, int]]] = (),
                  fit: bool = True) -> None:
        """A day's records: markers, routes as lines, dashed red lines between clashing pairs."""
        points = {item.ref: item.point for item in items if item.point is not None}
        lines = []
        for one, other in clash_pairs:
            a, b = points.get(one), points.get(other)
            if a is not None and b is not None and (a.lat, a.lon) != (b.lat, b.lon):
                lines.append(((a.lat, a.lon), (b.lat, b.lon)))
        routes = [tuple((p.lat, p.lon) for p in item.route) for item in items if item.route]
        self.show_markers(markers_for(items), routes, lines, fit=fit)

    def show_markers(self, markers: Sequence[Marker], routes: Sequence[Sequence[tuple[float, float]]] = (),
                     clash_lines: Sequence[tuple[tuple[float, float], tuple[float, float]]] = (), fit: bool = True) -> None:
        self.markers = list(markers)
        self.routes = [tuple(route) for route in routes if len(route) >= 2]
        self.clash_lines = list(clash_lines)
        self._dirty = True
        if fit:
            self.fit()
        else:
            self._rebuild()

    def all_points(self) -> list[tuple[float, float]]:
        return [(m.lat, m.lon) for m in self.markers] + [p for route in self.routes for p in route]

    def fit(self) -> None:
        """Zoom and centre so every marker and route point shows."""
        size = self.viewport().size()
        zoom, lat, lon = fit_zoom(self.all_points(), max(size.width(), 240), max(size.height(), 180), margin=36,
                                  max_zoom=self.max_fit_zoom)
        self.set_view(zoom, lat, lon)
        self._auto_fit = True

    def set_view(self, zoom: int, lat: float, lon: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._centre = (lat, lon)
        if zoom == self.zoom and not self._dirty:  # same zoom: the tiles and markers stay, only the view moves
            self.centerOn(*world_pixel(lat, lon, zoom))
            self._changed()
            return
        self.zoom = zoom
        self._rebuild()

    def centre(self) -> tuple[float, float]:
        point = self.mapToScene(self.viewport().rect().center())
        return lat_lon(point.x(), point.y(), self.zoom)

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom in (steps > 0) or out, keeping the point under ``anchor`` (view pixels) in place."""
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        self._auto_fit = False
        if target == self.zoom:
            return
        if anchor is None:
            self.set_view(target, *self.centre())
            return
        scene_point = self.mapToScene(anchor.toPoint())
        lat, lon = lat_lon(scene_point.x(), scene_point.y(), self.zoom)
        x, y = world_pixel(lat, lon, target)
        offset = QPointF(anchor) - QPointF(self.viewport().rect().center())
        self.set_view(target, *lat_lon(x - offset.x(), y - offset.y(), target))

    def marker_items(self) -> list[MarkerItem]:
        return list(self._marker_items)

    def highlight(self, ref: tuple[str, int] | None) -> None:
        """Marks the marker of ``ref`` and brings it into view (the list beside the map)."""
        for item in self._marker_items:
            item.highlighted = item.marker.ref == ref and ref is not None
            item.update()
            if item.highlighted:
                self.ensureVisible(item, 60, 60)

    # --- building the scene -------------------------------------------------------------

    def _rebuild(self) -> None:
        self._dirty = False
        scene = self.scene()
        scene.clear()
        self._tile_items.clear()
        self._pending.clear()
        self._marker_items = []
        size = TILE_SIZE << self.zoom
        scene.setSceneRect(QRectF(0, 0, size, size))
        for route in self.routes:
            path = QPainterPath()
            for index, (lat, lon) in enumerate(route):
                x, y = world_pixel(lat, lon, self.zoom)
                path.moveTo(x, y) if index == 0 else path.lineTo(x, y)
            line = scene.addPath(path, QPen(QColor(ROUTE), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                            Qt.PenJoinStyle.RoundJoin))
            line.setZValue(5)
            for lat, lon in (route[0], route[-1]):
                x, y = world_pixel(lat, lon, self.zoom)
                end = scene.addEllipse(QRectF(x - 4, y - 4, 8, 8), QPen(QColor(ROUTE)), QBrush(QColor(ROUTE)))
                end.setZValue(5)
        for one, other in self.clash_lines:
            a, b = world_pixel(*one, self.zoom), world_pixel(*other, self.zoom)
            dashed = scene.addLine(a[0], a[1], b[0], b[1], QPen(QColor(CLASH), 2, Qt.PenStyle.DashLine))
            dashed.setZValue(6)
        pixels = spread([world_pixel(m.lat, m.lon, self.zoom) for m in self.markers], radius=RADIUS + 6)
        for marker, (x, y) in zip(self.markers, pixels, strict=True):
            item = MarkerItem(marker)
            item.setPos(x, y)
            scene.addItem(item)
            self._marker_items.append(item)
        x, y = world_pixel(*self._centre, self.zoom)
        self.centerOn(x, y)
        self._changed()

    def _changed(self) -> None:
        self._place_overlays()
        self._settle.start()
        self.view_changed.emit()

    def _place_overlays(self) -> None:
        viewport = self.viewport().rect()
        self.attribution.adjustSize()
        self.attribution.move(viewport.right() - self.attribution.width(), viewport.bottom() - self.attribution.height())
        if self.notice.isVisible():
            self.notice.adjustSize()
            self.retryButton.adjustSize()
            left = (viewport.width() - self.notice.width() - self.retryButton.width() - 6) // 2
            self.notice.move(left, 8)
            self.retryButton.move(left + self.notice.width() + 6, 8 + (self.notice.height() - self.retryButton.height()) // 2)

    # --- tiles ----------------------------------------------------------------------------

    def visible_tiles(self) -> list[TileKey]:
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        return tiles_covering(rect.left(), rect.top(), rect.right(), rect.bottom(), self.zoom)

    def _load_visible_tiles(self) -> None:
        if self.tiles is None or not self.isVisible():
            return  # a map on a tab not yet shown asks for nothing
        wanted = [key for key in self.visible_tiles() if key not in self._tile_items and key not in self._pending]
        if not wanted:
            if not self._pending:
                self.tiles_shown.emit()
            return
        self._pending.update(wanted)
        worker = workers.Worker(self._fetch, wanted, progress=False)
        worker.signals.result.connect(self._show_tiles)
        worker.signals.error.connect(lambda exc, _trace, keys=tuple(wanted): self._tiles_failed(exc, keys))
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)
        workers.start(worker)

    def _fetch(self, keys: list[TileKey]) -> dict[TileKey, bytes | None]:
        return self.tiles.fetch_all(keys)  # in a pool thread: disk, then network

    def _show_tiles(self, found: dict[TileKey, bytes | None]) -> None:
        for key, data in found.items():
            self._pending.discard(key)
            if key.z != self.zoom or key in self._tile_items:
                continue  # the advisor zoomed meanwhile
            pixmap = QPixmap()
            if data is None or not pixmap.loadFromData(data):
                continue
            item = self.scene().addPixmap(pixmap)
            item.setPos(key.x * TILE_SIZE, key.y * TILE_SIZE)
            item.setZValue(0)
            item.setTransformationMode(Qt.TransformationMode.FastTransformation)
            self._tile_items[key] = item
        if found:
            self._set_unavailable("")
        if not self._pending:
            self.tiles_shown.emit()

    def _tiles_failed(self, exc: Exception, keys: tuple[TileKey, ...]) -> None:
        for key in keys:
            self._pending.discard(key)
        reason = getattr(exc, "reason", "error")
        self._set_unavailable("offline" if reason == "offline" else "error")
        if not self._pending:
            self.tiles_shown.emit()

    def _set_unavailable(self, reason: str) -> None:
        self.unavailable = reason
        if reason == "offline":
            self.notice.setText(self.tr("Map not available (offline)"))
        elif reason:
            self.notice.setText(self.tr("Map not available (the map service answered with an error)"))
        self.notice.setVisible(bool(reason))
        self.retryButton.setVisible(bool(reason))
        self.setAccessibleDescription(self.notice.text() if reason else "")
        self._place_overlays()

    def is_loading(self) -> bool:
        return bool(self._pending)

    def retry(self) -> None:
        """Asks the tile service again now (after "Kaart niet beschikbaar")."""
        if self.tiles is not None:
            self.tiles.retry()
        self._set_unavailable("")
        self._load_visible_tiles()

    # --- mouse and keyboard ---------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._changed()

    def resizeEvent(self, event) -> None:
        centre = self.centre() if self.isVisible() else self._centre
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()
            return
        self.centerOn(*world_pixel(*centre, self.zoom))
        self._changed()

    def wheelEvent(self, event) -> None:
        steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
        if steps:
            self.zoom_by(steps, event.position())
        event.accept()

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if math.dist((press.x(), press.y()), (event.position().x(), event.position().y())) > 4:
            self._auto_fit = False
            return  # a drag pans; it opens nothing
        marker = self.marker_at(event.position())
        if marker is not None and marker.marker.ref is not None:
            self.marker_activated.emit(*marker.marker.ref)

    def marker_at(self, position: QPointF) -> MarkerItem | None:
        for item in self.items(position.toPoint()):
            if isinstance(item, MarkerItem):
                return item
        return None

    def mouseDoubleClickEvent(self, event) -> None:
        if self.marker_at(event.position()) is None:
            self.zoom_by(1, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-1)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._auto_fit = False
            dx = {Qt.Key.Key_Left: -PAN_STEP, Qt.Key.Key_Right: PAN_STEP}.get(Qt.Key(key), 0)
            dy = {Qt.Key.Key_Up: -PAN_STEP, Qt.Key.Key_Down: PAN_STEP}.get(Qt.Key(key), 0)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = self.scene().focusItem()
            if isinstance(focused, MarkerItem) and focused.marker.ref is not None:
                self.marker_activated.emit(*focused.marker.ref)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._marker_items and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._focus_next_marker(-1 if key == Qt.Key.Key_Backtab else 1)
        else:
            super().keyPressEvent(event)

    def _focus_next_marker(self, direction: int) -> None:
        focusable = [item for item in self._marker_items if item.marker.ref is not None]
        if not focusable:
            return
        current = self.scene().focusItem()
        index = focusable.index(current) if current in focusable else -1
        chosen = focusable[(index + direction) % len(focusable)]
        chosen.setFocus()
        self.ensureVisible(chosen, 60, 60)
        self.setToolTip(chosen.marker.text)
