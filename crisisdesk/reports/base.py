"""The frame every crisisdesk PDF is built in: pages, marking, page numbers, OEFENING.

Small API for every document (briefing, letters, checklists, exercise reports)::

    from crisisdesk.reports.base import DocumentInfo, build_pdf, contents_list, heading

    info = DocumentInfo(title="Checklist …", marking=Marking.INTERNAL, prepared_at=now)
    story = [heading("Partners"), Paragraph("…", stylesheet()["body"])]
    pdf_bytes = build_pdf(story, info)                      # content pages only
    pdf_bytes = build_pdf(story, info, cover=[...])          # first page from ``cover``

- Every page carries the marking (top right and in the footer) and "Pagina X van Y".
- ``DocumentInfo(exercise=True)``: a red "OEFENING — Dit is een oefening" band tops every
  page and is the first text of the document (``shared/domain.md`` section 5).
- ``heading(text, level)`` makes a heading for the PDF outline; level 1 headings also
  go in the contents list, which ``contents_list()`` places (once, anywhere — the cover
  is fine). It is filled in when the last page is known, so a build is one pass.
- ``wide_pages(flowables)`` puts wide tables on landscape pages (same header/footer).
- Builds are deterministic (reportlab's invariant mode): the same story and info give
  the same bytes. Nothing reads the clock: ``prepared_at`` is passed in, and it is the
  PDF's creation date (a letter passes its decision date).
- Hygiene for documents that leave the house: every font is the embedded DejaVu (also
  the canvas's initial font and list bullets — never reportlab's unembedded Helvetica),
  the document language is nl-NL, and the Author is ``info.author`` — the municipality
  and department from the profile, never a person's login.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import to_local
from crisisdesk.i18n import translate
from crisisdesk.reports import styles
from crisisdesk.reports.styles import ACCENT, EXERCISE, FONT, FONT_BOLD, MARGIN, MUTED, RULE

# Page streams as binary Flate, not ASCII85 on top: smaller files, and the encoding is
# pure Python here (a tenth of a 70-page briefing's build). Set once, so every build of
# every crisisdesk document is the same.
rl_config.useA85 = 0

LANGUAGE = "nl-NL"
BAND_HEIGHT = 8 * mm
HEADER_HEIGHT = 12 * mm
FOOTER_HEIGHT = 12 * mm


@dataclass(frozen=True)
class DocumentInfo:
    """What the page frame prints and the PDF metadata says.

    ``title`` runs in the header; ``prepared_at`` (aware) is only metadata here — the
    document itself prints it where it wants. ``exercise`` marks every page OEFENING.
    """

    title: str
    marking: Marking | None  # None: no marking (a letter to a citizen)
    prepared_at: datetime  # aware: the PDF's creation date
    author: str = ""  # the municipality and department (services.profile.document_author)
    subject: str = ""
    exercise: bool = False


def exercise_text() -> str:
    return translate("Report", "EXERCISE — This is an exercise")


def page_text(page: int, total: int) -> str:
    return translate("Report", "Page {page} of {total}").format(page=page, total=total)


def heading(text: str, level: int = 1, key: str | None = None) -> Paragraph:
    """A heading for the contents list and the PDF outline (level 1 or 2)."""
    style = styles.stylesheet()["h1" if level == 1 else "h2"]
    paragraph = Paragraph(text, style)
    paragraph._crisisdesk_toc = (level, key)  # read by _Document.afterFlowable
    return paragraph


class _ContentsList(Flowable):
    """Reserves room for the level-1 headings; the canvas writes them in at the end."""

    LEADING = 6.5 * mm

    def __init__(self) -> None:
        super().__init__()
        self.entries = 0  # set by build_pdf: the number of level-1 headings

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.entries * self.LEADING

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.entries * self.LEADING)
        self.canv._contents_box = (self.canv.getPageNumber(), x, y, self.width)


def contents_list() -> Flowable:
    return _ContentsList()


class _CreationDate:
    """The PDF's CreationDate/ModDate: ``prepared_at`` in Amsterdam time, not the build clock.

    reportlab's invariant mode would write 2000-01-01; this keeps builds deterministic
    (the moment is passed in) and the date true.
    """

    def __init__(self, moment: datetime) -> None:
        local = to_local(moment) if moment.tzinfo is not None else moment
        delta = local.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else 0
        self.YMDhms = (local.year, local.month, local.day, local.hour, local.minute, local.second)
        self.dhh, self.dmm = divmod(offset, 60)
        self.t = local.timestamp()


def _numbered_canvas(info: DocumentInfo):
    """A canvas class that holds pages back until the total is known (Pagina X van Y)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = FONT  # else every page names Helvetica, unembedded
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _CreationDate(info.prepared_at)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            box = getattr(self, "_contents_box", None)
            entries = list(getattr(self, "_contents", ()))
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if box is not None and box[0] == number:
                    self._draw_contents(box, entries)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _draw_contents(self, box: tuple, entries: list[tuple[str, int, str]]) -> None:
            _page, x, top, width = box
            self.saveState()
            for index, (text, page, key) in enumerate(entries):
                y = top - (index + 1) * _ContentsList.LEADING + 2 * mm
                self.setFont(FONT, 10.5)
                self.setFillColor(styles.INK)
                self.drawString(x, y, text)
                self.drawRightString(x + width, y, str(page))
                start = x + self.stringWidth(text, FONT, 10.5) + 2 * mm
                end = x + width - self.stringWidth(str(page), FONT, 10.5) - 2 * mm
                self.setStrokeColor(RULE)
                self.setDash(0.5, 2.5)
                self.line(start, y, end, y)
                self.setDash()
                self.linkRect("", key, (x, y - 1.5 * mm, x + width, y + 4 * mm), relative=0, thickness=0)
            self.restoreState()

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            y = MARGIN - 8 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFont(FONT_BOLD, 7.5)
            self.setFillColor(ACCENT)
            if info.marking is not None:
                self.drawString(MARGIN, y, info.marking.value.upper())
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, y, info.title[:90])
            self.drawRightString(width - MARGIN, y, page_text(number, total))
            self.restoreState()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, info: DocumentInfo, pagesize) -> None:
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT + (BAND_HEIGHT if info.exercise else 0),
            bottomMargin=MARGIN + FOOTER_HEIGHT / 2,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="crisisdesk",
            producer="crisisdesk",
            invariant=1,
            lang=LANGUAGE,
            initialFontName=FONT,
        )
        self.info = info
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide_size = landscape(pagesize)
        wide = Frame(self.leftMargin, self.bottomMargin, wide_size[0] - 2 * MARGIN,
                     wide_size[1] - self.topMargin - self.bottomMargin, id="wide",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate(id="content", frames=[frame], onPage=self._decorate),
                PageTemplate(id="wide", frames=[wide], onPage=self._decorate, pagesize=wide_size),
            ]
        )

    def _band(self, canvas: Canvas) -> float:
        """The OEFENING band; returns the y below it. Drawn first so it opens the page text."""
        width, height = canvas._pagesize
        top = height - MARGIN + 4 * mm
        if not self.info.exercise:
            return top
        canvas.setFillColor(EXERCISE)
        canvas.rect(MARGIN, top - BAND_HEIGHT, width - 2 * MARGIN, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor("white")
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawCentredString(width / 2, top - BAND_HEIGHT + 2.4 * mm, exercise_text())
        return top - BAND_HEIGHT - 2 * mm

    def _decorate(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        width, _height = canvas._pagesize
        y = self._band(canvas) - 5 * mm
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, self.info.title[:100])
        self._marking_box(canvas, width - MARGIN, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
        canvas.restoreState()

    def _decorate_cover(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        width, _height = canvas._pagesize
        y = self._band(canvas) - 5 * mm
        self._marking_box(canvas, width - MARGIN, y)
        canvas.restoreState()

    def _marking_box(self, canvas: Canvas, right: float, y: float) -> None:
        if self.info.marking is None:
            return
        text = self.info.marking.value.upper()
        canvas.setFont(FONT_BOLD, 8.5)
        text_width = canvas.stringWidth(text, FONT_BOLD, 8.5)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.rect(right - text_width - 4 * mm, y - 1.6 * mm, text_width + 4 * mm, 5.2 * mm, stroke=1, fill=0)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(right - 2 * mm, y, text)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        entry = getattr(flowable, "_crisisdesk_toc", None)
        if entry is None:
            return
        level, key = entry
        text = flowable.getPlainText()
        key = key or f"h{level}-{self.seq.nextf('heading')}"
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=self.frame._y + flowable.height + 30, zoom=0)
        self.canv.addOutlineEntry(text, key, level=level - 1, closed=True)
        if level == 1:
            if not hasattr(self.canv, "_contents"):
                self.canv._contents = []
            self.canv._contents.append((text, self.page, key))


def wide_pages(flowables: list[Flowable]) -> list[Flowable]:
    """``flowables`` on landscape pages; the pages after them are portrait again."""
    return [NextPageTemplate("wide"), PageBreak(), *flowables, NextPageTemplate("content"), PageBreak()]


def build_pdf(story: list[Flowable], info: DocumentInfo, *, cover: list[Flowable] | None = None, pagesize=A4) -> bytes:
    """Lays out ``story`` (after an optional ``cover`` page) and returns the PDF's bytes."""
    styles.register_fonts()
    buffer = io.BytesIO()
    document = _Document(buffer, info, pagesize)
    flowables: list[Flowable] = []
    if cover:
        flowables += [NextPageTemplate("cover"), *cover]
        if not (story and isinstance(story[0], NextPageTemplate)):  # wide_pages breaks itself
            flowables += [NextPageTemplate("content"), PageBreak()]
    else:  # a build starts on the first template
        document.pageTemplates.sort(key=lambda template: template.id != "content")
    flowables += story
    level_one = sum(1 for item in flowables if getattr(item, "_crisisdesk_toc", (0,))[0] == 1)
    for item in flowables:
        if isinstance(item, _ContentsList):
            item.entries = level_one
    document.build(flowables, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
