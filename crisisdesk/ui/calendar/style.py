"""Colours of the calendar: the fill says what kind of item it is, the stripe its risk.

One place for the scheme, so the week view, the month view, the overview and the
legend always agree. Colour is never the only sign: a clash also gets a "⚠" and the
risk is in every tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.events.rules import EventKind, EventRiskClass, MatchRiskClass
from crisisdesk.domain.enums import Risk
from crisisdesk.labels import format_moment, label
from crisisdesk.domain.calendar.records import NOTIFICATION, CalendarItem
from crisisdesk.ui.common.flow_layout import FlowLayout
from crisisdesk.ui.common import palette

CLASH_COLOUR = QColor(palette.ALARM)
TODAY_BACKGROUND = QColor(palette.TODAY_BACKGROUND)
GRID_COLOUR = QColor(palette.GRID)
TEXT_COLOUR = QColor(palette.TEXT)
MUTED_COLOUR = QColor(palette.MUTED)

# group of kinds -> its colour (the legend names them)
GROUPS = {"wom": palette.KIND_WOM, "event": palette.KIND_EVENT, "city": palette.KIND_CITY, "sport": palette.KIND_SPORT, "visit": palette.KIND_VISIT}
_GROUP_OF = {
    EventKind.EVENT.value: "event", EventKind.SMALL_EVENT.value: "event", EventKind.OTHER.value: "event",
    EventKind.KINGS_DAY.value: "city", EventKind.NEW_YEARS_EVE.value: "city",
    EventKind.FOOTBALL_MATCH.value: "sport", EventKind.SPORTS_EVENT.value: "sport",
    EventKind.DIGNITARY_VISIT.value: "visit", EventKind.COMMEMORATION.value: "visit",
    EventKind.OFFENDER_RETURN.value: "visit",
}
RISK_COLOURS = {2: QColor(palette.ALARM), 1: QColor(palette.RISK_SOME), 0: QColor(palette.RISK_LOW), -1: QColor(palette.RISK_UNKNOWN)}


def group_of(item: CalendarItem) -> str:
    return "wom" if item.kind == NOTIFICATION else _GROUP_OF.get(item.category, "event")


def kind_colour(item: CalendarItem) -> QColor:
    return QColor(GROUPS[group_of(item)])


def fill_colour(item: CalendarItem) -> QColor:
    """A light tint of the kind's colour, dark text stays readable on it."""
    base = kind_colour(item)
    return QColor.fromHsvF(base.hsvHueF(), 0.22 if item.active else 0.08, 0.98)


def risk_colour(item: CalendarItem) -> QColor:
    return RISK_COLOURS.get(item.risk_rank, RISK_COLOURS[-1])


def kind_label(item: CalendarItem) -> str:
    if item.kind == NOTIFICATION:
        return label(ManifestationKind(item.category))
    return label(EventKind(item.category))


def risk_label(item: CalendarItem) -> str:
    if item.risk is None:
        return "—"
    if item.kind == NOTIFICATION:
        return label(Risk(item.risk))
    if item.category == EventKind.FOOTBALL_MATCH.value and item.risk in {m.value for m in MatchRiskClass}:
        return label(MatchRiskClass(item.risk))
    return label(EventRiskClass(item.risk))


def tooltip(item: CalendarItem) -> str:
    lines = [
        f"<b>{_escape(item.title)}</b>",
        f"{format_moment(item.start_at)} – {format_moment(item.end_at)}",
        f"{kind_label(item)} · {_escape(item.location) + ', ' if item.location else ''}{item.district.value}",
        QCoreApplication.translate("Calendar", "Risk: {risk}").format(risk=risk_label(item)),
    ]
    if item.clash:
        lines.append(f"<span style='color:{CLASH_COLOUR.name()}'>⚠ "
                     + QCoreApplication.translate("Calendar", "Clashes with another item") + "</span>")
    return "<br>".join(lines)


