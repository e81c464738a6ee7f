"""Long texts in PDFs: capped in summaries, split into page-sized paragraphs in full.

A route, a purpose or a set of conditions can be 20,000 characters, or a pasted
megabyte. Two failures follow in reportlab: a table row taller than a page cannot be
laid out at all (``LayoutError``), and one huge paragraph takes minutes, because every
page break re-splits the rest of it. So:

- in a summary (a table cell, a heading, the briefing's facts, a letter's overview)
  a field is capped with :func:`cap`, which says how long the whole text is;
- where the whole text belongs in the document (subject access, the conditions of a
  decision) :func:`paragraphs` breaks it into paragraphs of at most ``CHUNK``
  characters at line ends and spaces, which flow over as many pages as they need;
  past ``FAST_LIMIT`` characters the rest is a :class:`PlainText` block, laid out with
  the font's width table instead of reportlab's paragraph engine (a megabyte in about
  two seconds instead of twenty).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable, Paragraph

from crisisdesk.i18n import translate

SUMMARY_LIMIT = 1000  # characters of one field in a summary
CELL_LIMIT = 600  # characters of one table cell when the full text follows elsewhere
CHUNK = 1500  # characters of one paragraph of a long text
FAST_LIMIT = 20_000  # characters set as paragraphs; the rest of a longer text as PlainText


def is_long(text: object, limit: int = SUMMARY_LIMIT) -> bool:
    return isinstance(text, str) and len(text) > limit


def cap(text: object, limit: int = SUMMARY_LIMIT) -> str:
    """``text`` cut at a space near ``limit``, with a note of its full length (plain text)."""
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit * 0.8:
        cut = limit
    note = translate("Report", "[shortened; the full text has {count} characters]").format(count=f"{len(text):,}".replace(",", "."))
    return f"{text[:cut].rstrip()} … {note}"


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` in pieces of at most ``size`` characters: per line, then at spaces (or hard)."""
    pieces: list[str] = []
    for line in (text or "").splitlines() or [""]:
        while len(line) > size:
            cut = line.rfind(" ", 0, size)
            if cut < size // 2:
                cut = size
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    # Blank lines keep their meaning as paragraph breaks, but never pile up.
    return [piece for index, piece in enumerate(pieces) if piece.strip() or (index and pieces[index - 1].strip())]


class PlainText(Flowable):
    """Plain text in one font, broken into lines with the font's width table; splits over pages."""

    def __init__(self, text: str, font: str, size: float, leading: float, colour: object = None,
                 indent: float = 0, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.colour, self.indent = colour, indent
        self._lines: list[str] = lines if lines is not None else []
        self._width: float | None = None if lines is None else 0.0  # None: not yet broken into lines

    def _break(self, width: float) -> list[str]:
        face = getFont(self.font).face
        table, default, scale = face.charWidths, face.defaultWidth, self.size / 1000
        cache: dict[str, float] = {}

        def measure(word: str) -> float:
            value = cache.get(word)
            if value is None:
                value = cache[word] = sum(table.get(ord(c), default) for c in word) * scale
            return value

        space = measure(" ")
        lines: list[str] = []
        for raw in self.text.splitlines() or [""]:
            line: list[str] = []
            used = 0.0
            for word in raw.split(" "):
                size = measure(word)
                if size > width:  # a word wider than the line: break it anywhere
                    if line:
                        lines.append(" ".join(line))
                        line, used = [], 0.0
                    start, run = 0, 0.0
                    for index, char in enumerate(word):
                        step = table.get(ord(char), default) * scale
                        if run + step > width and index > start:
                            lines.append(word[start:index])
                            start, run = index, 0.0
                        run += step
                    line, used = [word[start:]], run
                    continue
                needed = size if not line else used + space + size
                if line and needed > width:
                    lines.append(" ".join(line))
                    line, used = [word], size
                else:
                    line.append(word)
                    used = needed
            lines.append(" ".join(line))
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._width is None or (self.text and self._width != available_width):
            self._lines = self._break(available_width - self.indent)
            self._width = available_width
        return available_width, len(self._lines) * self.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int(available_height // self.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        head = PlainText("", self.font, self.size, self.leading, self.colour, self.indent, self._lines[:fits])
        tail = PlainText("", self.font, self.size, self.leading, self.colour, self.indent, self._lines[fits:])
        head._width = tail._width = available_width
        return [head, tail]

    def _encoding(self, font, document) -> tuple[int, dict[int, str]] | None:
        """(subset, char -> byte) when all of this block's characters fall in one font subset."""
        characters = set("".join(self._lines))
        font.splitString("".join(sorted(characters)), document)  # gives every character its code
        assignments = font.state[document].assignments
        table, subsets = {}, set()
        for char in characters:
            code = assignments.get(32 if char == "\xa0" else ord(char), 0)
            subsets.add(code >> 8)
            table[ord(char)] = chr(code & 0xFF)
        return (subsets.pop(), table) if len(subsets) == 1 else None

    def draw(self) -> None:
        # The text operators written directly, each line one hex string: reportlab's text
        # object maps and escapes every character in Python, which made a megabyte take
        # many seconds; here a line is one str.translate.
        canvas, font = self.canv, getFont(self.font)
        document = canvas._doc
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        size, leading = fp_str(self.size), fp_str(self.leading)
        top = fp_str(len(self._lines) * self.leading - self.size)
        code = [f"BT 1 0 0 1 {fp_str(self.indent)} {top} Tm {leading} TL"]
        encoding = self._encoding(font, document)
        if encoding is not None:
            subset, table = encoding
            code.append(f"{font.getSubsetInternalName(subset, document)} {size} Tf")
            code += [f"<{line.translate(table).encode('latin-1').hex()}> Tj T*" for line in self._lines]
        else:  # characters from several subsets: let reportlab split each line
            current = None
            for line in self._lines:
                for part, data in font.splitString(line, document):
                    if part != current:
                        code.append(f"{font.getSubsetInternalName(part, document)} {size} Tf")
                        current = part
                    code.append(f"<{data.hex()}> Tj")
                code.append("T*")
        code.append("ET")
        canvas._code.append("\n".join(code))


def paragraphs(text: str, style: ParagraphStyle, first_bullet: str | None = None) -> list[Flowable]:
    """The whole of ``text`` as paragraphs that split over pages (escaped: plain text in)."""
    text = text or ""
    rest = ""
    if len(text) > FAST_LIMIT:
        cut = text.rfind("\n", 0, FAST_LIMIT)
        cut = cut if cut > FAST_LIMIT // 2 else text.rfind(" ", 0, FAST_LIMIT)
        cut = cut if cut > FAST_LIMIT // 2 else FAST_LIMIT
        text, rest = text[:cut], text[cut:].lstrip(" \n")
    out: list[Flowable] = []
    for index, piece in enumerate(chunks(text)):
        bullet = first_bullet if index == 0 else None
        out.append(Paragraph(escape(piece) if piece.strip() else "&nbsp;", style, bulletText=bullet))
    if rest:
        out.append(PlainText(rest, style.fontName, style.fontSize, style.leading, style.textColor, style.leftIndent))
    return out
