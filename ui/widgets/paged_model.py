"""Rows fetched a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), sorted by
the database: for registers too long to hold in memory (a city's million loans).

The view shows this model itself, with no sort proxy in between: a header click comes here as
``sort()`` and is passed on as ``sort_requested`` (sorting the rows loaded so far would order a
page, not the list). A proxy would also triple the Python calls of every repaint (each cell's
``data`` through the proxy asks the source for ``index``, hence ``rowCount`` and
``columnCount``): a third of a keystroke's time at a million loans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.widgets.table_model import Column, RowTableModel

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int], list[Any]]  # offset -> the next page (fewer rows: the end)


class PagedRowModel(RowTableModel[R]):
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch: Fetch | None = None
        self._page_size = 0
        self._more = False

    def set_first_page(self, rows: Sequence[R], fetch: Fetch, page_size: int) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._fetch, self._page_size = fetch, page_size
        self._more = len(self._rows) >= page_size
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        self._more = False  # a complete list
        super().set_rows(rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        self._more = False  # until the page is in: a view asks again while painting
        rows = self._fetch(len(self._rows))
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._more = len(rows) >= self._page_size

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.sort_requested.emit(column, order)
