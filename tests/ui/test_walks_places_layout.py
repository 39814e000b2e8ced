"""The places register at the usual window size (1280×800) with a place chosen: its pane held
half the width (a ratings title on one line kept it 550 px wide), so the places' names read
"Gyllenst…", "Tessinpa…" and "Checklistmallar" and "Historik" hid behind the toolbar's »."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def test_places_names_and_toolbar_show_beside_the_chosen_place(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks")
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    area.tabs.setCurrentWidget(area.places_page)
    page = area.places_page
    table = page.table
    qtbot.waitUntil(table.isVisible)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.waitUntil(page.detail.title.isVisible)
    settle(qtbot)

    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "Tessinparken" in names
    whole = table.fontMetrics().horizontalAdvance("Tessinparken") + 12
    assert table.horizontalHeader().sectionSize(0) >= whole
    assert not table.horizontalScrollBar().isVisible()
    hidden = [
        action.text()
        for action in page.toolbar.actions()
        if action.isVisible() and not page.toolbar.widgetForAction(action).isVisible()
    ]
    assert hidden == []
