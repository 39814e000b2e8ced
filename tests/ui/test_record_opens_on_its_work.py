"""Opening a record (a walk, an exercise, a meeting) from its list with Enter put the focus on
the "← back" link, the first thing in the window: it read underlined, and Space left the record.
The focus is on the first field or list of the tab shown; the link stays a Shift+Tab away and
Esc still goes back to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window, calendar_window, crisis_tab, open_first_exercise
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def _active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _enter_on_first_row(qtbot: QtBot, table: QTableView) -> None:
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def _focus_on_the_work(qtbot: QtBot, tabs: QTabWidget, back: QPushButton, name: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not back
    assert tabs.currentWidget().isAncestorOf(focused), type(focused).__name__
    keep_shot(tabs.window(), f"focus-{name}")
    # The way back is still reachable by Shift+Tab.
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        if QApplication.focusWidget() is back:
            return
    raise AssertionError("Shift+Tab never reached the back link")


def _back_link(view: QWidget, text: str) -> QPushButton:
    return next(b for b in view.findChildren(QPushButton) if b.text() == text)


def test_a_walk_opens_on_its_first_field(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    _active(qtbot, window)
    _enter_on_first_row(qtbot, area.walks_page.table)
    view = area.view
    assert area.stack.currentWidget() is view
    _focus_on_the_work(qtbot, view.tabs, _back_link(view, "← Alla vandringar"), "walk")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert area.stack.currentWidget() is not view
    # Back on the list, the walk shown anew after a change (hidden) leaves the focus there.
    on_list = QApplication.focusWidget()
    assert on_list is area.walks_page.table
    view.refresh()
    qtbot.wait(20)
    assert QApplication.focusWidget() is on_list


def test_an_exercise_opens_on_its_first_field(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack", 1024, 768)
    _active(qtbot, window)
    view = open_first_exercise(qtbot, area)
    _focus_on_the_work(qtbot, view.tabs, _back_link(view, "← Alla övningar"), "exercise")


def test_a_meeting_opens_on_its_first_field(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = calendar_window(qtbot, demo_ctx, 1024, 768)
    _active(qtbot, window)
    area.open_meeting(area.rows[0].id)
    editor = area.editor
    _focus_on_the_work(qtbot, editor.tabs, editor.back_button, "meeting")
