"""A table model that reads its rows page by page from a service.

Only the first page is read when a query is set; ``fetchMore`` reads the next page when
the view scrolls near the end. Filtering and sorting re-run the query in the database,
so a list of 100,000 records never sits in memory. Subclasses give the columns
(``headerData``, ``data``, ``sort``); the rows are the service's frozen records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex

PAGE_SIZE = 200

Row = TypeVar("Row")
Query = TypeVar("Query")


class PagedTableModel(QAbstractTableModel, Generic[Query, Row]):
    def __init__(
        self,
        page: Callable[[Query, int, int], list[Row]],
        query: Query,
        columns: int,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._query = query
        self._columns = columns
        self._rows: list[Row] = []
        self._exhausted = True

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, query: Query) -> None:
        """Runs ``query`` and shows its first page."""
        self.beginResetModel()
        self._query = query
        self._rows = self._page(query, 0, PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, ident: int) -> int | None:
        return next((number for number, item in enumerate(self._rows) if item.id == ident), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._page(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
