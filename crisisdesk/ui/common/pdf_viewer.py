"""Preview of a PDF made by the desk, with Print and Save as.

Built in code rather than from a .ui file: its one real widget, ``QPdfView``, is not
in Qt Designer's palette.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from crisisdesk.files import write_file
from crisisdesk.ui.common.fit import fit_to_screen


MAX_PRINT_DPI = 300  # what the eye sees on paper; 1200 ppi made an 8-page briefing a 50 MB job


def make_printer() -> QPrinter:
    """The printer the Print button offers (a seam for tests)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at: the printer's own, capped at MAX_PRINT_DPI."""
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


class PdfPreviewDialog(QDialog):
    """Shows ``pdf`` (bytes) page by page; ``printed`` fires after the pages went to the printer."""

    printed = Signal(int)  # pages sent
    saved = Signal(str)  # path

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        fit_to_screen(self)  # a laptop at 125 % has less room
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pagesLabel")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveButton")
        close = QPushButton(self.tr("Close"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.accept)
        self.document.statusChanged.connect(self._status_changed)
        self._status_changed()

    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self) -> None:
        status = self.document.status()
        if status == QPdfDocument.Status.Ready:
            self.pages_label.setText(self.tr("%n page(s)", "", self.page_count()))
        elif status == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr("The PDF cannot be shown."))
        ready = status == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready)

    def print_document(self) -> None:
        printer = make_printer()
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first and last else range(self.page_count())
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not be started."))
            return
        sent = 0
        try:
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                self._paint_page(painter, printer, page)
                sent += 1
        finally:
            painter.end()
        self.printed.emit(sent)

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        """Renders the page at print_dpi (grayscale for a grayscale printer) and scales it
        onto the printable area; the printer's driver does the rest."""
        area = painter.viewport()
        size = self.document.pagePointSize(page)
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QSize(int(size.width() * scale), int(size.height() * scale))
        ratio = min(1.0, print_dpi(printer) / printer.resolution())
        image = self.document.render(page, QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio))))
        if printer.colorMode() == QPrinter.ColorMode.GrayScale:
            image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        top_left = QPointF((area.width() - target.width()) / 2, (area.height() - target.height()) / 2)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(top_left.toPoint(), target), image)

    def save_as(self) -> None:
        from crisisdesk.ui.common import ui_state

        suggested = str(Path(ui_state.last_folder("documents")) / self.suggested_name) if ui_state.last_folder("documents") else self.suggested_name
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        ui_state.remember_folder("documents", Path(path).parent)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_file(path, self.pdf)
        except OSError as exc:
            from crisisdesk.messages import failure_message

            QMessageBox.warning(self, self.windowTitle(), failure_message(exc, "save PDF"))
            return
        self.saved.emit(path)


