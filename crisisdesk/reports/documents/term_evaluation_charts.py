"""The term evaluation's two own charts: share late per month as lines with the day a
rule changed marked, and the lead-time histogram with each rule's term drawn on it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from crisisdesk.domain.documents.term_evaluation import HISTOGRAM_BINS, HISTOGRAM_STEP_HOURS
from crisisdesk.reports.styles import FONT, FONT_BOLD, INK, MUTED, RULE

GRID = colors.HexColor("#e3e8ee")


def _legend(drawing: Drawing, x: float, y: float, pairs: list[tuple[object, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.fontName = FONT
    legend.fontSize = 7
    legend.dx = legend.dy = 7
    legend.deltax = 0
    legend.deltay = 10
    legend.autoXPadding = 12
    legend.colorNamePairs = pairs
    drawing.add(legend)


def month_lines(months: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], colours: Sequence,
                changes: Sequence[tuple[int, str]], *, title: str, width: float = 170 * mm,
                height: float = 84 * mm) -> Drawing:
    """One line per series over the months; ``changes`` are (month index, label) marks."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 64  # room below for slanted month names and a two-row legend
    chart.width, chart.height = width - 40, height - 88
    chart.data = [list(values) for _name, values in series] or [[0.0] * len(months)]
    chart.categoryAxis.categoryNames = list(months)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    if len(months) > 8:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    peak = max((max(values, default=0) for values in chart.data), default=0)
    top = 100 if peak > 50 else 50 if peak > 20 else 20 if peak > 10 else 10
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top / 5
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.strokeColor = RULE
    chart.joinedLines = 1
    for index in range(len(chart.data)):
        chart.lines[index].strokeColor = colours[index % len(colours)]
        chart.lines[index].strokeWidth = 1.6 if index == 0 else 1
    drawing.add(chart)
    slot = chart.width / max(1, len(months))
    for index, label in changes:
        x = chart.x + slot * index  # the start of the month in which the new rule begins
        drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=INK, strokeWidth=0.8, strokeDashArray=(3, 2)))
        drawing.add(String(x + 2, chart.y + chart.height - 8, label, fontName=FONT, fontSize=6.5, fillColor=INK))
    _legend(drawing, chart.x, 26, [(colours[i % len(colours)], name) for i, (name, _v) in enumerate(series)])
    return drawing


def lead_histogram(counts: Sequence[int], thresholds: Sequence[tuple[str, int]], colours: Sequence, *, title: str,
                   bar_colour, labels: Sequence[str], width: float = 170 * mm, height: float = 70 * mm) -> Drawing:
    """Bars of 12 hours (the last: everything longer) and a dashed line at each rule's term."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    x0, y0 = 34.0, 40.0
    plot_w, plot_h = width - x0 - 6, height - y0 - 24
    n = len(counts)
    slot = plot_w / max(1, n)
    # the last bin (everything longer than a week) holds most notifications: scale to the
    # short lead times around the terms and print the long bin's count on its clipped bar
    peak = max(counts[:-1], default=0) or max(counts, default=0)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if peak <= s * 5)
    top = max(step, step * -(-peak // step))
    for tick in range(0, int(top) + 1, step):
        y = y0 + plot_h * tick / top
        drawing.add(Line(x0, y, x0 + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x0 - 4, y - 2, str(tick), fontName=FONT, fontSize=6.5, fillColor=MUTED, textAnchor="end"))
    for index, count in enumerate(counts):
        h = min(plot_h, plot_h * count / top) if top else 0
        drawing.add(Rect(x0 + slot * index + 1, y0, slot - 2, h, fillColor=bar_colour, strokeColor=None))
        if count > top:
            drawing.add(String(x0 + slot * index + slot / 2, y0 + plot_h - 10, str(count), fontName=FONT_BOLD,
                               fontSize=7, fillColor=INK, textAnchor="middle"))
        if index % 2 == 0 or index == n - 1:
            drawing.add(String(x0 + slot * index + slot / 2, y0 - 9, labels[index], fontName=FONT, fontSize=6,
                               fillColor=MUTED, textAnchor="middle"))
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=RULE, strokeWidth=0.6))
    stack = 0
    for number, (name, hours) in enumerate(thresholds):
        if not 0 < hours < HISTOGRAM_BINS * HISTOGRAM_STEP_HOURS:
            continue
        x = x0 + slot * hours / HISTOGRAM_STEP_HOURS
        stack += 1
        colour = colours[number % len(colours)]
        drawing.add(Line(x, y0, x, y0 + plot_h, strokeColor=colour, strokeWidth=1.2, strokeDashArray=(4, 2)))
        drawing.add(String(x + 2, y0 + plot_h - 9 * stack, name, fontName=FONT, fontSize=6.5, fillColor=colour))
    return drawing
