"""Small helpers the crisis pages share: colours for what is due, sizes, row buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.one_time_dialog import popup_once

if TYPE_CHECKING:
    pass

OK_COLOUR = QColor("#1e7b34")
WARNING_STYLE = "color: #b42318; font-weight: 600;"


def size_text(byte_size: int) -> str:
    if byte_size < 1024:
        return _("{n} B").format(n=byte_size)
    if byte_size < 1024 * 1024:
        return _("{n} kB").format(n=round(byte_size / 1024))
    return _("{n} MB").format(n=f"{byte_size / (1024 * 1024):.1f}".replace(".", ","))


def verified_text(value: dt.date | None) -> str:
    return iso_date(value) if value else _("never")


def button_row(
    parent: QWidget, buttons: list[tuple[str, Callable[[], object]]]
) -> tuple[FlowLayout, list[QPushButton]]:
    """A row of buttons left-aligned, wrapping onto a second line when the pane is narrow (two
    panes of buttons side by side would otherwise force the window wider than a laptop)."""
    row = FlowLayout()
    made = []
    for text, slot in buttons:
        button = QPushButton(text, parent)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        row.addWidget(button)
        made.append(button)
    return row, made


def keep_own_order(table: QTableView) -> None:
    """A list with an order of its own (↑/↓ set it, the printouts keep it) shown in it without a
    sort arrow: "Roll ▲" read as alphabetical. A click on a title sorts by that column (its
    arrow shown), a third click on it, or "Own order" in the titles' right-click menu, shows
    the list's own order again."""
    header = table.horizontalHeader()
    header.setSortIndicatorClearable(True)  # ascending, descending, none: the own order
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def offer(pos: QPoint) -> None:
        menu = QMenu(header)
        own = menu.addAction(_("Own order"), lambda: in_list_order(table))
        own.setCheckable(True)
        own.setChecked(header.sortIndicatorSection() == -1)
        popup_once(menu, header.mapToGlobal(pos))

    header.customContextMenuRequested.connect(offer)


def in_list_order(table: QTableView, column: int = 0) -> None:
    """Before ↑ or ↓ moves a row in a list's own order (the order its printouts keep): a table
    sorted by another column, or backwards, is shown in that order again first. Sorted backwards,
    ↑ moved the row down the screen; sorted by a date, it seemed to do nothing. A list that
    keeps its own order without an arrow (``keep_own_order``) shows it so again."""
    header = table.horizontalHeader()
    if header.isSortIndicatorClearable():
        column = -1
    if (
        header.sortIndicatorSection() != column
        or header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder
    ):
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
