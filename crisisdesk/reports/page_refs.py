"""Page numbers of later parts, printed on an earlier page in the same single build.

Page 1 of the briefing says "en 4 meer, zie pagina 6" before page 6 exists. Building
twice would double the time; instead the line on page 1 leaves a placeholder in that
page's content stream, every ``anchor`` notes the page it lands on, and ``resolve``
(the story's last flowable, drawn after every anchor) writes the numbers in. The
document canvas keeps each page's stream until the end (``reports.base`` holds pages
back for "Pagina X van Y"), so the placeholder is still there to fill.

    refs = PageRefs()
    story = [..., refs.line("en {n} meer, zie pagina {page}", "n12", n=4), ...,
             refs.anchor("n12"), heading(...), ..., refs.resolve()]
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from crisisdesk.reports.styles import FONT, MUTED

LEADING = 1.3


class _Anchor(Flowable):
    """Zero size; notes the page it is drawn on (the first time)."""

    def __init__(self, refs: PageRefs, key: str) -> None:
        super().__init__()
        self.refs, self.key = refs, key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.refs.pages.setdefault(self.key, self.canv.getPageNumber())


class _RefLine(Flowable):
    """One line of text with ``{page}`` to be filled in by ``resolve``."""

    def __init__(self, refs: PageRefs, template: str, key: str, size: float, colour: Color, values: dict) -> None:
        super().__init__()
        self.refs, self.template, self.key, self.size, self.colour, self.values = refs, template, key, size, colour, values
        self.height = size * LEADING

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        code = self.canv._code
        code.append("")  # the placeholder, replaced by resolve()
        self.refs.pending.append((self, code, len(code) - 1))

    def text(self, page: int | None) -> str:
        return self.template.format(page=page if page is not None else "?", **self.values)

    def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
        return self.text(self.refs.pages.get(self.key))


class _Resolve(Flowable):
    def __init__(self, refs: PageRefs) -> None:
        super().__init__()
        self.refs = refs
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        for line, code, index in self.refs.pending:
            text = canvas.beginText(0, line.height - line.size)
            text.setFont(FONT, line.size)
            text.setFillColor(line.colour)
            text.textOut(line.text(self.refs.pages.get(line.key)))
            code[index] = text.getCode()
        self.refs.pending.clear()


class PageRefs:
    """Anchors and the lines that name their pages, for one build."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self.pending: list[tuple[_RefLine, list, int]] = []

    def anchor(self, key: str) -> Flowable:
        return _Anchor(self, key)

    def line(self, template: str, key: str, size: float = 8, colour: Color = MUTED, **values) -> Flowable:
        """``template`` with ``{page}`` (the page of ``key``'s anchor) and ``values``."""
        return _RefLine(self, template, key, size, colour, values)

    def resolve(self) -> Flowable:
        return _Resolve(self)
