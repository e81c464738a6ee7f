"""Every crisisdesk PDF: fonts embedded (no Helvetica), language nl-NL, true author and date."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from crisisdesk.reports.base import DocumentInfo, build_pdf
from crisisdesk.reports.charts import bar_chart
from crisisdesk.reports.styles import stylesheet

MOMENT = datetime(2025, 6, 11, 10, 15, tzinfo=UTC)  # 12:15 in Amsterdam


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font -> embedded, over every page (and the forms a chart draws in)."""
    found: dict[str, bool] = {}

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[font["/BaseFont"]] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_bullets_tables_and_charts_use_the_embedded_font_and_the_metadata_is_true():
    styles = stylesheet()
    story = [
        Paragraph("Één kop", styles["h1"]),
        Paragraph("Voorschrift met nummer", styles["bullet"], bulletText="1."),
        Paragraph("Punt", styles["bullet"], bulletText="•"),
        Table([["kaal", "tabel zonder stijl"]]),  # reportlab's table default is Helvetica
        bar_chart(["wk 1", "wk 2"], [("te laat", [10.0, 20.0])], percent=True, title="Aandeel"),
    ]
    pdf = build_pdf(story, DocumentInfo("Titel", None, MOMENT, author="Gemeente Utrecht, Openbare Orde en Veiligheid"))
    reader = PdfReader(io.BytesIO(pdf))
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert reader.metadata.author == "Gemeente Utrecht, Openbare Orde en Veiligheid"
    assert reader.metadata.creation_date == MOMENT
    assert reader.metadata["/CreationDate"].startswith("D:20250611121500+02'00'")
