"""Printing a briefing: rendered at the printer's resolution capped at 300 dpi, grayscale on
a grayscale printer — an 8-page briefing stays well under 10 MB as a print job.

The printer is Qt's PDF printer at high resolution (1200 dpi), the same path a real
printer takes; the job is the file it writes.
"""

from __future__ import annotations

import io

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType, Risk
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.services.documents.briefing import BriefingCollector
from crisisdesk.ui.common import pdf_viewer
from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

MB = 1024 * 1024


@pytest.fixture
def eight_page_briefing(service, database, fixed_now) -> bytes:
    for i in range(14):
        start = datetime(2026, 3, 16 + i, 10 + i % 8, 0, tzinfo=AMSTERDAM)
        service.create(NotificationDraft(
            kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC,
            purpose=f"Demonstratie {i} over woningnood en betaalbare huur in de wijk",
            start_at=start, end_at=start + timedelta(hours=2), location=f"Neude {i}",
            district=list(District)[i % len(District)], received_at=datetime(2026, 3, 10, 9, 0, tzinfo=AMSTERDAM),
            organiser_name="Joëlle de Vries", organiser_organisation="Actiecomité", expected_participants=150 + i,
            risk=Risk.HIGH if i % 2 else Risk.SOME,
        ))
    request = BriefingRequest(period_from=date(2026, 3, 16), period_to=date(2026, 3, 29),
                              meeting_date=date(2026, 3, 17), marking=Marking.INTERNAL, appendix=True)
    collector = BriefingCollector(database.factory, user="a.adviseur", clock=lambda: datetime(2026, 3, 14, 9, 30, tzinfo=UTC))
    pdf = build_briefing(collector.collect(request))
    assert len(pdf) < 100_000
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 8  # the case: an eight-page briefing
    return pdf


def print_job(qtbot, monkeypatch, pdf: bytes, target, color_mode) -> PdfReader:
    def printer():
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        made.setColorMode(color_mode)
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
    dialog = PdfPreviewDialog(pdf, "Briefing", "briefing.pdf")
    qtbot.addWidget(dialog)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    qtbot.waitUntil(lambda: dialog.page_count() == pages)
    with qtbot.waitSignal(dialog.printed, timeout=120_000) as sent:
        dialog.print_button.click()
    assert sent.args == [pages]
    return PdfReader(str(target))


def page_images(reader: PdfReader) -> list[dict]:
    """The image objects of every page, read from their dictionaries (not decoded)."""
    found = []
    for page in reader.pages:
        objects = page["/Resources"].get_object().get("/XObject", {}).get_object()
        found += [obj.get_object() for obj in objects.values() if obj.get_object()["/Subtype"] == "/Image"]
    return found


def test_resolution_is_capped_at_300_dpi(qapp):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() == 1200
    assert pdf_viewer.print_dpi(printer) == 300
    printer.setResolution(150)
    assert pdf_viewer.print_dpi(printer) == 150


def test_eight_page_briefing_prints_under_10_mb(eight_page_briefing, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "job.pdf"
    reader = print_job(qtbot, monkeypatch, eight_page_briefing, target, QPrinter.ColorMode.Color)
    size = target.stat().st_size
    print(f"8-page briefing {len(eight_page_briefing) / 1024:.0f} KB -> colour print job {size / MB:.1f} MB")
    assert len(reader.pages) == len(PdfReader(io.BytesIO(eight_page_briefing)).pages)
    assert size < 10 * MB
    widths = {int(image["/Width"]) for image in page_images(reader)}
    assert max(widths) <= 2600  # A4 at 300 dpi is 2480 pixels wide; at 1200 it was 9920


def test_a_grayscale_printer_gets_gray_pages(eight_page_briefing, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "job-gray.pdf"
    reader = print_job(qtbot, monkeypatch, eight_page_briefing, target, QPrinter.ColorMode.GrayScale)
    print(f"grayscale print job {target.stat().st_size / MB:.1f} MB")
    assert len(reader.pages) == len(PdfReader(io.BytesIO(eight_page_briefing)).pages)
    assert target.stat().st_size < 10 * MB
    images = page_images(reader)
    assert len(images) >= 8
    assert {image["/ColorSpace"] for image in images} == {"/DeviceGray"}
