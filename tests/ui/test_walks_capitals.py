"""The lists of the Safety walks area keep Å/Ä/Ö whole: with DejaVu Sans (the usual Linux font)
the dots of "Ö" reach above a one-line row, and "Östermalms stadsdelsförvaltning" among a walk's
participants read "Ostermalms", "Övergångsställe" on its route "Overgångsställe"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import tessinparken
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def _short_rows(lists: list[QListWidget], room: int) -> list[str]:
    short = []
    for widget in lists:
        if widget.viewMode() is QListView.ViewMode.IconMode or not widget.count():
            continue  # the photos: a caption under its picture
        needed = widget.fontMetrics().height() + 2 * room
        height = widget.visualItemRect(widget.item(0)).height()
        if height < needed:
            short.append(f"{widget.objectName() or widget.item(0).text()}: {height} < {needed}")
    return short


def test_rows_of_the_walks_lists_have_room_above_swedish_capitals(
    qtbot: QtBot, demo_ctx: AppContext, font_lacking_room: int
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(tessinparken(demo_ctx))
    view = area.view
    lists = view.findChildren(QListWidget)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(qtbot)
    assert "Östermalms stadsdelsförvaltning (organisation)" in [
        view.plan_tab.people.item(i).text() for i in range(view.plan_tab.people.count())
    ]
    assert len(lists) >= 6
    assert _short_rows(lists, font_lacking_room) == []

    area.show_lists()
    area.tabs.setCurrentWidget(area.places_page)
    page = area.places_page
    table = page.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    lists = page.findChildren(QListWidget)
    assert any(widget.count() for widget in lists)
    assert _short_rows(lists, font_lacking_room) == []
