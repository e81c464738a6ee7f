"""Charts drawn with reportlab.graphics in the house style (briefing, evaluation)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from crisisdesk.reports.styles import FONT, FONT_BOLD, INK, MUTED, RULE, SERIES, register_fonts


NICE_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000)


def integer_axis(peak: float, ticks: int = 6) -> tuple[int, int]:
    """(top, step) of a value axis with whole-number labels: every label a multiple of
    ``step``, at most ``ticks`` steps, the top at or above ``peak`` (so a bar of 5 never
    reads as 4 between the labels 4 and 6)."""
    if peak <= 0:
        return 1, 1
    for step in NICE_STEPS:
        top = step * -(-peak // step)  # the peak rounded up to a whole step
        if top / step <= ticks:
            return int(top), step
    step = NICE_STEPS[-1]
    return int(step * -(-peak // step)), step


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str,
    y_label: str = "",
    width: float = 170 * mm,
    height: float = 62 * mm,
    stacked: bool = False,
    percent: bool = False,
    colours: Sequence = SERIES,
    bar_labels: Sequence[Sequence[str]] | None = None,
) -> Drawing:
    """Vertical bars per category; one colour per series, a legend when there are two or more.

    Value labels are whole numbers (``integer_axis``); ``bar_labels`` (one list per
    series) prints a text above each bar, e.g. the counts behind a percentage.
    """
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    rows = 1 if len(series) <= 3 else 2
    legend_height = 12 * rows if len(series) > 1 else 0
    chart = VerticalBarChart()
    chart.x = 34
    chart.y = 26 + legend_height + (10 if len(categories) > 8 else 0)
    chart.width = width - chart.x - 6
    chart.height = height - chart.y - 22
    chart.data = [list(values) for _name, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.fillColor = MUTED
    if len(categories) > 8:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    if percent:
        peak = max((max(values, default=0) for values in chart.data), default=0)
        top, step = integer_axis(max(5.0, min(100.0, peak * 1.12 if bar_labels is not None else peak)))
        chart.valueAxis.valueMax = min(100, top)
        chart.valueAxis.valueStep = step
        chart.valueAxis.labelTextFormat = "%d %%"
    else:
        peak = max((sum(v) for v in zip(*chart.data, strict=True)), default=0) if stacked else max(
            (max(values, default=0) for values in chart.data), default=0
        )
        top, step = integer_axis(peak * 1.12 if bar_labels is not None else peak)  # room for the labels
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = step
        chart.valueAxis.labelTextFormat = "%d"
    if bar_labels is not None:
        chart.barLabelFormat = "values"
        chart.barLabelArray = [list(row) for row in bar_labels]
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 6
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 5
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 0
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = colours[index % len(colours)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if y_label:
        drawing.add(String(0, chart.y + chart.height + 4, y_label, fontName=FONT, fontSize=6.5, fillColor=MUTED))
    if len(series) > 1:
        legend = Legend()
        legend.x = chart.x
        legend.y = 6 + 10 * rows
        legend.alignment = "right"
        legend.columnMaximum = rows
        legend.fontName = FONT
        legend.fontSize = 7
        legend.dx = 7
        legend.dy = 7
        legend.deltax = 0
        legend.deltay = 10
        legend.autoXPadding = 12
        legend.colorNamePairs = [(colours[i % len(colours)], name) for i, (name, _values) in enumerate(series)]
        drawing.add(legend)
    return drawing