def spoken(item: CalendarItem) -> str:
    """The item in words, for a screen reader: what the chip shows in colour, said aloud."""
    parts = [
        item.title,
        f"{format_moment(item.start_at)} – {format_moment(item.end_at)}",
        kind_label(item),
        f"{item.location + ', ' if item.location else ''}{item.district.value}",
        QCoreApplication.translate("Calendar", "Risk: {risk}").format(risk=risk_label(item)),
    ]
    if item.clash:
        parts.append(QCoreApplication.translate("Calendar", "Clashes with another item"))
    return ". ".join(parts)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def paint_chip(painter: QPainter, rect: QRectF, item: CalendarItem, text: str, radius: float = 3.0) -> None:
    """One item: tinted fill, a border in the kind's colour, a risk stripe on the left, ⚠ on a clash."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    border = CLASH_COLOUR if item.clash else kind_colour(item)
    painter.setPen(border if not item.clash else _pen(border, 2.0))
    painter.setBrush(fill_colour(item))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    stripe = QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2)
    painter.fillRect(stripe, risk_colour(item))
    painter.setPen(TEXT_COLOUR if item.active else MUTED_COLOUR)
    text_rect = rect.adjusted(8, 1, -3, -1)
    if item.clash:
        painter.setPen(CLASH_COLOUR)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), "⚠")
        text_rect.adjust(0, 0, -14, 0)
        painter.setPen(TEXT_COLOUR)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    if rect.height() < 30:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        text = painter.fontMetrics().elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, int(text_rect.width()))
    painter.setClipRect(text_rect)
    painter.drawText(text_rect, int(flags), text)
    painter.restore()


def _pen(colour: QColor, width: float):
    from PySide6.QtGui import QPen

    pen = QPen(colour)
    pen.setWidthF(width)
    return pen


def _swatch(fill: QColor, border: QColor, stripe: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(22, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(border)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(0.5, 0.5, 21, 13), 2, 2)
    if stripe is not None:
        painter.fillRect(QRectF(1, 1, 4, 12), stripe)
    painter.end()
    return pixmap


class Legend(QWidget):
    """What the colours mean: kinds, risk stripes and the clash marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLegend")
        layout = FlowLayout(self, spacing=12)  # wraps on a narrow window
        texts = {
            "wom": QCoreApplication.translate("Calendar", "Demonstration or meeting (Wom)"),
            "event": QCoreApplication.translate("Calendar", "Event"),
            "city": QCoreApplication.translate("Calendar", "King's Day / New Year's Eve"),
            "sport": QCoreApplication.translate("Calendar", "Football / sports"),
            "visit": QCoreApplication.translate("Calendar", "Visit, commemoration, return"),
        }
        for group, colour in GROUPS.items():
            base = QColor(colour)
            self._entry(layout, _swatch(QColor.fromHsvF(base.hsvHueF(), 0.22, 0.98), base), texts[group])
        risks = (
            (2, QCoreApplication.translate("Calendar", "High risk (C / hoog)")),
            (1, QCoreApplication.translate("Calendar", "Attention (B / enig risico)")),
            (0, QCoreApplication.translate("Calendar", "Low (0, A / laag)")),
            (-1, QCoreApplication.translate("Calendar", "Not assessed")),
        )
        for rank, text in risks:
            self._entry(layout, _swatch(QColor(palette.WHITE), GRID_COLOUR, RISK_COLOURS[rank]), text)
        clash = QLabel("⚠ " + QCoreApplication.translate("Calendar", "Clash (red border)"), self)
        clash.setStyleSheet(f"color: {CLASH_COLOUR.name()}; font-weight: bold;")
        layout.addWidget(clash)

    def _entry(self, layout: FlowLayout, pixmap: QPixmap, text: str) -> None:
        entry = QWidget(self)  # swatch and words stay together when the legend wraps
        entry_layout = QHBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setSpacing(4)
        icon = QLabel(entry)
        icon.setPixmap(pixmap)
        entry_layout.addWidget(icon)
        caption = QLabel(text, entry)
        caption.setStyleSheet(f"color: {MUTED_COLOUR.name()};")
        entry_layout.addWidget(caption)
        layout.addWidget(entry)
