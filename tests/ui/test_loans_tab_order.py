"""Larm → Lån read by Tab as it is laid out: the tool bar, the search, the period ("Från",
"till") and the other filters, then the list. The two dates came after the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_tab_goes_tool_bar_search_dates_filters_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(area.tabs.indexOf(area.loans_page)).center()
    )
    page = area.loans_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    chain: list[QWidget] = [page.search]
    for _step in range(6):
        qtbot.keyClick(chain[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        chain.append(focused)
    assert chain[1:6] == [
        page.from_edit,
        page.to_edit,
        page.purpose_filter,
        page.open_check,
        page.overdue_check,
    ]
    assert chain[6] is page.table
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    above = QApplication.focusWidget()
    assert isinstance(above, QToolButton) and page.toolbar.isAncestorOf(above)
