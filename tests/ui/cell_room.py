"""Whether a table's cells show their text whole, as a reader sees them: on one line in a table
that does not wrap, else wrapped at word boundaries within the column's width and the row's
height."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui.widgets.record_table import RecordTable
from ui.widgets.two_lines import LINE_BREAK

CELL_MARGINS = 8  # the cell's margins on either side and the grid line
SWATCH_MARGINS = 6  # either side of a colour square before the text (Column.swatch)


def column_of(table: QTableView, title: str) -> int:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def cut_cells(table: QTableView, title: str) -> list[str]:
    """The texts in the column ``title`` that do not show whole (beside a colour square where
    the cell has one)."""
    column = column_of(table, title)
    model = table.model()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        metrics = table.fontMetrics()
        swatch = index.data(Qt.ItemDataRole.DecorationRole) is not None
        square = table.iconSize().width() if table.iconSize().isValid() else 16
        room = table.columnWidth(column) - CELL_MARGINS - (square + SWATCH_MARGINS if swatch else 0)
        if not table.wordWrap():  # one line, cut with "…"
            if metrics.horizontalAdvance(text) > room:
                cut.append(text)
            continue
        needed = metrics.boundingRect(
            QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        if needed.width() > room or needed.height() > table.rowHeight(row):
            cut.append(text)
    return cut


def broken_in_cells(table: RecordTable, titles: Iterable[str]) -> list[tuple[str, str, int]]:
    """The texts of the columns ``titles`` (shown) that do not read whole in their cells as the
    style lays them out, wrapped between words: (title, text, the cell's room)."""
    model = table.model()
    metrics = QFontMetrics(table.font())
    margin = table._text_margin()  # as the style lays a cell's text out
    broken = []
    for title in titles:
        column = column_of(table, title)
        assert not table.isColumnHidden(column), title
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            cell = table.visualRect(model.index(row, column)).adjusted(0, 0, -margin, 0)
            needed = metrics.boundingRect(cell, int(Qt.TextFlag.TextWordWrap), text)
            if needed.width() > cell.width() or needed.height() > cell.height():
                broken.append((title, text, cell.width()))
    return broken


def lines_of_column(table: QTableView, title: str) -> dict[str, int]:
    """How many lines each text in the column ``title`` takes, wrapped between words in the
    column's width (a table that wraps)."""
    column = column_of(table, title)
    model = table.model()
    room = table.columnWidth(column) - CELL_MARGINS
    texts = {str(model.index(row, column).data()) for row in range(model.rowCount())}
    return {text: len(wrapped_lines(text, table.font(), room)) for text in texts}


def drawn_lines(table: QTableView, title: str, row: int) -> list[str]:
    """The lines of a cell in the column ``title`` as the style draws them: the text its
    delegate hands over, each line cut with "…" to the cell's width."""
    column = column_of(table, title)
    option = delegate_option(table, table.model().index(row, column))
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText, "Qt wraps it"
    room = table.columnWidth(column) - CELL_MARGINS
    metrics, cut = option.fontMetrics, Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, cut, room) for line in option.text.split(LINE_BREAK)]


def delegate_option(table: QTableView, index: QModelIndex) -> QStyleOptionViewItem:
    """What a cell's delegate hands the style to draw: its text (as cut or broken), its room."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken between words into lines of ``width`` pixels, as a label or a list item
    that wraps shows it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines
