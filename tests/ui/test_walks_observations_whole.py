"""A walk's observations list at 1280 px shows where each was seen and its category whole,
wrapping onto more lines: it cut them to "Lekplatsen (sto…" and "Nedskräpning, …", the two
things a coordinator scans the list by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_where_and_category_show_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1280, 800)
    area.open_walk(tessinparken(demo_ctx))
    view = area.view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.observations_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    table = view.observations_tab.table
    assert table.model().rowCount() == 6
    assert cut_cells(table, "Var") == []
    assert cut_cells(table, "Kategori") == []
