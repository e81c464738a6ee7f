"""Lighter flowables for long documents (the briefing's overview has thousands of cells)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph

LEADING = 1.25  # baseline distance of TextLines, times the font size


class WrapOnceParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    A table wraps every cell to measure rows, again to draw them, and again for every
    part left over after a page break; a paragraph's line breaks depend only on the
    width, so the first result is kept and reused.
    """

    _wrapped: tuple[float, object] | None = None  # (width, the blPara made for it)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth and cached[1] is self.__dict__.get("blPara"):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara)
        return result


@lru_cache(maxsize=8192)
def wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """``text`` broken into lines no wider than ``width`` (at spaces; a longer word keeps its line)."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines += simpleSplit(part, font, size, width) or [""]
    return tuple(lines)


class TextLines(Flowable):
    """Plain lines of text, already broken, each with its own font, size and colour.

    For table cells that need no markup: no parsing, no line breaking at layout time,
    one ``drawString`` per line. ``lines`` holds (text, font, size, colour) tuples; a
    line takes 1.25 times its size.
    """

    def __init__(self, lines: Sequence[tuple[str, str, float, Color]]) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.height = sum(size * LEADING for _text, _font, size, _colour in self.lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        if not self.lines:
            return
        lines = self.lines
        first = lines[0][2]
        text_object = self.canv.beginText(0, self.height - first * LEADING + 0.25 * first)
        font_now = colour_now = leading_now = None
        for index, (text, font, size, colour) in enumerate(lines):  # one text object, T* between lines
            if (font, size) != font_now:
                text_object.setFont(font, size)
                font_now = (font, size)
            if colour != colour_now:
                text_object.setFillColor(colour)
                colour_now = colour
            following = lines[index + 1][2] if index + 1 < len(lines) else size
            leading = following + 0.25 * size  # baseline to baseline, as the heights add up
            if leading != leading_now:
                text_object.setLeading(leading)
                leading_now = leading
            text_object.textLine(text)
        self.canv.drawText(text_object)

    def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
        return " ".join(text for text, *_rest in self.lines)
