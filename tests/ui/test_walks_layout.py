"""The Safety walks area at the window's usual size (1280×800) with the example district: the
observations table shows all its columns, the menu buttons have room for their arrows, and the
walks list's sort arrow says what the list is sorted by."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QStyle
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walks as walk_service
from tests.ui.helpers import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.record_table import RecordTable


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


def test_the_menu_buttons_have_room_for_text_and_arrow(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _walks_area(qtbot, demo_ctx)
    _open_tessinparken(area, demo_ctx)
    view = area.view
    for button, text in ((view.letters_button, "Brev till ansvariga"), (view.more_button, "Mer")):
        assert button.text() == text and button.menu() is not None
        style = button.style()
        needed = (
            button.fontMetrics().horizontalAdvance(text)
            + style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
            + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        )
        assert button.sizeHint().width() >= needed, text
        assert button.width() >= needed, text
    # A push button with a menu opens it on a click, as the tool button did.
    assert isinstance(view.letters_button, QPushButton)


def _arrow_widths(table: RecordTable, section: int) -> list[int]:
    """The sort arrow drawn at the right of a header section: its width row by row, top down."""
    header = table.horizontalHeader()
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(right - 20, right - 2) if image.pixelColor(x, y).value() < 140)
        if dark:
            widths.append(dark)
    return widths


def test_the_walks_list_arrow_says_newest_first(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _walks_area(qtbot, demo_ctx)
    page = area.walks_page
    header = page.table.horizontalHeader()
    # What the header says is what the list is sorted by: the date, newest first.
    assert (
        (header.sortIndicatorSection(), header.sortIndicatorOrder())
        == (
            page.proxy.sortColumn(),
            page.proxy.sortOrder(),
        )
        == (0, Qt.SortOrder.DescendingOrder)
    )
    dates = [row.date for row in page.table.rows()]
    assert dates == sorted(dates, reverse=True)
    # And the arrow points down (▼), as newest first reads on Windows, macOS and the web; Qt's
    # Fusion style on Linux drew ▲.
    widths = _arrow_widths(page.table, 0)
    assert len(widths) >= 3 and widths[0] > widths[-1], widths
    # A click on the title turns the list and the arrow round.
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 8)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == page.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
    dates = [row.date for row in page.table.rows()]
    assert dates == sorted(dates)
    widths = _arrow_widths(page.table, 0)
    assert widths[0] < widths[-1], widths
