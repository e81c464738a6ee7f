"""Fills the tabs of the term evaluation screen from one ``Evaluation``: per tab a
sortable table and a chart with one bar set per rule set (plus "as registered")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from crisisdesk.domain.documents.briefing import LEAD_TIME_BUCKETS
from crisisdesk.domain.register.deadlines import format_date
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.documents.term_evaluation import Evaluation, GroupRow
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import label
from crisisdesk.ui.documents.term_evaluation_charts import bar_chart, chart_view
from crisisdesk.ui.documents.term_evaluation_models import Cell, FiguresModel, number_cell, percent_cell, sortable, text_cell

BUCKET_LABELS = {  # the PDF's words (reports.briefing); repeated so the screen needs no reportlab
    "lt24h": QT_TRANSLATE_NOOP("Briefing", "< 24 h"),
    "24-48h": QT_TRANSLATE_NOOP("Briefing", "24–48 h"),
    "48-72h": QT_TRANSLATE_NOOP("Briefing", "48–72 h"),
    "3-7d": QT_TRANSLATE_NOOP("Briefing", "3–7 days"),
    "1-2w": QT_TRANSLATE_NOOP("Briefing", "1–2 weeks"),
    "2-4w": QT_TRANSLATE_NOOP("Briefing", "2–4 weeks"),
    "gt4w": QT_TRANSLATE_NOOP("Briefing", "> 4 weeks"),
}
assert set(BUCKET_LABELS) == {code for code, _low, _high in LEAD_TIME_BUCKETS}


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
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), FIRST_COLUMN_MAX))
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
        period = self.period_text(ev)
        if not ev.applied.total:
            return self.tr("No notifications of manifestations starting {period}.").format(period=period)
        locale = QLocale()
        hours = ev.median_lead_hours or 0.0
        return self.tr(
            "<b>{n}</b> notifications of manifestations starting {period}. Median lead time "
            "<b>{days} days</b> ({hours} hours). Not on time as registered: <b>{late}</b> ({share})."
        ).format(n=locale.toString(ev.applied.total), period=period, days=locale.toString(hours / 24, "f", 1),
                 hours=locale.toString(round(hours)), late=locale.toString(ev.applied.late),
                 share=percent_cell(ev.applied.percent).text)

    def _series(self, ev: Evaluation, groups: tuple[GroupRow, ...]) -> list[tuple[str, list[float], int]]:
        series = [(translate("Evaluation", "As registered"), [g.applied.percent for g in groups], -1)]
        series += [(name, [g.per_rule[i].percent for g in groups], i) for i, name in enumerate(ev.rule_names)]
        return series

    def _overview(self, ev: Evaluation) -> None:
        self.ui.summaryLabel.setText(self.summary(ev))
        headers = [translate("Evaluation", "Rule"), translate("Evaluation", "Source"), translate("Evaluation", "Number"),
                   translate("Evaluation", "Late"), translate("Evaluation", "Share late")]
        registered = ", ".join(f"{name} ({n})" for name, n in ev.applied_rules)
        rows = [[text_cell(translate("Evaluation", "As registered"), ""),
                 text_cell(translate("Evaluation", "the rule valid on the day of receipt") + (f": {registered}" if registered else "")),
                 number_cell(ev.applied.total), number_cell(ev.applied.late), percent_cell(self._percent(ev.applied), emphasis=True)]]
        for index, (name, source, share) in enumerate(zip(ev.rule_names, ev.rule_sources, ev.per_rule, strict=True)):
            rows.append([text_cell(name, f"{index + 1:03d}"), text_cell(source), number_cell(share.total),
                         number_cell(share.late), percent_cell(self._percent(share))])
        chart = bar_chart(self.tr("Share not on time per rule set"), [self.period_text(ev)], self._series(ev, (ev,)),  # type: ignore[arg-type]
                          self.tr("share not on time"))
        self.overview.show(headers, rows, chart)

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
        chart = bar_chart(title, [name(g.key) for g in groups], self._series(ev, groups), self.tr("share not on time"))
        tab.show(headers, rows, chart, tips)

    def _lead_times(self, ev: Evaluation) -> None:
        total = sum(n for _code, n in ev.lead_time_buckets)
        headers = [self.tr("Lead time"), translate("Evaluation", "Number"), self.tr("Share of notifications")]
        rows = [[text_cell(translate("Briefing", BUCKET_LABELS[code]), f"{position:03d}"), number_cell(n),
                 percent_cell(100.0 * n / total if total else None)]
                for position, (code, n) in enumerate(ev.lead_time_buckets)]
        chart = bar_chart(translate("Evaluation", "Lead time: from receipt to start"),
                          [translate("Briefing", BUCKET_LABELS[code]) for code, _n in ev.lead_time_buckets],
                          [(translate("Evaluation", "notifications"), [n for _code, n in ev.lead_time_buckets], 0)],
                          self.tr("number of notifications"), percent=False, x_title=self.tr("time from receipt to start"))
        self.lead_time.show(headers, rows, chart)
