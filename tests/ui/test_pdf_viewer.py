"""The PDF preview (page count, print, save) and the briefing dialog that feeds it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from crisisdesk.domain.documents.marking import Marking
from crisisdesk.reports.base import DocumentInfo, build_pdf, heading
from crisisdesk.services.documents.briefing import BriefingCollector
from crisisdesk.ui.common import pdf_viewer
from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog
from crisisdesk.ui.documents.report_dialogs import BriefingDialog


def three_pages(fixed_now) -> bytes:
    from reportlab.platypus import PageBreak

    story = [heading("Een"), PageBreak(), heading("Twee"), PageBreak(), heading("Drie")]
    return build_pdf(story, DocumentInfo("Proef", Marking.INTERNAL, fixed_now))


@pytest.fixture
def viewer(qtbot, fixed_now):
    dialog = PdfPreviewDialog(three_pages(fixed_now), "Proef", "proef.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() == 3)
    return dialog


def test_viewer_loads_the_pdf_and_shows_the_page_count(viewer):
    assert viewer.page_count() == 3
    assert viewer.pages_label.text() == viewer.tr("%n page(s)", "", 3)
    assert viewer.print_button.isEnabled()


def test_print_sends_every_page_to_the_printer(viewer, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def printer():
        made = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        return made

    class AcceptingPrintDialog:
        def __init__(self, printer, parent):
            pass

        def setMinMax(self, low, high):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_viewer, "make_printer", printer)
    monkeypatch.setattr(pdf_viewer, "QPrintDialog", AcceptingPrintDialog)
    with qtbot.waitSignal(viewer.printed) as sent:
        viewer.print_button.click()
    assert sent.args == [3]
    assert len(PdfReader(str(target)).pages) == 3


def test_save_as_writes_the_same_bytes(viewer, tmp_path, monkeypatch):
    target = tmp_path / "kopie"
    monkeypatch.setattr(pdf_viewer.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    viewer.save_button.click()
    assert (tmp_path / "kopie.pdf").read_bytes() == viewer.pdf


def test_briefing_dialog_builds_off_the_gui_thread_and_hands_over_the_pdf(qtbot, database, fixed_now):
    shown = []
    collector = BriefingCollector(database.factory, user="tester", clock=lambda: fixed_now)
    dialog = BriefingDialog(collector, shown.append, date(2026, 3, 16))
    qtbot.addWidget(dialog)
    assert dialog.request().period_to == date(2026, 3, 29)
    assert dialog.request().marking == Marking.CONFIDENTIAL
    dialog.ui.exerciseCheck.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: bool(shown) or dialog.worker is None, timeout=20_000)
    assert not dialog.ui.statusLabel.text().startswith("The PDF"), dialog.ui.statusLabel.text()
    assert shown[0].startswith(b"%PDF")


def test_briefing_dialog_refuses_a_period_that_ends_before_it_starts(qtbot, database, fixed_now):
    collector = BriefingCollector(database.factory, user="tester", clock=lambda: fixed_now)
    dialog = BriefingDialog(collector, lambda pdf: None, date(2026, 3, 16))
    qtbot.addWidget(dialog)
    dialog.ui.toDateEdit.setDate(dialog.ui.fromDateEdit.date().addDays(-1))
    dialog.start()
    assert dialog.worker is None
    assert dialog.ui.statusLabel.text()


def test_briefing_dialog_states_the_rule_and_allows_personal_data_only_when_confidential(qtbot, database, fixed_now):
    from crisisdesk.domain.documents.marking import rule_sentence

    collector = BriefingCollector(database.factory, user="tester", clock=lambda: fixed_now)
    dialog = BriefingDialog(collector, lambda pdf: None, date(2026, 3, 16))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.personalDataCheck.setChecked(True)
    assert ui.ruleLabel.text() == rule_sentence(Marking.CONFIDENTIAL, True)
    ui.markingCombo.setCurrentIndex(ui.markingCombo.findData(Marking.PUBLIC))
    assert ui.ruleLabel.text() == rule_sentence(Marking.PUBLIC)
    assert not ui.personalDataCheck.isChecked() and not ui.personalDataCheck.isEnabled()
    assert not dialog.request().include_personal_data  # refused, never silently kept
    ui.markingCombo.setCurrentIndex(ui.markingCombo.findData(Marking.INTERNAL))
    assert not ui.personalDataCheck.isEnabled() and ui.ruleLabel.text() == rule_sentence(Marking.INTERNAL)
    ui.markingCombo.setCurrentIndex(ui.markingCombo.findData(Marking.CONFIDENTIAL))
    assert ui.personalDataCheck.isEnabled()
    assert not dialog.request().appendix  # a short read unless asked
    ui.appendixCheck.setChecked(True)
    assert dialog.request().appendix
