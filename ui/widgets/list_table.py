"""What every read-only list of the app shares, whichever view shows it: RecordTable, the
Actions' lazy table, a small table of figures.

A text cut short with "…" shows whole in a tooltip (``show_cut_text``).

Tab and Shift+Tab leave a table for the next or previous field; the arrow keys move within it.
Qt's tables walk cell by cell on Tab (18 presses past a meeting's five invitees), which traps a
keyboard user in the list. Grids typed into cell by cell (a template's points) keep Qt's way
and do not use this.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView, QToolTip

V = TypeVar("V", bound=QAbstractItemView)


def tab_leaves(view: V) -> V:
    """Tab and Shift+Tab go to the next or previous field, not to the next cell."""
    view.setTabKeyNavigation(False)
    return view


def setup_list_table(table: QTableView) -> None:
    """A list of records: read-only, one row selected at a time, rows striped and one line
    high, no row numbers, Tab leaves it."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    tab_leaves(table)
    table.verticalHeader().setVisible(False)


def stretch_from(table: QTableView, last: int, width: int) -> None:
    """The stretched last column of a table whose columns were just fitted to its viewport,
    ``width`` wide if it is wider and the columns overrun the viewport: the stretched section
    never gets narrower than it was before it stretched (100 px) and the table scrolled
    sideways; it starts again from ``width``."""
    header = table.horizontalHeader()
    if (
        header.stretchLastSection()
        and header.length() > table.viewport().width()
        and header.sectionSize(last) > width
    ):
        header.setStretchLastSection(False)
        header.resizeSection(last, width)
        header.setStretchLastSection(True)


def text_margin(table: QTableView) -> int:
    """Of a column's width, what its text does not get: as the style lays a cell out, a
    margin on either side, and the grid line."""
    style = table.style()
    return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 1


def show_cut_text(table: QTableView, event: QEvent) -> bool:
    """For a table's ``viewportEvent``: a text cut short with "…" (an e-mail address, a
    responsible's organisation) shows whole when the pointer rests on it, unless its column
    says something of its own there. Whether it showed (the event is then handled)."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    index = table.indexAt(event.pos())
    if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole) is not None:
        return False
    text = str(index.data() or "")
    if not text or not _cut_short(table, index, text):
        return False
    QToolTip.showText(event.globalPos(), text, table.viewport())
    return True


def _cut_short(table: QTableView, index: QModelIndex, text: str) -> bool:
    cell = table.visualRect(index)
    room = cell.width() - text_margin(table)
    metrics = table.fontMetrics()
    if not table.wordWrap():  # else the delegate wraps every column at its spaces
        return metrics.horizontalAdvance(text) > room
    needed = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    return needed.width() > room or needed.height() > cell.height()
