"""The one stylesheet of crisisdesk's documents: fonts, paragraph styles, colours, tables.

DejaVu Sans is embedded (``resources/fonts``, Bitstream Vera licence) so that Dutch text
(ë, é, ï, —, €) prints the same on every machine. ``register_fonts`` is idempotent.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from crisisdesk.resources import resource_path

FONT = "CrisisdeskSans"
FONT_BOLD = "CrisisdeskSans-Bold"
FONT_ITALIC = "CrisisdeskSans-Oblique"

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # dark blue, the desk's colour
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#b8c2cc")
ZEBRA = colors.HexColor("#f1f4f7")
HEADER_BG = colors.HexColor("#dde5ee")
LATE = colors.HexColor("#b3261e")
ON_TIME = colors.HexColor("#2e7d32")
WARN_BG = colors.HexColor("#fdecea")
EXERCISE = colors.HexColor("#c62828")
SERIES = (ACCENT, colors.HexColor("#d08c2b"), colors.HexColor("#6a9a3b"), colors.HexColor("#8e5ea2"), MUTED)

MARGIN = 18 * mm


@cache
def register_fonts() -> None:
    """Registers the embedded DejaVu fonts once per process."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"), (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    # Charts (reportlab.graphics) start every drawing in Helvetica, and so does a table
    # cell without a FONTNAME: unembedded. Ours instead, for every document.
    from reportlab.graphics import shapes
    from reportlab.platypus.tables import CellStyle

    shapes.STATE_DEFAULTS["fontName"] = FONT
    CellStyle.fontname = FONT


def _style(name: str, **values) -> ParagraphStyle:
    values.setdefault("fontName", FONT)
    values.setdefault("bulletFontName", values["fontName"])  # reportlab's default is Helvetica
    values.setdefault("textColor", INK)
    return ParagraphStyle(name, **values)


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """Named paragraph styles. ``h1``/``h2`` are the ones the contents list picks up."""
    register_fonts()
    return {
        "title": _style("title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=6 * mm),
        "subtitle": _style("subtitle", fontSize=13, leading=18, textColor=MUTED, spaceAfter=3 * mm),
        "h1": _style("h1", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=2 * mm, spaceAfter=3 * mm),
        "h2": _style("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        "h3": _style("h3", fontName=FONT_BOLD, fontSize=9.5, leading=12.5, spaceBefore=2.5 * mm, spaceAfter=1 * mm, keepWithNext=1),
        "body": _style("body", fontSize=9.5, leading=13, spaceAfter=1.5 * mm),
        "letter": _style("letter", fontSize=10, leading=14, spaceAfter=2.5 * mm),
        "small": _style("small", fontSize=8, leading=10.5, textColor=MUTED),
        "cell": _style("cell", fontSize=8, leading=10),
        "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_head": _style("cell_head", fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT),
        "cell_right": _style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        "bullet": _style("bullet", fontSize=9.5, leading=13, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1 * mm),
        "ask": _style("ask", fontName=FONT_BOLD, fontSize=9.5, leading=13, backColor=HEADER_BG, borderPadding=(2 * mm, 2 * mm, 2 * mm, 2 * mm), spaceBefore=3 * mm, spaceAfter=4 * mm),
        "cover_label": _style("cover_label", fontSize=9, leading=12, textColor=MUTED),
        "cover_value": _style("cover_value", fontName=FONT_BOLD, fontSize=12, leading=16),
        "band": _style("band", fontName=FONT_BOLD, fontSize=11, leading=14, alignment=TA_CENTER, textColor=colors.white),
        "toc1": _style("toc1", fontSize=10.5, leading=15, leftIndent=0, firstLineIndent=0),
        "toc2": _style("toc2", fontSize=9, leading=12.5, leftIndent=6 * mm, firstLineIndent=0, textColor=MUTED),
    }


def table_style(header_rows: int = 1, zebra: bool = True, extra: list | None = None) -> TableStyle:
    """The house table: thin rules, a tinted header row, alternating row shading."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands + (extra or []))
