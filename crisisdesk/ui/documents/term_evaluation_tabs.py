"""Fills the tabs of the term evaluation screen from one ``Evaluation``: per tab a
sortable table and a chart with one bar set per rule set (plus "as registered")."""

from __future__ import annotations

import html

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.documents.term_evaluation import HISTOGRAM_STEP_HOURS, Evaluation, GroupRow, Outcomes
from crisisdesk.domain.documents.term_evaluation_findings import findings, format_count, format_decimal, histogram_labels
from crisisdesk.i18n import translate
from crisisdesk.labels import label
from crisisdesk.ui.documents.term_evaluation_charts import bar_chart, chart_view, histogram_chart, line_chart
from crisisdesk.ui.documents.term_evaluation_models import Cell, FiguresModel, number_cell, percent_cell, sortable, text_cell

def month_name(key: str, long: bool = False) -> str:
    """"2026-03" as "mrt 2026" (the desk's language, from the Qt locale)."""
    year, month = (int(part) for part in key.split("-"))
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy" if long else "MMM yyyy").replace(".", "")


def kind_name(code: str) -> str:
    return label(ManifestationKind(code))


FIRST_COLUMN_MAX = 300  # a long kind or rule name wraps instead of pushing the figures away


class _Tab:
    """One table (through a sorting proxy) and one chart view in a host widget."""

    def __init__(self, table: QTableView, host: QWidget) -> None:
        self.table = table
        self.model = FiguresModel(table)
        self.proxy = sortable(self.model, table)
        table.setModel(self.proxy)
        table.setWordWrap(True)
        table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 12)
        self.view: QChartView = chart_view(host)
        host.layout().addWidget(self.view)

    def chart(self) -> QChart:
        return self.view.chart()

    def show(self, headers: list[str], rows: list[list[Cell]], chart: QChart, tips: list[str] | None = None) -> None:
        self.model.set_table(headers, rows, tips or [])
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the evaluation's own order
        self.table.resizeColumnsToContents()
        for column in range(len(headers)):  # a long name or source wraps instead of pushing the figures away
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), FIRST_COLUMN_MAX))
        self.table.resizeRowsToContents()
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


