"""Reading and clicking a list as a user does: its header (sorting, the sort arrow), a row by its
first cell, a column's texts, a cell's tooltip, the list a tool bar acts on and its search."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

P = TypeVar("P", bound=QWidget)


def column_titles(model: QAbstractItemModel) -> list[str]:
    """The titles a table's columns show, left to right."""
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def click_header(qtbot: QtBot, table: QTableView, title: str) -> Qt.SortOrder:
    """Click the column header titled ``title`` (sort, or reverse); the order it now shows."""
    header = table.horizontalHeader()
    model = table.model()
    titles = column_titles(model)
    section = titles.index(title)
    spot = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert header.sortIndicatorSection() == section
    return header.sortIndicatorOrder()


def column_texts(table: QTableView, title: str) -> list[str]:
    """The texts shown in one column, top to bottom."""
    model = table.model()
    titles = column_titles(model)
    column = titles.index(title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def sorts_in_both_orders(qtbot: QtBot, table: QTableView, title: str, order: list[str]) -> None:
    """Each of two clicks on ``title`` lists the column's texts by their place in ``order``
    (the first of ``order`` first, then the last first), every text of the column one of them."""
    for _click in range(2):
        ascending = click_header(qtbot, table, title) is Qt.SortOrder.AscendingOrder
        ranks = [order.index(text) for text in column_texts(table, title)]
        assert ranks == sorted(ranks, reverse=not ascending), column_texts(table, title)


def row_texts(table: QTableView, first_cell: str) -> dict[str, str]:
    """The row whose first column shows ``first_cell``, as {column title: text}."""
    model = table.model()
    titles = column_titles(model)
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == first_cell:
            return {t: model.index(row, c).data() for c, t in enumerate(titles)}
    raise AssertionError(f"{first_cell!r} is not in the table")


def click_row(qtbot: QtBot, table: QTableView, first_cell: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == first_cell:
            table.scrollTo(index)
            rect = table.visualRect(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{first_cell!r} is not in the table")


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a cell that the view filled (a missing one fails here, not later)."""
    item = table.item(row, column)
    assert item is not None, f"no item in row {row}, column {column}"
    return item


def sort_arrow_widths(table: QTableView, section: int) -> list[int]:
    """The sort arrow drawn at the right of a header section: its width row by row, top down
    (wider first: ▼; narrower first: ▲)."""
    header = table.horizontalHeader()
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(right - 20, right - 2) if image.pixelColor(x, y).value() < 140)
        if dark:
            widths.append(dark)
    return widths


def hover_tooltip(qtbot: QtBot, table: QTableView, row: int, column: int) -> str:
    """Rest the pointer on a cell: the tooltip shown then ("" for none)."""
    QToolTip.hideText()  # it fades out
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    cell = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def list_under(toolbar: QToolBar) -> QTableView | None:
    """The list a tool bar acts on: the ``table`` of its page or area (None when it has none)."""
    return _part_of_page(toolbar, "table", QTableView)


def search_under(toolbar: QToolBar) -> QLineEdit | None:
    """The search field under a list's tool bar: the ``search`` of its page or area."""
    return _part_of_page(toolbar, "search", QLineEdit)


def _part_of_page(toolbar: QToolBar, name: str, kind: type[P]) -> P | None:
    widget = toolbar.parentWidget()
    while widget is not None:
        part = getattr(widget, name, None)
        if isinstance(part, kind):
            return part
        widget = widget.parentWidget()
    return None
