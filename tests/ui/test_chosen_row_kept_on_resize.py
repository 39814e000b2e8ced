"""A register keeps its chosen row in view when the window is made shorter: Qt kept the top row
where it was, and a person or an action chosen near the list's bottom slid out of view under
its new bottom edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.windows import area_of, settle, show_window
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _choose_lowest_whole_row(qtbot: QtBot, table: QTableView) -> int:
    """Click the lowest row shown whole (the list at its top): its number."""
    table.scrollToTop()
    settle(qtbot)
    bottom = table.viewport().height()
    rows = [
        row
        for row in range(table.model().rowCount())
        if 0 <= table.visualRect(table.model().index(row, 0)).bottom() < bottom
    ]
    assert len(rows) >= 6, "too few rows to see one slide away"
    rect = table.visualRect(table.model().index(rows[-1], 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert table.currentIndex().row() == rows[-1]
    return rows[-1]


def _chosen_in_view(table: QTableView, row: int) -> bool:
    assert table.currentIndex().row() == row  # still the chosen one
    return table.viewport().rect().contains(table.visualRect(table.currentIndex()))


def test_the_chosen_person_stays_in_view_as_the_window_gets_shorter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 900)
    window.navigate("contacts")
    area = area_of(window, "contacts", ContactsArea)
    click_tab(qtbot, area.tabs, area.people)
    table = area.people.table
    row = _choose_lowest_whole_row(qtbot, table)
    for height in (760, 620, 540):
        window.resize(1280, height)
        settle(qtbot)
        assert _chosen_in_view(table, row), height


def test_the_chosen_action_stays_in_view_as_the_window_gets_shorter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1440, 900)
    window.navigate("actions")
    area = area_of(window, "actions", ActionsArea)
    table = area.table
    row = _choose_lowest_whole_row(qtbot, table)
    for height in (760, 620, 540):
        window.resize(1440, height)
        settle(qtbot)
        assert _chosen_in_view(table, row), height
