"""CSV as Dutch Excel opens it, with no cell a spreadsheet could run as a formula.

Every CSV the program writes (audit trail, calendar export, term evaluation) is built
by :func:`csv_bytes`, which passes every cell through :func:`safe_cell`. Text typed by
an organiser or a colleague — ``=HYPERLINK(…)``, ``+cmd|' /C calc'!A0``, ``@SUM(…)`` —
would otherwise be a formula in Excel or LibreOffice (CSV injection, OWASP). Such a
cell gets a leading apostrophe, which spreadsheets show as text; plain numbers such as
``-5`` or ``+31`` stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

# What a spreadsheet may read as the start of a formula (also the full-width forms, and
# a tab or line break before one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def safe_cell(value: object) -> str:
    """``value`` as CSV text that no spreadsheet evaluates."""
    if value is None:
        return ""
    text = str(value)
    stripped = text.lstrip(" ")
    if stripped[:1] in FORMULA_STARTS and not PLAIN_NUMBER.fullmatch(stripped):
        return "'" + text
    return text


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    """Rows (the first one the header) as UTF-8 with BOM, ';' and CRLF; every cell made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
