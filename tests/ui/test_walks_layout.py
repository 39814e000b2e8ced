"""The Safety walks area at the window's usual size (1280×800) with the example district: the
observations table shows all its columns, the menu buttons have room for their arrows, and the
walks list's sort arrow says what the list is sorted by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walks as walk_service
from tests.ui.helpers import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def _walks_area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    ctx.navigator.go("walks")
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    return area


def _open_tessinparken(area: WalksArea, ctx: AppContext) -> None:
    walk = next(
        w
        for w in ctx.call(walk_service.list_walks)
        if w.place == "Tessinparken" and w.date.year == 2021
    )
    area.open_walk(walk.id)


def test_every_column_of_the_observations_shows_without_scrolling_sideways(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _walks_area(qtbot, demo_ctx)
    _open_tessinparken(area, demo_ctx)
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.isVisible())
    table = tab.table
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.model().headerData(last, Qt.Orientation.Horizontal) == "Vad ni såg"
    right_edge = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right_edge <= table.viewport().width()
    assert header.sectionSize(last) >= 120  # what was seen, readable, not a sliver
    assert not table.horizontalScrollBar().isVisible()
