"""Table models for the term evaluation screen: figures as text, sorted as numbers.

Each cell is a ``Cell`` (the text shown and the value it sorts on); the views sort
through a ``QSortFilterProxyModel`` on ``SORT_ROLE`` so "9,5 %" comes before "10,0 %" and
months sort by date, not by their Dutch abbreviation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from crisisdesk.domain.documents.term_evaluation_findings import format_count, format_percent

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    sort: float | str
    numeric: bool = True
    emphasis: bool = False


def number_cell(value: int) -> Cell:
    return Cell(format_count(value), value)


def percent_cell(percent: float | None, emphasis: bool = False) -> Cell:
    """"8,0 %": the same words as the PDF (``term_evaluation_findings.format_percent``)."""
    if percent is None:
        return Cell("–", -1.0)
    return Cell(format_percent(percent), percent, emphasis=emphasis)


def text_cell(text: str, sort: float | str | None = None) -> Cell:
    return Cell(text, text.casefold() if sort is None else sort, numeric=False)


def wrapped(text: str, newline: str, width: int = 18) -> str:
    """Breaks a long rule or kind name over lines at spaces (column heads, chart axes)."""
    lines: list[str] = []
    for word in text.replace("-", "- ").split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return newline.join(lines).replace("- ", "-")


class FiguresModel(QAbstractTableModel):
    """Rows of cells under a header; ``set_table`` replaces both."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._tips: list[str] = []
        self._rows: list[Sequence[Cell]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._tips = list(tips) + [""] * (len(headers) - len(tips))
        self._rows = [tuple(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.sort
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cell.emphasis:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return wrapped(self._headers[section], "\n")
        if role == Qt.ItemDataRole.ToolTipRole and self._tips[section]:
            return self._tips[section]
        return None


def sortable(model: FiguresModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
