"""The Safety walks area at the window's usual size (1280×800) with the example district: the
observations table shows all its columns (the menu buttons: tests/ui/test_menu_buttons.py), and
the walks list's sort arrow says what the list is sorted by."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.tables import sort_arrow_widths
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.sort_proxy import SortProxy


def _walks_area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    ctx.navigator.go("walks")
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    return area


def _open_tessinparken(area: WalksArea, ctx: AppContext) -> None:
    walk = next(
        w
        for w in ctx.call(walk_reading.list_walks)
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


def test_the_walks_list_arrow_says_newest_first(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _walks_area(qtbot, demo_ctx)
    page = area.walks_page
    header = page.table.horizontalHeader()
    proxy = page.proxy
    assert isinstance(proxy, SortProxy)
    # What the header says is what the list is sorted by: the date, newest first.
    assert (
        (header.sortIndicatorSection(), header.sortIndicatorOrder())
        == (
            proxy.sortColumn(),
            proxy.sortOrder(),
        )
        == (0, Qt.SortOrder.DescendingOrder)
    )
    dates = [row.date for row in page.table.rows()]
    assert dates == sorted(dates, reverse=True)
    # And the arrow points down (▼), as newest first reads on Windows, macOS and the web; Qt's
    # Fusion style on Linux drew ▲.
    widths = sort_arrow_widths(page.table, 0)
    assert len(widths) >= 3 and widths[0] > widths[-1], widths
    # A click on the title turns the list and the arrow round.
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 8)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == proxy.sortOrder() == Qt.SortOrder.AscendingOrder
    dates = [row.date for row in page.table.rows()]
    assert dates == sorted(dates)
    widths = sort_arrow_widths(page.table, 0)
    assert widths[0] < widths[-1], widths
