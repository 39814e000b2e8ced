"""A register's column, as every list page lays it out (ListPage's and Åtgärder's): the tool bar
on top, the search's and the filters' rows under it, the list, and under the list what it says
(a notice, the count). Tab reads it as drawn: the tool bar's one stop, the search, the filters,
the list (ui.widgets.toolbar_keys)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLayout, QToolBar, QVBoxLayout, QWidget

from ui.widgets.toolbar_keys import reach_by_keys


def list_column(
    column: QWidget,
    toolbar: QToolBar,
    search: QWidget,
    filter_rows: Sequence[QLayout],
    table: QWidget,
    under: Sequence[QWidget],
) -> QVBoxLayout:
    """``column``'s layout: ``toolbar``, ``filter_rows`` (the first holding ``search``),
    ``table`` taking the height left, ``under`` it; the tool bar reached by Tab just before
    the search. The search and the filters come before the list in the Tab order already
    (made first, or placed there: PageFilters.tab_after_filters)."""
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(toolbar)
    for row in filter_rows:
        layout.addLayout(row)
    layout.addWidget(table, 1)
    for widget in under:
        layout.addWidget(widget)
    reach_by_keys(toolbar, search)
    return layout
