"""Charts of the term evaluation (QtCharts): bars per rule set, and the lead times.

Every rule set keeps one colour on every tab, the same as in the PDF: red for the
share as registered, then the desk's blue, ochre, green and purple for the rule sets in
catalogue order.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import cast

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from crisisdesk.ui.documents.term_evaluation_models import wrapped
from crisisdesk.ui.common import palette

REGISTERED_COLOUR = palette.LATE
RULE_COLOURS = palette.SERIES
COUNT_COLOUR = palette.BRAND
HISTOGRAM_COLOUR = palette.HISTOGRAM


def series_colour(index: int) -> QColor:
    """Index -1 is "as registered", 0… the rule sets in the catalogue's order."""
    return QColor(REGISTERED_COLOUR if index < 0 else RULE_COLOURS[index % len(RULE_COLOURS)])


def nice_axis(highest: float, percent: bool) -> tuple[float, int]:
    """Top of the value axis and its tick count, so ticks fall on round numbers."""
    if percent:
        step = 5 if highest <= 20 else 10 if highest <= 50 else 20
        top = min(100.0, step * (int(highest / step) + 1)) if highest > 0 else 10.0
        return top, int(top / step) + 1
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if step * 5 >= highest:
                return float(step * 5), 6
        magnitude *= 10


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont()
    title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setBackgroundRoundness(0)
    return chart


def bar_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float], int]],
              y_title: str, percent: bool = True, x_title: str = "") -> QChart:
    """Grouped bars: ``series`` is (name, one value per category, colour index)."""
    chart = _base_chart(title)
    bars = QBarSeries()
    bars.setBarWidth(0.85)
    highest = 0.0
    for name, values, colour in series:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(series_colour(colour))
        bar_set.setBorderColor(series_colour(colour))
        bars.append(bar_set)
        highest = max([highest, *values])
    chart.addSeries(bars)
    x_axis = QBarCategoryAxis()
    width = max(10, 100 // max(1, len(categories)))  # narrower categories: shorter lines
    x_axis.append([wrapped(html.escape(text), "<br>", width) for text in categories])  # axis labels are rich text
    x_axis.setTitleText(x_title)
    y_axis = QValueAxis()
    top, ticks = nice_axis(highest, percent)
    y_axis.setRange(0, top)
    y_axis.setTickCount(ticks)
    y_axis.setLabelFormat("%.0f %%" if percent else "%.0f")
    y_axis.setTitleText(y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x_axis)
    bars.attachAxis(y_axis)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_view(parent=None) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def line_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float], int]],
               y_title: str, marks: Sequence[tuple[int, str]] = ()) -> QChart:
    """One line per series over the categories (months); ``marks``: (index, label) of a rule change."""
    chart = _base_chart(title)
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, len(categories) // 12)  # at most about twelve month labels
    for index, text in enumerate(categories):
        if index % step == 0:
            x_axis.append(html.escape(text), index)
    x_axis.setRange(-0.2, max(0.2, len(categories) - 0.8))
    y_axis = QValueAxis()
    highest = max((max(values, default=0) for _n, values, _c in series), default=0)
    top, ticks = nice_axis(highest, True)
    y_axis.setRange(0, top)
    y_axis.setTickCount(ticks)
    y_axis.setLabelFormat("%.0f %%")
    y_axis.setTitleText(y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for name, values, colour in series:
        line = QLineSeries()
        line.setName(name)
        for index, value in enumerate(values):
            line.append(index, float(value))
        pen = QPen(series_colour(colour))
        pen.setWidthF(2.4 if colour < 0 else 1.6)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    for index, label in marks:
        mark = QLineSeries()
        mark.setName(label)
        mark.append(index - 0.5, 0)
        mark.append(index - 0.5, top)
        pen = QPen(QColor("#1b1f24"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.2)
        mark.setPen(pen)
        chart.addSeries(mark)
        mark.attachAxis(x_axis)
        mark.attachAxis(y_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def histogram_chart(title: str, labels: Sequence[str], counts: Sequence[int], thresholds: Sequence[tuple[str, int, int]],
                    y_title: str, x_title: str, step_hours: int) -> QChart:
    """Bars of ``step_hours`` each and a dashed vertical line at every (rule, hours, colour) threshold."""
    chart = bar_chart(title, labels, [(y_title, counts, 0)], y_title, percent=False, x_title=x_title)
    bars = cast(QBarSeries, chart.series()[0])
    bars.barSets()[0].setColor(QColor(HISTOGRAM_COLOUR))  # grey: the dashed lines carry the rule sets' colours
    bars.barSets()[0].setBorderColor(QColor(HISTOGRAM_COLOUR))
    y_axis = cast(QValueAxis, chart.axes(Qt.Orientation.Vertical)[0])
    x_labels = cast(QBarCategoryAxis, chart.axes(Qt.Orientation.Horizontal)[0])
    x_labels.setLabelsAngle(-40)
    x_labels.setTruncateLabels(False)
    short = max(counts[:-1], default=0)
    if short and counts[-1] > short:  # scale to the lead times around the terms; the long bar is clipped
        top, ticks = nice_axis(short, False)
        y_axis.setRange(0, top)
        y_axis.setTickCount(ticks)
        categories = x_labels.categories()
        x_labels.replace(categories[-1], f"{categories[-1]}<br>({counts[-1]})")
    x_values = QValueAxis()
    x_values.setRange(-0.5, len(labels) - 0.5)
    x_values.setVisible(False)
    chart.addAxis(x_values, Qt.AlignmentFlag.AlignTop)
    for name, hours, colour in thresholds:
        if not 0 < hours < (len(labels) - 1) * step_hours:
            continue
        line = QLineSeries()
        line.setName(name)
        x = hours / step_hours - 0.5
        line.append(x, 0)
        line.append(x, y_axis.max())
        pen = QPen(series_colour(colour))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2.0)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x_values)
        line.attachAxis(y_axis)
    chart.legend().setVisible(True)
    return chart
