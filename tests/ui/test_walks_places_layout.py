"""The places register at the usual window size (1280×800) with a place chosen: its pane held
half the width (a ratings title on one line kept it 550 px wide), so the places' names read
"Gyllenst…", "Tessinpa…" and "Checklistmallar" and "Historik" hid behind the toolbar's »."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import settle, show_window
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


def test_the_ratings_heading_takes_one_line_at_1024_and_leaves_the_table_its_rows(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    """ "Bedömningar vandring för vandring (medel över stoppen, 0–3)" took three lines beside a
    chosen place at 1024 × 768, from the ratings table's rows: a short heading, the whole
    sentence in its tooltip."""

    def look(window: MainWindow) -> tuple[list[str], str, int, int]:
        window.navigate("walks")
        area = window.area("walks")
        assert isinstance(area, WalksArea)
        click_tab(qtbot, area.tabs, area.places_page)
        click_row(qtbot, area.places_page.table, "Tessinparken")
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        detail = area.places_page.detail
        row_height = detail.ratings.verticalHeader().defaultSectionSize()
        return (
            wrapped_lines(detail.ratings_title),
            detail.ratings_title.toolTip(),
            detail.ratings.viewport().height() // row_height,
            detail.ratings.rowCount(),
        )

    lines, tooltip, rows_in_sight, rows = look_at_demo((1024, 768), look)
    assert lines == ["Bedömningar per vandring"]
    assert tooltip == "Varje vandrings bedömning av platsen: medel över stoppen, 0–3"
    assert rows_in_sight >= min(rows, 3)
