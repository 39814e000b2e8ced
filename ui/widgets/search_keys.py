"""The arrow keys between a list and the search field above it: Down in the search goes into
the list on its first row (a few letters typed, the match is a key away, not a Tab through
the filters and the tool bar), Up on the list's first row goes back to the search.

Every register's list does it alike: ListPage and Åtgärder (through their SearchNarrowing,
ui.widgets.search_narrowing) and Hjälp → Kortkommandon call ``arrows_between``. The reception desk's borrower search steps through
its own borrowers with the arrows and does not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QLineEdit, QTableView

from ui import key_guide
from ui.widgets.list_key import own_key


def arrows_between(
    search: QLineEdit,
    table: QTableView,
    pause: QTimer | None = None,
    narrow: Callable[[], object] = lambda: None,
) -> None:
    """Down in ``search`` chooses ``table``'s first row, Up on that row goes back to ``search``.
    A search still waiting for the typing to ``pause`` is ``narrow``ed at once: the row chosen
    is the first match of the letters typed, not of the list before them (no ``pause``: the
    list narrows at each letter)."""

    def into_list() -> None:
        if pause is not None and pause.isActive():
            narrow()
        if table.model().rowCount() > 0:  # the search may have left nothing
            table.setFocus()
            choose_first_row(table)

    own_key(search, key_guide.LIST_FROM_SEARCH, into_list)
    own_key(
        table,
        key_guide.LIST_TO_SEARCH,
        search.setFocus,
        lambda: table.currentIndex().row() == 0,
    )


def choose_first_row(table: QTableView) -> None:
    """The list's first row as shown (sorted) chosen, from its first column shown."""
    header = table.horizontalHeader()
    shown = (header.logicalIndex(at) for at in range(header.count()))
    column = next((c for c in shown if not header.isSectionHidden(c)), 0)
    index = table.model().index(0, column)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
