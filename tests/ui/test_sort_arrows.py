"""Every sortable list draws its arrow the same way (▲ ascending, ▼ descending): each uses
SortHeader, which turns round what Qt's Fusion style draws on Linux."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.record_table import SortHeader


def test_every_sortable_list_in_every_area_uses_the_same_arrows(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    for key in window.area_keys():
        window.navigate(key)
    sortable = [
        table
        for table in window.findChildren(QTableView)
        if table.horizontalHeader().isSortIndicatorShown()
    ]
    assert len(sortable) > 10
    plain = [
        t.objectName() or type(t).__name__
        for t in sortable
        if not isinstance(t.horizontalHeader(), SortHeader)
    ]
    assert plain == []