class EvaluationTabs(QObject):
    def __init__(self, ui, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.overview = _Tab(ui.overviewTable, ui.overviewChartHost)
        self.month = _Tab(ui.monthTable, ui.monthChartHost)
        self.district = _Tab(ui.districtTable, ui.districtChartHost)
        self.kind = _Tab(ui.kindTable, ui.kindChartHost)
        self.lead_time = _Tab(ui.leadTimeTable, ui.leadTimeChartHost)
        for splitter in (ui.overviewSplitter, ui.monthSplitter, ui.districtSplitter, ui.kindSplitter, ui.leadTimeSplitter):
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 3)

    def tabs(self) -> tuple[_Tab, ...]:
        return (self.overview, self.month, self.district, self.kind, self.lead_time)

    def period_text(self, ev: Evaluation) -> str:
        return f"{format_date(ev.period_from, translate)[3:]} – {format_date(ev.period_to, translate)[3:]}"

    def show(self, ev: Evaluation) -> None:
        self._overview(ev)
        self._groups(self.month, ev, ev.by_month, translate("Evaluation", "Month"), month_name,
                     self.tr("Share not on time per month"), sort=lambda g: g.key)
        self._groups(self.district, ev, ev.by_district, translate("Evaluation", "Wijk"), str,
                     self.tr("Share not on time per wijk"))
        self._groups(self.kind, ev, ev.by_kind, translate("Evaluation", "Kind"), kind_name,
                     self.tr("Share not on time per kind of manifestation"))
        self._lead_times(ev)

    def summary(self, ev: Evaluation) -> str:
        """The period's figures in one line, then the main findings (the PDF's, word for word)."""
        period = self.period_text(ev)
        if not ev.applied.total:
            return self.tr("No notifications of manifestations starting {period}.").format(period=period)
        hours = ev.median_lead_hours or 0.0
        head = self.tr(
            "<b>{n}</b> notifications of manifestations starting {period}. Median lead time "
            "<b>{days} days</b> ({hours} hours). Not on time as registered: <b>{late}</b> ({share})."
        ).format(n=format_count(ev.applied.total), period=period, days=format_decimal(hours / 24, 1),
                 hours=format_count(round(hours)), late=format_count(ev.applied.late),
                 share=percent_cell(ev.applied.percent).text)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in findings(ev, translate))
        return f"{head}<br><b>{html.escape(translate('Evaluation', 'Main findings'))}</b><ul style='margin-top:2px'>{items}</ul>"

    def _series(self, ev: Evaluation, groups: tuple[GroupRow, ...]) -> list[tuple[str, list[float], int]]:
        series = [(translate("Evaluation", "As registered"), [g.applied.percent for g in groups], -1)]
        series += [(name, [g.per_rule[i].percent for g in groups], i) for i, name in enumerate(ev.rule_names)]
        return series

    def _overview(self, ev: Evaluation) -> None:
        self.ui.summaryLabel.setText(self.summary(ev))
        headers = [translate("Evaluation", "Rule"), translate("Evaluation", "Source"), translate("Evaluation", "Number"),
                   translate("Evaluation", "Late"), translate("Evaluation", "Share late"),
                   translate("Evaluation", "Term shortened"), translate("Evaluation", "Conditions or restrictions"),
                   translate("Evaluation", "Ban")]
        registered = ", ".join(f"{name} ({format_count(n)})" for name, n in ev.applied_rules)
        rows = [[text_cell(translate("Evaluation", "As registered"), ""),
                 text_cell(translate("Evaluation", "the rule valid on the day of receipt") + (f": {registered}" if registered else "")),
                 number_cell(ev.applied.total), number_cell(ev.applied.late), percent_cell(self._percent(ev.applied), emphasis=True),
                 *self._outcome_cells(ev.outcomes)]]
        for index, (name, source, share) in enumerate(zip(ev.rule_names, ev.rule_sources, ev.per_rule, strict=True)):
            outcome = ev.outcomes_per_rule[index] if index < len(ev.outcomes_per_rule) else Outcomes()
            rows.append([text_cell(name, f"{index + 1:03d}"), text_cell(source), number_cell(share.total),
                         number_cell(share.late), percent_cell(self._percent(share)), *self._outcome_cells(outcome)])
        chart = bar_chart(self.tr("Share not on time per rule set"), [self.period_text(ev)], self._series(ev, (ev,)),  # type: ignore[arg-type]
                          self.tr("share not on time"))
        self.overview.show(headers, rows, chart)

    @staticmethod
    def _outcome_cells(outcome: Outcomes) -> list[Cell]:
        return [number_cell(outcome.accepted_late), number_cell(outcome.conditions), number_cell(outcome.ban)]

    @staticmethod
    def _percent(share) -> float | None:
        return share.percent if share.total else None

    def _groups(self, tab: _Tab, ev: Evaluation, groups: tuple[GroupRow, ...], first: str, name: Callable[[str], str],
                title: str, sort: Callable[[GroupRow], str] | None = None) -> None:
        headers = [first, translate("Evaluation", "Number"), translate("Evaluation", "Late as registered"), *ev.rule_names]
        tips = ["", "", self.tr("Share not on time under the rule that applied when each was received"),
                *(self.tr("Share that would have been late under {rule} ({source})").format(rule=r, source=s)
                  for r, s in zip(ev.rule_names, ev.rule_sources, strict=True))]
        rows = []
        for position, group in enumerate(groups):
            rows.append([text_cell(name(group.key), sort(group) if sort else f"{position:03d}"), number_cell(group.applied.total),
                         percent_cell(self._percent(group.applied), emphasis=True),
                         *(percent_cell(self._percent(share)) for share in group.per_rule)])
        if tab is self.month:
            chart = line_chart(title, [name(g.key) for g in groups], self._series(ev, groups), self.tr("share not on time"),
                               self._marks(ev))
        else:
            chart = bar_chart(title, [name(g.key) for g in groups], self._series(ev, groups), self.tr("share not on time"))
        tab.show(headers, rows, chart, tips)

    @staticmethod
    def _marks(ev: Evaluation) -> list[tuple[int, str]]:
        """Where a rule change falls among the months shown (the PDF marks the same)."""
        keys = [g.key for g in ev.by_month]
        marks = []
        for change in ev.rule_changes:
            key = change.day.strftime("%Y-%m")
            if key in keys and keys.index(key) > 0:
                marks.append((keys.index(key), translate("Evaluation", "from {day}: {rule}").format(
                    day=change.day.strftime("%d-%m-%Y"), rule=change.after_rule)))
        return marks

    def _lead_times(self, ev: Evaluation) -> None:
        """The PDF's histogram: 12-hour bins with each rule set's term drawn on it."""
        total = sum(ev.histogram)
        labels = histogram_labels()
        headers = [self.tr("Lead time"), translate("Evaluation", "Number"), self.tr("Share of notifications")]
        rows = [[text_cell(labels[position], f"{position:03d}"), number_cell(n),
                 percent_cell(100.0 * n / total if total else None)]
                for position, n in enumerate(ev.histogram)]
        hours_text = translate("Deadline", "{hours} h")
        thresholds = [(f"{name} ({hours_text.format(hours=hours)})", hours, index)
                      for index, (name, hours) in enumerate(ev.thresholds)]
        chart = histogram_chart(translate("Evaluation", "Lead time from receipt to start, with the term of each rule set"),
                                labels, list(ev.histogram), thresholds, self.tr("number of notifications"),
                                self.tr("time from receipt to start"), HISTOGRAM_STEP_HOURS)
        self.lead_time.show(headers, rows, chart)
