"""Tab and Shift+Tab leave every list of the window in one press, for the next or previous
field; the arrow keys move within it. Qt's tables walked cell by cell, so a keyboard user on
the groups list needed some 80 presses to reach the pane beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

GROUP = "Lokal styrgrupp Östermalm"


def _press(qtbot: QtBot, key: Qt.Key) -> QWidget | None:
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def _leaves_both_ways(qtbot: QtBot, table: QTableView) -> None:
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert table.currentIndex().isValid()
    row = table.currentIndex().row()
    assert _press(qtbot, Qt.Key.Key_Tab) is not table
    table.setFocus()
    assert _press(qtbot, Qt.Key.Key_Backtab) is not table
    table.setFocus()
    assert _press(qtbot, Qt.Key.Key_Down) is table  # the arrows still move within
    assert table.currentIndex().row() == row + 1


def test_tab_leaves_the_register_lists_and_the_table_in_the_pane(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    window.navigate("groups")
    groups = window.area("groups")
    assert isinstance(groups, GroupsArea)
    qtbot.waitUntil(lambda: groups.page.table.model().rowCount() > 0)
    click_row(qtbot, groups.page.table, GROUP)
    _leaves_both_ways(qtbot, groups.page.table)
    members = groups.detail.members  # a RecordTable inside the pane beside the list
    members.selectRow(0)
    _leaves_both_ways(qtbot, members)

    window.navigate("actions")
    actions = window.area("actions")
    assert isinstance(actions, ActionsArea)  # its own lazy table, not a RecordTable
    qtbot.waitUntil(lambda: actions.table.model().rowCount() > 1)
    actions.table.selectRow(0)
    _leaves_both_ways(qtbot, actions.table)


def test_tab_leaves_the_groups_list_while_no_group_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The group's tabs beside the list hide their tab bar while no group is chosen: Tab went to
    the hidden bar, which took no focus, and stayed in the list."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate("groups")
    groups = window.area("groups")
    assert isinstance(groups, GroupsArea)
    qtbot.waitUntil(lambda: groups.page.table.model().rowCount() > 0)
    assert groups.page.current_row() is None
    groups.page.table.setFocus()
    assert _press(qtbot, Qt.Key.Key_Tab) is not groups.page.table
