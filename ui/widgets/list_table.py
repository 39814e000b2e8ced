"""What every read-only list of the app shares, whichever view shows it: RecordTable, the
Actions' lazy table, a small table of figures.

Tab and Shift+Tab leave a table for the next or previous field; the arrow keys move within it.
Qt's tables walk cell by cell on Tab (18 presses past a meeting's five invitees), which traps a
keyboard user in the list. Grids typed into cell by cell (a template's points) keep Qt's way
and do not use this.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QTableView

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
