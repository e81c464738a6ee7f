"""Reports → Term evaluation…: the screen shows the service's figures, per rule set in
tables and charts, exports the group tables as CSV and prints the same figures as PDF."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from pypdf import PdfReader

from crisisdesk import i18n
from crisisdesk.desk import Desk
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.i18n import translate
from crisisdesk.labels import label
from crisisdesk.demo import seed_demo
from crisisdesk.services.documents.term_evaluation import term_evaluation
from crisisdesk.ui.documents.term_evaluation_models import FiguresModel, number_cell, percent_cell, text_cell
from crisisdesk.ui.documents.term_evaluation_window import EvaluationWindow, last_twelve_months
from crisisdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_threads_left")

FIRST, LAST = date(2025, 3, 1), date(2026, 2, 28)


@pytest.fixture
def seeded(database, fixed_now):
    seed_demo(database.factory, 400, seed=3, now=fixed_now)
    return database


@pytest.fixture
def pdfs():
    return []


@pytest.fixture
def window(qtbot, seeded, pdfs):
    win = EvaluationWindow(Desk(seeded, user="tester"), pdfs.append, date(2026, 3, 14))
    qtbot.addWidget(win)
    win.show()
    return win


def calculate(qtbot, win: EvaluationWindow, first: date = FIRST, last: date = LAST):
    win.set_period(first, last)
    with qtbot.waitSignal(win.calculated, timeout=20_000) as blocker:
        qtbot.mouseClick(win.ui.calculateButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def texts(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def percent(share) -> str:
    return percent_cell(share.percent if share.total else None).text


def bar_sets(tab) -> dict[str, list[float]]:
    series = tab.chart().series()
    assert len(series) == 1 and isinstance(series[0], QBarSeries)
    return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())] for bar_set in series[0].barSets()}


def test_default_period_is_the_last_twelve_whole_months():
    assert last_twelve_months(date(2026, 3, 14)) == (date(2025, 3, 1), date(2026, 2, 28))
    assert last_twelve_months(date(2026, 1, 1)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert last_twelve_months(date(2024, 3, 31)) == (date(2023, 3, 1), date(2024, 2, 29))


def test_figures_on_screen_are_the_services(qtbot, window, seeded):
    assert window.period() == (FIRST, LAST)
    assert not window.ui.pdfButton.isEnabled() and not window.ui.exportButton.isEnabled()
    shown = calculate(qtbot, window, date(2024, 1, 1), date(2025, 6, 30))
    expected = term_evaluation(seeded.factory, date(2024, 1, 1), date(2025, 6, 30))
    assert shown == expected and expected.applied.total > 50
    assert window.ui.pdfButton.isEnabled() and window.ui.exportButton.isEnabled()
    assert not window.ui.progressBar.isVisible()
    assert str(expected.applied.total) in window.ui.summaryLabel.text()

    overview = window.tabs.overview.model
    assert overview.rowCount() == 1 + len(expected.rule_names)
    outcome = expected.outcomes
    assert texts(overview, 0)[2:] == [number_cell(expected.applied.total).text, number_cell(expected.applied.late).text,
                                      percent(expected.applied), str(outcome.accepted_late), str(outcome.conditions), str(outcome.ban)]
    assert outcome.late == expected.applied.late and outcome.accepted_late > 0
    for row, (name, share) in enumerate(zip(expected.rule_names, expected.per_rule, strict=True), start=1):
        assert texts(overview, row)[0] == name
        assert texts(overview, row)[3:5] == [number_cell(share.late).text, percent(share)]
        assert texts(overview, row)[5] == str(expected.outcomes_per_rule[row - 1].accepted_late)
    assert len({share.late for share in expected.per_rule}) > 1  # the rule sets really differ here

    tabs = {"month": expected.by_month, "district": expected.by_district, "kind": expected.by_kind}
    for name, groups in tabs.items():
        model = getattr(window.tabs, name).model
        assert model.rowCount() == len(groups)
        for row, group in enumerate(groups):
            assert texts(model, row)[1:] == [number_cell(group.applied.total).text, percent(group.applied)] + [percent(s) for s in group.per_rule]
    assert texts(window.tabs.kind.model, 0)[0] == label(ManifestationKind(expected.by_kind[0].key))
    lead = window.tabs.lead_time.model
    assert [int(texts(lead, row)[1]) for row in range(lead.rowCount())] == list(expected.histogram)
    # the main findings, computed, in Dutch number formats, the same sentences as the PDF
    from crisisdesk.domain.documents.term_evaluation_findings import findings

    summary = window.ui.summaryLabel.text()
    for line in findings(expected, translate):
        assert line.replace("'", "&#x27;") in summary
    assert "\u00a0%" in summary


def line_values(tab) -> dict[str, list[float]]:
    return {line.name(): [point.y() for point in line.points()] for line in tab.chart().series()
            if isinstance(line, QLineSeries)}


def test_charts_have_one_bar_set_per_rule_set(qtbot, window, seeded):
    ev = calculate(qtbot, window)
    names = [translate("Evaluation", "As registered"), *ev.rule_names]
    overall = bar_sets(window.tabs.overview)
    assert list(overall) == names
    assert overall[names[0]] == pytest.approx([ev.applied.percent])
    assert [overall[name][0] for name in ev.rule_names] == pytest.approx([s.percent for s in ev.per_rule])
    for name, groups in (("district", ev.by_district), ("kind", ev.by_kind)):
        sets = bar_sets(getattr(window.tabs, name))
        assert list(sets) == names
        for index, rule in enumerate(ev.rule_names):
            assert sets[rule] == pytest.approx([g.per_rule[index].percent for g in groups])
    # per month: one line per rule set, the same colours as the bars elsewhere
    lines = line_values(window.tabs.month)
    assert list(lines) == names
    for index, rule in enumerate(ev.rule_names):
        assert lines[rule] == pytest.approx([g.per_rule[index].percent for g in ev.by_month])
    colours = [line.pen().color().name() for line in window.tabs.month.chart().series()]
    assert colours == [bar_set.color().name() for bar_set in window.tabs.kind.chart().series()[0].barSets()]
    assert len(set(colours)) == len(names)
    # lead times: the 12-hour histogram and a dashed line at each rule set's term
    bars = [s for s in window.tabs.lead_time.chart().series() if isinstance(s, QBarSeries)]
    assert [[bar_set.at(i) for i in range(bar_set.count())] for bar_set in bars[0].barSets()] == [
        [float(n) for n in ev.histogram]]
    marks = {line.name(): line.points()[0].x() for line in window.tabs.lead_time.chart().series()
             if isinstance(line, QLineSeries)}
    for name, hours in ev.thresholds:
        assert marks[f"{name} ({hours} u)"] == pytest.approx(hours / 12 - 0.5)
    axes = window.tabs.month.chart().axes(Qt.Orientation.Vertical)
    assert axes and axes[0].titleText()


def test_tables_sort_as_numbers(qtbot, window):
    calculate(qtbot, window)
    table, tab = window.ui.districtTable, window.tabs.district
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    counts = [int(tab.proxy.index(row, 1).data()) for row in range(tab.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 10 > counts[-1]
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    shares = [tab.proxy.index(row, 2).data(Qt.ItemDataRole.UserRole + 1) for row in range(tab.proxy.rowCount())]
    assert shares == sorted(shares)


def test_csv_export(qtbot, window, tmp_path, monkeypatch):
    ev = calculate(qtbot, window)
    asked = []
    monkeypatch.setattr(window, "ask_export_path", lambda suggested: asked.append(suggested) or str(tmp_path / suggested))
    path = window.export_csv()
    assert asked == ["evaluatie-termijn-2025-03-01-2026-02-28.csv"] and path == tmp_path / asked[0]
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == [translate("Evaluation", "Grouping"), translate("Evaluation", "Group"), translate("Evaluation", "Number")]
    assert rows[0][5] == translate("Evaluation", "{rule}: late").format(rule=ev.rule_names[0])
    assert len(rows) == 1 + len(ev.by_month) + len(ev.by_district) + len(ev.by_kind)
    month = ev.by_month[0]
    assert rows[1][:5] == [translate("Evaluation", "Month"), month.key, str(month.applied.total), str(month.applied.late),
                           f"{month.applied.percent:.1f}".replace(".", ",")]
    assert rows[1][5::2] == [str(share.late) for share in month.per_rule]
    kinds = [row[1] for row in rows if row[0] == translate("Evaluation", "Kind")]
    assert kinds == [label(ManifestationKind(g.key)) for g in ev.by_kind]


def test_csv_export_to_an_unwritable_place_says_so(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    calculate(qtbot, window)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    monkeypatch.setattr(window, "ask_export_path", lambda suggested: str(tmp_path / "missing" / suggested))
    assert window.export_csv() is None
    assert len(warnings) == 1 and not (tmp_path / "missing").exists()


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, window):
    window.set_period(date(2026, 1, 1), date(2025, 1, 1))
    window.calculate()
    assert window.worker is None and window.result is None
    assert window.ui.statusLabel.text() == window.tr("The period ends before it starts.")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: bringing it forward is a no-op
def test_menu_opens_the_screen_and_its_pdf_goes_to_the_preview(qtbot, seeded, service, fixed_now, monkeypatch):
    opened = []

    class FakePreview:
        def __init__(self, pdf, title, name, parent=None):
            opened.append((pdf, title, name))

        def open(self):
            pass

    monkeypatch.setattr("crisisdesk.ui.common.pdf_viewer.PdfPreviewDialog", FakePreview)
    main = MainWindow(Desk(seeded, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(main)
    main.report_actions.evaluation_action.trigger()
    screen = main.report_actions.evaluation_window
    assert isinstance(screen, EvaluationWindow) and screen.isVisible()
    main.report_actions.evaluation_action.trigger()
    assert main.report_actions.evaluation_window is screen  # one screen, brought forward
    calculate(qtbot, screen)
    qtbot.mouseClick(screen.ui.pdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    pdf, _title, name = opened[0]
    assert name == "evaluatie-termijn.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "INTERN" in text and "2025" in text and "2026" in text
    screen.close()


def test_model_passes_the_model_tester(qtmodeltester):
    model = FiguresModel()
    model.set_table(["Wijk", "Aantal", "Aandeel"], [[text_cell("Oost"), number_cell(3), percent_cell(12.5)],
                                                    [text_cell("West"), number_cell(10), percent_cell(None)]])
    qtmodeltester.check(model)


@pytest.fixture
def dutch(qapp):
    from PySide6.QtCore import QLocale

    from crisisdesk.ui.shell.app import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "nl")
    i18n.set_language("nl")
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)


def test_the_screen_speaks_dutch(qtbot, dutch, seeded, pdfs):
    win = EvaluationWindow(Desk(seeded, user="tester"), pdfs.append, date(2026, 3, 14))
    qtbot.addWidget(win)
    tabs = [win.ui.tabs.tabText(i) for i in range(win.ui.tabs.count())]
    assert tabs == ["Overzicht", "Per maand", "Per wijk", "Per soort", "Doorlooptijden"]
    assert win.ui.exportButton.text() == "&Exporteren (CSV)…"
    calculate(qtbot, win)
    assert win.tabs.month.model.index(0, 0).data() == "mrt 2025"
    assert "kennisgevingen" in win.ui.summaryLabel.text()
